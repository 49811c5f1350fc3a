"""Write N distinct, realistic articles for benchmarks.

    python bench/corpus.py N DIR [--seed S] [--words W]
    python bench/corpus.py N DIR --from ARTICLES


Each article is recombined from our own sample articles: a base article keeps its
shape (furniture, bylines, quotes), names of people and places are swapped for
fresh ones, numbers and dates change, and paragraphs from another sample are
mixed in, so every file has different content (and a different cache key).
`--words W` stretches every article to about W words, for length-scaling runs.

`--from ARTICLES` copies real articles instead (for example the CNN articles of
`../shared/bench/human-summaries/articles/`): file i is article i mod M of that
folder, given a first line of its own ("Edition E of NAME.") so that every copy
has its own content and cache entry. The text itself is untouched, so lengths and
shapes stay those of real news. Write such copies outside the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(os.path.dirname(HERE), "sample_articles")

FIRST = ["Anna", "Marek", "Sofia", "Tobias", "Ines", "Rafael", "Lena", "Oskar", "Mira", "Jonas", "Noor", "Elias",
         "Hana", "Viktor", "Clara", "Dario", "Yara", "Felix", "Ruth", "Samir", "Ilse", "Pavel", "Greta", "Omar"]
LAST = ["Lindqvist", "Okafor", "Brenner", "Castell", "Marsh", "Duval", "Nakamura", "Holm", "Szabo", "Ferreira",
        "Koenig", "Aalto", "Reyes", "Quill", "Barros", "Stroud", "Varela", "Petrov", "Idris", "Moreau", "Tamm"]
PLACES = ["Kestrel", "Marrow", "Ostfold", "Caravel", "Lindmark", "Sorrel", "Brightwater", "Harrow", "Tesk", "Valdane"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# Two capitalised words not followed by a third: a person's name, mostly.
_NAME = re.compile(r"(?<![A-Z][a-z] )\b([A-Z][a-z]{2,})\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])")
_NOT_PERSON = {"Strait", "Council", "Times", "Wire", "Post", "Ledger", "Dispatch", "Shipping", "Terminals", "Union",
               "Capital", "Research", "Ministry", "Daily", "Echo", "Gazette", "City", "Rovers", "Mobile", "Watch",
               "Affairs", "Concord", "Northern", "Maritime", "The", "Foreign", "Trade", "Port", "Stadium"}
# Numbers, but not clock times ("8:31") or parts of dates.
_NUMBER = re.compile(r"(?<![\w.:])(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?(?![\w:])")
_YEAR_DAY = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")


def load_samples() -> list[tuple[str, str]]:
    out = []
    for name in sorted(os.listdir(SAMPLES)):
        if name.endswith((".txt", ".md")):
            with open(os.path.join(SAMPLES, name), encoding="utf-8") as fh:
                out.append((name, fh.read()))
    if not out:
        sys.exit(f"no sample articles in {SAMPLES}")
    return out


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def make_article(rng: random.Random, samples: list[tuple[str, str]], index: int, words: int | None) -> tuple[str, str]:
    name, base = samples[rng.randrange(len(samples))]
    _other_name, other = samples[rng.randrange(len(samples))]
    paras = _paragraphs(base)
    extra = [p for p in _paragraphs(other) if len(p.split()) > 25]
    head, body = paras[:4], paras[4:]
    if extra:
        for _ in range(rng.randint(1, 3)):
            body.insert(rng.randint(0, len(body)), rng.choice(extra))
    if len(body) > 4:
        middle = body[1:-1]
        rng.shuffle(middle)
        body = body[:1] + middle + body[-1:]
    if words:
        pool = [p for p in _paragraphs(other) + _paragraphs(base) if len(p.split()) > 20] or body
        while sum(len(p.split()) for p in head + body) < words:
            body.insert(rng.randint(0, len(body)), rng.choice(pool))
    text = "\n\n".join(head + body) + "\n"
    names: dict[str, str] = {}

    def swap_name(m: re.Match) -> str:
        key = m.group(0)
        if {m.group(1), m.group(2)} & (set(MONTHS) | _NOT_PERSON):
            return key
        if key not in names:
            names[key] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        return names[key]

    text = _NAME.sub(swap_name, text)
    text = _NUMBER.sub(lambda m: str(max(1, int(m.group(1).replace(",", "")) + rng.randint(-3, 9))) + (m.group(2) or ""), text)
    text = _YEAR_DAY.sub(lambda m: f"{m.group(1)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", text)
    text = _MONTH.sub(lambda _m: rng.choice(MONTHS), text)
    for place in ("Caldera", "Tessaly", "Valmont", "Brackwater", "Sarrano"):
        text = text.replace(place, rng.choice(PLACES))
    text += f"\nReference {index:06d}.\n"  # every article distinct even if the dice repeat
    ext = os.path.splitext(name)[1]
    return f"article-{index:06d}{ext}", text


def write_corpus(count: int, folder: str, seed: int = 1, words: int | None = None) -> list[str]:
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(seed)
    samples = load_samples()
    paths = []
    for i in range(count):
        fname, text = make_article(rng, samples, i, words)
        path = os.path.join(folder, fname)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        paths.append(path)
    return paths


def copy_corpus(count: int, folder: str, source: str) -> list[str]:
    """`count` files from the articles of `source`, each with a distinct first line."""
    names = sorted(n for n in os.listdir(source) if n.endswith((".txt", ".md", ".html")))
    if not names:
        sys.exit(f"no articles in {source}")
    texts = {}
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(count):
        name = names[i % len(names)]
        if name not in texts:
            with open(os.path.join(source, name), encoding="utf-8", errors="replace") as fh:
                texts[name] = fh.read()
        stem, ext = os.path.splitext(name)
        path = os.path.join(folder, f"{i:06d}-{stem}{ext}")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(f"Edition {i // len(names) + 1} of {stem}.\n\n{texts[name]}")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=None, help="stretch each article to about this many words")
    parser.add_argument("--from", dest="source", metavar="ARTICLES", help="copy these real articles instead")
    args = parser.parse_args()
    if args.source:
        paths = copy_corpus(args.count, args.folder, args.source)
    else:
        paths = write_corpus(args.count, args.folder, args.seed, args.words)
    total = sum(os.path.getsize(p) for p in paths)
    print(f"wrote {len(paths)} articles ({total / 1e6:.1f} MB) to {args.folder}")


if __name__ == "__main__":
    main()
