"""What the TUI tests share: a small briefing written for them, and ways to drive the app.

Most TUI tests run on this briefing (so that what they check does not move when the
analysis improves); `drive()` runs a test body inside the app once its workers are done.
"""

from __future__ import annotations

import asyncio
import io
import os
import shutil
from datetime import datetime

from conftest import NOW, SAMPLES
from rich.console import Console

from briefing.cli import build_parsers, options_from
from briefing.model import (
    DIRECT,
    INDIRECT,
    Analysis,
    Article,
    Briefing,
    Entry,
    Speaker,
    Statement,
    Story,
)

NOW_DT = datetime.fromisoformat(NOW)


# --- a briefing of our own ------------------------------------------------------------


def entry(path, title, source, published, paragraphs, statements, *, url=None, authors=(), published_text=None):
    article = Article(
        path=path,
        title=title,
        source=source,
        authors=tuple(authors),
        published=published,
        published_text=published_text,
        published_ago=None,
        paragraphs=tuple(paragraphs),
        url=url,
    )
    analysis = Analysis(
        article=article,
        sentences=tuple(paragraphs),
        ranking=tuple(range(len(paragraphs))),
        statements=tuple(statements),
        keywords=(),
    )
    return Entry(analysis=analysis, published=published, speakers=tuple(st.speaker for st in statements))


def said(speaker, text, kind=DIRECT, role=None, paragraph=0, cue=None):
    return Statement(speaker=speaker, text=text, kind=kind, paragraph=paragraph, role=role, cue=cue)


def dam_briefing(folder="/news") -> Briefing:
    """Two stories across three outlets, and one article on its own (with a URL)."""
    p = lambda name: os.path.join(folder, name)  # noqa: E731
    entries = [
        entry(p("dam-3-wire.txt"), "Dam talks collapse as Velmora walks out", "Meridian Wire", "2026-03-09T10:00:00+00:00",
              ["Talks on the Sarn Gorge dam collapsed on Monday.", "Velmora's delegation walked out after an hour.",
               "A new round may follow in April.", "Farmers in the delta fear a dry season."],
              [said("Ana Ruiz", "We will not sign away the river.", role="Foreign Minister", paragraph=1),
               said("Tom Hale", "the farmers had been betrayed", INDIRECT, role="union leader", paragraph=3,
                    cue="Claimed")],
              authors=["Jonah Whitley"], published_text="Monday, March 9, 2026 10:00 GMT"),
        entry(p("dam-2-observer.md"), "Velmora warns of 'slow siege' as dam fills", "Basin Observer", "2026-03-07T08:00:00+00:00",
              ["Velmora said the filling of the dam was a slow siege.", "Hanlun rejected the charge.",
               "The commission meets in April."],
              [said("Ana Ruiz", "What began today is a slow siege of the delta.", role="Foreign Minister"),
               said("Ana Ruiz", "the government had asked three times for the schedule", INDIRECT, role="Foreign Minister", paragraph=1),
               said("Dou Kaiming", "Nobody should be surprised that we intend to use it.", role="Water Minister", paragraph=1)]),
        entry(p("dam-1-gazette.txt"), "Hanlun starts filling Sarn Gorge reservoir", "Riverside Gazette", "2026-02-27T08:00:00+00:00",
              ["Hanlun began filling the reservoir on Monday.", "The first stage will take 11 weeks."],
              [said("Dou Kaiming", "The dam is a Hanlunese project.", role="Water Minister"),
               said("Tom Hale", "Our members will march on Friday.", role="union leader", paragraph=1)]),
        entry(p("library-2-gazette.txt"), "Calder library reopens after flood repairs", "Riverside Gazette", "2026-03-08T09:00:00+00:00",
              ["The Calder Sound library reopened on Sunday.", "Repairs took a year."],
              [said("Mia Chen", "It is good to be home.", role="head librarian")]),
        entry(p("library-1-wire.txt"), "Flooded Calder library to reopen", "Meridian Wire", "2026-03-05T09:00:00+00:00",
              ["The library will reopen on Sunday, the council said."],
              [said("Calder Council", "the library would reopen on Sunday", INDIRECT)]),
        entry(p("ferry.html"), "Port Aven ferry adds night sailings", "Harbour Times", "2026-03-06T12:00:00+00:00",
              ["Night sailings start in May.", "Tickets go on sale next week."], [],
              url="https://harbour.example/ferry-night-sailings"),
    ]
    entries.sort(key=lambda e: e.published, reverse=True)
    speakers = (
        Speaker("Ana Ruiz", (), ("Foreign Minister",), (p("dam-3-wire.txt"), p("dam-2-observer.md"))),
        Speaker("Dou Kaiming", (), ("Water Minister",), (p("dam-2-observer.md"), p("dam-1-gazette.txt"))),
        Speaker("Tom Hale", (), ("union leader",), (p("dam-3-wire.txt"), p("dam-1-gazette.txt"))),
        Speaker("Mia Chen", (), ("head librarian",), (p("library-2-gazette.txt"),)),
        Speaker("Calder Council", (), (), (p("library-1-wire.txt"),)),
    )
    stories = (
        Story("Dam talks collapse as Velmora walks out", (p("dam-3-wire.txt"), p("dam-2-observer.md"), p("dam-1-gazette.txt"))),
        Story("Calder library reopens after flood repairs", (p("library-2-gazette.txt"), p("library-1-wire.txt"))),
        Story("Port Aven ferry adds night sailings", (p("ferry.html"),)),
    )
    return Briefing(entries=tuple(entries), speakers=speakers, stories=stories, sentences=2)


def make_args(*paths, extra=()):
    return options_from(build_parsers()["tui"].parse_args([*(paths or [SAMPLES]), "--now", NOW, "--jobs", "1", *extra]))


def dam_app(briefing=None):
    from briefing.tui.app import BriefingApp

    return BriefingApp(make_args("/news"), briefing=briefing or dam_briefing(), now=NOW_DT)


def drive(app, body, size=(120, 40)):
    """Run `body(app, pilot)` inside the app once its workers are done; returns the app."""
    app.animation_level = "none"  # smooth scrolling would only make the tests wait

    async def main():
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await body(app, pilot)
            await app.workers.wait_for_complete()

    asyncio.run(main())
    return app


def screen_text(app) -> str:
    """What the terminal shows, as plain text."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()


def rows(app):
    return app.articles_screen.list.rows


def titles(app):
    return [r.item.title for r in rows(app) if r.item is not None]


def current(app):
    return app.articles_screen.list.current


async def press(pilot, *keys):
    for key in keys:
        await pilot.press(key)
    await pilot.pause()


async def type_text(app, pilot, text):
    """Type `text` as a fast typist would: every key sent before the first is handled."""
    from textual import events
    from textual.keys import _character_to_key

    for ch in text:
        app._driver.send_message(events.Key(_character_to_key(ch) if not ch.isalnum() else ch, ch))
    await pilot.pause()


def article_lines(app):
    return app.screen.query_one("#article-scroll").plain_lines()


def copy_samples(tmp_path, names):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        shutil.copy(os.path.join(SAMPLES, name), folder / name)
    return folder
