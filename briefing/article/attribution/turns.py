"""Statements that copy marks by layout rather than by a verb of saying.

- Transcript turns: a paragraph that opens with a speaker label, "LIND: We will
  wait." or "Ana Lind: We will wait." (also behind a stray opening quote mark),
  and interviews set as "Q: …" / "A: …".
- Credit lines: a quotation followed by a dash and a name, “We will wait.” — Ana Lind.
- Headed lists: a line that names a speaker and ends with a colon ("What Lind
  told the council:", "Key quotes from Ana Lind:") followed by quoted or bulleted
  items, each a statement of that speaker.

Section headings ("Bottom line:", "Update:") are not speakers: their words are a
lexicon list. A turn that reads as the reporter's own sentence ("Harbour coach Ivo
Marten said …", told apart from "We will wait …") is no turn.
"""

from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import dataclass
from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.names import is_given_name

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


def transcript_turn(paragraph: str, common: Set[str] = frozenset()) -> Turn | None:
    """A turn of a transcript or interview, or None. `common` holds the words the article writes in
    lower case: a label in title case made of such words is a heading, not a speaker's name."""
    m = _LABEL.match(paragraph)
    if m is None:
        # "Ana Lind, the harbour master: “We will wait.”" (a list of what each side said)
        q = _QUOTED_LABEL.match(paragraph)
        if q is not None and "," in q.group("label") and q.group("label").casefold() not in _headings() \
                and not _shouted_run(q.group("label")) \
                and not any(cues.lemma(w) for w in q.group("label").split()[1:]):
            # ("Asked about the vote on Monday, Lind said: “…”" is a sentence with its verb, no label)
            return Turn(q.group("label").strip(), q.group("rest").strip(" “”\""))
        return None
    written = m.group("label").strip()
    label, rest = _without_opening_cue(written), m.group("rest").strip()
    folded = label.casefold().replace("’", "'").rstrip(".")
    if folded in _headings():
        return None
    words = label.split()
    shouted = label.isupper() and len(label.replace(".", "")) >= 2
    if shouted and label.title() in lexicon.words("speaking_places"):
        return None  # "LONDON: Ana Lind has signed …": a dateline, not a speaker's turn
    if shouted and _shouted_run(rest) and not rest.isupper():
        return None  # "HARBOUR: CRANES IDLE FOR A WEEK “The port …”": a kicker before a headline in capitals
    if not shouted and len(words) >= 2 and not _name_like(words, common):
        return None  # "The Tide Turns: …", "Quay Update: …": a heading in title case, no name
    if label in ("Q", "A") or shouted or label != written \
            or (len(words) >= 2 and all(w[:1].isupper() for w in words)):
        if len(rest.split()) >= 3 and not _headline(rest):
            return Turn(label, rest.strip(" “”\""))
    return None


def _without_opening_cue(label: str) -> str:
    """"Continued Lind" is Lind: a verb of saying in the past that opens the label is no part of the name."""
    first, _, rest = label.partition(" ")
    lemma = cues.lemma(first.lower())
    return rest if rest and lemma is not None and first.lower() != lemma and first.endswith("ed") else label


def _shouted_run(text: str) -> bool:
    """Text that opens with three words in capitals: a headline set in capitals."""
    words = [w for w in text.split()[:3] if any(c.isalpha() for c in w)]
    return len(words) == 3 and all(w.isupper() and len(w.strip(".,;:'’-")) >= 2 for w in words)


def _name_like(words: list[str], common: Set[str]) -> bool:
    """Capitalised words that may be a name: one opening on a given name, or none of whose words the
    article also writes in lower case (a title and a particle are parts of a name)."""
    if is_given_name(words[0]):
        return True
    return not any(_written_lower(w.lower(), common) and w not in _titles() and w.lower() not in _particles()
                   for w in words)


def _written_lower(word: str, common: Set[str]) -> bool:
    """The word, or its plural or singular, is written in lower case ("Delegate" by "delegates")."""
    return word in common or word + "s" in common or word.endswith("s") and word[:-1] in common


@cache
def _titles() -> frozenset[str]:
    return lexicon.words("title_words") | lexicon.words("honorifics")


@cache
def _particles() -> frozenset[str]:
    return lexicon.lower("name_particles")


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


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|we|We|me|my|My|our|Our|us|you|You|your|Your)\b")


def reported_inside(text: str) -> bool:
    """A reporter's sentence that names who spoke or acted, outside any quotation: a verb of saying in
    the past or the third person ("said", "conveyed", "criticised", "warns")."""
    return any(_inflected_cue(w) for w in re.findall(r"[a-z]+", re.sub(r"[“\"][^”\"]*[”\"]", "", text)))


def _inflected_cue(word: str) -> bool:
    lemma = cues.lemma(word)
    return lemma is not None and word != lemma and word.endswith(("ed", "s", "id", "ld", "te", "ote"))


_REPORTER_OPENING = re.compile(r"\b[A-Z][\w’'.-]*\s+(?P<verb>[a-z]+)\b")


def reporter_opening(text: str, any_past: bool = False) -> bool:
    """"Harbour coach Ivo Marten said …", "… coach Dave Rennick criticised …": a reporter's sentence
    naming who spoke, which no speaker in a transcript opens a turn with; with `any_past`, any verb in
    the past after a name ("Minister Ivo Brand on Thursday conveyed …")."""
    head = re.split(r"[\"“”:]", text[:100])[0]
    return any(_inflected_cue(m.group("verb")) or any_past and m.group("verb").endswith("ed")
               for m in _REPORTER_OPENING.finditer(head))


def first_person(text: str) -> bool:
    """"We will wait …": somebody speaking, not a reporter's third-person sentence after a dateline."""
    return bool(_FIRST_PERSON.search(text[:300]))
