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
    key: str | None = None  # the analysis cache key
    words: str | None = None  # what a filter searches (index.words_of), kept when the text is dropped
    content: str | None = None  # the read-state key of the content (index.content_key)


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


def _analyse_task(task: tuple) -> tuple:
    """Read the file (the parent keeps no article text), analyse it and, in a worker,
    write its cache entry too, so the parent does not serialise every result in turn.

    Returns (key, result, mtime, stored, extra). A worker's cache is silent; when it
    cannot write, `stored` is False and the parent writes (and warns, once). `extra`
    is (words, read-state key) when asked for, computed here from the full text.
    """
    source, method, max_bytes, cache_dir, slim, extras = task
    raw = source if isinstance(source, RawArticle) else load.read(source, max_bytes)
    if isinstance(raw, Problem):
        return None, raw, 0.0, False, None
    key = cache_key(raw, method)
    result = _analyse_one(raw, method)
    stored = False
    if cache_dir is not None and isinstance(result, Analysis):
        from briefing.store.cache import Cache

        worker_cache = Cache(cache_dir, warn=lambda _msg: None)
        worker_cache.put(key, result.to_dict())
        stored = worker_cache.written == 1
    extra = None
    if slim is not None and isinstance(result, Analysis) and stored:
        from briefing.assemble.index import content_key, words_of

        extra = (words_of(result) if extras else None, content_key(result))
        result = result.slimmed(slim)  # less to pickle back: the parent would slim it anyway
    return key, result, raw.mtime, stored, extra


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


@dataclass
class _Run:
    """One analyse_paths call: what it found, what it reports, and the files' states for the index."""

    slim: int | None
    extras: bool
    on_result: Callable | None
    problems: list
    results: dict
    states: dict
    done: int = 0
    total: int = 0  # articles that need analysis (the cache had nothing for them)

    def report(self, item, index: int | None = None) -> None:
        if isinstance(item, Loaded) and index is not None:
            if self.slim is not None and item.analysis.article.paragraphs:
                item = _slimmed(item, self.slim, self.extras)
            self.results[index] = item
        elif isinstance(item, Problem):
            self.problems.append(item)
        if self.on_result:
            self.on_result(item, self.done, self.total)


def _slimmed(item: Loaded, count: int, extras: bool) -> Loaded:
    """The analysis slimmed; what needs the full text (the read-state key, and with
    `extras` the words a filter searches) is computed first."""
    from briefing.assemble.index import content_key, words_of

    words = words_of(item.analysis) if extras and item.words is None else item.words
    content = item.content or content_key(item.analysis)
    return dataclasses.replace(item, analysis=item.analysis.slimmed(count), words=words, content=content)


def _from_cache(cache, key: str, path: str) -> Analysis | None:
    hit = cache.get(key)
    if hit is None:
        return None
    try:
        analysis = Analysis.from_dict(hit)
    except (KeyError, TypeError, ValueError):
        return None
    if analysis.article.path != path:
        analysis = dataclasses.replace(analysis, article=dataclasses.replace(analysis.article, path=path))
    return analysis


def _state(raw: RawArticle, key: str | None, problem: str | None = None):
    from briefing.assemble.index import FileState, stat

    st = stat(raw.path) if raw.path != "-" else None
    if st is None:
        return None
    return FileState(raw.path, st[0], st[1], st[2], raw.digest, key, raw.notes, problem)


def _problem_state(path: str, message: str):
    """A file that could not be used, as the index remembers it (unchanged, it fails again)."""
    from briefing.assemble.index import FileState, stat

    st = stat(path) if path != "-" else None
    return FileState(path, st[0], st[1], st[2], None, None, (), message) if st else None


def _cached_pass(files: list[str], cache, method: str, max_bytes: int, run: _Run, known: dict) -> list:
    """Serve every article the cache holds; return [(index, raw or path, key)] to analyse.

    A file unchanged since the index (same size and modification time) is not even
    read: the index has its content hash, hence its cache key.
    """
    from briefing.assemble.index import unchanged

    todo = []
    for index, path in enumerate(files):
        prior = known.get(path)
        if prior is not None and prior.key and unchanged(prior, path):
            run.problems.extend(Problem(path, note, warning=True) for note in prior.notes)
            run.states[path] = prior
            analysis = _from_cache(cache, prior.key, path)
            if analysis is not None:
                run.report(Loaded(analysis, prior.mtime, prior.key), index)
            else:
                todo.append((index, path, prior.key))
            continue
        raw = load.read(path, max_bytes)
        if isinstance(raw, Problem):
            state = _problem_state(path, raw.message)
            if state is not None:
                run.states[path] = state
            run.report(raw)
            continue
        run.problems.extend(Problem(raw.path, note, warning=True) for note in raw.notes)
        key = cache_key(raw, method)
        run.states[path] = _state(raw, key)
        analysis = _from_cache(cache, key, raw.path)
        if analysis is not None:
            run.report(Loaded(analysis, raw.mtime, key), index)
        else:
            todo.append((index, raw if raw.path == "-" else path, key))
    return todo


def analyse_paths(
    paths: Iterable[str],
    cache,
    *,
    method: str,
    jobs: int = 1,
    max_bytes: int = load.DEFAULT_MAX_BYTES,
    on_result: Callable[[Loaded | Problem, int, int], None] | None = None,
    slim: int | None = None,
    known: dict | None = None,
    states: dict | None = None,
    extras: bool = False,
) -> tuple[list[Loaded], list[Problem]]:
    """Analyse every article under `paths`, serving what the cache holds.

    First every article the cache holds is served (`on_result(item, 0, 0)`), then
    the others are analysed, `on_result(item, done, total)` counting only those,
    so progress is shown for real work only. With `slim=N`, each analysis keeps
    only what a summary of N sentences shows (and, with `extras`, the words a
    filter searches and the read-state key, computed from the full text first).
    `known` maps paths to the FileState of an earlier run (an index); `states`,
    when given, is filled with the FileState of every file read.
    """
    found = list(load.discover(paths))
    files = [p for p in found if not isinstance(p, Problem)]
    run = _Run(slim, extras, on_result, [p for p in found if isinstance(p, Problem)], {}, {} if states is None else states)
    todo = _cached_pass(files, cache, method, max_bytes, run, known or {})
    run.total = len(todo)
    if todo:
        _analyse_pass(todo, cache, method, jobs, max_bytes, run)
    if todo or cache.enabled and cache.max_bytes <= 0:
        cache.prune()  # after new entries; and always under a zero cap, which keeps nothing
    ordered = [run.results[i] for i in sorted(run.results)]
    run.problems.sort(key=lambda p: p.path)
    return ordered, run.problems


def _analyse_pass(todo: list, cache, method: str, jobs: int, max_bytes: int, run: _Run) -> None:
    def finish(index: int, key: str | None, result: Analysis | Problem, mtime: float, stored: bool = False, extra=None) -> None:
        run.done += 1
        if isinstance(result, Problem):
            run.report(result)
            return
        if key and not stored:
            cache.put(key, result.to_dict())
        words, content = extra or (None, None)
        run.report(Loaded(result, mtime, key, words, content), index)

    pool = None
    pending: dict = {}  # future -> article index
    completed: queue.SimpleQueue = queue.SimpleQueue()  # finished futures, put by the pool's thread
    parallel = jobs > 1 and len(todo) >= PARALLEL_MIN

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
        for n, (index, source, key) in enumerate(todo):
            if not parallel or n == 0:
                # The first uncached article is analysed here while the workers start,
                # so the first rows appear without waiting for the pool.
                if parallel and pool is None:
                    pool = _pool(jobs)
                    pool.submit(int)  # starts the workers now; they warm up while we work
                raw = source if isinstance(source, RawArticle) else load.read(source, max_bytes)
                if isinstance(raw, Problem):
                    run.done += 1
                    run.report(raw)
                    continue
                finish(index, key, _analyse_one(raw, method), raw.mtime)
                continue
            # Workers re-read their files: the parent holds paths, not thousands of texts.
            worker_cache = cache.directory if cache.enabled else None
            fut = pool.submit(_analyse_task, (source, method, max_bytes, worker_cache, run.slim, run.extras))
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


# --- assembling the briefing ----------------------------------------------------


def prepare(loaded: list[Loaded], now: datetime | None = None):
    """Speakers aligned across all articles and the stories they form, before any filter
    (what the index keeps, so an unchanged folder need not be aligned again)."""
    from briefing.assemble.align import align
    from briefing.assemble.index import Prepared

    mentions = []
    for item in loaded:
        analysis = item.analysis
        for st in analysis.statements:
            if st.speaker:
                mentions.append((analysis.article.path, st.speaker_kind or "person", st.speaker, st.role, st.aliases))
    labels = {item.analysis.article.path: item.analysis.article.source for item in loaded if item.analysis.article.source}
    speakers, mapping = align(mentions, labels)
    names = {}
    for item in loaded:
        path = item.analysis.article.path
        names[path] = tuple(mapping.get((path, st.speaker)) if st.speaker else None for st in item.analysis.statements)
    entries = _entries(loaded, now, names)
    stories = tuple((story.title, frozenset(story.articles)) for story in group_stories(entries))
    return Prepared(speakers=tuple(speakers), names=names, stories=stories)


def _entries(loaded: list[Loaded], now: datetime | None, names: dict) -> list[Entry]:
    entries = []
    for item in loaded:
        art = item.analysis.article
        reference = now or datetime.fromtimestamp(item.mtime, tz=UTC)
        published = dates.resolve(art.published, art.published_ago, reference)
        entries.append(Entry(analysis=item.analysis, published=published, speakers=names[art.path]))
    entries.sort(key=newest_first)
    return entries


def assemble(
    loaded: list[Loaded],
    *,
    now: datetime | None = None,
    sentences: int = 3,
    filters: Filters = Filters(),
    problems: Iterable[Problem] = (),
    prepared=None,
) -> Briefing:
    """The briefing of `loaded`: speakers aligned, filters applied, stories grouped.
    `prepared` (from `prepare` on the same articles, or an index) skips the alignment,
    and without filters the grouping too."""
    from briefing.assemble.index import ordered_stories

    if prepared is None:
        prepared = prepare(loaded, now)
    entries = _entries(loaded, now, prepared.names)
    speakers = list(prepared.speakers)
    entries = [e for e in entries if _passes(e, filters, speakers)]
    kept = {e.path for e in entries}
    speakers = [
        dataclasses.replace(s, articles=tuple(a for a in s.articles if a in kept)) for s in speakers
    ]
    speakers = [s for s in speakers if s.articles]
    if filters.speaker:
        speakers = [s for s in speakers if _speaker_matches(s, filters.speaker)]
    if filters == Filters():
        stories = list(ordered_stories(prepared, [e.path for e in entries]))
    else:
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
    from collections import Counter
    from itertools import chain

    buckets = [[by_word[w] for w in ks if len(by_word[w]) <= 200] for ks in keysets]  # a word in hundreds of articles groups nothing
    for i in range(n):
        # Counted in C: the shared words of every later article at once.
        shared = Counter(chain.from_iterable(buckets[i]))
        root = find(i)
        for j, k in shared.items():
            if j <= i or k < 2 or find(j) == root:
                continue
            if k >= 4 or (speakersets[i] and not speakersets[i].isdisjoint(speakersets[j])):
                parent[find(j)] = root
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


