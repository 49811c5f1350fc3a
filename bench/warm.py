"""Start-up and the warm cache, each against a baseline measured in the same run.

    python bench/warm.py ARTICLES_DIR [--count 500] [--runs 9] [--cold-runs 3] [--work DIR]

Copies up to COUNT articles (.txt) from ARTICLES_DIR into a work folder, each with a
headline of its own ("Bench story 0001") so that no two files share a first line, and
prints medians of:
  * a cold digest (empty cache) at 1 job and at the default number of jobs, a warm
    one (the same files and options again), and cold / warm;
  * `briefing --version` and `--help` against `python -c pass`, run in turn.
The machines are shared and noisy: the ratios are what counts. Run the installed
`briefing` script when it sits next to this Python, else `python -m briefing`.
Modules are byte-compiled first, as an installed package is.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NOW = "2026-03-09T12:00:00Z"


def briefing_cmd() -> list[str]:
    script = os.path.join(os.path.dirname(sys.executable), "briefing")
    return [script] if os.path.exists(script) else [sys.executable, "-m", "briefing"]


def environment(cache: str | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")  # this checkout, even if another is installed
    env["PYTHONHASHSEED"] = "0"
    if cache:
        env["BRIEFING_CACHE_DIR"] = cache
    return env


def seconds(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)
    return time.perf_counter() - start


def copy_articles(source: str, folder: str, count: int) -> int:
    names = sorted(n for n in os.listdir(source) if n.endswith(".txt"))[:count]
    os.makedirs(folder, exist_ok=True)
    for i, name in enumerate(names, 1):
        with open(os.path.join(source, name), encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
            fh.write(f"Bench story {i:04d}\n\n{text}")
    return len(names)


def cold_and_warm(folder: str, work: str, cold_runs: int, runs: int) -> dict:
    digest = [*briefing_cmd(), "digest", folder, "--now", NOW]
    cache = os.path.join(work, "cache")
    out: dict = {}
    for label, jobs in (("cold_1", ["--jobs", "1"]), ("cold_n", [])):
        times = []
        for _ in range(cold_runs):
            shutil.rmtree(cache, ignore_errors=True)
            times.append(seconds(digest + jobs, environment(cache)))
        out[label] = statistics.median(times)
    seconds(digest, environment(cache))  # the default jobs left the cache full; one more run reads it
    out["warm"] = statistics.median(seconds(digest, environment(cache)) for _ in range(runs))
    return out


def startup(runs: int) -> dict:
    """Medians of `python -c pass`, `briefing --version` and `--help`, run in turn."""
    commands = {"python": [sys.executable, "-c", "pass"], "version": [*briefing_cmd(), "--version"],
                "help": [*briefing_cmd(), "--help"]}
    env = environment()
    for cmd in commands.values():
        seconds(cmd, env)  # warm the file cache
    times: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(runs):
        for key, cmd in commands.items():
            times[key].append(seconds(cmd, env))
    return {k: statistics.median(v) for k, v in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", help="a folder of .txt articles (e.g. ../shared/bench/human-summaries/articles)")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--runs", type=int, default=9, help="runs of each quick command (median)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold digests at each job count (median)")
    parser.add_argument("--work", help="work folder (default: a new temporary folder, removed afterwards)")
    args = parser.parse_args()
    compileall.compile_dir(os.path.join(ROOT, "briefing"), quiet=1)
    work = args.work or tempfile.mkdtemp(prefix="briefing-warm-")
    try:
        folder = os.path.join(work, "articles")
        shutil.rmtree(folder, ignore_errors=True)
        n = copy_articles(args.articles, folder, args.count)
        print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {n} articles, {' '.join(briefing_cmd())}\n")
        r = cold_and_warm(folder, work, args.cold_runs, args.runs)
        print(f"Digest of {n} articles (medians)")
        print(f"  cold, 1 job          {r['cold_1']:8.3f} s")
        print(f"  cold, default jobs   {r['cold_n']:8.3f} s")
        print(f"  warm                 {r['warm'] * 1000:8.1f} ms")
        print(f"  cold 1 job / warm    {r['cold_1'] / r['warm']:8.0f}x   target >= 100x")
        print(f"  cold default / warm  {r['cold_n'] / r['warm']:8.0f}x\n")
        s = startup(args.runs)
        print(f"Start-up (medians of {args.runs}, run in turn)")
        print(f"  python -c pass       {s['python'] * 1000:8.1f} ms")
        print(f"  briefing --version   {s['version'] * 1000:8.1f} ms  {s['version'] / s['python']:5.2f}x   target <= 2x")
        print(f"  briefing --help      {s['help'] * 1000:8.1f} ms  {s['help'] / s['python']:5.2f}x")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
