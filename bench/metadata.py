"""Score cleaning and metadata extraction against a gold set.

    python bench/metadata.py ../shared/bench/pastes          # real pastes (gold.jsonl)
    python bench/metadata.py tests/data/metadata             # our own fiction (gold.json)
    python bench/metadata.py sample_articles --gold tests/data/samples_expected.json

Two gold formats are read:

- `gold.json` (our fiction): a map from file name to the expected title,
  source, authors and published instant (ISO 8601; for a relative date either
  "now" to resolve it against, or "published_relative": "3 hours"). When the
  gold also lists story_paragraphs and boilerplate lines, it counts story
  paragraphs lost and boilerplate lines that survive cleaning. A gold.json whose
  entries all say "outlet_in_text" (tests/data/heldout2) is written under the
  real pastes' rules below ("source" is the outlet, "published" the date at the
  text's precision, "wire" the credited agency) and is scored as they are.
- `gold.jsonl` (real pastes, articles under `articles/`): one object a line
  with doc, title (null: no headline), outlet, outlet_in_text, authors (null:
  unreadable), date (ISO at the precision the text gives: "2021-05",
  "2013-04-22T08:30", "2019-01-07T09:50:00+05:30"), and wire for syndicated
  stories. Comparison rules: titles ignore case, punctuation and spacing;
  outlets are folded (our alias table, then case, a leading "The", a web
  domain's ending and punctuation) and scored only where the text names the
  outlet, elsewhere ours must be the gold one or none (a URL's site is not in
  the text); authors compare as sets of names; dates compare at the gold's
  precision (an instant when the gold has an offset). It also counts summary
  sentences that look like page furniture.

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
    outlet_names,  # noqa: E402
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


# --- real pastes (gold.jsonl) ---------------------------------------------------------

PASTE_FIELDS = ("title", "outlet named", "outlet other", "authors", "date", "credit")
# Words a summary sentence shares with page furniture: comment rules, sign-in prompts,
# archive notices, photo credits. A screen for review, not a verdict: every hit is printed.
# "Comment" and "advertise" only as the page uses them: "Leave a comment", "12 comments", "Advertisement"
# (a council's "public comment" or a minister's "comments" are news; so is a ban on advertising listings).
_FURNITURE_WORDS = re.compile(
    r"\b(?:(?:leave|post|add|write|submit|show|view|read|hide|load|see) (?:a |the |all |\d+ )?comments?|"
    r"comments? (?:section|policy|guidelines|are (?:closed|moderated))|\d+ comments?|commenting|"
    r"log ?in|sign (?:in|up)|subscribe|subscription|newsletter|archived article|cookies?|"
    r"click|download the app|share (?:this|on|with us)|please|advertisement|advertis(?:e|ing) with us|"
    r"all rights reserved|copyright|"
    r"image source|getty images|read more|related stories|time stamp|caps lock|"
    r"abusive posts|will not be tolerated|editor's note)\b",
    re.IGNORECASE,
)


# A picture desk's credit closing a caption: "... on Monday. (REUTERS)", "(AP Photo/Name)".
_CAPTION_CREDIT = re.compile(r"\((?:[A-Z]{2,}[A-Z /-]*|AP Photo[^)]*|[^()]{0,60}\bvia [A-Z][^()]{0,40})\)\s*$")


def fold_outlet(name: str | None) -> str:
    """'Thomson Reuters', 'REUTERS' → 'reuters'; 'The Times' → 'times'; 'Harbourdaily.com' → 'harbourdaily'."""
    if not name:
        return ""
    name = outlet_names.canonical(name) or name
    low = name.casefold().strip()
    low = re.sub(r"^the\s+", "", low)
    low = re.sub(r"\.(?:com|org|net|co\.uk|co|ge|in|pk|ng|ca|com\.au|co\.nz|tv|news)$", "", low)
    return re.sub(r"[\W_]+", "", low)


def norm_title(text: str | None) -> str:
    return re.sub(r"[\W_]+", " ", norm(text).casefold()).strip()


def date_ok(got: str | None, want: str | None) -> bool:
    """At the gold's precision: '2021-05' matches any day of May 2021; an offset means the instant."""
    if not want or not got:
        return not want and not got
    if re.search(r"(?:[+-]\d{2}:\d{2}|Z)$", want):
        a, b = instant(got), instant(want)
        return a is not None and b is not None and abs(a - b) < timedelta(seconds=1)
    return got.startswith(want)


def paste_checks(info: meta.Meta, credit: str | None, gold: dict) -> dict[str, bool | None]:
    """Each field right (True), wrong (False) or not scored (None) for one paste."""
    named = bool(gold.get("outlet_in_text"))
    wires = {fold_outlet(w.strip()) for w in (gold.get("wire") or "").split(",") if w.strip()}
    ours = fold_outlet(info.source)
    checks: dict[str, bool | None] = {
        "title": norm_title(info.title) == norm_title(gold.get("title")),
        "outlet named": ours == fold_outlet(gold.get("outlet")) if named else None,
        "outlet other": None if named else (not ours or ours in {fold_outlet(gold.get("outlet"))} | wires),
        "authors": None if gold.get("authors") is None else (
            {norm(a).casefold() for a in info.authors} == {norm(a).casefold() for a in gold["authors"]}),
        "date": date_ok(info.published, gold.get("date")),
        "credit": None,
    }
    if wires:
        # A story credited to two wires ("AFP, Reuters") is right when each one is credited in the gold.
        ours_wires = {fold_outlet(w) for w in re.split(r"\s*,\s*", credit or "") if w.strip()}
        checks["credit"] = bool(ours_wires) and ours_wires <= wires
    return checks


def summary_of(page: clean.Page, title: str | None, count: int = 3) -> list[str]:
    from briefing.article import summarize

    sentences, ranking = summarize.rank(page.body, title, summarize.DEFAULT_METHOD)
    return [sentences[i] for i in sorted(ranking[:count])]


def looks_like_furniture(sentence: str) -> bool:
    return bool(clean.classify(sentence) or _FURNITURE_WORDS.search(sentence) or _CAPTION_CREDIT.search(sentence))


def score_pastes(folder: str, gold_path: str, verbose: bool) -> int:
    with open(gold_path, encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh if line.strip()]
    return score_paste_golds(os.path.join(folder, "articles"), golds, verbose)


def paste_gold(name: str, gold: dict) -> dict:
    """A gold.json entry written under the paste rules (it has "outlet_in_text") as a gold.jsonl line."""
    out = {"doc": name, "title": gold.get("title"), "outlet": gold.get("source"),
           "outlet_in_text": gold["outlet_in_text"], "authors": gold.get("authors"), "date": gold.get("published")}
    if gold.get("wire"):
        out["wire"] = gold["wire"]
    return out


def score_paste_golds(folder: str, golds: list[dict], verbose: bool) -> int:
    right = dict.fromkeys(PASTE_FIELDS, 0)
    scored = dict.fromkeys(PASTE_FIELDS, 0)
    misses: list[str] = []
    flagged: list[str] = []
    summary_total = 0
    for gold in golds:
        name = gold["doc"]
        result = run_one(os.path.join(folder, name))
        if "error" in result:
            misses.append(f"{name}: error: {result['error']}")
            continue
        info, page = result["meta"], result["page"]
        credit = getattr(info, "credit", None)
        for field, ok in paste_checks(info, credit, gold).items():
            if ok is None:
                continue
            scored[field] += 1
            right[field] += ok
            if not ok:
                misses.append(f"{name}: {field}: got {show(_got(field, info, credit))}, want {show(_want(field, gold))}")
        summary = summary_of(page, info.title)
        summary_total += len(summary)
        flagged += [f"{name}: {s[:110]!r}" for s in summary if looks_like_furniture(s)]
        if verbose:
            print(f"{name}: {info.title!r} | {info.source!r} | {list(info.authors)} | {info.published!r}")
            for s in summary:
                print(f"      · {s[:140]}")
    print(f"{'field':<14} {'right':>7} {'accuracy':>9}")
    for field in PASTE_FIELDS:
        pct = 100.0 * right[field] / scored[field] if scored[field] else 0.0
        print(f"{field:<14} {right[field]:>3}/{scored[field]:<3} {pct:>8.1f}%")
    print(f"summary sentences that look like furniture: {len(flagged)} of {summary_total}")
    print("(outlet named: the text names the outlet; outlet other: ours is the gold outlet, its credited wire or none;"
          " credit: the wire credited, for syndicated stories)")
    for line in misses:
        print(f"  miss {line}")
    for line in flagged:
        print(f"  furniture in summary {line}")
    return 0


def _got(field: str, info: meta.Meta, credit: str | None):
    return {"title": info.title, "authors": info.authors, "date": info.published, "credit": credit}.get(
        field, info.source)


def _want(field: str, gold: dict):
    return {"title": gold.get("title"), "authors": gold.get("authors"), "date": gold.get("date"),
            "credit": gold.get("wire")}.get(field, gold.get("outlet"))


# --- our own fiction (gold.json) ------------------------------------------------------


class _Tally:
    def __init__(self) -> None:
        self.right = dict.fromkeys(FIELDS, 0)
        self.counted = 0
        self.boiler_total = self.boiler_left = 0
        self.paras_total = self.paras_lost = self.paras_inexact = 0
        self.has_cleaning_gold = False
        self.text_right = self.text_total = 0
        self.timings: list[tuple[bool, float]] = []
        self.misses: list[str] = []
        self.errors: list[str] = []
        self.summary_total = 0
        self.flagged: list[str] = []


def _score_fields(t: _Tally, name: str, info: meta.Meta, gold: dict) -> None:
    for field in FIELDS:
        if field_ok(field, info, gold):
            t.right[field] += 1
            continue
        got = getattr(info, field)
        if field == "published" and info.published_ago is not None:
            got = f"{info.published_ago:.0f}s ago"
        want = gold.get(field) if field != "published" or not gold.get("published_relative") else (
            gold["published_relative"] + " ago")
        t.misses.append(f"{name}: {field}: got {show(got)}, want {show(want)}")
    if "published_text" in gold:
        # The words the date came from, shown to the reader so they can check it.
        t.text_total += 1
        if norm(info.published_text) == norm(gold["published_text"]):
            t.text_right += 1
        else:
            t.misses.append(f"{name}: published_text: got {info.published_text!r}, want {gold['published_text']!r}")


def _score_cleaning(t: _Tally, name: str, page: clean.Page, gold: dict) -> None:
    if "boilerplate" not in gold and "story_paragraphs" not in gold:
        return
    t.has_cleaning_gold = True
    bp = gold.get("boilerplate") or []
    left = surviving_boilerplate(page, bp)
    t.boiler_total += len(bp)
    t.boiler_left += len(left)
    t.misses.extend(f"{name}: boilerplate survives: {line!r}" for line in left)
    paras = gold.get("story_paragraphs") or []
    lost, inexact = lost_paragraphs(page, paras)
    t.paras_total += len(paras)
    t.paras_lost += len(lost)
    t.paras_inexact += len(inexact)
    t.misses.extend(f"{name}: story paragraph lost: {p[:70]!r}" for p in lost)
    t.misses.extend(f"{name}: story paragraph merged or cut: {p[:70]!r}" for p in inexact)


def _print_tally(t: _Tally) -> None:
    print(f"{'field':<12} {'right':>7} {'accuracy':>9}")
    for field in FIELDS:
        pct = 100.0 * t.right[field] / t.counted if t.counted else 0.0
        print(f"{field:<12} {t.right[field]:>3}/{t.counted:<3} {pct:>8.1f}%")
    if t.text_total:
        print(f"{'(date text)':<12} {t.text_right:>3}/{t.text_total:<3} {100.0 * t.text_right / t.text_total:>8.1f}%")
    if t.has_cleaning_gold:
        print(f"{'boilerplate lines surviving':<34} {t.boiler_left:>4} of {t.boiler_total}")
        print(f"{'story paragraphs lost':<34} {t.paras_lost:>4} of {t.paras_total}")
        print(f"{'story paragraphs merged or cut':<34} {t.paras_inexact:>4} of {t.paras_total}")
    print(f"summary sentences that look like furniture: {len(t.flagged)} of {t.summary_total}")
    for cold, seconds in t.timings:
        if cold:
            print(f"date parsing, the article that imports dateparser: {seconds * 1000:.1f} ms")
    rest = [s for cold, s in t.timings if not cold]
    if rest:
        print(f"date parsing, per later article: median {statistics.median(rest) * 1000:.2f} ms, "
              f"max {max(rest) * 1000:.2f} ms over {len(rest)} articles")
    for line in t.errors:
        print(f"error: {line}")
    for line in t.misses:
        print(f"  miss {line}")
    for line in t.flagged:
        print(f"  furniture in summary {line}")


def score_fiction(folder: str, gold_path: str, verbose: bool = False) -> int:
    with open(gold_path, encoding="utf-8") as fh:
        gold_all = json.load(fh)
    if gold_all and all("outlet_in_text" in g for g in gold_all.values()):
        # Written under the real pastes' rules: scored as they are.
        return score_paste_golds(folder, [paste_gold(n, gold_all[n]) for n in sorted(gold_all)], verbose)
    t = _Tally()
    for name in sorted(gold_all):
        gold = gold_all[name]
        result = run_one(os.path.join(folder, name))
        t.counted += 1
        if "error" in result:
            t.errors.append(f"{name}: {result['error']}")
            continue
        t.timings.append((result["cold"], result["meta_seconds"]))
        _score_fields(t, name, result["meta"], gold)
        _score_cleaning(t, name, result["page"], gold)
        summary = summary_of(result["page"], result["meta"].title)
        t.summary_total += len(summary)
        t.flagged += [f"{name}: {s[:110]!r}" for s in summary if looks_like_furniture(s)]
    _print_tally(t)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", help="folder of articles (or of articles/ and gold.jsonl)")
    ap.add_argument("--gold", help="gold file (default: DIR/gold.jsonl, else DIR/gold.json)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also show what was read and summarised")
    args = ap.parse_args(argv)
    gold_path = args.gold or os.path.join(args.dir, "gold.jsonl")
    if not args.gold and not os.path.exists(gold_path):
        gold_path = os.path.join(args.dir, "gold.json")
    if gold_path.endswith(".jsonl"):
        return score_pastes(args.dir, gold_path, args.verbose)
    return score_fiction(args.dir, gold_path, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
