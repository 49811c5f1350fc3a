"""Train the who-said-what tagger on PolNeAR's training articles.

    python bench/train_attribution.py /tmp/polnear            # writes briefing/article/attribution/tagger.crfsuite
    python bench/train_attribution.py /tmp/polnear --out /tmp/t.crfsuite --c1 0.6

POLNEAR is the folder `../shared/bench/attribution/build.py` writes (`train/text/*.txt`
and `train/gold.jsonl`). Only the training split is read. Each token of each paragraph
gets a label from the people's annotation: B-/I- of SRC (who), CUE (said, according
to) and CON (what); an attribution inside another's content keeps its own cue and
source labels. Attributions with a cue of saying are learnt, and so are quotations whose
cue is not one ("denounced his “reckless plan”"): the scorer counts every quotation. The
model is a linear-chain CRF (python-crfsuite) over the features of
`briefing.article.attribution.features`; L1 regularisation keeps it small, and a strong L2
weight keeps it from leaning on rare features. The settings (c1 0.4, c2 1.0, quotations)
were chosen on train read out of sample (`bench/crossfit.py`). The model file holds
feature weights only, no article text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from briefing.article.attribution.features import paragraph_features
from briefing.article.attribution.tagger import MODEL_PATH
from briefing.article.attribution.tokens import read_paragraph

PRIORITY = {"CUE": 3, "SRC": 2, "CON": 1}


def paragraphs(text: str):
    """(offset, paragraph) for every paragraph of a PolNeAR text (blank-line separated)."""
    pos = 0
    for piece in re.split(r"(\n\s*\n)", text):
        if piece.strip() and not re.fullmatch(r"\n\s*\n", piece):
            lead = len(piece) - len(piece.lstrip())
            yield pos + lead, piece.strip()
        pos += len(piece)


def load(split_dir: str, speech_only: bool, quotations: bool = False):
    """The annotated attributions per article: those with a cue of saying, and with `quotations`
    also any whose content is mostly inside quotation marks ("denounced his “reckless plan”")."""
    gold: dict[str, list[dict]] = {}
    with open(os.path.join(split_dir, "gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if speech_only and rec.get("cue_kind") != "speech" and not (quotations and rec.get("kind") == "direct"):
                continue
            gold.setdefault(rec["doc"], []).append(rec)
    return gold


def labelled(text: str, records: list[dict]):
    """(features, labels) per paragraph."""
    marks: dict[int, tuple[int, str, int]] = {}  # char offset -> (priority, role, span id)
    for n, rec in enumerate(records):
        for role, key in (("CON", "content"), ("SRC", "source"), ("CUE", "cue")):
            for k, (start, end) in enumerate(rec.get("spans", {}).get(key, []) or []):
                span_id = n * 100 + k * 3 + PRIORITY[role]
                for c in range(start, end):
                    old = marks.get(c)
                    if old is None or PRIORITY[role] > old[0]:
                        marks[c] = (PRIORITY[role], role, span_id)
    for index, (offset, para) in enumerate(paragraphs(text)):
        par = read_paragraph(para)
        labels = []
        previous = None
        for tok in par.tokens:
            hit = None
            for c in range(offset + tok.start, offset + tok.end):
                if c in marks:
                    hit = marks[c]
                    break
            if hit is None:
                labels.append("O")
                previous = None
                continue
            _p, role, span_id = hit
            labels.append(("I-" if previous == span_id else "B-") + role)
            previous = span_id
        yield paragraph_features(par, first=index == 0), labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("polnear", help="folder written by build.py (train/text, train/gold.jsonl)")
    ap.add_argument("--out", default=MODEL_PATH)
    ap.add_argument("--c1", type=float, default=0.4, help="L1 weight (larger: smaller model)")
    ap.add_argument("--c2", type=float, default=1.0, help="L2 weight")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--all-cues", action="store_true", help="also learn attributions of thought and belief")
    ap.add_argument("--quotations", action=argparse.BooleanOptionalAction, default=True,
                    help="also learn quotations whose cue is not one of saying (the shipped model does)")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N articles only")
    args = ap.parse_args()

    import pycrfsuite

    split = os.path.join(args.polnear, "train")
    gold = load(split, speech_only=not args.all_cues, quotations=args.quotations)
    names = sorted(os.listdir(os.path.join(split, "text")))
    if args.limit:
        names = names[: args.limit]
    trainer = pycrfsuite.Trainer(verbose=False)
    start = time.time()
    sequences = 0
    for name in names:
        with open(os.path.join(split, "text", name), encoding="utf-8") as fh:
            text = fh.read()
        for feats, labels in labelled(text, gold.get(name, [])):
            if feats:
                trainer.append(feats, labels)
                sequences += 1
    print(f"{len(names)} articles, {sequences} paragraphs read in {time.time() - start:.0f} s", file=sys.stderr)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    start = time.time()
    trainer.train(args.out)
    with open(args.out, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    with open(args.out + ".sha256", "w", encoding="ascii") as fh:
        fh.write(digest + "\n")  # what the analyzer version hashes instead of the model itself
    print(f"trained in {time.time() - start:.0f} s: {args.out} ({os.path.getsize(args.out) / 1e6:.1f} MB)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
