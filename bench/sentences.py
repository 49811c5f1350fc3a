"""How well our sentence splitter does on tricky news copy.

    python bench/sentences.py [CASES_JSON] [--show]

CASES_JSON (default tests/data/sentences.json) is a list of {"text", "sentences",
"note", optional "join"}. Prints exact-match accuracy per case and precision,
recall and F1 per boundary (the places where one sentence ends and the next
begins), then, with --show, every case that is not split exactly right.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from briefing.article.sentences import split_sentences  # noqa: E402


def boundaries(text: str, sentences: list[str]) -> set[int]:
    """Offsets in `text` where each sentence but the last ends."""
    out, pos = set(), 0
    for s in sentences:
        at = text.find(s, pos)
        if at < 0:  # the splitter changed the text: fall back to a whitespace-blind search
            at = pos
        pos = at + len(s)
        out.add(pos)
    out.discard(pos)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="?", default=os.path.join(ROOT, "tests", "data", "sentences.json"))
    parser.add_argument("--show", action="store_true", help="print the cases that are split wrongly")
    args = parser.parse_args(argv)
    with open(args.cases, encoding="utf-8") as fh:
        cases = json.load(fh)

    exact = tp = fp = fn = 0
    wrong = []
    for case in cases:
        got = split_sentences(case["text"])
        if got == case["sentences"]:
            exact += 1
        else:
            wrong.append((case, got))
        gold = boundaries(case["text"], case["sentences"])
        found = boundaries(case["text"], got)
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)

    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{len(cases)} cases from {os.path.relpath(args.cases)}")
    print(f"exact match per case: {exact}/{len(cases)} = {100 * exact / len(cases):.1f}%")
    print(f"per boundary: {tp + fn} gold, {tp + fp} found; precision {100 * precision:.1f}%, "
          f"recall {100 * recall:.1f}%, F1 {100 * f1:.1f}%")
    if args.show:
        for case, got in wrong:
            print()
            print(f"- {case['note']}")
            print(f"  expected {case['sentences']}")
            print(f"  got      {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
