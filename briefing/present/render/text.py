"""The plain-text briefing: for a terminal, a pipe, or the body of an email."""

from __future__ import annotations

import os
import textwrap

from briefing.model import DIRECT, Briefing, Entry, Statement
from briefing.present import views
from briefing.present.views import problem_groups
from briefing.present.wrap import wrap as _wrap
from briefing.textsafe import clean_text, one_line, shown, to_ascii

COLUMN_MIN = 34  # narrower columns wrap too much to read side by side


def render_text(briefing: Briefing, *, width: int = 72, ascii: bool = False, color: bool = False) -> str:
    width = max(40, width)
    out: list[str] = []
    bold = (lambda s: f"\x1b[1m{s}\x1b[0m") if color else (lambda s: s)
    outlets = sorted({views.outlet(e) for e in briefing.entries})
    out.append(bold(f"Briefing: {views.date_range(briefing.entries)}"))
    out.extend(_wrap(
        f"{len(briefing.entries)} article{'s' if len(briefing.entries) != 1 else ''} from "
        f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}: {', '.join(outlets)}",
        width,
    ))
    if not briefing.entries:
        out.append("")
        out.append("No articles to brief.")
    by_path = {e.path: e for e in briefing.entries}
    speakers_by_story = views.who_said_what_by_story(briefing)
    for story, story_speakers in zip(briefing.stories, speakers_by_story):
        members = [by_path[p] for p in story.articles if p in by_path]
        if not members:
            continue
        out.append("")
        out.append("=" * width)
        label = "Story" if len(members) > 1 else "Article"
        head = f"{label}: {one_line(story.title)}"
        if len(members) > 1:
            head += f" ({len(members)} articles, {views.date_range(members)})"
        out.extend(bold(line) for line in _wrap(head, width))
        out.append("=" * width)
        for entry in members:
            out.append("")
            out.extend(_article(entry, briefing.sentences, width, bold))
        speakers = story_speakers
        if speakers:
            out.append("")
            out.append(bold("Who said what"))
            out.append("-" * width)
            for view in speakers:
                out.extend(_speaker(view, width, bold))
    for heading, group in problem_groups(briefing.problems):
        out.append("")
        out.append(f"{heading} ({len(group)}):")
        for p in group:
            out.extend(_wrap(f"- {shown(p.path)}: {one_line(p.message)}", width, "  "))
    text = "\n".join(line.rstrip() for line in out) + "\n"
    return to_ascii(text) if ascii else text


def _article(entry: Entry, sentences: int, width: int, bold) -> list[str]:
    art = entry.article
    lines = [bold(line) for line in _wrap(one_line(views.title(entry)), width)]
    facts = [views.outlet(entry), views.date_label(entry.published)]
    if art.authors:
        facts.append("by " + ", ".join(one_line(a) for a in art.authors))
    lines.extend(_wrap(" | ".join(facts), width))
    lines.append(f"  ({art.path if len(art.path) + 4 <= width else os.path.basename(art.path)})")
    summary = entry.analysis.summary(sentences)
    if entry.analysis.short:
        lines.append("  Short article, given in full:")
    for sentence in summary:
        lines.extend(_wrap(clean_text(sentence), width, "  - ", "    "))
    return lines


def _statement(st: Statement) -> str:
    text = one_line(st.text)
    return f"“{text}”" if st.kind == DIRECT else f"({views.reported_as(st)}) {text}"


def _speaker(view: views.SpeakerView, width: int, bold) -> list[str]:
    sp = view.speaker
    head = one_line(sp.name)
    if sp.roles:
        head += f" ({one_line(sp.roles[0])})"
    lines = [""] + [bold(x) for x in _wrap(head, width)]
    if sp.aliases:
        lines.extend(_wrap("also: " + ", ".join(one_line(a) for a in sp.aliases), width, "  ", "  "))
    columns = width // (COLUMN_MIN + 3)
    cells = [(f"{views.outlet(e)}, {views.date_label(e.published)[:10]}", [_statement(s) for s in sts]) for e, sts in view.by_article]
    if columns >= 2 and len(cells) >= 2:
        lines.extend(_side_by_side(cells, width, min(columns, len(cells))))
    else:
        for header, statements in cells:
            lines.extend(_wrap(one_line(header) + ":", width, "  ", "  "))
            for s in statements:
                lines.extend(_wrap(s, width, "    ", "      "))
    return lines


def _side_by_side(cells: list[tuple[str, list[str]]], width: int, columns: int) -> list[str]:
    gap = 3
    col = (width - 2 - gap * (columns - 1)) // columns
    lines: list[str] = []
    for start in range(0, len(cells), columns):
        row = cells[start: start + columns]
        blocks = []
        for header, statements in row:
            block = textwrap.wrap(one_line(header), col) + ["-" * min(col, max(len(one_line(header)), 8))]
            for s in statements:
                block.extend(_wrap(s, col) or [""])
                block.append("")
            blocks.append(block)
        height = max(len(b) for b in blocks)
        for i in range(height):
            parts = [(b[i] if i < len(b) else "").ljust(col) for b in blocks]
            lines.append(("  " + (" " * gap).join(parts)).rstrip())
        lines.append("")
    return lines
