"""How fast the TUI is with many articles.

    python bench/tui.py N [--from ARTICLES] [--size 160x45] [--runs R] [--cold] [--keep DIR]

Writes N articles (copies of sample_articles/ under varied names, each with a
line of its own so that each has its own cache entry; or with --from, copies of
real articles with distinct first lines, see bench/corpus.py) into a temporary
folder, warms a private cache once with `briefing digest` in a subprocess, then
measures:

- first paint: from starting a fresh `python` process to the first frame in
  which the article list shows rows (median of R launches, cached);
- list complete: to the first frame whose list holds all N articles with no
  progress bar (what a user sees as "loaded"); fully read: to the moment the
  articles' statements and filter words are in too; peak memory (VmHWM) of
  the process; the same launch of a bare Textual app as a baseline;
- keypresses: from a key to the next frame, inside App.run_test() once the
  list is complete: down (j), a filter character, opening an article (Enter),
  opening the who-said-what grid (w); medians over many presses, with the
  same measure on a minimal Textual app as a baseline for this machine;
- with --cold: the same first paint with an empty cache (analysis running),
  and how long quitting takes while the analysis is still going.

Targets: first paint < 1 s, each keypress < 50 ms (medians).
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

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "sample_articles")
NOW = "2026-03-09T12:00:00+00:00"
SIZE = (160, 45)

# The child process: launched fresh for every first-paint measurement.
CHILD = r"""
import asyncio, json, os, sys, time
T0 = float(sys.argv[1])
folder, mode = sys.argv[2], sys.argv[3]
from briefing.cli import build_parsers
from briefing.tui.app import BriefingApp
from briefing.tui.widgets import ArticleList

painted = {}
_render_line = ArticleList.render_line
def render_line(self, y):
    if y >= 1 and self.rows and "t" not in painted:
        painted["t"] = time.time() - T0
        painted["cpu"] = time.process_time()
        painted["rows"] = len(self.rows)
    if y >= 1 and "complete" not in painted:
        app = self.app
        done = app.listing is not None and len(app.listing) >= int(sys.argv[4])
        if done and not app.screen.query_one("#progress").display:
            painted["complete"] = time.time() - T0
    return _render_line(self, y)
ArticleList.render_line = render_line

def peak_mb():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0

from briefing.cli import options_from
args = options_from(build_parsers()["tui"].parse_args([folder, "--now", "%s"] + sys.argv[5:]))

async def main():
    app = BriefingApp(args)
    frames = []
    display = app._display
    def record(screen, renderable):
        frames.append((time.perf_counter(), time.process_time()))
        return display(screen, renderable)
    app._display = record  # every frame Textual paints
    app.frames = frames
    result = {}
    async with app.run_test(size=(%d, %d)) as pilot:
        while "t" not in painted:
            await asyncio.sleep(0.002)
        result["first_paint"] = painted["t"]
        result["first_paint_cpu"] = painted["cpu"]
        result["rows_at_first_paint"] = painted["rows"]
        if mode == "cold":
            t = time.perf_counter()
            app.exit()
        else:
            loading = {}
            while app.briefing is None and len(loading.get("down while loading", [])) < 20:
                await timed(app, pilot, loading, "down while loading", "down")
            await app.workers.wait_for_complete()
            result["full"] = time.time() - T0
            while "complete" not in painted:
                await asyncio.sleep(0.01)
            result["complete"] = painted["complete"]
            await pilot.pause()
            result["keys"] = await keys(app, pilot)
            result["keys"].update(loading)
            result["peak_mb"] = peak_mb()
    if mode == "cold":
        result["quit"] = time.perf_counter() - t
    print("RESULT " + json.dumps(result), flush=True)

async def timed(app, pilot, out, name, key):
    # Key to the first frame painted after it, and to the last (the screen settled);
    # wall-clock time and this process's CPU time (less disturbed by a busy machine).
    t, c = time.perf_counter(), time.process_time()
    await pilot.press(key)
    await pilot.pause()
    painted = [(f - t, cpu - c) for f, cpu in app.frames if f > t]
    if painted:
        out.setdefault(name, []).append(painted[0])
        out.setdefault(name + " (settled)", []).append(painted[-1])

async def keys(app, pilot):
    out = {}
    for _ in range(30):
        await timed(app, pilot, out, "down", "down")
    for word in ("caldera", "union", "varga"):
        await pilot.press("slash")
        for ch in word:
            await timed(app, pilot, out, "filter char", ch)
        await pilot.press("escape")
        await pilot.pause()
    for _ in range(10):
        await pilot.press("j")
        await pilot.pause()
        row = app.screen.list.current
        if row is None or row.item is None:
            continue
        await timed(app, pilot, out, "open article", "enter")
        await pilot.press("escape")
        await pilot.pause()
    for _ in range(10):
        await timed(app, pilot, out, "open side-by-side", "w")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("j")
    return out

if mode == "baseline":
    # The same measure on a minimal Textual app: what any screen switch costs on this machine.
    from textual.app import App
    from textual.screen import Screen
    from textual.widgets import Footer, Header, Static

    class Page(Screen):
        BINDINGS = [("escape", "app.pop_screen", "Back")]
        def compose(self):
            yield Header(); yield Static("A page of text. " * 200); yield Footer()

    class Minimal(App):
        BINDINGS = [("enter", "open", "Open")]
        def compose(self):
            yield Header(); yield Static("A list."); yield Footer()
        def action_open(self):
            self.push_screen(Page())

    async def baseline():
        app = Minimal()
        started = {}
        original = app._display
        def first(screen, renderable):
            started.setdefault("t", time.time() - T0)
            return original(screen, renderable)
        app._display = first
        frames = []
        display = app._display
        app._display = lambda s, r: (frames.append((time.perf_counter(), time.process_time())), display(s, r))[1]
        app.frames = frames
        out = {}
        async with app.run_test(size=(%d, %d)) as pilot:
            await pilot.pause()
            out["first frame"] = [started["t"]]
            for _ in range(10):
                await timed(app, pilot, out, "open a screen", "enter")
                await pilot.press("escape")
                await pilot.pause()
        print("RESULT " + json.dumps({"keys": out}), flush=True)

    asyncio.run(baseline())
    sys.exit(0)

asyncio.run(main())
"""


def child_code(size: tuple[int, int]) -> str:
    return CHILD % (NOW, size[0], size[1], size[0], size[1])


def make_articles(folder: str, n: int) -> None:
    names = sorted(x for x in os.listdir(SAMPLES) if not x.startswith("."))
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        name = names[i % len(names)]
        with open(os.path.join(SAMPLES, name), encoding="utf-8") as fh:
            text = fh.read()
        line = f"This is copy {i} of {n}, filed as number {1000 + i}."
        if name.endswith(".html"):
            text = text.replace("</body>", f"<p>{line}</p></body>", 1)
        else:
            text = text.rstrip("\n") + f"\n\n{line}\n"
        stem, ext = os.path.splitext(name)
        with open(os.path.join(folder, f"{i:05d}-{stem}{ext}"), "w", encoding="utf-8") as fh:
            fh.write(text)


def child(folder: str, mode: str, env: dict, extra: list[str], n: int = 0, size: tuple[int, int] = SIZE) -> dict:
    """Run one measured launch; `exit` is the time from quitting to the process being gone."""
    t0 = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", child_code(size), repr(t0), folder, mode, str(n), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    result = None
    for line in proc.stdout:
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
            t_result = time.perf_counter()
    err = proc.stderr.read()
    proc.wait()
    if result is None:
        raise SystemExit(f"bench child failed:\n{err[-4000:]}")
    if "quit" in result:
        result["quit"] += time.perf_counter() - t_result
    return result


def ms(values) -> str:
    return f"{statistics.median(values) * 1000:8.1f} ms"


def row(label: str, samples, target: str = "") -> str:
    """samples: [(wall, cpu)] or [wall]."""
    walls = [s[0] if isinstance(s, (list, tuple)) else s for s in samples]
    cpus = [s[1] for s in samples if isinstance(s, (list, tuple))]
    cpu = ms(cpus) if cpus else " " * 11
    return f"{label:<44}{ms(walls)}{cpu}{target:>9}  {len(samples)}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles (e.g. 10000)")
    ap.add_argument("--from", dest="source", metavar="ARTICLES", help="copy these real articles (see bench/corpus.py)")
    ap.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="terminal size (default 160x45)")
    ap.add_argument("--runs", type=int, default=5, help="fresh launches for the medians (default 5)")
    ap.add_argument("--cold", action="store_true", help="also measure a run on an empty cache")
    ap.add_argument("--keep", metavar="DIR", help="write the articles and cache here and keep them")
    opts = ap.parse_args()
    size = tuple(int(x) for x in opts.size.lower().split("x"))

    base = opts.keep or tempfile.mkdtemp(prefix="briefing-bench-tui-")
    folder = os.path.join(base, "articles")
    cache = os.path.join(base, "cache")
    env = dict(os.environ, BRIEFING_CACHE_DIR=cache, BRIEFING_DATA_DIR=os.path.join(base, "data"),
               PYTHONPATH=os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p))
    env.pop("NO_COLOR", None)
    try:
        if not os.path.isdir(folder) or len(os.listdir(folder)) != opts.n:
            shutil.rmtree(folder, ignore_errors=True)
            if opts.source:
                sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
                import corpus

                corpus.copy_corpus(opts.n, folder, opts.source)
            else:
                make_articles(folder, opts.n)
        t = time.perf_counter()
        warm = subprocess.run([sys.executable, "-m", "briefing", "digest", folder, "--now", NOW],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        if warm.returncode not in (0, 1):
            raise SystemExit(f"warming the cache failed:\n{warm.stderr[-2000:]}")
        print(f"{opts.n} articles in {folder}; cache warmed with `briefing digest` in {time.perf_counter() - t:.1f} s; "
              f"terminal {size[0]}x{size[1]}; load average {os.getloadavg()[0]:.1f}")

        runs = [child(folder, "warm", env, [], opts.n, size) for _ in range(opts.runs)]
        baseline = child(folder, "baseline", env, [], 0, size)["keys"]
        keys: dict = {}
        for r in runs:
            for k, v in r["keys"].items():
                keys.setdefault(k, []).extend(v)

        print()
        print(f"{'median of':<44}{'wall':>11}{'CPU':>11}{'target':>9}  samples")
        print(row("first paint, cached (launch to rows)", [(r["first_paint"], r["first_paint_cpu"]) for r in runs], "< 1000")
              + f"  (rows at first paint: {statistics.median(r['rows_at_first_paint'] for r in runs):.0f})")
        print(row(f"list complete: {opts.n} articles, no progress bar", [r["complete"] for r in runs], "< 2000"))
        print(row("fully read (statements, filter words)", [r["full"] for r in runs]))
        print(row("baseline, bare Textual app: first frame", baseline.pop("first frame")))
        for k, v in keys.items():
            print(row("key: " + k, v, "" if "settled" in k else "< 50"))
        for k, v in baseline.items():
            print(row("baseline, bare Textual app: " + k, v))
        peaks = [r["peak_mb"] for r in runs]
        print(f"{'peak memory (VmHWM), MB':<44}{statistics.median(peaks):8.0f} MB{'':11}{'< 300':>9}  {len(peaks)}"
              f"  (max {max(peaks):.0f})")
        print("Key: to the first frame painted after it; settled: to the last frame it caused. CPU: this")
        print("process's CPU time over the same span, less disturbed by other work on the machine. The")
        print("baseline is the same measure on a bare Textual app switching screens, to compare machines.")

        if opts.cold:
            cold_cache = os.path.join(base, "cold-cache")
            shutil.rmtree(cold_cache, ignore_errors=True)
            cold_env = dict(env, BRIEFING_CACHE_DIR=cold_cache)
            r = child(folder, "cold", cold_env, [], opts.n, size)
            print(row("first paint, uncached", [(r["first_paint"], r["first_paint_cpu"])], "< 1000")
                  + f"  (rows: {r['rows_at_first_paint']})")
            print(row("quit while analysing (q to process gone)", [r["quit"]]))
    finally:
        if not opts.keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
