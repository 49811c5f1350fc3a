"""The interactive briefing (Textual). It only displays: analysis runs in
`briefing.pipeline`, in a thread worker that posts results back as messages.

Article text is untrusted: everything from an article reaches the screen as a
`rich.text.Text` object, never as markup, so "[/]" or "[@click=app.quit]" in a
quote is shown literally.
"""

from __future__ import annotations

from datetime import datetime, timezone

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Footer, Header, ProgressBar, Static

from briefing import views
from briefing.model import DIRECT, Briefing, Entry


class AnalysisProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class AnalysisDone(Message):
    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing


class BriefingApp(App):
    TITLE = "briefing"
    CSS = """
    #body { height: 1fr; }
    #articles { width: 3fr; min-width: 40; }
    #detail-scroll { width: 2fr; min-width: 30; border-left: solid $primary; padding: 0 1; }
    #progress { height: 1; }
    #progress.done { display: none; }
    """
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
    ]

    def __init__(self, args, briefing: Briefing | None = None) -> None:
        super().__init__()
        self.args = args
        self.briefing = briefing
        self.problems: tuple = ()
        self.now = datetime.now(timezone.utc)

    def compose(self) -> ComposeResult:
        yield Header()
        yield ProgressBar(id="progress", show_eta=False)
        with Horizontal(id="body"):
            yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="detail-scroll"):
                yield Static(Text("Reading articles…"), id="detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#articles", DataTable)
        table.add_columns("Date", "Outlet", "Title", "Said")
        if self.briefing is not None:
            self._show(self.briefing)
        else:
            self.analyse()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def analyse(self) -> None:
        from briefing.cli import load_briefing

        def progress(_item, done: int, total: int) -> None:
            self.post_message(AnalysisProgress(done, total))

        briefing, now = load_briefing(self.args, on_result=progress)
        if now is not None:
            self.now = now
        self.post_message(AnalysisDone(briefing))

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=message.total, progress=message.done)

    def on_analysis_done(self, message: AnalysisDone) -> None:
        self._show(message.briefing)

    def _show(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.problems = briefing.problems
        self.query_one("#progress", ProgressBar).add_class("done")
        table = self.query_one("#articles", DataTable)
        table.clear()
        for entry in briefing.entries:
            table.add_row(
                Text(views.date_label(entry.published, self.now, relative=True)),
                Text(views.outlet(entry)),
                Text(views.title(entry)),
                Text(str(len(entry.analysis.statements)), justify="right"),
                key=entry.path,
            )
        self.sub_title = f"{len(briefing.entries)} articles"
        if briefing.entries:
            table.move_cursor(row=0)
            self._detail(briefing.entries[0])
        else:
            self.query_one("#detail", Static).update(Text("No articles found."))
        if briefing.problems:
            self.notify(Text(f"{len(briefing.problems)} file(s) could not be read"), severity="warning")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.briefing is None or event.row_key is None:
            return
        entry = self.briefing.entry(event.row_key.value)
        if entry is not None:
            self._detail(entry)

    def _detail(self, entry: Entry) -> None:
        self.query_one("#detail", Static).update(article_text(entry, self.briefing.sentences if self.briefing else 3))

    def action_cursor_down(self) -> None:
        self.query_one("#articles", DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#articles", DataTable).action_cursor_up()


def article_text(entry: Entry, sentences: int) -> Text:
    """The detail pane: untrusted text appended as plain strings, styles set by us."""
    art = entry.article
    t = Text()
    t.append(views.title(entry), style="bold")
    t.append("\n")
    facts = [views.outlet(entry), views.date_label(entry.published)]
    if art.authors:
        facts.append("by " + ", ".join(art.authors))
    t.append(" · ".join(facts), style="dim")
    t.append("\n\nSummary\n", style="bold underline")
    for s in entry.analysis.summary(sentences):
        t.append("• ")
        t.append(s)
        t.append("\n")
    if entry.analysis.statements:
        t.append("\nWho said what\n", style="bold underline")
        for st, name in zip(entry.analysis.statements, entry.speakers):
            t.append(name or "unattributed", style="bold")
            if st.role:
                t.append(f" ({st.role})", style="dim")
            t.append(": ")
            if st.kind == DIRECT:
                t.append(f"“{st.text}”")
            else:
                t.append(st.text, style="italic")
            t.append("\n")
    return t
