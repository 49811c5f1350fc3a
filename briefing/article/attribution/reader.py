"""Reading one article for who said what, in a few named steps.

    for each paragraph, in order:
        read it          tokens, quotations and sentences (tokens.read_paragraph)
        note the names   people and organisations named in its sentences (entities)
        tag it           source / cue / content labels (tagger), only where a cue or a quotation is
        link the spans   contents to cues to sources (spans.link)
        resolve          each source to the speaker it stands for (resolve)
        state            one Statement per attribution
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.article.attribution import cues, tagger
from briefing.article.attribution.entities import Entities, Entity
from briefing.article.attribution.phrases import PERSON, describe, parse_phrase
from briefing.article.attribution.resolve import Speaker, resolve
from briefing.article.attribution.spans import Attribution, Span, link
from briefing.article.attribution.tokens import Paragraph, Token, read_paragraph
from briefing.model import DIRECT, INDIRECT, Statement

MAX_PARAGRAPH = 20_000  # characters of one paragraph that are read for statements
MIN_WORDS = 3  # shorter contents are fragments, not statements
_QUOTE_CHARS = "“”\"«»„‘’' "
_NAME_START = re.compile(r"[A-Z]")


class Reader:
    """The state of one article's reading: who has been named and who spoke last."""

    def __init__(self) -> None:
        self.people = Entities()
        self.position = 0  # running sentence number across paragraphs
        self.last: Attribution | None = None
        self.last_speaker: Entity | None = None
        self.said: dict[int, tuple[Speaker | None, str | None]] = {}  # id(Attribution) -> (speaker, cue)

    def read(self, index: int, text: str) -> list[Statement]:
        par = read_paragraph(text[:MAX_PARAGRAPH])
        if not par.tokens:
            return []
        base = self.position
        self.note_names(par, base)
        labels = tagger.tag(par) if worth_tagging(par) else ["O"] * len(par.tokens)
        statements = []
        for att in link(par, index, labels, self.last):
            statement = self.state(par, att, base)
            if statement is not None:
                statements.append(statement)
            self.last = att
        self.position = base + len(par.units)
        return statements

    def note_names(self, par: Paragraph, base: int) -> None:
        """Record the people and organisations named in the narrative (not inside quotations)."""
        for start, end, subject in _name_runs(par.tokens):
            words = " ".join(t.text for t in par.tokens[start:end])
            mention = parse_phrase(words)
            position = base + par.tokens[start].unit
            if mention is None or mention.kind not in (PERSON, "org", "unknown"):
                continue
            if end - start == 1 and self.people.find(mention.name) is None:
                continue  # a lone capitalised word names somebody only once the article has
            self.people.named(mention, position, subject=subject)

    def state(self, par: Paragraph, att: Attribution, base: int) -> Statement | None:
        text = _content_text(par, att.contents)
        if len(text.split()) < MIN_WORDS:
            return None
        kind = DIRECT if _quoted_share(par, att.contents) >= 0.5 else INDIRECT
        speaker, cue = self.speaker(par, att, base)
        if speaker is None and kind == INDIRECT:
            return None
        return Statement(
            speaker=speaker.name if speaker else None,
            text=text,
            kind=kind,
            paragraph=att.para,
            role=speaker.role if speaker else None,
            cue=cue,
            speaker_kind=speaker.kind if speaker else None,
            aliases=(speaker.written,) if speaker and speaker.written and speaker.written != speaker.name else (),
        )

    def speaker(self, par: Paragraph, att: Attribution, base: int) -> tuple[Speaker | None, str | None]:
        """The speaker and cue words of an attribution (those of its origin, for a carried quotation)."""
        if att.origin is not None:
            return self.said.get(id(att.origin), (None, None))
        found = None
        if att.source is not None:
            written = _text(par, att.source)
            mention = parse_phrase(written) or describe(written)
            position = base + par.tokens[att.source.start].unit
            if mention is not None:
                found = resolve(mention, written, self.people, position, self.last_speaker)
        if found is not None and found.kind == PERSON:
            self.last_speaker = self.people.find(found.name)
        cue = _text(par, att.cue) if att.cue is not None else None
        self.said[id(att)] = (found, cue)
        return found, cue


def extract(paragraphs: Sequence[str]) -> list[Statement]:
    """Every statement of an article, in reading order."""
    reader = Reader()
    out: list[Statement] = []
    for index, text in enumerate(paragraphs):
        out.extend(reader.read(index, text))
    return out


def worth_tagging(par: Paragraph) -> bool:
    """A paragraph can hold an attribution only with a cue word or a quotation mark in it."""
    if par.quotes:
        return True
    return any(cues.lemma(t.text) or cues.is_noun(t.text) or t.text.lower() == "according" or t.text == ":"
               for t in par.tokens)


def _text(par: Paragraph, span: Span) -> str:
    return par.text[par.tokens[span.start].start:par.tokens[span.end - 1].end]


def _content_text(par: Paragraph, contents: list[Span]) -> str:
    pieces = []
    for span in contents:
        piece = " ".join(_text(par, span).split()).strip(_QUOTE_CHARS + ",;:")
        if piece:
            pieces.append(piece)
    return " … ".join(pieces)


def _quoted_share(par: Paragraph, contents: list[Span]) -> float:
    words = [t for s in contents for t in par.tokens[s.start:s.end] if t.text[:1].isalnum()]
    return sum(t.quoted for t in words) / len(words) if words else 0.0


def _name_runs(tokens: tuple[Token, ...]):
    """(start, end, subject) of runs of capitalised words outside quotations."""
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if t.quoted or not _NAME_START.match(t.text):
            i += 1
            continue
        j = i + 1
        while j < n and not tokens[j].quoted and tokens[j].unit == t.unit and (
            _NAME_START.match(tokens[j].text) or tokens[j].text == "." and j + 1 < n and _NAME_START.match(tokens[j + 1].text)
        ):
            j += 1
        subject = i == 0 or tokens[i - 1].unit != t.unit
        yield i, j, subject
        i = j
