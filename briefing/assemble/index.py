"""A folder's run summed up in one cache entry, so that a cached run opens one file.

With 10,000 articles cached, opening every article's cache entry, aligning the
speakers and grouping the stories took about 10 s. The index, written after
every run into the cache's own namespace (kind "index", same header and
checksum as every entry), holds what a list of the articles needs without their
text: each file's size, modification time, content hash and cache key; each
article's title, outlet, date and statement count; the speakers aligned across
all articles; the stories. A later run that finds every file unchanged (same
path, size and modification time, as `make` and `git` decide) shows the list
from it at once, and needs the articles' own entries only for what it opens.

Nothing here imports anything heavy, and nothing here reads article text.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass

from briefing.model import Analysis, Article, Entry, Problem, Speaker, Story

VERSION = 1


@dataclass(frozen=True)
class FileState:
    """One file as last read: its stat (to see that it did not change) and where its analysis is."""

    path: str
    size: int
    mtime_ns: int
    mtime: float
    digest: str | None  # SHA-256 of the bytes; None for a file that could not be used
    key: str | None  # the analysis cache key
    notes: tuple[str, ...] = ()  # decoding warnings, reported again on every run
    problem: str | None = None  # why the file could not be used

    def row(self) -> list:
        return [self.path, self.size, self.mtime_ns, self.mtime, self.digest, self.key, list(self.notes), self.problem]

    @staticmethod
    def of_row(row: list) -> FileState:
        path, size, mtime_ns, mtime, digest, key, notes, problem = row
        return FileState(path, size, mtime_ns, mtime, digest, key, tuple(notes), problem)


@dataclass(frozen=True)
class Record:
    """What a list shows of one article: no text, no statements."""

    path: str
    title: str | None
    source: str | None
    authors: tuple[str, ...]
    published: str | None
    published_text: str | None
    published_ago: float | None
    url: str | None
    lead: str  # the first sentence: stands in for a missing headline
    said: int  # number of statements
    content: str  # the read-state key of the article's content (store.state.article_keys)
    names: tuple[str | None, ...]  # canonical speaker of each statement

    def row(self) -> list:
        return [self.path, self.title, self.source, list(self.authors), self.published, self.published_text,
                self.published_ago, self.url, self.lead, self.said, self.content, list(self.names)]

    @staticmethod
    def of_row(row: list) -> Record:
        path, title, source, authors, published, text, ago, url, lead, said, content, names = row
        return Record(path, title, source, tuple(authors), published, text, ago, url, lead, said, content, tuple(names))

    def stub(self, published: str | None) -> Entry:
        """An Entry that can be listed (title, outlet, date) but holds no text or statements."""
        art = Article(self.path, self.title, self.source, self.authors, self.published, self.published_text,
                      self.published_ago, (), self.url)
        analysis = Analysis(article=art, sentences=(self.lead,), ranking=(), statements=(), keywords=())
        return Entry(analysis=analysis, published=published, speakers=())


@dataclass(frozen=True)
class Prepared:
    """What a run computes across all its articles before any filter: speakers and stories."""

    speakers: tuple[Speaker, ...]
    names: dict[str, tuple[str | None, ...]]  # path -> canonical speaker of each statement
    stories: tuple[tuple[str, frozenset[str]], ...]  # (title, member paths), in no particular order


@dataclass(frozen=True)
class Index:
    discovered: tuple  # what discovery found: paths, and [path, message] for problems
    files: dict[str, FileState]
    records: tuple[Record, ...]  # the articles read, in discovery order
    prepared: Prepared


def key(paths: list[str], method: str, max_bytes: int) -> str:
    """The index's cache key: where the folders asked for are (however they were
    written: `news`, `./news` and `/home/me/news` share one index), the method."""
    from briefing.version import analyzer_version

    where = [os.path.realpath(p) if p != "-" else p for p in paths]
    blob = json.dumps(["index", VERSION, analyzer_version(), method, max_bytes, where])
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def content_key(analysis: Analysis) -> str:
    """The content half of the read-state keys (computed here while the text is at hand)."""
    from briefing.store.state import article_keys

    return article_keys(analysis.article)[0]


def words_of(analysis: Analysis) -> str:
    """Each distinct casefolded word of the title, outlet, authors, text and statements, once.

    What a filter searches: matching each query word inside single words needs each
    word only once, a third of the text to scan.
    """
    art = analysis.article
    said = "\n".join(st.text for st in analysis.statements)  # reported speech is not always verbatim text
    names = " ".join(st.speaker for st in analysis.statements if st.speaker)
    text = " ".join((art.title or "", art.source or "", names, " ".join(art.authors), "\n".join(art.paragraphs), said))
    return " ".join(dict.fromkeys(text.casefold().split()))


def stat(path: str) -> tuple[int, int, float] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_mtime


def unchanged(state: FileState | None, path: str) -> bool:
    if state is None or path == "-":
        return False
    now = stat(path)
    return now is not None and now[0] == state.size and now[1] == state.mtime_ns


def encode(given: list[str], discovered: list, files: list[FileState], records: list[Record], prepared: Prepared) -> dict:
    return {
        "version": VERSION,
        "given": list(given),
        "discovered": [d if isinstance(d, str) else [d.path, d.message] for d in discovered],
        "files": [f.row() for f in files],
        "records": [r.row() for r in records],
        "speakers": [[s.name, list(s.aliases), list(s.roles), list(s.articles)] for s in prepared.speakers],
        "stories": [[title, sorted(members)] for title, members in prepared.stories],
    }


def decode(data: dict) -> Index | None:
    try:
        if data.get("version") != VERSION:
            return None
        records = tuple(Record.of_row(r) for r in data["records"])
        speakers = tuple(Speaker(n, tuple(a), tuple(r), tuple(p)) for n, a, r, p in data["speakers"])
        prepared = Prepared(
            speakers=speakers,
            names={r.path: r.names for r in records},
            stories=tuple((title, frozenset(members)) for title, members in data["stories"]),
        )
        files = {row[0]: FileState.of_row(row) for row in data["files"]}
        discovered = tuple(d if isinstance(d, str) else tuple(d) for d in data["discovered"])
        return Index(discovered, files, records, prepared)
    except (KeyError, TypeError, ValueError):
        return None


def load(cache, paths: list[str], method: str, max_bytes: int) -> Index | None:
    if cache is None or not cache.enabled:
        return None
    data = cache.get(key(paths, method, max_bytes), kind="index")
    if data is None:
        return None
    given = data.get("given")
    if isinstance(given, list) and given != list(paths):
        data = _respelled(data, given, list(paths))
    return decode(data) if data is not None else None


def _respelled(data: dict, before: list[str], after: list[str]) -> dict | None:
    """The index written for the same folders spelled otherwise (`news` then `/home/me/news`),
    with every path spelled as now: discovery builds paths from the folder as given."""
    if len(before) != len(after):
        return None
    pairs = sorted(zip(before, after), key=lambda pair: -len(pair[0]))

    def spell(path: str) -> str:
        for old, new in pairs:
            if path == old:
                return new
            if path.startswith(old.rstrip(os.sep) + os.sep):
                return os.path.join(new, path[len(old.rstrip(os.sep)) + 1:])
        return path

    try:
        out = dict(data)
        out["discovered"] = [spell(d) if isinstance(d, str) else [spell(d[0]), d[1]] for d in data["discovered"]]
        out["files"] = [[spell(row[0]), *row[1:]] for row in data["files"]]
        out["records"] = [[spell(row[0]), *row[1:]] for row in data["records"]]
        out["speakers"] = [[n, a, r, [spell(p) for p in arts]] for n, a, r, arts in data["speakers"]]
        out["stories"] = [[title, [spell(p) for p in members]] for title, members in data["stories"]]
    except (KeyError, TypeError, ValueError, IndexError):
        return None
    return out


def save(cache, paths: list[str], method: str, max_bytes: int, data: dict) -> None:
    if cache is not None and cache.enabled and "-" not in paths:
        cache.put(key(paths, method, max_bytes), data, kind="index")


def current(index: Index, paths: list[str]) -> bool:
    """True when discovery finds the same files as the index, none of them changed."""
    from briefing.store import load as store

    found = []
    for d in store.discover(paths):
        found.append(d if isinstance(d, str) else (d.path, d.message))
    if tuple(found) != index.discovered:
        return False
    return all(unchanged(index.files.get(p), p) or same_bytes(index.files.get(p), p) for p in found if isinstance(p, str))


def same_bytes(state: FileState | None, path: str) -> bool:
    """True when a file whose time or size changed (copied, touched) still has the bytes
    the index hashed: a folder copied elsewhere or restored from a backup is unchanged."""
    if state is None or state.digest is None:
        return False
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return False
    return digest.hexdigest() == state.digest


def problems_of(index: Index) -> list[Problem]:
    out = [Problem(d[0], d[1]) for d in index.discovered if not isinstance(d, str)]
    for state in index.files.values():
        if state.problem:
            out.append(Problem(state.path, state.problem))
        out.extend(Problem(state.path, note, warning=True) for note in state.notes)
    return sorted(out, key=lambda p: p.path)


def ordered_stories(prepared: Prepared, order: list[str]) -> tuple[Story, ...]:
    """The stories of the articles in `order` (newest first), as group_stories orders them:
    by their newest article, members newest first; articles outside any story stand alone."""
    position = {p: i for i, p in enumerate(order)}
    groups = []
    for title, members in prepared.stories:
        kept = sorted((p for p in members if p in position), key=position.__getitem__)
        if kept:
            groups.append((position[kept[0]], Story(title=title, articles=tuple(kept))))
    return tuple(story for _first, story in sorted(groups, key=lambda g: g[0]))
