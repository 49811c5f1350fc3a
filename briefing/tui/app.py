"""The interactive briefing (Textual). It only displays: analysis runs in
`briefing.pipeline`, in a thread worker that posts results back as messages,
so the list fills while articles are analysed and the UI never waits.

Article text is untrusted: everything from an article reaches the screen as a
`rich.text.Text` or `Content` object (or with markup off), never as markup, so
"[/]" or "[@click=app.quit]" in a quote is shown literally.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.widgets import Input
from textual.worker import get_current_worker

from briefing.errors import UsageError
from briefing.model import Briefing, Entry, Problem, Story
from briefing.session import Options, cached_list, full_entry, load_briefing, make_cache, parse_when
from briefing.store.state import ReadState, article_keys, path_key
from briefing.textsafe import shown
from briefing.tui.commands import BindingsProvider
from briefing.tui.keys import at_once
from briefing.tui.listing import Listing
from briefing.tui.messages import AnalysisFailed, AnalysisProgress, AnalysisReady, ExportDone, ListedFromIndex

BATCH_SECONDS = 0.05  # post analysed articles to the UI at most this often


class _Cancelled(Exception):
    """Raised inside the analysis when the worker was cancelled (reload or quit)."""


class BriefingApp(App):
    TITLE = "briefing"
    CSS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "briefing.tcss")  # absolute: subclasses live elsewhere
    COMMANDS = App.COMMANDS | {BindingsProvider}
    # q and ? are left to the screen on top (the help closes with them); the others
    # run at once, like the screens' keys (see tui/keys.py).
    BINDINGS = [
        Binding("q", "quit", "Quit", show=False, id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help", key_display="?"),
        *at_once([
            # Ctrl-C ends the program as it does on the command line (exit status 130).
            Binding("ctrl+c", "interrupt", "Interrupt", show=False, id="app.interrupt"),
            Binding("r", "reload", "Reload", show=False, id="app.reload"),
            Binding("e", "export", "Export", show=False, id="app.export"),
        ]),
    ]

    def __init__(self, options: Options, briefing: Briefing | None = None, now: datetime | None = None) -> None:
        """`briefing` (with the `now` it was assembled for) skips the analysis: for tests and embedding."""
        super().__init__()
        self.options = options
        self.briefing: Briefing | None = None
        self.problems: tuple = ()
        self.now: datetime | None = now
        self.listing: Listing | None = None
        self.loading = False
        self.progress = (0, 0)
        self.sentences = briefing.sentences if briefing is not None else options.sentences
        self._given = briefing
        self._previous: dict[str, Entry] = {}
        self._keys: dict[str, tuple[str, str]] = {}
        self._cache_keys: dict[str, str | None] = {}
        self._names: dict[str, tuple] = {}
        self._full: dict[str, Entry] = {}
        self._full_lock = threading.Lock()
        self.listed_from_index = False
        self._read_warned = False
        self.state = self._read_state()
        try:
            self._cache = make_cache(options)
        except UsageError:
            self._cache = None  # the analysis reports the refusal and ends the app
        if options.jobs > 1:
            _start_resource_tracker()
        self.articles_screen = None
        self._reusable: dict = {}
        self._marks_version = 0
        self._unread: tuple | None = None

    def _read_state(self) -> ReadState:
        if self.options.no_cache:
            return ReadState(None)
        try:
            cache = make_cache(self.options)
        except UsageError:
            return ReadState(None)  # the analysis reports the refusal and ends the app
        return ReadState(cache.namespace, earlier=os.path.join(cache.directory, "read-state.json"),
                         prepare=cache.ensure_namespace)

    # --- start-up and analysis -----------------------------------------------------

    def on_mount(self) -> None:
        from briefing.tui.screens import ArticlesScreen

        self.articles_screen = ArticlesScreen()
        self.push_screen(self.articles_screen)
        if self.state.notice:
            self.notify(self.state.notice, severity="warning", markup=False, timeout=10)
        if self._given is not None:
            self._show_briefing(self._given, self.now)
        else:
            self.start_analysis()

    def start_analysis(self) -> None:
        self.loading = True
        self.progress = (0, 0)
        if self.articles_screen is not None and self.articles_screen.is_mounted:
            self.articles_screen.update_status()
        self.analyse()

    @work(thread=True, exclusive=True, exit_on_error=False, group="analysis")
    def analyse(self) -> None:
        """List an unchanged folder from its index at once, then read (or analyse) the
        articles themselves; a folder seen for the first time fills the list as it goes."""
        worker = get_current_worker()
        try:
            now = parse_when(self.options.now)
            quick = cached_list(self.options) if self.briefing is None else None
        except UsageError as exc:
            self.post_message(AnalysisFailed(str(exc)))
            return
        listing_now = now or datetime.now(UTC)
        if quick is not None:
            stubs, now, details = quick
            listing = Listing.of(stubs, listing_now, said=details["said"])
            self.post_message(ListedFromIndex(stubs, now, listing, details))
        self._read_and_analyse(worker, now, listing_now, listed=quick is not None)

    def _read_and_analyse(self, worker, now: datetime | None, listing_now: datetime, listed: bool) -> None:
        loaded: list = []
        problems: list[Problem] = []
        last = 0.0

        def on_result(item, done: int, total: int) -> None:
            nonlocal last, loaded, problems
            if worker.is_cancelled:
                raise _Cancelled
            if isinstance(item, Problem):
                problems.append(item)
            elif not listed:
                loaded.append(provisional_item(item, now, listing_now))
            if listed and not total and not problems:
                return  # the list is complete already: nothing to show for cached articles
            moment = time.monotonic()
            if (total and done == total) or moment - last >= BATCH_SECONDS:
                self.post_message(AnalysisProgress(loaded, problems, done, total, now))
                loaded, problems, last = [], [], moment

        details: dict = {}
        # While this thread reads thousands of entries, the UI thread waits for the GIL
        # at each of its own system calls: a shorter switch interval keeps keys prompt.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, 0.0005))
        try:
            briefing, now = load_briefing(self.options, on_result=on_result, slim=True, details=details)
            listing = Listing.of(briefing, now or listing_now, words=details["words"])
        except _Cancelled:
            return
        except UsageError as exc:
            self.post_message(AnalysisFailed(str(exc)))
            return
        except Exception as exc:  # a bug in a stage must not leave the UI waiting forever
            self.post_message(AnalysisFailed(f"analysis failed: {exc!r}"))
            return
        finally:
            sys.setswitchinterval(interval)
        if not worker.is_cancelled:
            self.post_message(AnalysisReady(briefing, now, listing, details))

    def on_listed_from_index(self, message: ListedFromIndex) -> None:
        if self.briefing is not None:
            return
        self.listed_from_index = True
        self._remember(message.details)
        if message.now is not None:
            self.now = message.now
        self.listing = message.listing
        self.problems = message.briefing.problems
        self._refresh_articles(list_too=True)

    def _remember(self, details: dict) -> None:
        """Cache keys, read-state keys and speakers by path, for entries that hold no text."""
        self._cache_keys = details.get("keys", {})
        for path, content in details.get("content", {}).items():
            if content:
                self._keys[path] = (content, path_key(path))
        self._names = details.get("names", {})
        with self._full_lock:
            self._full.clear()

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        self.progress = (message.done, message.total)
        if message.now is not None:
            self.now = message.now
        if self.briefing is None and message.items and not self.listed_from_index:
            # First run: show each article as soon as it is ready; speakers and
            # stories are aligned across articles once all are in.
            if self.listing is None:
                self.listing = Listing([], (), self._now())
            self.listing.add_items(message.items)
            self._refresh_articles(list_too=True)
        else:
            self._refresh_articles(list_too=False)

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self._remember(message.details)
        self._names = {}
        self._show_briefing(message.briefing, message.now, message.listing)

    def _show_briefing(self, briefing: Briefing, now: datetime | None, listing: Listing | None = None) -> None:
        if now is not None:
            self.now = now
        before = self._previous
        self.briefing = briefing
        self.problems = briefing.problems
        self.loading = False
        self.progress = (0, 0)
        self.listing = listing or Listing.of(briefing, self._now())
        self._refresh_articles(list_too=True)
        if before:
            paths = {e.path: e for e in briefing.entries}
            new = sum(1 for p in paths if p not in before)
            changed = sum(1 for p, e in paths.items() if p in before and before[p].analysis != e.analysis)
            gone = sum(1 for p in before if p not in paths)
            self.notify(f"Reloaded: {new} new, {changed} changed, {gone} gone, {len(paths) - new - changed} unchanged.", markup=False)
        self._previous = {e.path: e for e in briefing.entries}
        if briefing.problems:
            first = briefing.problems[0]
            more = f" and {len(briefing.problems) - 1} more" if len(briefing.problems) > 1 else ""
            what = "" if first.warning else "could not read "
            self.notify(f"{what}{shown(first.path)}: {first.message}{more}", severity="warning", markup=False, timeout=8)

    # --- whole articles, read when opened ------------------------------------------

    def full(self, entry: Entry, read: bool = True) -> Entry | None:
        """`entry` with its full text and every sentence (the list holds less), from the
        article's cache entry; the last few are kept. With `read=False`, only one kept
        (None otherwise). Safe from a thread worker."""
        if entry.article.paragraphs:
            return entry
        with self._full_lock:
            found = self._full.get(entry.path)
        if found is not None and found.published == entry.published:
            return found
        if not read:
            return None
        names = self._names.get(entry.path) or (entry.speakers or None)
        found = full_entry(self.options, entry, self._cache_keys.get(entry.path), names, cache=self._cache)
        if found is None:
            return entry
        with self._full_lock:
            if len(self._full) >= 64:
                self._full.pop(next(iter(self._full)))
            self._full[entry.path] = found
        return found

    def with_statements(self, entries: list[Entry], what: str) -> list[Entry] | None:
        """`entries` able to show their statements: read now when few, else after loading."""
        if self.briefing is not None or all(e.analysis.statements or not self._names.get(e.path) for e in entries):
            return entries
        if len(entries) > 200:
            self.notify(f"Still reading the articles' statements; {what} in a moment.", timeout=3)
            return None
        return [self.full(e) for e in entries]

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        self.loading = False
        if self.briefing is None and not self.listing:
            self.exit(return_code=2, message=f"briefing: {message.error}")
            return
        self._refresh_articles(list_too=False)
        self.notify(message.error, severity="error", markup=False, timeout=10)

    def _refresh_articles(self, list_too: bool) -> None:
        screen = self.articles_screen
        if screen is None or not screen.is_mounted:
            return  # it fills itself when mounted
        if list_too:
            screen.refresh_list()
        else:
            screen.update_status()

    def _now(self) -> datetime:
        return self.now or datetime.now(UTC)

    # --- state shared by the screens --------------------------------------------------

    def keys_of(self, entry: Entry) -> tuple[str, str]:
        keys = self._keys.get(entry.path)
        if keys is None and not entry.article.paragraphs:
            return ("", path_key(entry.path))  # not read yet: known by its path only
        if keys is None:
            keys = self._keys[entry.path] = article_keys(entry.article)
        return keys

    def is_read(self, entry: Entry) -> bool:
        return self.state.is_read(self.keys_of(entry))

    def unread_count(self) -> int:
        """Unread articles listed; counted again only when the list or the marks change."""
        listing = self.listing
        key = (id(listing), len(listing) if listing else 0, self._marks_version)
        if self._unread is None or self._unread[0] != key:
            count = sum(1 for it in listing.items if not self.is_read(it.entry)) if listing else 0
            self._unread = (key, count)
        return self._unread[1]

    def set_read(self, entries: list[Entry], read: bool = True) -> None:
        if all(self.is_read(e) == read for e in entries):
            return
        self.state.mark([self.keys_of(e) for e in entries], read)
        self._marks_version += 1
        self.save_state()
        if self.articles_screen is not None:
            self.articles_screen.read_changed()

    @work(thread=True, exit_on_error=False, group="read-state")
    def save_state(self) -> None:
        """Write the read marks now (in a thread: a slow disk must not delay a keypress)."""
        if not self.state.save():
            self.call_from_thread(self._state_not_saved)

    def _state_not_saved(self) -> None:
        if not self._read_warned:
            self._read_warned = True
            self.notify(self.state.error or "cannot save read marks", severity="warning", markup=False)

    def listed_entries(self) -> list[Entry]:
        screen = self.articles_screen
        if screen is None or not screen.is_mounted:
            return [it.entry for it in self.listing.items] if self.listing else []
        return [r.item.entry for r in screen.list.rows if r.item is not None]

    def story_scopes(self) -> list[tuple[str, list[Entry]]]:
        if not self.listing:
            return []
        out = []
        for story, members in self.listing.stories:
            from briefing.textsafe import one_line

            out.append((one_line(story.title), [self.listing.by_path[p].entry for p in members]))
        return out

    def speaker_roles(self) -> dict[str, str]:
        if self.briefing is None:
            return {}
        return {s.name: s.roles[0] for s in self.briefing.speakers if s.roles}

    def speaker_info(self, name: str):
        if self.briefing is None:
            return None
        for s in self.briefing.speakers:
            if s.name == name:
                return s
        return None

    def _go(self, name: str, *args) -> None:
        """Show the reusable screen `name` with new content.

        Each kind of screen is built once and reused: composing and styling a
        new screen on every Enter cost more than everything else a keypress does.
        If the screen is already open further down (Article, then w, then a
        speaker, then an article again), the screens above it are closed.
        """
        from briefing.tui import screens

        screen = self._reusable.get(name)
        if screen is None:
            factory = {"article": screens.ArticleScreen, "grid": screens.WhoSaidWhatScreen, "speaker": screens.SpeakerScreen}[name]
            screen = self._reusable[name] = factory()
            self.install_screen(screen, name)
        if screen in self.screen_stack:
            while self.screen is not screen:
                self.pop_screen()
            screen.open(*args)
        else:
            screen.open(*args)
            self.push_screen(screen)

    def open_article(self, entry: Entry, sequence: list[Entry]) -> None:
        self._go("article", entry, sequence)

    def open_grid(self, title: str, entries: list[Entry]) -> None:
        if not entries:
            self.notify("No articles to compare.", severity="warning")
            return
        entries = self.with_statements(entries, "who said what")
        if entries is not None:
            self._go("grid", title, entries)

    def open_speaker(self, name: str, entries: list[Entry], names: list[str]) -> None:
        self._go("speaker", name, entries, names)

    def launch(self, target: str, *, is_url: bool) -> None:
        """Open a URL in the browser, or a file with the desktop's opener (else the pager)."""
        if is_url:
            self.open_url(target)
            self.notify(f"Opening {target}", markup=False, timeout=3)
            return
        opener = _desktop_opener()
        if opener:
            try:
                subprocess.Popen([*opener, target], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
            except OSError as exc:
                self.notify(f"Cannot open {target}: {exc.strerror or exc}", severity="error", markup=False)
            else:
                self.notify(f"Opening {target}", markup=False, timeout=3)
            return
        pager = os.environ.get("PAGER") or "less"
        try:
            with self.suspend():
                subprocess.run([*pager.split(), target], check=False)
        except (OSError, Exception) as exc:  # no pager installed, or a driver that cannot suspend
            self.notify(f"Cannot open {target} with {pager}: {exc}", severity="error", markup=False)

    # --- keys ------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        # In a filter box, r and e are letters of the filter (their bindings run at once).
        if action in ("reload", "export") and isinstance(self.focused, Input):
            return False
        return True

    # --- actions ---------------------------------------------------------------------

    def action_interrupt(self) -> None:
        self.exit(return_code=130)

    def action_help(self) -> None:
        from briefing.tui.screens import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def action_reload(self) -> None:
        if self.loading and self.briefing is None:
            self.notify("Still reading the articles.", timeout=2)
            return
        self.notify("Reloading: changed and new files are analysed, the rest comes from the cache.", timeout=3)
        self.start_analysis()

    def action_export(self) -> None:
        scope = getattr(self.screen, "export_scope", None)
        entries, label = scope() if scope else (self.listed_entries(), "the articles listed")
        if not entries:
            self.notify("Nothing to export.", severity="warning")
            return
        if self.briefing is None and self.listed_from_index and len(entries) > 200:
            # A few articles are read whole for the export; thousands wait for the reading.
            self.notify("Still reading the articles; export in a moment.", timeout=3)
            return
        self.export(entries, label)

    @work(thread=True, exit_on_error=False, group="export")
    def export(self, entries: list[Entry], label: str) -> None:
        from briefing.present.render.text import render_text

        sentences = self.sentences
        if len(entries) <= 200:  # whole articles: the summary may be longer than the list keeps
            entries = [e if e.article.paragraphs else (full_entry(self.options, e, self._cache_keys.get(e.path),
                                                                  cache=self._cache) or e) for e in entries]
        else:
            sentences = min(sentences, self.options.sentences)
        text = render_text(self.sub_briefing(entries, sentences), width=72)
        path, error = write_new_file(text)
        self.post_message(ExportDone(path, len(entries), error))

    def on_export_done(self, message: ExportDone) -> None:
        if message.path:
            n = message.count
            self.notify(f"Exported {n} article{'s' if n != 1 else ''} to {message.path}", markup=False, timeout=12)
        else:
            self.notify(f"Export failed: {message.error}", severity="error", markup=False)

    def sub_briefing(self, entries: list[Entry], sentences: int | None = None) -> Briefing:
        """The briefing restricted to `entries` (what the current view shows)."""
        paths = {e.path for e in entries}
        given = {e.path: e for e in entries}
        sentences = sentences or self.sentences
        b = self.briefing
        if b is None:  # still loading: every article stands alone
            ordered = [e for e in entries]
            return Briefing(
                entries=tuple(ordered),
                speakers=(),
                stories=tuple(Story(e.article.title or e.path, (e.path,)) for e in ordered),
                sentences=sentences,
            )
        kept = tuple(given[e.path] for e in b.entries if e.path in paths)
        speakers = []
        for s in b.speakers:
            arts = tuple(a for a in s.articles if a in paths)
            if arts:
                speakers.append(dataclasses.replace(s, articles=arts))
        stories = []
        for st in b.stories:
            arts = tuple(a for a in st.articles if a in paths)
            if arts:
                stories.append(Story(st.title, arts))
        return Briefing(entries=kept, speakers=tuple(speakers), stories=tuple(stories), sentences=sentences)


def provisional_item(loaded, now: datetime | None, listing_now: datetime):
    """A list row for an article just analysed, before speakers and stories are aligned."""
    from briefing.article.dates import resolve
    from briefing.tui.listing import make_item

    art = loaded.analysis.article
    reference = now or datetime.fromtimestamp(loaded.mtime, tz=UTC)
    published = resolve(art.published, art.published_ago, reference)
    speakers = tuple(st.speaker for st in loaded.analysis.statements)
    return make_item(Entry(analysis=loaded.analysis, published=published, speakers=speakers), listing_now, loaded.words)


def write_new_file(text: str) -> tuple[str | None, str | None]:
    """Write to a new exports/briefing-<time>.txt in the data folder (never where the TUI
    happened to be started, never over a file); returns (path, error)."""
    from briefing.paths import data_dir

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = os.path.join(data_dir(), "exports")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        return None, f"{folder}: {exc.strerror or exc}"
    for n in range(1, 1000):
        name = f"briefing-{stamp}.txt" if n == 1 else f"briefing-{stamp}-{n}.txt"
        path = os.path.join(folder, name)
        try:
            with open(path, "x", encoding="utf-8") as fh:
                fh.write(text)
        except FileExistsError:
            continue
        except OSError as exc:
            return None, f"{folder}: {exc.strerror or exc}"
        return path, None
    return None, "no free file name"


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker while stderr is still the terminal's.

    Parallel analysis from the TUI's worker thread starts a forkserver, which
    starts the resource tracker and hands it `sys.stderr.fileno()`; inside the
    app that is Textual's capture object, whose fileno is -1, and the start
    fails with "bad value(s) in fds_to_keep". Started here, it is reused.
    """
    if os.name != "posix":
        return
    try:
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
    except Exception:  # noqa: BLE001 - without it the analysis reports its own error
        pass


def _desktop_opener() -> list[str] | None:
    if sys.platform == "darwin":
        return ["open"]
    if sys.platform.startswith("win"):
        return ["cmd", "/c", "start", ""]
    if (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and shutil.which("xdg-open"):
        return ["xdg-open"]
    return None
