"""How fast the TUI is with many articles.

    python bench/tui.py N [--runs R] [--cold] [--keep DIR]

Writes N articles (copies of sample_articles/ under varied names, each with a
line of its own so that each has its own cache entry) into a temporary folder,
warms a private cache once with `briefing digest` in a subprocess, then
measures:

- first paint: from starting a fresh `python` process to the first frame in
  which the article list shows rows (median of R launches, 120x40, cached);
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
SIZE = (120, 40)

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
    return _render_line(self, y)
ArticleList.render_line = render_line

args = build_parsers()["tui"].parse_args([folder, "--now", "%s"] + sys.argv[4:])

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
            await app.workers.wait_for_complete()
            await pilot.pause()
            result["keys"] = await keys(app, pilot)
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
        await timed(app, pilot, out, "down", "j")
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
        frames = []
        display = app._display
        app._display = lambda s, r: (frames.append((time.perf_counter(), time.process_time())), display(s, r))[1]
        app.frames = frames
        out = {}
        async with app.run_test(size=(%d, %d)) as pilot:
            await pilot.pause()
            for _ in range(10):
                await timed(app, pilot, out, "open a screen", "enter")
                await pilot.press("escape")
                await pilot.pause()
        print("RESULT " + json.dumps({"keys": out}), flush=True)

    asyncio.run(baseline())
    sys.exit(0)

asyncio.run(main())
""" % (NOW, SIZE[0], SIZE[1], SIZE[0], SIZE[1])


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


def child(folder: str, mode: str, env: dict, extra: list[str]) -> dict:
    """Run one measured launch; `exit` is the time from quitting to the process being gone."""
    t0 = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, repr(t0), folder, mode, *extra],
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
    ap.add_argument("n", type=int, help="number of articles (e.g. 2000)")
    ap.add_argument("--runs", type=int, default=5, help="fresh launches for the first-paint median (default 5)")
    ap.add_argument("--cold", action="store_true", help="also measure a run on an empty cache")
    ap.add_argument("--keep", metavar="DIR", help="write the articles and cache here and keep them")
    opts = ap.parse_args()

    base = opts.keep or tempfile.mkdtemp(prefix="briefing-bench-tui-")
    folder = os.path.join(base, "articles")
    cache = os.path.join(base, "cache")
    env = dict(os.environ, BRIEFING_CACHE_DIR=cache, BRIEFING_DATA_DIR=os.path.join(base, "data"),
               PYTHONPATH=os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p))
    env.pop("NO_COLOR", None)
    try:
        if not os.path.isdir(folder) or len(os.listdir(folder)) != opts.n:
            shutil.rmtree(folder, ignore_errors=True)
            make_articles(folder, opts.n)
        t = time.perf_counter()
        warm = subprocess.run([sys.executable, "-m", "briefing", "digest", folder, "--now", NOW],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        if warm.returncode not in (0, 1):
            raise SystemExit(f"warming the cache failed:\n{warm.stderr[-2000:]}")
        print(f"{opts.n} articles in {folder}; cache warmed in {time.perf_counter() - t:.1f} s")

        paints, rows, keys = [], [], {}
        for _ in range(opts.runs):
            r = child(folder, "warm", env, [])
            paints.append((r["first_paint"], r["first_paint_cpu"]))
            rows.append(r["rows_at_first_paint"])
            for k, v in r["keys"].items():
                keys.setdefault(k, []).extend(v)

        baseline = child(folder, "baseline", env, [])["keys"]

        print()
        print(f"{'median of':<44}{'wall':>11}{'CPU':>11}{'target':>9}  samples")
        print(row("first paint, cached (launch to rows)", paints, "< 1000")
              + f"  (rows at first paint: {statistics.median(rows):.0f})")
        for k, v in keys.items():
            print(row("key: " + k, v, "" if "settled" in k else "< 50"))
        for k, v in baseline.items():
            print(row("baseline, bare Textual app: " + k, v))
        print("Key: to the first frame painted after it; settled: to the last frame it caused. CPU: this")
        print("process's CPU time over the same span, less disturbed by other work on the machine. The")
        print("baseline is the same measure on a bare Textual app switching screens, to compare machines.")

        if opts.cold:
            cold_cache = os.path.join(base, "cold-cache")
            shutil.rmtree(cold_cache, ignore_errors=True)
            cold_env = dict(env, BRIEFING_CACHE_DIR=cold_cache)
            r = child(folder, "cold", cold_env, [])
            print(row("first paint, uncached", [(r["first_paint"], r["first_paint_cpu"])], "< 1000")
                  + f"  (rows: {r['rows_at_first_paint']})")
            print(row("quit while analysing (q to process gone)", [r["quit"]]))
    finally:
        if not opts.keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
