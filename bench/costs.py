"""What single steps of the analysis cost: figures the tests once bounded in seconds.

    python bench/costs.py [--repeat 5]

Prints the best of REPEAT runs of:
  * reading a dateline with a zone, after the first (dateparser's start-up);
  * deciding whether a line of 60-110 characters is a dateline;
  * splitting a paragraph of 2,000 and of 20,000 sentences (linear: about 10x).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from briefing.article import dates  # noqa: E402
from briefing.article.sentences import split_sentences  # noqa: E402

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
    print(f"  growth x10 sentences: {split[20000] / split[2000]:.1f}x (linear: about 10x)")


if __name__ == "__main__":
    main()
