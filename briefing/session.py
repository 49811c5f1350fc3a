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


def load_briefing(options: Options, on_result: Callable | None = None, *, cache=None, slim: bool = False,
                  details: dict | None = None):
    """Analyse and assemble; returns (briefing, now). `slim`: keep only what the
    summaries show (plain-text outputs, and the TUI, which reads an article's full
    text from the cache when it opens it). `details`, when given, is filled with
    per-article "keys" (analysis cache keys), "content" (read-state keys) and
    "words" (what a filter searches), each a dict by path.

    Every run leaves an index of the folder in the cache (see assemble.index): an
    unchanged folder is then read from one entry plus the articles' own, and is
    not aligned or grouped again.
    """
    from briefing.article.summarize import METHODS
    from briefing.assemble import index, pipeline
    from briefing.store import load

    if options.method not in METHODS:
        raise UsageError(f"unknown --method {options.method!r}; choose from {', '.join(METHODS)}")
    now = parse_when(options.now)
    filters = _filters(options, now)
    paths = list(options.paths) or default_paths()
    cache = cache if cache is not None else make_cache(options)
    max_bytes = options.max_size or load.DEFAULT_MAX_BYTES
    earlier = index.load(cache, paths, options.method, max_bytes)
    states: dict = {}
    loaded, problems = pipeline.analyse_paths(
        paths,
        cache,
        method=options.method,
        jobs=options.jobs,
        max_bytes=max_bytes,
        on_result=on_result,
        slim=options.sentences if slim else None,
        known=earlier.files if earlier else None,
        states=states,
        extras=details is not None,
    )
    same = earlier is not None and [item.analysis.article.path for item in loaded] == [r.path for r in earlier.records] \
        and all(item.key == getattr(earlier.files.get(item.analysis.article.path), "key", None) for item in loaded)
    prepared = earlier.prepared if same and earlier is not None else pipeline.prepare(loaded, now)
    if earlier is None or not same or states != {p: s for p, s in earlier.files.items() if p in states}:
        _save_index(cache, paths, options, max_bytes, loaded, states, prepared)
    if details is not None:
        details["keys"] = {item.analysis.article.path: item.key for item in loaded}
        details["content"] = {item.analysis.article.path: item.content for item in loaded}
        details["words"] = {item.analysis.article.path: item.words for item in loaded}
    briefing = pipeline.assemble(loaded, now=now, sentences=options.sentences, filters=filters, problems=problems,
                                 prepared=prepared)
    return briefing, now


def _filters(options: Options, now):
    from briefing.assemble import pipeline

    return pipeline.Filters(
        since=parse_when(options.since, now=now),
        until=parse_when(options.until, now=now),
        speaker=options.speaker,
        source=options.source,
    )


def _save_index(cache, paths, options: Options, max_bytes: int, loaded, states: dict, prepared) -> None:
    from briefing.assemble import index
    from briefing.store import load

    if not cache.enabled or "-" in paths:
        return
    records = []
    for item in loaded:
        a = item.analysis
        art = a.article
        content = item.content or index.content_key(a)
        records.append(index.Record(art.path, art.title, art.source, art.authors, art.published, art.published_text,
                                    art.published_ago, art.url, a.sentences[0] if a.sentences else "",
                                    len(a.statements), content, prepared.names.get(art.path, ())))
    discovered = list(load.discover(paths))
    files = [states[p] for p in discovered if isinstance(p, str) and states.get(p) is not None]
    index.save(cache, paths, options.method, max_bytes, index.encode(paths, discovered, files, records, prepared))


def cached_list(options: Options, cache=None):
    """The list of an unchanged, fully cached folder from its index alone, at once.

    Returns (briefing, now, details) whose entries hold titles, outlets and dates but
    no text or statements (`full_entry` reads an article's own cache entry), or
    None when the folder changed, was never read, or filters are asked for.
    `details` has "keys", "content", "said" and "names" by path.
    """
    from datetime import UTC, datetime

    from briefing.article import dates
    from briefing.assemble import index
    from briefing.model import Briefing, newest_first
    from briefing.store import load

    if options.since or options.until or options.speaker or options.source:
        return None
    paths = list(options.paths) or default_paths()
    if "-" in paths:
        return None
    cache = cache if cache is not None else make_cache(options)
    earlier = index.load(cache, paths, options.method, options.max_size or load.DEFAULT_MAX_BYTES)
    if earlier is None or not index.current(earlier, paths):
        return None
    now = parse_when(options.now)
    entries = []
    for r in earlier.records:
        reference = now or datetime.fromtimestamp(earlier.files[r.path].mtime, tz=UTC)
        entries.append(r.stub(dates.resolve(r.published, r.published_ago, reference)))
    entries.sort(key=newest_first)
    stories = index.ordered_stories(earlier.prepared, [e.path for e in entries])
    briefing = Briefing(entries=tuple(entries), speakers=earlier.prepared.speakers, stories=stories,
                        problems=tuple(index.problems_of(earlier)), sentences=options.sentences)
    details = {
        "keys": {r.path: earlier.files[r.path].key for r in earlier.records},
        "content": {r.path: r.content for r in earlier.records},
        "said": {r.path: r.said for r in earlier.records},
        "names": {r.path: r.names for r in earlier.records},
    }
    return briefing, now, details


def full_entry(options: Options, entry, key: str | None, names=None, cache=None):
    """`entry` with its whole analysis (full text, every sentence), from the cache by
    `key`, else read and analysed again; None when the file is gone or unreadable."""
    import dataclasses

    from briefing.assemble import pipeline
    from briefing.model import Analysis, Entry, RawArticle
    from briefing.store import load

    cache = cache if cache is not None else make_cache(options)
    analysis = None
    if key:
        hit = cache.get(key)
        try:
            analysis = Analysis.from_dict(hit) if hit is not None else None
        except (KeyError, TypeError, ValueError):
            analysis = None
    if analysis is None:
        raw = load.read(entry.path, options.max_size or load.DEFAULT_MAX_BYTES)
        if not isinstance(raw, RawArticle):
            return None
        result = pipeline._analyse_one(raw, options.method)
        if not isinstance(result, Analysis):
            return None
        analysis = result
    if analysis.article.path != entry.path:
        analysis = dataclasses.replace(analysis, article=dataclasses.replace(analysis.article, path=entry.path))
    speakers = names if names is not None else entry.speakers
    if len(speakers) != len(analysis.statements):
        speakers = tuple(st.speaker for st in analysis.statements)
    return Entry(analysis=analysis, published=entry.published, speakers=tuple(speakers))
