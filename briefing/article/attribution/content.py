"""The words of a statement as a reader wants them, and the cues that make it speech."""

from __future__ import annotations

from briefing.article.attribution import cues
from briefing.article.attribution.spans import Span
from briefing.article.attribution.tokens import Paragraph

_QUOTE_CHARS = "“”\"«»„‘’' "


def text_of(par: Paragraph, span: Span) -> str:
    """The paragraph's text under a span, as written."""
    return par.text[par.tokens[span.start].start:par.tokens[span.end - 1].end]


def content_text(par: Paragraph, contents: list[Span]) -> str:
    """What was said, as a reader wants it: no quotation marks or dangling commas around it,
    and no "that" in front of reported speech ("said that the trams …" → "the trams …").
    The pieces of a quotation split by its attribution are joined with an ellipsis."""
    pieces = []
    for span in contents:
        piece = " ".join(text_of(par, span).split()).strip(_QUOTE_CHARS + ",;:")
        toks = par.tokens
        opens_sentence = span.start == 0 or toks[span.start - 1].unit != toks[span.start].unit
        if piece[:5].lower() == "that " and not toks[span.start].quoted and not opens_sentence:
            piece = piece[5:].lstrip()
        if piece:
            pieces.append(piece)
    # A quotation cut by its attribution shows the cut; reported speech reads on.
    return (" … " if quoted_share(par, contents) >= 0.5 else " ").join(pieces)


def plain(text: str) -> str:
    """Quoted words without their marks and dangling punctuation."""
    return " ".join(text.split()).strip(_QUOTE_CHARS)


def quoted_share(par: Paragraph, contents: list[Span]) -> float:
    """The share of the words that stand inside quotation marks (over half: a direct quote)."""
    words = [t for s in contents for t in par.tokens[s.start:s.end] if t.text[:1].isalnum()]
    return sum(t.quoted for t in words) / len(words) if words else 0.0


def speech_cue(cue: str | None) -> bool:
    """True for a cue of saying ("said", "in a statement", "according to", a colon)."""
    if not cue:
        return False
    words = cue.lower().replace("’", "'").split()
    if any(cues.lemma(w) or cues.is_noun(w) for w in words) or ":" in cue:
        return True
    joined = " " + " ".join(words) + " "
    return any(f" {' '.join(p)} " in joined for p in cues.phrases())


def worth_tagging(par: Paragraph) -> bool:
    """A paragraph can hold an attribution only with a cue word or a quotation mark in it."""
    if par.quotes:
        return True
    return any(cues.lemma(t.text) or cues.is_noun(t.text) or t.text.lower() == "according" or t.text == ":"
               for t in par.tokens)


def cue_outside_quotes(par: Paragraph) -> bool:
    """True when the narrative (not the quoted words) holds a cue of saying."""
    return any(not t.quoted and not t.mark and (cues.lemma(t.text) or t.text.lower() == "according")
               for t in par.tokens)
