"""Plain data passed between the stages of the pipeline.

Every stage takes and returns these frozen dataclasses (or tuples of them), so a
stage can be tested alone and the analysis can be cached as JSON.
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on the warm path
if TYPE_CHECKING:
    from typing import Any

DIRECT = "direct"
INDIRECT = "indirect"


@dataclass(frozen=True)
class RawArticle:
    """An article as read from disk or stdin, decoded but not yet cleaned."""

    path: str  # as given, or as found under a given folder; "-" for stdin
    text: str
    mtime: float  # seconds since the epoch; resolves relative dates without --now
    fmt: str  # "text", "markdown" or "html"
    digest: str  # sha256 of the raw bytes: the cache key's content half
    notes: tuple[str, ...] = ()  # how the text differs from the bytes ("not valid UTF-8: ...")


@dataclass(frozen=True)
class Problem:
    """An input that could not be used, reported on one line and skipped; or, with
    `warning`, one that was used but not quite as written (reported, not skipped)."""

    path: str
    message: str
    warning: bool = False

    def line(self) -> str:
        from briefing.textsafe import shown

        return f"briefing: {shown(self.path)}: {'warning: ' if self.warning else ''}{self.message}"


@dataclass(frozen=True)
class Article:
    """A cleaned article: the story's paragraphs plus what the page said about it."""

    path: str
    title: str | None
    source: str | None
    authors: tuple[str, ...]
    published: str | None  # ISO 8601 with offset, absolute dates only
    published_text: str | None  # the words the date came from
    published_ago: float | None  # seconds before "now" for relative dates ("3 hours ago")
    paragraphs: tuple[str, ...]
    url: str | None = None
    credit: str | None = None  # the wire agency credited when another site carries its story ("Reuters")


@dataclass(frozen=True)
class Statement:
    """Something a speaker said in one article, quoted (direct) or reported (indirect)."""

    speaker: str | None  # the fullest name the article gives; None when unattributed
    text: str
    kind: str  # DIRECT or INDIRECT
    paragraph: int  # index into Article.paragraphs
    role: str | None = None  # title or affiliation as the article gives it
    cue: str | None = None  # the speech verb or "according to"
    speaker_kind: str | None = None  # "person", "org" or "role"
    aliases: tuple[str, ...] = ()  # other names this article uses for the speaker ("Qiao")


@dataclass(frozen=True)
class Analysis:
    """Everything computed from one article's content; what the cache stores."""

    article: Article
    sentences: tuple[str, ...]  # the cleaned body split into sentences
    ranking: tuple[int, ...]  # sentence indices, best first, for summaries of any length
    statements: tuple[Statement, ...]
    keywords: tuple[str, ...]  # salient terms, to group articles into stories
    short: bool = False  # too short to summarise: the summary is the whole body

    def summary(self, count: int) -> tuple[str, ...]:
        """The `count` best sentences in article order (the whole body when short)."""
        if self.short:
            return self.sentences
        chosen = sorted(self.ranking[: max(count, 0)])
        return tuple(self.sentences[i] for i in chosen)

    def slimmed(self, count: int) -> Analysis:
        """The same analysis keeping only what a summary of `count` sentences shows.

        The full text and the other sentences are dropped (the first sentence stays: it
        stands in for a missing headline), so a digest of ten thousand articles does not
        hold every article's text twice.
        """
        keep = set(self.ranking[: max(count, 0)]) | {0}
        if self.short:
            keep = set(range(len(self.sentences)))
        sentences = tuple(s if i in keep else "" for i, s in enumerate(self.sentences))
        return replace(self, sentences=sentences, article=replace(self.article, paragraphs=()))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(data: dict[str, Any]) -> Analysis:
        art = dict(data["article"])
        art["authors"] = tuple(art["authors"])
        art["paragraphs"] = tuple(art["paragraphs"])
        return Analysis(
            article=Article(**art),
            sentences=tuple(data["sentences"]),
            ranking=tuple(data["ranking"]),
            statements=tuple(Statement(**{**s, "aliases": tuple(s.get("aliases", ()))}) for s in data["statements"]),
            keywords=tuple(data["keywords"]),
            short=bool(data.get("short", False)),
        )


@dataclass(frozen=True)
class Speaker:
    """One person or organisation across the whole briefing."""

    name: str  # canonical: the fullest form any article gives
    aliases: tuple[str, ...]  # every other form used, e.g. surname only
    roles: tuple[str, ...]
    articles: tuple[str, ...]  # paths of the articles that quote it


@dataclass(frozen=True)
class Story:
    """Articles that share speakers and key terms."""

    title: str
    articles: tuple[str, ...]  # paths, newest first


@dataclass(frozen=True)
class Entry:
    """One article in a briefing, with its analysis and resolved publication time."""

    analysis: Analysis
    published: str | None  # ISO 8601; relative dates resolved against --now or mtime
    speakers: tuple[str | None, ...]  # canonical speaker of each statement, same order

    @property
    def article(self) -> Article:
        return self.analysis.article

    @property
    def path(self) -> str:
        return self.analysis.article.path


def timestamp(iso: str | None) -> float | None:
    """Seconds since the epoch of an ISO 8601 time; None when missing or unreadable."""
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).timestamp()
    except ValueError:
        return None


def newest_first(entry: Entry) -> tuple:
    """The order of a briefing's entries: newest first, undated last, then by path."""
    ts = timestamp(entry.published)
    return (ts is None, -(ts or 0.0), entry.path)


def display_title(entry: Entry) -> str:
    """The headline, or the first sentence marked as such when the article has none."""
    art = entry.article
    if art.title:
        return art.title
    first = entry.analysis.sentences[0] if entry.analysis.sentences else os.path.basename(art.path)
    first = re.sub(r"\s+", " ", first)
    if len(first) > 90:
        first = first[:89].rstrip() + "…"
    return f"[untitled] {first}"


@dataclass(frozen=True)
class Briefing:
    entries: tuple[Entry, ...]  # newest first
    speakers: tuple[Speaker, ...]
    stories: tuple[Story, ...]
    problems: tuple[Problem, ...] = field(default=())
    sentences: int = 3  # summary length asked for

    def entry(self, path: str) -> Entry | None:
        for e in self.entries:
            if e.path == path:
                return e
        return None
