"""Statements that copy marks by layout rather than by a verb of saying.

- Transcript turns: a paragraph that opens with a speaker label, "LIND: We will
  wait." or "Ana Lind: We will wait." (also behind a stray opening quote mark),
  and interviews set as "Q: …" / "A: …".
- Credit lines: a quotation followed by a dash and a name, “We will wait.” — Ana Lind.
- Headed lists: a line that names a speaker and ends with a colon ("What Lind
  told the council:", "Key quotes from Ana Lind:") followed by quoted or bulleted
  items, each a statement of that speaker.

Section headings ("Bottom line:", "Update:") are not speakers: their words are a
lexicon list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues

_LABEL = re.compile(
    r"""^\s*["“'']{0,2}\s*                                  # a stray opening mark
    (?P<label>(?:[A-Z][\w.'’\-]*)(?:\s+[A-Z][\w.'’\-]*){0,3}) # one to four capitalised words
    \s*:\s+(?P<rest>\S.*)$""",
    re.VERBOSE | re.DOTALL,
)
_CREDIT = re.compile(r"""[”"']\s*(?:―|—|–|--|-)\s*(?P<name>[A-Z][\w.'’\-]*(?:[ ,]+[\w.'’\-]+){0,7})\s*$""")
_BULLET = re.compile(r"^\s*(?:[-–•*·▪]|\d+[.)])\s+")
_HEADING_END = re.compile(r":\s*$")


@dataclass(frozen=True)
class Turn:
    label: str  # the speaker as labelled: "LIND", "Ana Lind", "A"
    text: str  # what was said


@cache
def _headings() -> frozenset[str]:
    return lexicon.lower("section_labels")


_QUOTED_LABEL = re.compile(r"^\s*(?P<label>[A-Z][^:“\"\n]{1,80}?)\s*:\s*(?P<rest>[“\"].{8,})$", re.DOTALL)


def transcript_turn(paragraph: str) -> Turn | None:
    """A turn of a transcript or interview, or None."""
    m = _LABEL.match(paragraph)
    if m is None:
        # "Ana Lind, the harbour master: “We will wait.”" (a list of what each side said)
        q = _QUOTED_LABEL.match(paragraph)
        if q is not None and "," in q.group("label") and q.group("label").casefold() not in _headings() \
                and not any(cues.lemma(w) for w in q.group("label").split()[1:]):
            # ("Asked about the vote on Monday, Lind said: “…”" is a sentence with its verb, no label)
            return Turn(q.group("label").strip(), q.group("rest").strip(" “”\""))
        return None
    label, rest = m.group("label").strip(), m.group("rest").strip()
    folded = label.casefold().replace("’", "'").rstrip(".")
    if folded in _headings():
        return None
    words = label.split()
    shouted = label.isupper() and len(label.replace(".", "")) >= 2
    if shouted and label.title() in lexicon.words("speaking_places"):
        return None  # "LONDON: Ana Lind has signed …": a dateline, not a speaker's turn
    if label in ("Q", "A") or shouted or (len(words) >= 2 and all(w[:1].isupper() for w in words)):
        if len(rest.split()) >= 3 and not _headline(rest):
            return Turn(label, rest.strip(" “”\""))
    return None


_SMALL = frozenset({"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "as", "with", "from"})


def _headline(text: str) -> bool:
    """Words in title case ("Mayor Backs New Quay as Talks Stall"): a headline with a kicker
    before its colon, not what somebody said."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or any(c in text for c in "“”\""):
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return len(big) >= 3 and sum(1 for w in big if w[:1].isupper()) >= 0.8 * len(big)


def credit_line(paragraph: str) -> tuple[str, str] | None:
    """(quotation, name) for “…” — Name, or None."""
    m = _CREDIT.search(paragraph)
    if m is None:
        return None
    quoted = paragraph[: m.start() + 1].strip()
    if not quoted or quoted[0] not in "“\"'":
        return None
    return quoted.strip(" “”\"'"), m.group("name").strip(" ,")


def list_item(paragraph: str) -> str | None:
    """The text of a bulleted or numbered item, or None."""
    m = _BULLET.match(paragraph)
    return paragraph[m.end():].strip() if m else None


def heading(paragraph: str) -> bool:
    """A short line that ends with a colon: it may introduce what follows."""
    return bool(_HEADING_END.search(paragraph)) and len(paragraph.split()) <= 14
