"""Score who-said-what against an annotated gold set.

    python bench/quotes.py /tmp/polnear/dev [--scorer PATH] [--details OUT.jsonl] [--model M]  # real news (PolNeAR)
    python bench/quotes.py [DIR] [--verbose] [--samples DIR EXPECTED.json]           # our own gold sets

A PolNeAR split folder (`text/*.txt` and `gold.jsonl`, as
`../shared/bench/attribution/build.py` writes it) is analysed through the real
path (the pipeline with the cache off, all articles in one run, as
`briefing quotes --format json` does) and scored with that folder's scorer
(`../shared/bench/attribution/score.py` next to this checkout, or --scorer): the
same table that judges who-said-what on real news.

DIR holds the articles and a gold.json (see tests/data/quotes/README.md); the
default is tests/data/quotes. The articles go through the real path: load →
clean → quotes.extract per article, then speakers.align over all of them
(`pipeline.analyse_paths` + `pipeline.assemble`, cache disabled).

A direct statement whose pieces the attribution cut apart ("A … B") is matched
piece by piece, as the gold records the pieces apart. A predicted statement
matches a gold one of the same kind when their words
overlap both ways by at least 60% (direct) or 50% (indirect); matching is
one-to-one, best overlap first. A speaker is right when the predicted canonical
speaker names the gold entity: its name or one of its aliases equals (case and
space folded) the gold name or a gold alias that belongs to no other gold
speaker, or it shares a surname token with the gold name when no other gold
speaker has that token.

Rows:
  direct spans          quoted text found, whoever it is credited to
  direct + speaker      quoted text found and credited to the right speaker
  indirect + speaker    reported clause found and credited to the right speaker
  cross-article merge   pairwise over matched statements: two statements of one
                        gold speaker share a predicted speaker, and vice versa

With --samples, also lists which expected speakers of each bundled sample
article appear among the predicted canonical speakers (a rough check on messy
copy that the gold set does not cover).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)

from briefing.assemble import pipeline  # noqa: E402
from briefing.store.cache import Cache  # noqa: E402
from briefing.store.load import SUFFIXES  # noqa: E402

THRESHOLD = {"direct": 0.6, "indirect": 0.5}


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").lower()
    return re.findall(r"[a-z0-9]+(?:'[a-z0-9]+)*", text)


def overlap(a: list[str], b: list[str]) -> tuple[float, float]:
    if not a or not b:
        return 0.0, 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return common / len(a), common / len(b)


def fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).replace("’", "'").casefold().split())


def match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) of the same kind, best overlap first."""
    cands = []
    pw = [words(p["text"]) for p in pred]
    gw = [words(g["text"]) for g in gold]
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p["kind"] != g["kind"]:
                continue
            a, b = overlap(pw[i], gw[j])
            if min(a, b) >= THRESHOLD[g["kind"]]:
                cands.append((-(a + b), abs(i - j), i, j))
    cands.sort()
    used_p, used_g, pairs = set(), set(), []
    for _s, _d, i, j in cands:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


class SpeakerJudge:
    """Does a predicted canonical speaker name the gold entity?"""

    def __init__(self, gold_speakers: dict, predicted_speakers) -> None:
        self.forms: dict[str, set[str]] = {}
        owners: dict[str, set[str]] = {}
        tokens: dict[str, set[str]] = {}
        for name, info in gold_speakers.items():
            forms = {fold(name)} | {fold(a) for a in info.get("aliases", [])}
            self.forms[name] = forms
            for f in forms:
                owners.setdefault(f, set()).add(name)
            for t in fold(name).split():
                tokens.setdefault(t, set()).add(name)
        # An alias two gold speakers share ("Halden") names neither of them.
        self.unique = {name: {f for f in forms if owners[f] == {name}} for name, forms in self.forms.items()}
        self.token_owners = tokens
        self.pred_forms = {s.name: {fold(s.name)} | {fold(a) for a in s.aliases} for s in predicted_speakers}

    def right(self, predicted: str | None, gold: str) -> bool:
        if not predicted:
            return False
        forms = self.pred_forms.get(predicted, {fold(predicted)})
        if gold not in self.forms:
            return fold(gold) in forms
        if forms & self.unique[gold]:
            return True
        gtoks = fold(gold).split()
        if 2 <= len(gtoks) <= 3:
            surnames = {gtoks[0], gtoks[-1]}
            for t in fold(predicted).split():
                if t in surnames and self.token_owners.get(t) == {gold}:
                    return True
        return False


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run(folder: str):
    paths = sorted(
        os.path.join(folder, n) for n in os.listdir(folder) if os.path.splitext(n)[1] in SUFFIXES and n != "README.md"
    )
    start = time.perf_counter()
    loaded, problems = pipeline.analyse_paths(paths, Cache(None, enabled=False), method="news")
    briefing = pipeline.assemble(loaded, problems=problems)
    return briefing, time.perf_counter() - start


def score(folder: str, verbose: bool) -> int:
    with open(os.path.join(folder, "gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    briefing, elapsed = run(folder)
    judge = SpeakerJudge(gold.get("speakers", {}), briefing.speakers)
    counts = Counter()
    merged: list[tuple[str, str | None]] = []  # (gold speaker, predicted canonical) of matched statements
    for name, gold_rows in sorted(gold["articles"].items()):
        entry = briefing.entry(os.path.join(folder, name))
        pred = []
        if entry is not None:
            for st, canon in zip(entry.analysis.statements, entry.speakers):
                # A quotation cut by its attribution is one statement, its pieces joined by " … ";
                # our gold sets record the pieces apart, so each piece is matched on its own.
                pieces = st.text.split(" … ") if st.kind == "direct" else [st.text]
                for piece in pieces:
                    pred.append({"speaker": canon, "text": piece, "kind": st.kind, "raw": st.speaker})
        else:
            print(f"{name}: not analysed", file=sys.stderr)
        pairs = match(pred, gold_rows)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for kind in ("direct", "indirect"):
            counts[f"pred_{kind}"] += sum(1 for p in pred if p["kind"] == kind)
            counts[f"gold_{kind}"] += sum(1 for g in gold_rows if g["kind"] == kind)
        errors = []
        for i, j in pairs:
            kind = gold_rows[j]["kind"]
            counts[f"span_{kind}"] += 1
            ok = judge.right(pred[i]["speaker"], gold_rows[j]["speaker"])
            if ok:
                counts[f"speaker_{kind}"] += 1
            else:
                errors.append(f"  WRONG  {kind[:3]} {pred[i]['speaker']!r} ({pred[i]['raw']!r}) for {gold_rows[j]['speaker']!r}: {gold_rows[j]['text'][:70]}")
            merged.append((gold_rows[j]["speaker"], pred[i]["speaker"]))
        for j, g in enumerate(gold_rows):
            if j not in matched_g:
                errors.append(f"  MISSED {g['kind'][:3]} {g['speaker']!r}: {g['text'][:90]}")
        for i, p in enumerate(pred):
            if i not in matched_p:
                errors.append(f"  EXTRA  {p['kind'][:3]} {p['speaker']!r}: {p['text'][:90]}")
        if verbose and errors:
            print(name)
            print("\n".join(errors))
    # Pairwise merging over matched statements.
    same_gold = same_pred = both = 0
    for a in range(len(merged)):
        for b in range(a + 1, len(merged)):
            g = merged[a][0] == merged[b][0]
            p = merged[a][1] is not None and merged[a][1] == merged[b][1]
            same_gold += g
            same_pred += p
            both += g and p
    rows = [
        ("direct spans", *prf(counts["span_direct"], counts["pred_direct"], counts["gold_direct"]), counts["span_direct"], counts["pred_direct"], counts["gold_direct"]),
        ("direct + speaker", *prf(counts["speaker_direct"], counts["pred_direct"], counts["gold_direct"]), counts["speaker_direct"], counts["pred_direct"], counts["gold_direct"]),
        ("indirect + speaker", *prf(counts["speaker_indirect"], counts["pred_indirect"], counts["gold_indirect"]), counts["speaker_indirect"], counts["pred_indirect"], counts["gold_indirect"]),
        ("cross-article merge", *prf(both, same_pred, same_gold), both, same_pred, same_gold),
    ]
    print(f"{'':22}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'pred':>7}{'gold':>7}")
    for label, p, r, f, tp, npred, ngold in rows:
        print(f"{label:22}{p:7.3f}{r:7.3f}{f:7.3f}{tp:7d}{npred:7d}{ngold:7d}")
    print(f"({len(gold['articles'])} articles, {elapsed:.1f} s including summaries)")
    return 0


def samples(folder: str, expected_path: str) -> None:
    with open(expected_path, encoding="utf-8") as fh:
        expected = json.load(fh)
    briefing, _ = run(folder)
    by_name = {s.name: s for s in briefing.speakers}
    found = total = 0
    print("\nsample speakers (expected name or surname among the article's predicted speakers)")
    for name, info in sorted(expected.items()):
        entry = briefing.entry(os.path.join(folder, name))
        if entry is None or not info.get("speakers"):
            continue
        forms = set()
        for canon in {c for c in entry.speakers if c}:
            sp = by_name.get(canon)
            for n in (canon, *(sp.aliases if sp else ())):
                forms.add(fold(n))
                forms.update(fold(n).split())
        missing = [s for s in info["speakers"] if fold(s) not in forms and fold(s).split()[-1] not in forms]
        total += len(info["speakers"])
        found += len(info["speakers"]) - len(missing)
        if missing:
            print(f"  {name}: missing {', '.join(missing)}")
    print(f"  found {found}/{total}")


def polnear(folder: str, scorer: str, details: str | None) -> int:
    """Analyse a PolNeAR split as `briefing quotes --format json` would, then run its scorer."""
    import subprocess
    import tempfile

    from briefing.present.render.json import render_quotes_json

    texts = os.path.join(folder, "text")
    paths = sorted(os.path.join(texts, n) for n in os.listdir(texts) if n.endswith(".txt"))
    start = time.perf_counter()
    loaded, problems = pipeline.analyse_paths(paths, Cache(None, enabled=False), method="news")
    briefing = pipeline.assemble(loaded, problems=problems)
    elapsed = time.perf_counter() - start
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        fh.write(render_quotes_json(briefing))
    command = [sys.executable, scorer, os.path.join(folder, "gold.jsonl"), fh.name]
    if details:
        command += ["--details", details]
    result = subprocess.run(command, check=False)
    os.remove(fh.name)
    print(f"({len(paths)} articles, {len(problems)} not read, {elapsed:.1f} s including summaries)")
    return result.returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=os.path.join(ROOT, "tests", "data", "quotes"))
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "bench", "attribution", "score.py"),
                    help="PolNeAR scorer (default: ../shared/bench/attribution/score.py)")
    ap.add_argument("--details", metavar="OUT", help="PolNeAR: the scorer's per-record details")
    ap.add_argument("--model", metavar="CRFSUITE", help="read with this tagger model instead of the shipped one "
                    "(bench/crossfit.py scores each half of train with a model trained on the other half)")
    ap.add_argument("--verbose", "-v", action="store_true", help="per-article errors")
    ap.add_argument("--samples", nargs=2, metavar=("DIR", "EXPECTED"), help="also check the speakers of sample articles")
    args = ap.parse_args(argv)
    if args.model:
        from briefing.article.attribution import tagger

        tagger.MODEL_PATH = os.path.abspath(args.model)
    if os.path.exists(os.path.join(args.dir, "gold.jsonl")):
        return polnear(args.dir, args.scorer, args.details)
    if not os.path.exists(os.path.join(args.dir, "gold.json")):
        print(f"quotes.py: {args.dir}: no gold.json (our annotated sets) or gold.jsonl (a built PolNeAR split)",
              file=sys.stderr)
        return 2
    score(args.dir, args.verbose)
    if args.samples:
        samples(*args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
