"""The words of a statement as a reader wants them, and the cues that make it speech."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.spans import Span
from briefing.article.attribution.tokens import Paragraph


def text_of(par: Paragraph, span: Span) -> str:
    """The paragraph's text under a span, as written."""
    return par.text[par.tokens[span.start].start:par.tokens[span.end - 1].end]


def content_text(par: Paragraph, contents: list[Span], around: Sequence[Span] = ()) -> str:
    """What was said, as a reader wants it: no quotation marks or dangling commas around it,
    and no "that" in front of reported speech ("said that the trams …" → "the trams …").
    The pieces of a quotation split by its attribution are joined with an ellipsis."""
    pieces = []
    for span in contents:
        piece = trim(text_of(par, span))
        toks = par.tokens
        opens_sentence = span.start == 0 or toks[span.start - 1].unit != toks[span.start].unit
        first = next((t for t in toks[span.start:span.end] if t.text[:1].isalnum()), toks[span.start])
        if piece[:5].lower() == "that " and not first.quoted and not opens_sentence:
            piece = piece[5:].lstrip()
        if piece:
            pieces.append(piece)
    if len(pieces) < 2:
        return pieces[0] if pieces else ""
    # Reported speech cut only by its attribution ("That is enough, Berg argued, to make …")
    # reads on; any other cut, and every cut of a quotation, is shown.
    covered = {i for s in around for i in range(s.start, s.end)}
    gaps_plain = all(
        k in covered or not par.tokens[k].text[:1].isalnum()
        for a, b in zip(contents, contents[1:]) for k in range(a.end, b.start)
    )
    joiner = " " if gaps_plain and quoted_share(par, contents) < 0.5 else " … "
    return joiner.join(pieces)


def plain(text: str) -> str:
    """Quoted words without their marks and dangling punctuation."""
    return trim(text)


_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’"}


def trim(text: str) -> str:
    """Words without the marks and commas around them, keeping a mark whose partner is inside
    ("the deal as “a pause with a purpose”" keeps its closing mark)."""
    text = _curled(" ".join(text.split())).strip(" ,;:")
    while text:
        first, last = text[0], text[-1]
        if first in _PAIRS and text.count(first) > text.count(_PAIRS[first]):
            text = text[1:].strip(" ,;:")  # an opening mark whose quotation closes elsewhere
        elif last in "”»’" and text.count(last) > sum(text.count(o) for o, c in _PAIRS.items() if c == last):
            text = text[:-1].strip(" ,;:")
        elif first == '"' and text.count('"') % 2 or last == '"' and text.count('"') % 2:
            text = (text[1:] if first == '"' else text[:-1]).strip(" ,;:")
        elif (first in _PAIRS and last == _PAIRS[first] and text.count(first) == 1 and text.count(last) == 1
              or first == last == '"' and text.count('"') == 2):
            text = text[1:-1].strip(" ,;:")  # one quotation, whole: its words
        elif first == "'" and last in "'\"" and text[1:2].isalnum() and not text[-2:-1].isspace():
            text = text[1:-1].strip(" ,;:")  # 'in straight single marks,' as some papers print them
        else:
            break
    return text


_DOUBLED_OPEN = re.compile(r"``|(?:^|(?<=[\s(\[—–-]))''(?=\w)")


def _curled(text: str) -> str:
    """Marks typed as two characters ("``…''", "''…''", as wire copy writes them) shown as the marks they stand for."""
    if "''" not in text and "``" not in text:
        return text
    return _DOUBLED_OPEN.sub("“", text).replace("''", "”")


def quoted_share(par: Paragraph, contents: list[Span]) -> float:
    """The share of the words that stand inside quotation marks (over half: a direct quote)."""
    words = [t for s in contents for t in par.tokens[s.start:s.end] if t.text[:1].isalnum()]
    return sum(t.quoted for t in words) / len(words) if words else 0.0


def quoted_pieces(par: Paragraph, contents: list[Span]) -> tuple[list[Span], list[Span]]:
    """A direct quote's pieces split in two: those mostly quoted, which are the quote, and those
    of reported speech with a quoted phrase in them ("But the fines, she added, are like “anchors”"),
    a statement of their own. The writer's words after a quotation ("…,” Lind said, referring to
    the strike), with nothing quoted in them, are in neither."""
    shares = [quoted_share(par, [s]) for s in contents]
    return ([s for s, q in zip(contents, shares) if q >= 0.5],
            [s for s, q in zip(contents, shares) if 0 < q < 0.5])


def sentence_groups(par: Paragraph, contents: list[Span]) -> list[list[Span]]:
    """A quotation's pieces grouped by the sentences they stand in: "“A,” Lind said. “B.”" is two."""
    groups: list[list[Span]] = [[contents[0]]]
    for a, b in zip(contents, contents[1:]):
        if par.tokens[a.end - 1].unit != par.tokens[b.start].unit:
            groups.append([b])
        else:
            groups[-1].append(b)
    return groups


def writer_tail(par: Paragraph, contents: list[Span], span: Span, cue: Span | None) -> bool:
    """True for a piece after the cue, when a quotation opened the sentence before it, with nothing
    quoted in it and no "that" opening it: the writer's words ("…,” Lind said during a visit to the
    quay", "…,” she said, crediting the volunteers"), not the speaker's, however long they run."""
    if cue is None or contents[0].end > cue.start or span.start <= cue.start or quoted_share(par, [span]) > 0:
        return False
    toks, k = par.tokens, contents[0].start
    while k > 0 and toks[k - 1].mark and toks[k - 1].unit == toks[k].unit:
        k -= 1
    if k > 0 and toks[k - 1].unit == toks[k].unit:
        return False  # "In his book, “Tide Tables,” Lind suggested …": a title inside the sentence
    first = next((t.text.lower() for t in par.tokens[span.start:span.end] if t.text[:1].isalnum()), "")
    return first != "that"


def speech_cue(cue: str | None) -> bool:
    """True for a cue of saying ("said", "in a statement", "according to", a colon)."""
    if not cue:
        return False
    words = cue.lower().replace("’", "'").split()
    if any(cues.lemma(w) or cues.is_noun(w) for w in words) or ":" in cue:
        return True
    if len(words) == 1 and words[0] in lexicon.lower("closing_cue_verbs"):
        return True  # "…, the lawyer submitted.": only ever marked in that closing shape
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
