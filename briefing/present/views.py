"""Shapes of a Briefing that every front end shows: the same for text, markdown, JSON and TUI."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from briefing.model import DIRECT, Briefing, Entry, Speaker, Statement, display_title
from briefing.textsafe import one_line

# Longer cues ("took to a radio show on Friday to accuse") are a sentence's words, not a label.
_CUE_WORDS = 4


@dataclass(frozen=True)
class SpeakerView:
    speaker: Speaker
    by_article: tuple[tuple[Entry, tuple[Statement, ...]], ...]  # newest article first

    @property
    def count(self) -> int:
        return sum(len(sts) for _e, sts in self.by_article)


def who_said_what(briefing: Briefing, min_statements: int = 1) -> list[SpeakerView]:
    """Per speaker, what each article reported, most quoted speaker first."""
    # One pass over the statements, not speakers x entries: a briefing can hold thousands of each.
    rows: dict[str, list[tuple[Entry, list[Statement]]]] = {}
    for entry in briefing.entries:
        for st, name in zip(entry.analysis.statements, entry.speakers):
            if name is None:
                continue
            mine = rows.setdefault(name, [])
            if not mine or mine[-1][0] is not entry:
                mine.append((entry, []))
            mine[-1][1].append(st)
    views = []
    for speaker in briefing.speakers:
        view = SpeakerView(speaker, tuple((e, tuple(sts)) for e, sts in rows.get(speaker.name, ())))
        if view.count >= min_statements and view.by_article:
            views.append(view)
    views.sort(key=lambda v: (-len(v.by_article), -v.count, v.speaker.name))
    return views


def who_said_what_by_story(briefing: Briefing) -> list[list[SpeakerView]]:
    """who_said_what for each story of the briefing (same order as briefing.stories).

    One pass over the statements: filtering every speaker against every story was
    quadratic, and a briefing of ten thousand articles took half a minute to print.
    """
    story_of: dict[str, int] = {}
    for i, story in enumerate(briefing.stories):
        for path in story.articles:
            story_of[path] = i
    per_story: list[list[SpeakerView]] = [[] for _ in briefing.stories]
    for view in who_said_what(briefing):
        parts: dict[int, list] = {}
        for entry, sts in view.by_article:
            index = story_of.get(entry.path)
            if index is not None:
                parts.setdefault(index, []).append((entry, sts))
        for i, rows in parts.items():
            per_story[i].append(SpeakerView(view.speaker, tuple(rows)))
    for views in per_story:
        views.sort(key=lambda v: (-len(v.by_article), -v.count, v.speaker.name))
    return per_story


def quote_rows(briefing: Briefing) -> list[dict]:
    rows = []
    for entry in sorted(briefing.entries, key=lambda e: e.path):
        for st, name in zip(entry.analysis.statements, entry.speakers):
            rows.append({
                "article": entry.path,
                "speaker": name,
                "text": st.text,
                "kind": st.kind,
                "cue": cue_words(st),
                "role": st.role,
                "source": entry.article.source,
                "published": entry.published,
                "paragraph": st.paragraph,
            })
    return rows


def cue_words(st: Statement) -> str | None:
    """The words the article reports a statement with: "criticised", "said in a statement",
    "according to"; None when it has none, or too many to show as a label."""
    cue = one_line(st.cue or "").strip(" ,.;:—–-")
    if not cue or len(cue.split()) > _CUE_WORDS or not cue[:1].isalpha():
        return None
    return cue[:1].lower() + cue[1:] if cue[1:] == cue[1:].lower() else cue  # "According to" opens a sentence


def reported_as(st: Statement) -> str | None:
    """The label of reported speech: its cue ("claimed", "admitted", "said": what tells one outlet's
    account from another's), or "reported" when the cue is unknown; None for a quotation."""
    return None if st.kind == DIRECT else cue_words(st) or "reported"


def outlet(entry: Entry) -> str:
    return entry.article.source or "unknown outlet"


def date_label(iso: str | None, now: datetime | None = None, relative: bool = False) -> str:
    """'2026-03-04 20:31 -05:00', or '3 h ago' when relative and recent."""
    if not iso:
        return "undated"
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if relative and now is not None:
        delta = (now - when).total_seconds()
        if 0 <= delta < 60 * 60:
            return f"{int(delta // 60)} min ago"
        if 0 <= delta < 24 * 3600:
            return f"{int(delta // 3600)} h ago"
        if 0 <= delta < 7 * 86400:
            return f"{int(delta // 86400)} d ago"
    offset = when.utcoffset()
    if when.hour == 0 and when.minute == 0 and offset is not None and offset.total_seconds() == 0:
        return when.strftime("%Y-%m-%d")  # a date without a time ("date 2026-03-06")
    return when.strftime("%Y-%m-%d %H:%M") + (f" {_offset(when)}" if when.utcoffset() is not None else "")


def _offset(when: datetime) -> str:
    off = when.utcoffset()
    if off is None:
        return ""
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def date_range(entries: Iterable[Entry]) -> str:
    """The days the entries were published: "2026-03-02 to 2026-03-09", one day, or "undated"."""
    days = sorted(e.published[:10] for e in entries if e.published)
    if not days:
        return "undated"
    return days[0] if days[0] == days[-1] else f"{days[0]} to {days[-1]}"


def title(entry: Entry) -> str:
    """The headline shown for an entry (see model.display_title)."""
    return display_title(entry)


def problem_groups(problems) -> list[tuple[str, list]]:
    """("Not read", errors) and ("Read with a warning", warnings), each only when not empty."""
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    return [(heading, group) for heading, group in (("Not read", errors), ("Read with a warning", warnings)) if group]
