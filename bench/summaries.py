"""Score summaries against human-written highlights with ROUGE, and time them.

    python bench/summaries.py DATA_DIR [--limit N] [--sentences 3] [--methods news,lead,...] [--oracle]

DATA_DIR holds articles/NNNN.txt (one story per file, no headline) and
references/NNNN.txt (the highlights, one per line). Each story is given to
`summarize.rank` as its body text with no title, after the opening
"(CNN)" / "CITY (CNN) --" dateline is removed, as our cleaner removes a wire
dateline. Every method summarises the same articles; the table gives ROUGE-1/2/L
F1 x100 (rouge-score, Porter stemming) and the mean summary length in words.

Speed is measured in the same run, article by article: our default method
against plain sumy `LexRankSummarizer(Stemmer("english"))` on the same text with
the same tokenizer (sumy's PlaintextParser, English stop words, N sentences).
"ours, cold" clears our stemmer memo before every article, so no work carries
over from the article before; "ours, warm" keeps it, as a run over many
articles does. Medians of per-article ratios are printed too, as the machines
are shared and noisy.

Needs `rouge-score` (a bench-only dependency: pip install rouge-score).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from briefing.article import summarize  # noqa: E402
from briefing.article.sentences import Tokenizer  # noqa: E402

# "(CNN)The ...", "Lagos, Nigeria (CNN) -- The ...", "Town, Province, Country (CNN)A ...", "(Partner Outlet)It ...".
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}(?:, [A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}){0,2}\s*)?"
    r"\((?:CNN|[A-Z][\w&'’. ]{1,40})\)\s*(?:--\s*)?"
)


def strip_dateline(text: str) -> str:
    m = _DATELINE.match(text)
    return text[m.end():] if m and m.end() < len(text) else text


def load(data_dir: str, limit: int | None) -> list[tuple[str, str, str]]:
    art_dir = os.path.join(data_dir, "articles")
    ref_dir = os.path.join(data_dir, "references")
    out = []
    for name in sorted(os.listdir(art_dir)):
        if not name.endswith(".txt"):
            continue
        ref_path = os.path.join(ref_dir, name)
        if not os.path.exists(ref_path):
            continue
        with open(os.path.join(art_dir, name), encoding="utf-8") as fh:
            body = strip_dateline(fh.read().strip())
        with open(ref_path, encoding="utf-8") as fh:
            ref = "\n".join(line.strip() for line in fh if line.strip())
        out.append((name[:-4], body, ref))
        if limit and len(out) >= limit:
            break
    return out


def summary(sentences, ranking, count: int) -> str:
    return " ".join(sentences[i] for i in sorted(ranking[:count]))


def plain_lexrank(text: str, count: int):
    """What a user of sumy would write: parser, Snowball stemmer, stop words, LexRank."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    doc = PlaintextParser.from_string(text, Tokenizer()).document
    lex = LexRankSummarizer(Stemmer("english"))
    lex.stop_words = get_stop_words("english")
    return lex(doc, count)


def oracle(sentences, ref: str, scorer, count: int) -> str:
    """Greedy extractive oracle: add the sentence that most raises R-1 + R-2 F1."""
    chosen: list[int] = []
    best = 0.0
    while len(chosen) < count:
        pick = None
        for i in range(len(sentences)):
            if i in chosen:
                continue
            text = " ".join(sentences[j] for j in sorted(chosen + [i]))
            s = scorer.score(ref, text)
            value = s["rouge1"].fmeasure + s["rouge2"].fmeasure
            if value > best:
                best, pick = value, i
        if pick is None:
            break
        chosen.append(pick)
    return " ".join(sentences[j] for j in sorted(chosen))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--sentences", type=int, default=3, help="summary length (default 3)")
    parser.add_argument("--methods", default=",".join(m for m in summarize.METHODS if m != "random"),
                        help="comma-separated methods to score (default: all but random)")
    parser.add_argument("--oracle", action="store_true", help="also score the greedy extractive oracle (slow)")
    parser.add_argument("--no-timing", action="store_true", help="skip the speed comparison")
    args = parser.parse_args(argv)

    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("bench/summaries.py needs rouge-score: pip install rouge-score", file=sys.stderr)
        return 2

    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    unknown = [m for m in methods if m not in summarize.METHODS]
    if unknown:
        print(f"unknown method(s): {', '.join(unknown)}", file=sys.stderr)
        return 2
    if summarize.DEFAULT_METHOD in methods:  # ours first, then the baselines
        methods.remove(summarize.DEFAULT_METHOD)
        methods.insert(0, summarize.DEFAULT_METHOD)
    items = load(args.data_dir, args.limit)
    if not items:
        print(f"no articles found under {args.data_dir}", file=sys.stderr)
        return 2

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    rows = {m: [] for m in methods + (["oracle"] if args.oracle else [])}
    times_cold, times_warm, times_plain = [], [], []
    n = args.sentences

    # Warm up imports (sumy, nltk, numpy) so no method pays for them in its timing.
    summarize.rank([items[0][1]], None, summarize.DEFAULT_METHOD)
    plain_lexrank(items[0][1], n)

    for _, body, ref in items:
        paragraphs = [body]
        for m in methods:
            sentences, ranking = summarize.rank(paragraphs, None, m)
            text = summary(sentences, ranking, n)
            s = scorer.score(ref, text)
            rows[m].append((s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeL"].fmeasure, len(text.split())))
        if args.oracle:
            sentences, _ = summarize.rank(paragraphs, None, "lead")
            text = oracle(sentences, ref, scorer, n)
            s = scorer.score(ref, text)
            rows["oracle"].append((s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeL"].fmeasure, len(text.split())))
        if not args.no_timing:
            summarize.clear_memo()
            t0 = time.perf_counter()
            summarize.rank(paragraphs, None, summarize.DEFAULT_METHOD)
            t1 = time.perf_counter()
            summarize.rank(paragraphs, None, summarize.DEFAULT_METHOD)
            t2 = time.perf_counter()
            plain_lexrank(body, n)
            t3 = time.perf_counter()
            times_cold.append(t1 - t0)
            times_warm.append(t2 - t1)
            times_plain.append(t3 - t2)

    print(f"{len(items)} articles from {args.data_dir}, {n} sentences per summary; ROUGE F1 x100 (stemmed)")
    print()
    print(f"{'method':<12} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'words':>6}")
    for m, vals in rows.items():
        r1, r2, rl, w = (statistics.fmean(v[k] for v in vals) for k in range(4))
        label = m + (" (ours)" if m == summarize.DEFAULT_METHOD else "")
        print(f"{label:<12} {100 * r1:6.2f} {100 * r2:6.2f} {100 * rl:6.2f} {w:6.1f}")
    if "lead" in rows and summarize.DEFAULT_METHOD in rows:
        ours, lead = rows[summarize.DEFAULT_METHOD], rows["lead"]
        d = [100 * (statistics.fmean(v[k] for v in ours) - statistics.fmean(v[k] for v in lead)) for k in range(3)]
        print(f"{'ours - lead':<12} {d[0]:+6.2f} {d[1]:+6.2f} {d[2]:+6.2f}")

    if times_plain:
        print()
        plain = sum(times_plain)
        print(f"time per article: plain sumy LexRank {1000 * plain / len(items):.2f} ms")
        for label, times in (("ours, cold", times_cold), ("ours, warm", times_warm)):
            ratios = [a / b for a, b in zip(times, times_plain) if b > 0]
            print(f"  {label}: {1000 * sum(times) / len(items):.2f} ms, ratio to LexRank {sum(times) / plain:.3f}"
                  f" (median per article {statistics.median(ratios):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
