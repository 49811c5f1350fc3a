"""`briefing quotes` as text: one statement per block, with speaker and article."""

from __future__ import annotations

from briefing.model import Briefing
from briefing.present.views import quote_rows
from briefing.present.wrap import wrap
from briefing.textsafe import one_line, to_ascii


def render_quotes_text(briefing: Briefing, *, width: int = 72, ascii: bool = False) -> str:
    out = []
    for row in quote_rows(briefing):
        who = one_line(row["speaker"] or "unattributed")
        if row["role"]:
            who += f" ({one_line(row['role'])})"
        where = one_line(row["source"] or row["article"])
        out.append(f"{who} — {row['kind']} — {where}")
        text = one_line(row["text"])
        text = f"“{text}”" if row["kind"] == "direct" else f"({row['cue'] or 'reported'}) {text}"
        out.extend(wrap(text, width, "  ") if text else ["  "])
        out.append("")
    text = "\n".join(out)
    return to_ascii(text) if ascii else text
