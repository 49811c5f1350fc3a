"""The article list as plain data: filtering, sorting and grouping by story.

No Textual here, so it is cheap to test and fast enough to run on every
keystroke of the filter with thousands of articles: everything that depends
only on an article (labels, sort keys, the text the filter searches) is
computed once per briefing in `Listing`, and a keystroke only scans strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rich.cells import cell_len

from briefing.model import Briefing, Entry
from briefing.present import views
from briefing.textsafe import one_line

SORTS = ("date", "outlet", "title")


@dataclass(frozen=True)
class Item:
    """What the list shows of one article, computed once."""

    entry: Entry
    path: str
    order: tuple  # sorts newest first, undated last, then by path (as the pipeline does)
    date: str  # "3 h ago" when recent, else "2026-03-04"
    outlet: str
    title: str
    said: int  # number of statements
    haystack: str | None  # casefolded title, outlet, speakers and text, for the filter (None: not read yet)


@dataclass(frozen=True)
class Group:
    """A story with two or more articles."""

    key: str
    title: str
    items: tuple[Item, ...]  # in the current sort order
    total: int  # articles in the story before filtering
    span: str  # "2026-03-02 to 2026-03-09"


@dataclass(frozen=True)
class Row:
    """One line of the list: a story heading or an article."""

    key: str  # the article path, or "story:<n>" for a heading
    item: Item | None = None
    group: Group | None = None
    member: bool = False  # an article inside a story (indented)


def short_date(iso: str | None, now: datetime | None) -> str:
    label = views.date_label(iso, now, relative=True)
    if label.endswith("ago") or label == "undated":
        return label
    return iso[:10] if iso and len(iso) >= 10 else label


def span(items) -> str:
    stamps = sorted(it.entry.published[:10] for it in items if it.entry.published)
    if not stamps:
        return "undated"
    return stamps[0] if stamps[0] == stamps[-1] else f"{stamps[0]} to {stamps[-1]}"


def newest_first(entry: Entry) -> tuple:
    try:
        ts = datetime.fromisoformat(entry.published).timestamp() if entry.published else None
    except ValueError:
        ts = None
    return (ts is None, -(ts or 0.0), entry.path)


def make_item(entry: Entry, now: datetime | None, words: str | None = None, said: int | None = None) -> Item:
    """The list's row data for `entry`. `words` (assemble.index.words_of) stands in for
    the text when the entry no longer holds it; an entry with neither (listed from the
    folder's index before its articles are read) gets no haystack yet."""
    art = entry.article
    title = one_line(views.title(entry))
    outlet = one_line(views.outlet(entry))
    names = " ".join(n for n in entry.speakers if n)
    if words is None and art.paragraphs:
        from briefing.assemble.index import words_of

        words = words_of(entry.analysis)
    haystack = None
    if words is not None:
        extra = f"{outlet} {names}".casefold().split()
        haystack = words + " " + " ".join(w for w in dict.fromkeys(extra))
    return Item(
        entry=entry,
        path=entry.path,
        order=newest_first(entry),
        date=short_date(entry.published, now),
        outlet=outlet,
        title=title,
        said=len(entry.analysis.statements) if said is None else said,
        haystack=haystack,
    )


class Listing:
    """The articles of a briefing, ready to be filtered, sorted and grouped."""

    @property
    def outlet_width(self) -> int:
        """The widest outlet name (the list's column does not jump while filtering)."""
        if self._outlet_width is None:
            self._outlet_width = max((cell_len(it.outlet) for it in self.items), default=6)
        return self._outlet_width

    def __init__(self, entries, stories=(), now: datetime | None = None, words: dict | None = None,
                 said: dict | None = None) -> None:
        self._outlet_width: int | None = None
        self._rows: dict[str, Row] = {}
        self._member_rows: dict[str, Row] = {}
        self.now = now
        self._last: tuple[str, list[Item]] | None = None  # the previous filter and its matches
        words, said = words or {}, said or {}
        self.items = [make_item(e, now, words.get(e.path), said.get(e.path)) for e in entries]
        self.items.sort(key=lambda it: it.order)
        self.by_path = {it.entry.path: it for it in self.items}
        self.story_of: dict[str, int] = {}
        self.stories = []
        for story in stories:
            members = [p for p in story.articles if p in self.by_path]
            if len(members) < 2:
                continue
            n = len(self.stories)
            self.stories.append((story, members))
            for p in members:
                self.story_of[p] = n

    def extend(self, entries) -> None:
        """Add articles as they arrive (the first run fills the list this way)."""
        self.add_items([make_item(e, self.now) for e in entries])

    def add_items(self, items) -> None:
        """Add items made elsewhere (the analysis thread makes them, off the UI thread)."""
        replaced = {it.path for it in items if it.path in self.by_path}
        if replaced:
            self.items = [it for it in self.items if it.path not in replaced]
        for item in items:
            self.items.append(item)
            self.by_path[item.path] = item
        self.items.sort(key=lambda it: it.order)
        self._last = None
        self._outlet_width = None

    def __len__(self) -> int:
        return len(self.items)

    @classmethod
    def of(cls, briefing: Briefing, now: datetime | None = None, words: dict | None = None,
           said: dict | None = None) -> Listing:
        return cls(briefing.entries, briefing.stories, now, words, said)

    @property
    def searchable(self) -> bool:
        """Can the filter search every article (False while listed from the index alone)?"""
        return all(it.haystack is not None for it in self.items)

    def matching(self, query: str) -> list[Item]:
        """Articles with every word of `query` in their title, outlet, speakers or text."""
        query = " ".join(query.casefold().split())
        if not query:
            return list(self.items)
        pool = self.items
        if self._last is not None and self._last[0] and query.startswith(self._last[0]):
            # Typing on: each earlier word is still there, the last one only grew, so
            # only the previous matches can still match.
            pool = self._last[1]
        words = query.split()
        found = [it for it in pool if it.haystack is not None and all(w in it.haystack for w in words)]
        self._last = (query, found)
        return found

    def rows(self, query: str = "", sort: str = "date", grouped: bool = True) -> list[Row]:
        items = sorted(self.matching(query), key=sort_key(sort))
        if not grouped or not self.stories:
            return [self._row(it) for it in items]
        buckets: dict[int, list[Item]] = {}
        top: list[tuple[Item, int | None]] = []  # (first item, story) in display order
        for it in items:
            n = self.story_of.get(it.path)
            if n is None:
                top.append((it, None))
            elif n in buckets:
                buckets[n].append(it)
            else:
                buckets[n] = [it]
                top.append((it, n))
        rows: list[Row] = []
        for it, n in top:
            members = buckets.get(n) if n is not None else None
            if not members or len(members) < 2:
                rows.append(self._row(it))
                continue
            story, all_members = self.stories[n]
            group = Group(
                key=f"story:{n}",
                title=one_line(story.title),
                items=tuple(members),
                total=len(all_members),
                span=span(members),
            )
            rows.append(Row(group.key, group=group))
            rows.extend(self._row(m, member=True) for m in members)
        return rows

    def _row(self, item: Item, member: bool = False) -> Row:
        """The row of an article, made once: a keystroke of the filter creates no objects per article."""
        cache = self._member_rows if member else self._rows
        row = cache.get(item.path)
        if row is None or row.item is not item:
            row = cache[item.path] = Row(item.path, item=item, member=member)
        return row

    def story_items(self, path: str) -> tuple[str, list[Item]] | None:
        """The story an article belongs to: (title, its articles newest first)."""
        n = self.story_of.get(path)
        if n is None:
            return None
        story, members = self.stories[n]
        return one_line(story.title), [self.by_path[p] for p in members]


def sort_key(sort: str):
    if sort == "outlet":
        return lambda it: (it.outlet.casefold(), it.order)
    if sort == "title":
        return lambda it: (it.title.casefold(), it.order)
    return lambda it: it.order
