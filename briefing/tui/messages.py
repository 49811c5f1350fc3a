"""The app's messages: what its thread workers post back to the UI thread."""

from __future__ import annotations

from datetime import datetime

from textual.message import Message

from briefing.model import Briefing, Problem


class AnalysisProgress(Message):
    """Articles read from the cache or analysed since the last message, ready to list.

    `total` counts the articles that need analysis (0 while the cache is read), so
    progress is shown for real work only.
    """

    def __init__(self, items: list, problems: list[Problem], done: int, total: int, now: datetime | None) -> None:
        super().__init__()
        self.items = items  # listing.Item, made in the analysis thread
        self.problems = problems
        self.done = done
        self.total = total
        self.now = now


class ListedFromIndex(Message):
    """The whole list of an unchanged folder, from its index: titles, outlets, dates, stories."""

    def __init__(self, briefing: Briefing, now: datetime | None, listing, details: dict) -> None:
        super().__init__()
        self.briefing = briefing
        self.now = now
        self.listing = listing
        self.details = details


class AnalysisReady(Message):
    def __init__(self, briefing: Briefing, now: datetime | None, listing, details: dict) -> None:
        super().__init__()
        self.briefing = briefing
        self.now = now
        self.listing = listing  # made in the analysis thread: 10,000 articles take a while
        self.details = details  # cache keys and read-state keys by path


class AnalysisFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class ExportDone(Message):
    def __init__(self, path: str | None, count: int, error: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.count = count
        self.error = error
