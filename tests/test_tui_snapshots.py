"""SVG snapshots of the main views at 120x40 on the bundled samples.

The analysis improves over time, so these change: review the new SVGs, then
`pytest tests/test_tui_snapshots.py --snapshot-update`.

`python tests/test_tui_snapshots.py` writes docs/side-by-side.svg (the README
screenshot) from the same app and keys.
"""

from __future__ import annotations

import functools
import os
import sys
from contextlib import contextmanager
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from conftest import NOW, ROOT  # noqa: E402

SIZE = (120, 40)


@contextmanager
def in_repo():
    before = os.getcwd()
    os.chdir(ROOT)  # relative sample paths: the snapshots do not depend on where the repository lives
    try:
        yield
    finally:
        os.chdir(before)


def args():
    from briefing.session import Options

    return Options(paths=("sample_articles",), now=NOW, jobs=1, no_cache=True)


@functools.lru_cache(maxsize=1)
def samples():
    from briefing.session import load_briefing

    with in_repo():
        briefing, _now = load_briefing(args())
    return briefing


def app():
    from briefing.tui.app import BriefingApp

    return BriefingApp(args(), briefing=samples(), now=datetime.fromisoformat(NOW))


def keys(*pressed):
    async def run_before(pilot):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in pressed:
            await pilot.press(key)
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


def test_articles_view(snap_compare):
    assert snap_compare(app(), terminal_size=SIZE, run_before=keys("j"))


def test_article_view(snap_compare):
    assert snap_compare(app(), terminal_size=SIZE, run_before=keys("j", "enter"))


def test_side_by_side_view(snap_compare):
    assert snap_compare(app(), terminal_size=SIZE, run_before=keys("w"))


def test_speaker_view(snap_compare):
    assert snap_compare(app(), terminal_size=SIZE, run_before=keys("w", "enter"))


def test_help_at_80x24(snap_compare):
    """The help fits a small terminal: the keys first, and how many more lie below."""
    assert snap_compare(app(), terminal_size=(80, 24), run_before=keys("question_mark"))


def write_readme_screenshot(path: str, size=(150, 40)) -> None:
    import asyncio

    async def main():
        a = app()
        async with a.run_test(size=size) as pilot:
            await keys("w")(pilot)
            a.save_screenshot(filename=os.path.basename(path), path=os.path.dirname(path))

    asyncio.run(main())


if __name__ == "__main__":
    target = os.path.join(ROOT, "docs", "side-by-side.svg")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    write_readme_screenshot(target)
    print(target)
