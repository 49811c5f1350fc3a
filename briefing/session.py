"""The one API both front ends call: typed options in, an assembled Briefing out.

`cli` turns arguments into `Options`; the TUI takes `Options` too. Nothing here
prints or exits: failures are `errors.UsageError` (and its kin), which only
`cli` turns into exit statuses.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from briefing.errors import UsageError


@dataclass(frozen=True)
class Options:
    """What a run reads and how it analyses and filters; the defaults are the CLI's."""

    paths: tuple[str, ...] = ()  # files, folders or "-"; empty: the articles folder, else the samples
    sentences: int = 3
    method: str = "news"
    now: str | None = None  # the time relative dates resolve against (words or ISO 8601)
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    max_size: int | None = None  # bytes; None: store.load.DEFAULT_MAX_BYTES
    cache_dir: str | None = None
    no_cache: bool = False
    since: str | None = None
    until: str | None = None
    speaker: str | None = None
    source: str | None = None


def parse_when(text: str | None, *, now: datetime | None = None) -> datetime | None:
    """'yesterday', '3 days ago', '2025-05-01' → aware datetime (UsageError if unreadable)."""
    if text is None:
        return None

    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        import dateparser

        settings = {"RETURN_AS_TIMEZONE_AWARE": True, "TIMEZONE": "UTC", "PREFER_DATES_FROM": "past"}
        if now is not None:
            settings["RELATIVE_BASE"] = now.replace(tzinfo=None)
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
        if parsed is None:
            raise UsageError(f"cannot read the date {text!r}") from None
        when = parsed
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def default_paths() -> list[str]:
    """The user's articles folder when it holds any article, else the bundled samples."""
    from briefing.store.load import default_paths

    return default_paths()


def make_cache(options: Options):
    """The cache the options ask for; UsageError for a directory that must not be one."""
    from briefing.store.cache import open_cache

    return open_cache(options.cache_dir, no_cache=options.no_cache, reading=options.paths)


def load_briefing(options: Options, on_result: Callable | None = None, *, cache=None, slim: bool = False):
    """Analyse and assemble; returns (briefing, now). `slim`: keep only what the
    summaries show (plain-text outputs), not every article's full text."""
    from briefing.article.summarize import METHODS
    from briefing.assemble import pipeline
    from briefing.store import load

    if options.method not in METHODS:
        raise UsageError(f"unknown --method {options.method!r}; choose from {', '.join(METHODS)}")
    now = parse_when(options.now)
    filters = pipeline.Filters(
        since=parse_when(options.since, now=now),
        until=parse_when(options.until, now=now),
        speaker=options.speaker,
        source=options.source,
    )
    loaded, problems = pipeline.analyse_paths(
        list(options.paths) or default_paths(),
        cache if cache is not None else make_cache(options),
        method=options.method,
        jobs=options.jobs,
        max_bytes=options.max_size or load.DEFAULT_MAX_BYTES,
        on_result=on_result,
        slim=options.sentences if slim else None,
    )
    briefing = pipeline.assemble(loaded, now=now, sentences=options.sentences, filters=filters, problems=problems)
    return briefing, now
