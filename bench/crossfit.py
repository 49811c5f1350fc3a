"""Who said what out of sample on PolNeAR's training split, by cross-fitting.

    python bench/crossfit.py /tmp/polnear [--work DIR]

The shipped tagger learned from all 840 training articles, so its figures on them are
in-sample, and dev (84 articles) is small. This splits train into two halves by article
(sorted names, dealt alternately), trains a tagger on each half with
`bench/train_attribution.py`, reads each half with the model of the other through the real
path (`bench/quotes.py --model`) and prints both halves' scores and their pooled figures:
840 articles that no model reading them has seen. The rules are the shipped ones, so the
figures are a little low (each model learned from half the articles). About two minutes;
dev and test are not read.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROW = re.compile(r"^(direct|indirect_speech)\+speaker\s+\S+\s+\S+\s+\S+\s+\((\d+)/(\d+), (\d+)/(\d+)\)")


def split(polnear: str, work: str) -> list[str]:
    """Two halves of train as `train/` folders of their own (text linked, gold lines copied)."""
    texts = os.path.join(polnear, "train", "text")
    names = sorted(n for n in os.listdir(texts) if n.endswith(".txt"))
    gold = open(os.path.join(polnear, "train", "gold.jsonl"), encoding="utf-8").read().splitlines()
    halves = []
    for k, half in enumerate("AB"):
        chosen = set(names[k::2])
        folder = os.path.join(work, half, "train")
        os.makedirs(os.path.join(folder, "text"), exist_ok=True)
        for name in chosen:
            link = os.path.join(folder, "text", name)
            if not os.path.exists(link):
                os.symlink(os.path.join(texts, name), link)
        with open(os.path.join(folder, "gold.jsonl"), "w", encoding="utf-8") as fh:
            fh.writelines(line + "\n" for line in gold if os.path.basename(json.loads(line)["doc"]) in chosen)
        halves.append(os.path.join(work, half))
    return halves


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("polnear", help="the folder build.py wrote (with train/text and train/gold.jsonl)")
    ap.add_argument("--work", help="where the halves and their models go (default: a new temporary folder)")
    args = ap.parse_args(argv)
    work = args.work or tempfile.mkdtemp(prefix="briefing-crossfit-")
    try:
        return crossfit(args.polnear, work)
    finally:
        if not args.work:  # a folder of our own making; one named with --work is the user's to keep
            shutil.rmtree(work, ignore_errors=True)


def crossfit(polnear: str, work: str) -> int:
    """Train a model on each half, read the other half with it, print each half and the pooled figures."""
    halves = split(polnear, work)
    training = [subprocess.Popen([sys.executable, os.path.join(HERE, "train_attribution.py"), half,
                                  "--out", half + ".crfsuite"], stdout=subprocess.DEVNULL) for half in halves]
    if any(p.wait() != 0 for p in training):
        print("crossfit.py: training failed", file=sys.stderr)
        return 1
    totals: dict[str, list[int]] = {}
    for half, other in ((halves[0], halves[1]), (halves[1], halves[0])):
        out = subprocess.run([sys.executable, os.path.join(HERE, "quotes.py"), os.path.join(half, "train"),
                              "--model", other + ".crfsuite"], capture_output=True, text=True, check=False).stdout
        print(f"{os.path.basename(half)} read with the model of {os.path.basename(other)}:")
        print(out)
        for line in out.splitlines():
            m = ROW.match(line)
            if m:
                counts = totals.setdefault(m.group(1), [0, 0, 0, 0])
                for i in range(4):
                    counts[i] += int(m.group(i + 2))
    print("pooled (840 articles, out of sample):")
    for kind, (right, predicted, found, gold) in totals.items():
        p, r = right / max(predicted, 1), found / max(gold, 1)
        print(f"  {kind + '+speaker':<26} P {p:.3f}  R {r:.3f}  F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
