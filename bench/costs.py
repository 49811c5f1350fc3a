"""What single steps of the analysis cost: figures the tests once bounded in seconds.

    python bench/costs.py [--repeat 5]

Prints the best of REPEAT runs of:
  * reading a dateline with a zone, after the first (dateparser's start-up);
  * deciding whether a line of 60-110 characters is a dateline;
  * splitting a paragraph of 2,000 and of 20,000 sentences (linear: about 10x);
  * cleaning hostile input: a megabyte line with no full stop, markdown that never closes;
  * reading who said what in a paragraph with no punctuation (100 kB and 1 MB) and in
    runs of unbalanced quote marks (1,000 and 10,000 marks): linear is about 10x;
  * filtering a list of 2,000 articles as a query is typed, a keystroke at a time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from briefing.article import dates  # noqa: E402
from briefing.article.attribution import extract  # noqa: E402
from briefing.article.clean import clean  # noqa: E402
from briefing.article.sentences import split_sentences  # noqa: E402
from briefing.model import DIRECT, Analysis, Article, Entry, Statement  # noqa: E402
from briefing.tui.listing import Listing  # noqa: E402

DATELINES = ["Tue 3 Mar 2026 at 19:45 GMT", "Sep 9, 2024, 7:15 PM EDT", "Thursday, May 1, 2025 4:05 am ET",
             "3 June 2024, 14:05 BST", "March 9, 2026 · 18:00 GMT+8"]
SENTENCE_LINE = "The committee met on Monday 17 to discuss the 2025 plan with 119 people and more. " * 2


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    dates.parse_absolute("Jul 02, 2025 | 8:31 PM GMT-04")
    first = time.perf_counter() - start
    per_date = best(lambda: [dates.parse(line) for line in DATELINES], args.repeat) / len(DATELINES)
    lines = [f"{i} {SENTENCE_LINE[: 60 + i % 50]}" for i in range(2000)]  # distinct: find() memoises lines

    def date_lines():
        dates.find.cache_clear()
        return [dates.is_date_line(line) for line in lines]

    per_line = best(date_lines, args.repeat) / len(lines)
    print("Dates")
    print(f"  first dateline read (imports dateparser)  {first * 1000:8.1f} ms")
    print(f"  each dateline after it                    {per_date * 1000:8.2f} ms")
    print(f"  is_date_line on a 60-110 character line   {per_line * 1e6:8.1f} us\n")

    texts = {n: " ".join(f"Harbour traffic rose {i} per cent in the quarter." for i in range(n)) for n in (2000, 20000)}
    split = {n: best(lambda n=n: split_sentences(texts[n]), args.repeat) for n in texts}
    print("Sentence splitting (one paragraph)")
    for n, seconds in split.items():
        print(f"  {n:>6} sentences  {seconds * 1000:8.1f} ms")
    print(f"  growth x10 sentences: {split[20000] / split[2000]:.1f}x (linear: about 10x)\n")
    hostile_input(args.repeat)
    article_list(args.repeat)


MARKDOWN = {
    "bold and link openers round a word": ("**[" * 50_000) + " text " + ("_*" * 50_000),
    "100,000 link openers '[a]('": "[a](" * 100_000,
    "100,000 unclosed '**a'": "**a " * 100_000,
    "100,000 unclosed '__a'": "__a " * 100_000,
    "100,000 image openers '!['": "![" * 100_000,
}
QUOTE_SHAPES = {
    "opening marks only": lambda n: "\u201c" * n,
    "straight marks between words": lambda n: 'He said "' + 'word " ' * (n // 2) + "and \u201c more",
    "pairs, then one left open": lambda n: "\u201ca \u201d b " * (n // 2) + "\u201c",
}


def unpunctuated(n_chars: int) -> str:
    words = ["river", "council", "said", "Mara", "bridge", "told", "the", "that", "Quell", "would"]
    return " ".join(words[(i * 7) % len(words)] for i in range(n_chars // 5 + 1))[:n_chars]


def row(label: str, seconds: float, note: str = "") -> None:
    print(f"  {label:<52} {seconds * 1000:8.1f} ms{note}")


def hostile_input(repeat: int) -> None:
    print("Hostile input (a second or more here is a bug)")
    line = "word " * 200_000
    row("clean, a megabyte line without a full stop", best(lambda: clean(line), repeat))
    for name, text in MARKDOWN.items():
        row(f"clean markdown, {name}", best(lambda text=text: clean(text, "markdown"), repeat))
    texts = {n: unpunctuated(n) for n in (100_000, 1_000_000)}
    took = {n: best(lambda n=n: extract([texts[n]]), repeat) for n in texts}
    row("who said what, 100 kB without punctuation", took[100_000])
    row("who said what, 1 MB without punctuation", took[1_000_000], f"  (x{took[1_000_000] / took[100_000]:.1f})")
    for name, shape in QUOTE_SHAPES.items():
        small, large = (best(lambda n=n, shape=shape: extract([shape(n)]), repeat) for n in (1_000, 10_000))
        row(f"10,000 quote marks, {name}", large, f"  (x{large / max(small, 1e-6):.1f} of 1,000)")
    print()


def article_list(repeat: int) -> None:
    paragraphs = ("Talks on the dam collapsed on Monday.", "Velmora's delegation walked out after an hour.",
                  "A new round may follow in April.") * 8
    entries = []
    for i in range(2000):
        article = Article(path=f"/n/{i}.txt", title=f"Dam talks, day {i}", source="Basin Observer", authors=(),
                          published="2026-03-09T10:00:00+00:00", published_text=None, published_ago=None,
                          paragraphs=paragraphs if i % 3 else paragraphs[:3], url=None)
        said = Statement(speaker="Ana Ruiz", text="We will not sign.", kind=DIRECT, paragraph=0, role=None, cue=None)
        analysis = Analysis(article=article, sentences=paragraphs, ranking=(), statements=(said,), keywords=())
        entries.append(Entry(analysis=analysis, published=article.published, speakers=("Ana Ruiz",)))
    listing = Listing(entries, (), datetime.now(UTC))

    def typing() -> None:
        for query in ("v", "ve", "vel", "velm", "velmora"):
            listing.rows(query, "outlet")

    print("Article list (2,000 articles)")
    row("filter and sort, per keystroke", best(typing, repeat) / 5)


if __name__ == "__main__":
    main()
