"""The TUI opens on the samples and lists them."""

import asyncio

from conftest import NOW, SAMPLES

from briefing.cli import build_parsers, options_from


def make_args(*extra):
    return options_from(build_parsers()["tui"].parse_args([SAMPLES, "--now", NOW, "--jobs", "1", *extra]))


def test_tui_lists_the_samples():
    from briefing.tui.app import BriefingApp

    async def run():
        app = BriefingApp(make_args())
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            articles = app.screen.query_one("#articles")
            listed = [r for r in articles.rows if r.item is not None]
            assert len(listed) == len(app.briefing.entries) >= 15
            await pilot.press("j")
            await pilot.press("q")
        return app

    app = asyncio.run(run())
    assert not app.is_running
