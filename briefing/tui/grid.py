"""The who-said-what grid as plain data: columns (one per article or outlet), one row
per speaker, the cells of a page, and the column widths for a screen width.

No Textual here: the screen turns these into a SpeakerGrid, and tests check the
layout without running an app.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.model import Entry
from briefing.present import views
from briefing.textsafe import one_line

COLUMN_MIN = 28  # narrower columns wrap quotes into towers
COLUMN_MAX = 60
CELL_LINES = 8  # a cell shows this many lines; the speaker screen shows everything
GAP = " │ "


@dataclass(frozen=True)
class Column:
    label: str  # outlet
    sub: str  # date, or article count for an outlet
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class SpeakerRow:
    name: str
    role: str | None
    cells: dict  # column index -> tuple[Statement, ...]
    total: int  # statements in every column of the scope, not only the page's
    spread: int = 0  # columns of the scope that quote the speaker


def columns_of(entries: list[Entry], by: str) -> list[Column]:
    """Every column of the scope: one per article, or one per outlet."""
    if by == "outlet":
        order: dict[str, list[Entry]] = {}
        for e in entries:
            order.setdefault(views.outlet(e), []).append(e)
        return [Column(one_line(n), f"{len(v)} article{'s' if len(v) != 1 else ''}", tuple(v)) for n, v in order.items()]
    return [Column(one_line(views.outlet(e)), views.date_label(e.published)[:16], (e,)) for e in entries]


def speaker_rows(columns: list[Column], roles: dict[str, str]) -> list[SpeakerRow]:
    """One row per speaker quoted anywhere in `columns`, most widely quoted first."""
    cells: dict[str, dict[int, list]] = {}
    first_role: dict[str, str] = {}
    for ci, col in enumerate(columns):
        for e in col.entries:
            for st, name in zip(e.analysis.statements, e.speakers):
                if not name:
                    continue
                cells.setdefault(name, {}).setdefault(ci, []).append(st)
                if st.role and name not in first_role:
                    first_role[name] = st.role
    rows = []
    for name, by_col in cells.items():
        role = roles.get(name) or first_role.get(name)
        rows.append(SpeakerRow(name, role, {k: tuple(v) for k, v in by_col.items()}, sum(len(v) for v in by_col.values())))
    rows.sort(key=lambda r: (-len(r.cells), -r.total, r.name))
    return rows


def page_rows(rows: list[SpeakerRow], start: int, stop: int, query: str = "") -> list[SpeakerRow]:
    """The rows of the page of columns start..stop, cells renumbered from 0.

    Without a query, the speakers quoted on this page; with one, every speaker of
    the scope whose name or role has all its words, quoted on this page or not (a
    filter searches everyone, not only what the page shows).
    """
    words = query.casefold().split()
    out = []
    for r in rows:
        if words:
            hay = f"{r.name} {r.role or ''}".casefold()
            if not all(w in hay for w in words):
                continue
        cells = {ci - start: sts for ci, sts in r.cells.items() if start <= ci < stop}
        if cells or words:
            out.append(SpeakerRow(r.name, r.role, cells, r.total, len(r.cells)))
    return out


def shape(width: int, column_count: int | None) -> tuple[int, int, int]:
    """(columns per page, speaker column width, column width) for a screen `width`."""
    name_w = 22 if width >= 100 else 16
    room = max(COLUMN_MIN, width - 2 - name_w)  # 2: the scrollbar
    per_page = max(1, room // (COLUMN_MIN + len(GAP)))
    count = column_count if column_count is not None else per_page
    shown = max(1, min(per_page, count))
    return per_page, name_w, max(COLUMN_MIN, min(COLUMN_MAX, room // shown - len(GAP)))
