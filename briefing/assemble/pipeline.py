"""From paths to a Briefing: read, analyse (cached, optionally in parallel), assemble.

Reading and assembling are cheap and import nothing heavy; analysis of an
uncached article is the only expensive step, and it runs in worker processes
when there are enough articles to pay for them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import queue
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime

from briefing.article import dates
from briefing.errors import ArticleRejected
from briefing.model import Analysis, Briefing, Entry, Problem, RawArticle, Story, display_title, newest_first, timestamp
from briefing.store import load

INTERNAL_ERROR = "internal error while analysing"
PARALLEL_MIN = 8  # below this many uncached articles, worker start-up costs more than it saves


@dataclass(frozen=True)
class Filters:
    since: datetime | None = None
    until: datetime | None = None
    speaker: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Loaded:
    analysis: Analysis
    mtime: float


def cache_key(raw: RawArticle, method: str) -> str:
    from briefing.version import analyzer_version

    return hashlib.sha256(f"{raw.digest}:{method}:{analyzer_version()}".encode()).hexdigest()


def _analyse_one(raw: RawArticle, method: str) -> Analysis | Problem:
    import warnings

    from briefing.article.analyze import analyze

    try:
        with warnings.catch_warnings():
            # Library warnings (numpy on a degenerate sentence graph, trafilatura on odd
            # markup) are not diagnostics a reader can act on; stderr stays one line a file.
            warnings.simplefilter("ignore")
            return analyze(raw, method)
    except ArticleRejected as exc:
        return Problem(raw.path, str(exc))
    except RecursionError:
        return Problem(raw.path, "too deeply nested to analyse")
    except Exception as exc:  # noqa: BLE001 - one article's bug must not lose the others
        return Problem(raw.path, f"{INTERNAL_ERROR} ({exc.__class__.__name__}: {exc}); please report it")


def _analyse_task(task: tuple) -> tuple[str | None, Analysis | Problem, float, bool]:
    """Read the file (the parent keeps no article text), analyse it and, in a worker,
    write its cache entry too, so the parent does not serialise every result in turn.

    Returns (key, result, mtime, stored). A worker's cache is silent; when it cannot
    write, `stored` is False and the parent writes (and warns, once).
    """
    source, method, max_bytes, cache_dir, slim = task
    raw = source if isinstance(source, RawArticle) else load.read(source, max_bytes)
    if isinstance(raw, Problem):
        return None, raw, 0.0, False
    key = cache_key(raw, method)
    result = _analyse_one(raw, method)
    stored = False
    if cache_dir is not None and isinstance(result, Analysis):
        from briefing.store.cache import Cache

        worker_cache = Cache(cache_dir, warn=lambda _msg: None)
        worker_cache.put(key, result.to_dict())
        stored = worker_cache.written == 1
    if slim is not None and isinstance(result, Analysis) and stored:
        result = result.slimmed(slim)  # less to pickle back: the parent would slim it anyway
    return key, result, raw.mtime, stored


_WARM_TEXT = (
    "Ferry service resumes\n\nUpdated Mar 04, 2026 | 8:31 PM GMT-05\n\n"
    "The ferry between the two towns ran again on Monday after a week of repairs, officials said. "
    "“We are glad to be back,” the operator's manager, Ana Lind, told reporters. Lind said trips would run hourly."
)


def warm_up() -> None:
    """Import the analysers and make dateparser's slow first call, once per process."""
    raw = RawArticle(path="warm-up", text=_WARM_TEXT, mtime=0.0, fmt="text", digest="")
    _analyse_one(raw, "news")


def _watch_parent(main_pid: int, interval: float = 0.5) -> None:
    """End this worker as soon as the process that asked for it is gone.

    A pool's workers wait on a pipe their siblings also hold open, so after a
    `kill -9` (or an OOM kill, or a cron timeout) of the main process they would
    wait forever. A forked worker is handed to another parent when the main
    process dies; a forkserver's worker keeps its parent (the forkserver waits
    for its workers), so it watches the main process itself.
    """
    import threading

    parent = os.getppid()

    def watch() -> None:
        import time

        while os.getppid() == parent and _alive(main_pid):
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="briefing-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:  # a killed process not yet reaped is a zombie
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


def _worker_start(main_pid: int) -> None:
    _watch_parent(main_pid)
    warm_up()


def _pool(jobs: int):
    import multiprocessing
    import threading

    if threading.current_thread() is threading.main_thread():
        # Forked workers inherit the warmed-up analysers instead of importing them again.
        warm_up()
        context = multiprocessing.get_context("fork")
    else:
        # Forking a process that runs other threads (the TUI) can deadlock a child.
        context = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),))


def analyse_paths(
    paths: Iterable[str],
    cache,
    *,
    method: str,
    jobs: int = 1,
    max_bytes: int = load.DEFAULT_MAX_BYTES,
    on_result: Callable[[Loaded | Problem, int, int], None] | None = None,
    slim: int | None = None,
) -> tuple[list[Loaded], list[Problem]]:
    """Analyse every article under `paths`, serving what the cache holds.

    `on_result(item, done, total)` is called as each article is ready (the TUI
    fills its list this way). With `slim=N`, each analysis keeps only what a
    summary of N sentences shows (the plain-text outputs need no full text).
    """
    found = list(load.discover(paths))
    problems: list[Problem] = [p for p in found if isinstance(p, Problem)]
    files = [p for p in found if not isinstance(p, Problem)]
    total = len(files)
    done = 0
    results: dict[int, Loaded] = {}

    def report(item, index=None):
        nonlocal done
        done += 1
        if isinstance(item, Loaded) and index is not None:
            if slim is not None:
                item = Loaded(item.analysis.slimmed(slim), item.mtime)
            results[index] = item
        elif isinstance(item, Problem):
            problems.append(item)
        if on_result:
            on_result(item, done, total)

    def finish(index: int, key: str | None, result: Analysis | Problem, mtime: float, stored: bool = False) -> None:
        if isinstance(result, Problem):
            report(result)
            return
        if key and not stored:
            cache.put(key, result.to_dict())
        report(Loaded(result, mtime), index)

    pool = None
    pending: dict = {}  # future -> article index
    completed: queue.SimpleQueue = queue.SimpleQueue()  # finished futures, put by the pool's thread
    analysed = 0
    parallel = jobs > 1 and total >= PARALLEL_MIN

    def drain(block: bool) -> None:
        # Finished futures queue themselves (add_done_callback): asking wait() about every
        # pending future after each submission was quadratic, minutes at 10,000 articles.
        while pending:
            try:
                fut = completed.get() if block else completed.get_nowait()
            except queue.Empty:
                return
            index = pending.pop(fut, None)
            if index is not None:
                finish(index, *fut.result())

    try:
        for index, path in enumerate(files):
            raw = load.read(path, max_bytes)
            if isinstance(raw, Problem):
                report(raw)
                continue
            problems.extend(Problem(raw.path, note, warning=True) for note in raw.notes)
            key = cache_key(raw, method)
            hit = cache.get(key)
            if hit is not None:
                try:
                    analysis = Analysis.from_dict(hit)
                except (KeyError, TypeError, ValueError):
                    analysis = None
                if analysis is not None:
                    if analysis.article.path != raw.path:
                        analysis = dataclasses.replace(analysis, article=dataclasses.replace(analysis.article, path=raw.path))
                    report(Loaded(analysis, raw.mtime), index)
                    continue
            analysed += 1
            if not parallel or analysed == 1:
                # The first uncached article is analysed here while the workers start,
                # so the first rows appear without waiting for the pool.
                if parallel and pool is None:
                    pool = _pool(jobs)
                    pool.submit(int)  # starts the workers now; they warm up while we work
                finish(index, key, _analyse_one(raw, method), raw.mtime)
                continue
            # Workers re-read their files: the parent holds paths, not thousands of texts.
            source = raw if raw.path == "-" else raw.path
            worker_cache = cache.directory if cache.enabled else None
            fut = pool.submit(_analyse_task, (source, method, max_bytes, worker_cache, slim))
            pending[fut] = index
            fut.add_done_callback(completed.put)
            drain(block=False)
        drain(block=True)
    except BaseException:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)  # quit promptly, not after the queue
            pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    if analysed:
        cache.prune()
    ordered = [results[i] for i in sorted(results)]
    problems.sort(key=lambda p: p.path)
    return ordered, problems


# --- assembling the briefing ----------------------------------------------------


def assemble(
    loaded: list[Loaded],
    *,
    now: datetime | None = None,
    sentences: int = 3,
    filters: Filters = Filters(),
    problems: Iterable[Problem] = (),
) -> Briefing:
    from briefing.assemble.align import align

    entries_pre: list[tuple[Analysis, str | None]] = []
    for item in loaded:
        art = item.analysis.article
        reference = now or datetime.fromtimestamp(item.mtime, tz=UTC)
        entries_pre.append((item.analysis, dates.resolve(art.published, art.published_ago, reference)))

    mentions = []
    for analysis, _pub in entries_pre:
        for st in analysis.statements:
            if st.speaker:
                mentions.append((analysis.article.path, st.speaker_kind or "person", st.speaker, st.role, st.aliases))
    speakers, mapping = align(mentions)

    entries = []
    for analysis, published in entries_pre:
        names = tuple(mapping.get((analysis.article.path, st.speaker)) if st.speaker else None for st in analysis.statements)
        entries.append(Entry(analysis=analysis, published=published, speakers=names))

    entries = [e for e in entries if _passes(e, filters, speakers)]
    entries.sort(key=newest_first)
    kept = {e.path for e in entries}
    speakers = [
        dataclasses.replace(s, articles=tuple(a for a in s.articles if a in kept)) for s in speakers
    ]
    speakers = [s for s in speakers if s.articles]
    if filters.speaker:
        speakers = [s for s in speakers if _speaker_matches(s, filters.speaker)]
    stories = group_stories(entries)
    return Briefing(
        entries=tuple(entries),
        speakers=tuple(speakers),
        stories=tuple(stories),
        problems=tuple(sorted(problems, key=lambda p: p.path)),
        sentences=sentences,
    )


def _speaker_matches(speaker, query: str) -> bool:
    q = query.casefold()
    return any(q in name.casefold() for name in (speaker.name, *speaker.aliases))


def _passes(entry: Entry, filters: Filters, speakers) -> bool:
    ts = timestamp(entry.published)
    if filters.since and (ts is None or ts < filters.since.timestamp()):
        return False
    if filters.until and (ts is None or ts > filters.until.timestamp()):
        return False
    if filters.source and filters.source.casefold() not in (entry.article.source or "").casefold():
        return False
    if filters.speaker:
        wanted = {s.name for s in speakers if _speaker_matches(s, filters.speaker)}
        if not wanted.intersection(n for n in entry.speakers if n):
            return False
    return True


def group_stories(entries: list[Entry]) -> list[Story]:
    """Articles sharing speakers and key terms form a story (union-find over pairs)."""
    n = len(entries)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keysets = [set(e.analysis.keywords) for e in entries]
    speakersets = [{s for s in e.speakers if s} for e in entries]
    # Index by keyword so that 10,000 articles do not cost 50 million comparisons.
    by_word: dict[str, list[int]] = {}
    for i, ks in enumerate(keysets):
        for w in ks:
            by_word.setdefault(w, []).append(i)
    for i in range(n):
        shared: dict[int, int] = {}
        for w in keysets[i]:
            bucket = by_word[w]
            if len(bucket) > 200:
                continue  # a word in hundreds of articles groups nothing
            for j in bucket:
                if j > i:
                    shared[j] = shared.get(j, 0) + 1
        for j, k in shared.items():
            common_speakers = len(speakersets[i] & speakersets[j])
            if k >= 4 or (k >= 2 and common_speakers >= 1):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    stories = []
    for members in groups.values():
        members.sort()  # entries are newest first already
        stories.append(Story(title=_story_title([entries[i] for i in members]), articles=tuple(entries[i].path for i in members)))
    return stories


def _story_title(members: list[Entry]) -> str:
    """The headline that shares most key terms with the rest of the story."""
    if len(members) == 1:
        return display_title(members[0])
    counts: dict[str, int] = {}
    for e in members:
        for w in set(e.analysis.keywords):
            counts[w] = counts.get(w, 0) + 1

    def centrality(e: Entry) -> tuple:
        return (-sum(counts[w] for w in set(e.analysis.keywords)), e.article.title is None, e.path)

    return display_title(min(members, key=centrality))
