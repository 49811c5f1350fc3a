"""Rich `Text` for the TUI's panes.

Article text is untrusted: it is only ever appended to `Text` as plain strings
(never parsed as markup), after terminal control characters are removed, so a
quote containing "[/]" or "[@click=app.quit]" shows those characters literally.
Direct quotes and reported speech look different with or without colour:
quotes are in curly quotation marks, reported speech is italic and labelled with the
verb the article reports it with ("(claimed) …", "(said) …"), or "(reported)".
"""

from __future__ import annotations

from rich.console import Group
from rich.segment import Segment
from rich.text import Text

from briefing.model import DIRECT, Entry, Statement
from briefing.present import views
from briefing.textsafe import clean_text, one_line


def statement_text(st: Statement, *, full: bool = True, limit: int | None = None) -> Text:
    """One statement: “quoted words”, or italic paraphrase labelled with its cue: (claimed) …"""
    body = one_line(st.text) if not full else clean_text(st.text).strip()
    if limit is not None and len(body) > limit:
        body = body[: limit - 1].rstrip() + "…"
    t = Text()
    if st.kind == DIRECT:
        t.append("“" + body + "”")
    else:
        t.append(_label(st), style="dim italic")
        t.append(body, style="italic")
    return t


def statement_run(st: Statement, limit: int | None = None) -> tuple[str, str, str]:
    """(prefix, text, style) of a statement on one line, for the grid: as statement_text."""
    body = one_line(st.text)
    if limit is not None and len(body) > limit:
        body = body[: limit - 1].rstrip() + "…"
    if st.kind == DIRECT:
        return "", "“" + body + "”", "plain"
    return _label(st), body, "italic"


def _label(st: Statement) -> str:
    """"(claimed) ", "(said in a statement) ": how the article reports it, "(reported) " when unknown."""
    return f"({views.reported_as(st)}) "


def speaker_label(name: str | None, role: str | None = None) -> Text:
    t = Text()
    t.append(one_line(name) if name else "unattributed", style="bold")
    if role:
        t.append(f" ({one_line(role)})", style="dim")
    return t


def heading(label: str) -> Text:
    return Text(label, style="bold underline")


def published_text(entry: Entry) -> Text:
    art = entry.article
    t = Text(views.date_label(entry.published))
    words = art.published_text
    if words:
        t.append(f"  (from “{one_line(words)}”)", style="dim")
    elif entry.published and not art.published:
        t.append("  (resolved from a relative date)", style="dim")
    return t


class Hanging:
    """Text with a hanging indent: a marker (or label) column, then the wrapped text.

    Much cheaper to render than a rich Table, which matters when a long article
    is opened or the preview follows the cursor.
    """

    def __init__(self, text: Text, indent: int = 2, marker: str | Text = "") -> None:
        self.text = text
        self.indent = indent
        self.marker = marker if isinstance(marker, Text) else Text(marker)

    def __rich_console__(self, console, options):
        width = max(1, options.max_width - self.indent)
        lines = self.text.wrap(console, width, justify="left", overflow="fold")
        pad = Segment(" " * self.indent)
        first = self.marker.copy()
        first.truncate(self.indent, pad=True)
        newline = Segment.line()
        for i, line in enumerate(lines):
            if i == 0:
                yield from first.render(console)
            else:
                yield pad
            line.end = ""
            yield from line.render(console)
            yield newline


def _hanging(rows, indent: int = 2, marker: str | Text = "") -> Group:
    return Group(*(Hanging(row, indent, marker) for row in rows))


def _statements(entry: Entry, *, full: bool, limit: int | None = None, roles: bool = True) -> list:
    """Statements in reading order, the speaker named once for consecutive statements."""
    parts: list = []
    previous = object()
    block: list[Text] = []
    for st, name in zip(entry.analysis.statements, entry.speakers):
        who = (name or st.speaker, st.role if roles else None)
        if who != previous:
            if block:
                parts.append(_hanging(block, 2))
                block = []
            label = speaker_label(who[0], who[1])
            if roles and name and st.speaker and one_line(st.speaker) != one_line(name):
                label.append(f"  as “{one_line(st.speaker)}”", style="dim")
            parts.append(label)
            previous = who
        block.append(statement_text(st, full=full, limit=limit))
    if block:
        parts.append(_hanging(block, 2))
    return parts


def preview_text(entry: Entry, sentences: int) -> Group:
    """The preview pane beside the list: the gist of one article."""
    art = entry.article
    head = Text()
    head.append(one_line(views.title(entry)), style="bold")
    head.append("\n")
    facts = [one_line(views.outlet(entry)), views.date_label(entry.published)]
    if art.authors:
        facts.append("by " + ", ".join(one_line(a) for a in art.authors))
    head.append(" · ".join(facts), style="dim")
    parts: list = [head, Text()]
    parts.append(_hanging([Text(one_line(s)) for s in entry.analysis.summary(sentences)], 2, "•"))
    if entry.analysis.statements:
        parts.append(Text())
        parts.append(heading(f"Who said what ({len(entry.analysis.statements)})"))
        parts.extend(_statements(entry, full=False, limit=240, roles=False))
    return Group(*parts)


def article_text(entry: Entry, sentences: int, *, full_text: bool = False) -> Group:
    """The Article screen: facts, summary, statements in reading order, full text on demand."""
    art = entry.article
    a = entry.analysis
    parts: list = [Text(one_line(views.title(entry)), style="bold"), Text()]
    facts = [("Outlet", Text(one_line(views.outlet(entry))))]
    if art.authors:
        facts.append(("By", Text(", ".join(one_line(x) for x in art.authors))))
    facts.append(("Published", published_text(entry)))
    facts.append(("File", Text(one_line(art.path))))
    if art.url:
        facts.append(("URL", Text(one_line(art.url))))
    parts += [Hanging(value, 10, Text(label, style="dim")) for label, value in facts]
    parts.append(Text())

    if a.short:
        parts.append(heading("Summary (short article, given in full)"))
    else:
        shown = min(sentences, len(a.sentences))
        head = heading(f"Summary: {shown} of {len(a.sentences)} sentences")
        head.append("   + longer  - shorter", style="not underline dim")
        parts.append(head)
    parts.append(_hanging([Text(clean_text(s).strip()) for s in a.summary(sentences)], 2, "•"))
    parts.append(Text())

    if a.statements:
        parts.append(heading(f"Who said what, in reading order ({len(a.statements)})"))
        parts.extend(_statements(entry, full=True))
    else:
        parts.append(Text("No statements found in this article.", style="dim"))
    parts.append(Text())

    if full_text:
        head = heading(f"Full text ({len(art.paragraphs)} paragraphs)")
        head.append("   f hides it", style="not underline dim")
        parts.append(head)
        for p in art.paragraphs:
            parts.append(Text(clean_text(p).strip()))
            parts.append(Text())
    else:
        parts.append(Text(f"Full text: {len(art.paragraphs)} paragraphs, press f to show", style="dim"))
    return Group(*parts)


def card_text(entry: Entry, statements, usual_role: str | None = None) -> Text:
    """A speaker's statements in one article, in full, for the speaker screen."""
    t = Text()
    t.append(one_line(views.title(entry)), style="bold")
    roles = {one_line(st.role) for st in statements if st.role} - {one_line(usual_role or "")}
    if roles:
        t.append("\nhere as " + "; ".join(sorted(roles)), style="dim")
    for st in statements:
        t.append("\n\n")
        t.append_text(statement_text(st))
    return t
