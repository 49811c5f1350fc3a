"""Score cleaning and metadata extraction against a gold set.

    python bench/metadata.py tests/data/metadata
    python bench/metadata.py sample_articles --gold tests/data/samples_expected.json

DIR holds the articles; the gold file (DIR/gold.json unless --gold is given)
maps each file name to its expected title, source, authors and published
instant (ISO 8601; for a relative date either "now" to resolve it against, or
"published_relative": "3 hours"). When the gold also lists story_paragraphs and
boilerplate lines, it counts story paragraphs lost and boilerplate lines that
survive cleaning.

Every article goes through the real path: load.read → html.extract (for .html)
→ clean.clean → meta.extract. Date parsing time is meta.extract's time; the
article that first imports dateparser is reported apart from the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from briefing.article import (
    clean,  # noqa: E402
    dates,  # noqa: E402
    meta,  # noqa: E402
)
from briefing.model import Problem  # noqa: E402
from briefing.store import load  # noqa: E402

FIELDS = ("title", "source", "authors", "published")
_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


def norm(text: str | None) -> str:
    """Compare text as a reader would: markdown, curly quotes and spacing aside."""
    if text is None:
        return ""
    text = clean.unwrap_markdown_inline(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def instant(iso: str | None) -> datetime | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None


def relative_seconds(amount: str) -> float | None:
    m = re.fullmatch(r"\s*(\d+)\s+([a-z]+?)s?\s*", amount.lower())
    if not m or m.group(2) not in _UNITS:
        return None
    return float(int(m.group(1)) * _UNITS[m.group(2)])


def run_one(path: str) -> dict:
    raw = load.read(path)
    if isinstance(raw, Problem):
        return {"error": raw.message}
    text, html_meta = raw.text, {}
    if raw.fmt == "html":
        from briefing.article import html

        try:
            text, html_meta = html.extract(raw.text)
        except html.HtmlError as exc:
            return {"error": str(exc)}
    page = clean.clean(text, raw.fmt, html_meta)
    cold = "dateparser" not in sys.modules
    start = time.perf_counter()
    info = meta.extract(page)
    elapsed = time.perf_counter() - start
    cold = cold and "dateparser" in sys.modules  # this article paid for the import
    return {"page": page, "meta": info, "meta_seconds": elapsed, "cold": cold}


def published_ok(info: meta.Meta, gold: dict) -> bool:
    if gold.get("published_relative"):
        want = relative_seconds(gold["published_relative"])
        return info.published is None and info.published_ago is not None and want == info.published_ago
    if gold.get("now") and info.published_ago is not None:
        now = instant(gold["now"])
        got = instant(dates.resolve(info.published, info.published_ago, now))
    else:
        got = instant(info.published)
    want = instant(gold.get("published"))
    if want is None or got is None:
        return want is None and got is None
    if want.tzinfo is None or got.tzinfo is None:
        return False
    return abs(want - got) < timedelta(seconds=1)


def field_ok(field: str, info: meta.Meta, gold: dict) -> bool:
    if field == "published":
        return published_ok(info, gold)
    if field == "authors":
        return [norm(a) for a in info.authors] == [norm(a) for a in gold.get("authors") or []]
    return norm(getattr(info, field)) == norm(gold.get(field))


def surviving_boilerplate(page: clean.Page, lines: list[str]) -> list[str]:
    """Boilerplate lines still in the body: a whole paragraph, or glued to one's start or end.

    Only lines with a digit or three words or more count when glued: a section
    label "Markets" is not left over because a paragraph starts "Markets now price ...".
    """
    body = [norm(p) for p in page.body]
    left = []
    for line in lines:
        want = norm(line)
        if not want:
            continue
        gluable = len(want.split()) >= 3 or any(c.isdigit() for c in want)
        for para in body:
            if para == want or gluable and (para.startswith(want + " ") or para.endswith(" " + want)):
                left.append(line)
                break
    return left


def lost_paragraphs(page: clean.Page, paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(paragraphs whose text is gone, paragraphs present but merged with or cut from others)."""
    body = [norm(p) for p in page.body]
    joined = "\n".join(body)
    exact = set(body)
    lost, inexact = [], []
    for para in paragraphs:
        want = norm(para)
        if want in exact:
            continue
        (inexact if want in joined else lost).append(para)
    return lost, inexact


def show(value) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(value) + "]"
    return repr(value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", help="folder of articles")
    ap.add_argument("--gold", help="gold JSON (default: DIR/gold.json)")
    ap.add_argument("-v", "--verbose", action="store_true", help="show every miss")
    args = ap.parse_args(argv)
    gold_path = args.gold or os.path.join(args.dir, "gold.json")
    with open(gold_path, encoding="utf-8") as fh:
        gold_all = json.load(fh)

    right = {f: 0 for f in FIELDS}
    counted = 0
    boiler_total = boiler_left = 0
    paras_total = paras_lost = paras_inexact = 0
    has_cleaning_gold = False
    text_right = text_total = 0
    timings: list[tuple[str, float]] = []
    misses: list[str] = []
    errors: list[str] = []
    for name in sorted(gold_all):
        gold = gold_all[name]
        path = os.path.join(args.dir, name)
        result = run_one(path)
        if "error" in result:
            errors.append(f"{name}: {result['error']}")
            counted += 1
            continue
        counted += 1
        info, page = result["meta"], result["page"]
        timings.append((result["cold"], result["meta_seconds"]))
        for field in FIELDS:
            if field_ok(field, info, gold):
                right[field] += 1
            else:
                got = getattr(info, field)
                if field == "published" and info.published_ago is not None:
                    got = f"{info.published_ago:.0f}s ago"
                want = gold.get(field) if field != "published" or not gold.get("published_relative") else (
                    gold["published_relative"] + " ago")
                misses.append(f"{name}: {field}: got {show(got)}, want {show(want)}")
        if "published_text" in gold:
            # The words the date came from, shown to the reader so they can check it.
            text_total += 1
            if norm(info.published_text) == norm(gold["published_text"]):
                text_right += 1
            else:
                misses.append(f"{name}: published_text: got {info.published_text!r}, want {gold['published_text']!r}")
        if "boilerplate" in gold or "story_paragraphs" in gold:
            has_cleaning_gold = True
            bp = gold.get("boilerplate") or []
            left = surviving_boilerplate(page, bp)
            boiler_total += len(bp)
            boiler_left += len(left)
            misses.extend(f"{name}: boilerplate survives: {line!r}" for line in left)
            paras = gold.get("story_paragraphs") or []
            lost, inexact = lost_paragraphs(page, paras)
            paras_total += len(paras)
            paras_lost += len(lost)
            paras_inexact += len(inexact)
            misses.extend(f"{name}: story paragraph lost: {p[:70]!r}" for p in lost)
            misses.extend(f"{name}: story paragraph merged or cut: {p[:70]!r}" for p in inexact)

    print(f"{'field':<12} {'right':>7} {'accuracy':>9}")
    for field in FIELDS:
        pct = 100.0 * right[field] / counted if counted else 0.0
        print(f"{field:<12} {right[field]:>3}/{counted:<3} {pct:>8.1f}%")
    if text_total:
        print(f"{'(date text)':<12} {text_right:>3}/{text_total:<3} {100.0 * text_right / text_total:>8.1f}%")
    if has_cleaning_gold:
        print(f"{'boilerplate lines surviving':<34} {boiler_left:>4} of {boiler_total}")
        print(f"{'story paragraphs lost':<34} {paras_lost:>4} of {paras_total}")
        print(f"{'story paragraphs merged or cut':<34} {paras_inexact:>4} of {paras_total}")
    if timings:
        for cold, seconds in timings:
            if cold:
                print(f"date parsing, the article that imports dateparser: {seconds * 1000:.1f} ms")
        rest = [t for cold, t in timings if not cold]
        if rest:
            print(
                f"date parsing, per later article: median {statistics.median(rest) * 1000:.2f} ms, "
                f"max {max(rest) * 1000:.2f} ms over {len(rest)} articles"
            )
    for line in errors:
        print(f"error: {line}")
    if args.verbose:
        for line in misses:
            print(f"  {line}")
    elif misses:
        print(f"({len(misses)} misses; -v lists them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
