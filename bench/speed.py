"""How fast briefing is, measured against baselines in the same run.

    python bench/speed.py [--sizes 100,1000,10000] [--jobs N] [--work DIR] [--from ARTICLES]

Prints one table per measure:
  * cold analysis per article vs plain sumy LexRank on the same texts (ratio; with --from,
    on the first 150 of those real articles);
  * throughput at 1 and N jobs, warm/cold ratio and peak memory, per corpus size;
  * start-up of `briefing --version` / `--help` vs `python -c pass`;
  * cost against article length (1k, 10k, 100k words): near linear or not.
The machines are shared and noisy, so every figure is compared with a baseline
measured in the same run, and the ratio is what counts. `--from ARTICLES` builds
the scale corpora from real articles (see bench/corpus.py) instead of recombined
samples; the table then also says how time and memory per article grow with N.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

import corpus  # noqa: E402

PY = sys.executable


def briefing_cmd(*args: str) -> list[str]:
    return [PY, "-m", "briefing", *args]


def timed(cmd: list[str], env: dict | None = None, cpu: list | None = None) -> tuple[float, float, int]:
    """(seconds, peak RSS of the process and its children in MB, exit code); the CPU
    seconds of the process and its workers are appended to `cpu` when given (less
    disturbed than wall time by other work on a shared machine)."""
    code = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "dt = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(json.dumps([dt, u.ru_maxrss / 1024, p.returncode, u.ru_utime + u.ru_stime]))\n"
    )
    out = subprocess.run([PY, "-c", code, *cmd], capture_output=True, env=env, check=True)
    dt, rss, rc, used = json.loads(out.stdout)
    if cpu is not None:
        cpu.append(used)
    return dt, rss, rc


STAGES = r"""
import json, sys, time
from datetime import datetime
from briefing.assemble import pipeline
from briefing.store.cache import Cache
folder, cache_dir = sys.argv[1], sys.argv[2]
now = datetime.fromisoformat("2026-03-09T12:00:00+00:00")
t0 = time.process_time()
loaded, problems = pipeline.analyse_paths([folder], Cache(cache_dir), method="news", slim=3)
t1 = time.process_time()
prepared = pipeline.prepare(loaded, now)
t2 = time.process_time()
entries = pipeline._entries(loaded, now, prepared.names)
t3 = time.process_time()
pipeline.group_stories(entries)
t4 = time.process_time()
pipeline.assemble(loaded, now=now, problems=problems, prepared=prepared)
t5 = time.process_time()
print(json.dumps({"read": t1 - t0, "align+group": t2 - t1, "group": t4 - t3, "assemble": t5 - t4}))
"""


def _burn(seconds: float) -> int:
    count, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        count += 1
    return count


def parallel_capacity(seconds: float = 2.0) -> float:
    """How many cores' worth two busy processes get right now (2.0 on an idle 2-core
    machine; about 1.0 when other work or shared vCPUs leave one): the baseline of a
    2-job run's speed-up."""
    import multiprocessing

    alone = _burn(seconds)
    with multiprocessing.get_context("fork").Pool(2) as pool:
        both = pool.map(_burn, [seconds, seconds])
    return sum(both) / alone


def stages(folder: str, cache: str) -> dict:
    """CPU seconds of the steps after analysis, on a warm cache: reading the cache,
    aligning speakers and grouping stories, assembling the briefing."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (os.path.dirname(HERE), os.environ.get("PYTHONPATH")) if p))
    out = subprocess.run([PY, "-c", STAGES, folder, cache], capture_output=True, env=env, check=True, text=True)
    return json.loads(out.stdout)


def cold_vs_lexrank(paths: list[str]) -> dict:
    """Per-article cost of our whole cold analysis vs plain sumy LexRank alone."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from briefing.article.analyze import analyze
    from briefing.article.clean import clean
    from briefing.article.sentences import Tokenizer
    from briefing.store.load import read

    raws = [read(p) for p in paths]
    raws = [r for r in raws if not hasattr(r, "message")]
    bodies = ["\n\n".join(clean(r.text, r.fmt).body) for r in raws]
    analyze(raws[0])  # imports and first dateparser call outside the timing
    ours, plain, stopped = [], [], []
    stop_words = get_stop_words("english")
    for raw, body in zip(raws, bodies):
        t = time.perf_counter()
        analyze(raw)
        ours.append(time.perf_counter() - t)
        # Plain sumy: LexRankSummarizer with a fresh Stemmer("english") and its defaults.
        t = time.perf_counter()
        LexRankSummarizer(Stemmer("english"))(PlaintextParser.from_string(body, Tokenizer()).document, 3)
        plain.append(time.perf_counter() - t)
        # The same with English stop words, as sumy's README example sets them (a cheaper baseline).
        t = time.perf_counter()
        summarizer = LexRankSummarizer(Stemmer("english"))
        summarizer.stop_words = stop_words
        summarizer(PlaintextParser.from_string(body, Tokenizer()).document, 3)
        stopped.append(time.perf_counter() - t)
    return {
        "articles": len(raws),
        "ours_ms": 1000 * statistics.mean(ours),
        "lexrank_ms": 1000 * statistics.mean(plain),
        "stopped_ms": 1000 * statistics.mean(stopped),
        "ratio": sum(ours) / sum(plain),
        "ratio_stopped": sum(ours) / sum(stopped),
    }


def startup(repeat: int = 15) -> dict:
    def best(cmd):
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times.append(time.perf_counter() - t)
        return min(times)

    base = best([PY, "-c", "pass"])
    version = best(briefing_cmd("--version"))
    helptext = best(briefing_cmd("--help"))
    return {"python_ms": base * 1000, "version_ms": version * 1000, "help_ms": helptext * 1000,
            "version_x": version / base, "help_x": helptext / base}


def scale(size: int, jobs: int, work: str, source: str | None = None) -> dict:
    folder = os.path.join(work, f"corpus-{size}" + ("-real" if source else ""))
    if not os.path.isdir(folder) or len(os.listdir(folder)) != size:
        shutil.rmtree(folder, ignore_errors=True)
        if source:
            corpus.copy_corpus(size, folder, source)
        else:
            corpus.write_corpus(size, folder, seed=size)
    words = 0
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            words += len(fh.read().split())
    row = {"articles": size, "words": words}
    for label, j in (("cold_1", 1), (f"cold_{jobs}", jobs)):
        cache = os.path.join(work, f"cache-{size}-{j}")
        shutil.rmtree(cache, ignore_errors=True)
        env = dict(os.environ, BRIEFING_CACHE_DIR=cache)
        cpu: list = []
        dt, rss, rc = timed(briefing_cmd("digest", folder, "--jobs", str(j), "--now", "2026-03-09T12:00:00Z"), env, cpu)
        row[label] = dt
        row[label + "_rss"] = rss
        row[label + "_cpu"] = cpu[0]
        if j == jobs:
            warm = [timed(briefing_cmd("digest", folder, "--now", "2026-03-09T12:00:00Z"), env) for _ in range(3)]
            row["warm"] = min(w[0] for w in warm)
            row["warm_rss"] = max(w[1] for w in warm)
    row["capacity"] = parallel_capacity()
    row["stages"] = stages(folder, os.path.join(work, f"cache-{size}-1"))
    row["load"] = os.getloadavg()[0]
    row["parallel_ratio"] = row[f"cold_{jobs}"] / row["cold_1"]
    row["warm_speedup"] = row["cold_1"] / row["warm"]
    return row


def length_scaling(work: str) -> list[dict]:
    from briefing.article.analyze import analyze
    from briefing.store.load import read

    rows = []
    for words in (1_000, 10_000, 100_000):
        folder = os.path.join(work, f"long-{words}")
        shutil.rmtree(folder, ignore_errors=True)
        [path] = corpus.write_corpus(1, folder, seed=words, words=words)
        raw = read(path, max_bytes=50 * 1024 * 1024)
        analyze(raw) if words == 1_000 else None  # warm imports once
        t = time.perf_counter()
        analyze(raw)
        dt = time.perf_counter() - t
        n = len(raw.text.split())
        rows.append({"words": n, "seconds": dt, "us_per_word": dt / n * 1e6})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", default=None, help="folder for corpora and caches (default: a temp folder)")
    parser.add_argument("--from", dest="source", metavar="ARTICLES", help="build the scale corpora from these real articles")
    parser.add_argument("--skip", default="", help="comma list of sections to skip: cold,startup,scale,length")
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="briefing-bench-")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, work folder {work}"
          f"{'' if args.work else ' (removed afterwards)'}\n")
    try:
        report(args, work)
    finally:
        if not args.work:  # a folder of our own making; one named with --work is the user's to keep
            shutil.rmtree(work, ignore_errors=True)


def report(args: argparse.Namespace, work: str) -> None:
    """Every section not skipped, printed as it is measured."""
    skip = set(filter(None, args.skip.split(",")))

    if "cold" not in skip:
        if args.source:  # the first 150 real articles, as they are
            paths = sorted(os.path.join(args.source, n) for n in os.listdir(args.source))[:150]
        else:
            folder = os.path.join(work, "corpus-100")
            if not os.path.isdir(folder):
                corpus.write_corpus(100, folder, seed=100)
            paths = sorted(os.path.join(folder, n) for n in os.listdir(folder))
        r = cold_vs_lexrank(paths)
        print("Cold analysis (metadata + summary + who-said-what) per article vs sumy LexRank alone")
        print("(same cleaned texts, same tokenizer, a fresh Stemmer('english') each time)")
        print(f"  {'articles':>8} {'ours ms':>9} {'LexRank ms':>11} {'ratio':>7} {'+stop words ms':>15} {'ratio':>7}")
        print(f"  {r['articles']:>8} {r['ours_ms']:>9.1f} {r['lexrank_ms']:>11.1f} {r['ratio']:>7.2f} "
              f"{r['stopped_ms']:>15.1f} {r['ratio_stopped']:>7.2f}   target <= 1.5\n")

    if "startup" not in skip:
        s = startup()
        print("Start-up (best of 15)")
        print(f"  python -c pass      {s['python_ms']:7.1f} ms")
        print(f"  briefing --version  {s['version_ms']:7.1f} ms  {s['version_x']:5.2f}x   target <= 3x")
        print(f"  briefing --help     {s['help_ms']:7.1f} ms  {s['help_x']:5.2f}x   target <= 3x\n")

    if "scale" not in skip:
        what = f"copies of {args.source}" if args.source else "bench/corpus.py recombined samples"
        print(f"Digest of N articles ({what}): cold at 1 and {args.jobs} jobs, warm cache, peak memory (MB)")
        print(f"  {'N':>6} {'words':>9} {'cold 1j s':>10} {f'cold {args.jobs}j s':>10} {'par ratio':>9} "
              f"{'warm s':>7} {'warm x':>7} {'RSS 1j':>7} {f'RSS {args.jobs}j':>7} {'RSS warm':>8} "
              f"{'ms/art 1j':>9} {f'ms/art {args.jobs}j':>9}")
        rows: list = []
        for size in [int(x) for x in args.sizes.split(",") if x]:
            r = scale(size, args.jobs, work, args.source)
            print(f"  {r['articles']:>6} {r['words']:>9} {r['cold_1']:>10.2f} {r[f'cold_{args.jobs}']:>10.2f} "
                  f"{r['parallel_ratio']:>9.2f} {r['warm']:>7.2f} {r['warm_speedup']:>7.1f} "
                  f"{r['cold_1_rss']:>7.0f} {r[f'cold_{args.jobs}_rss']:>7.0f} {r['warm_rss']:>8.0f} "
                  f"{1000 * r['cold_1'] / size:>9.2f} {1000 * r[f'cold_{args.jobs}'] / size:>9.2f}", flush=True)
            rows.append(r)
        print("  linear growth: ms/art and RSS stay flat as N grows")
        print("\n  CPU seconds (process and workers; steady under load) and the steps after analysis (warm cache)")
        print(f"  {'N':>6} {'CPU 1j s':>9} {f'CPU {args.jobs}j s':>9} {'CPU ms/art':>10} {'read':>6} {'align+group':>11} "
              f"{'group':>6} {'assemble':>8} {'load avg':>8} {'2 procs get':>11}")
        for r in rows:
            st = r["stages"]
            print(f"  {r['articles']:>6} {r['cold_1_cpu']:>9.1f} {r[f'cold_{args.jobs}_cpu']:>9.1f} "
                  f"{1000 * r['cold_1_cpu'] / r['articles']:>10.2f} {st['read']:>6.2f} {st['align+group']:>11.2f} "
                  f"{st['group']:>6.2f} {st['assemble']:>8.2f} {r['load']:>8.1f} {r['capacity']:>8.2f} cores")
        print("  targets: par ratio <= 0.6 at 1,000 on 2 cores; warm x >= 50 at 1,000; RSS <= 500 MB at 10,000\n")

    if "length" not in skip:
        print("Cost against article length (one article, cold)")
        print(f"  {'words':>8} {'seconds':>8} {'us/word':>8}")
        for r in length_scaling(work):
            print(f"  {r['words']:>8} {r['seconds']:>8.3f} {r['us_per_word']:>8.1f}")


if __name__ == "__main__":
    main()
