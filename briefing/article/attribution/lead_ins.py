"""Quotations that follow their attribution in the same sentence, where the tagger left them unmarked.

    Lind boasted, “That makes the ferry faster.”
    Mayor Lind attacked the council, saying, “They are careless.”
    As Jonas Veer, a port engineer, recently put it, “Did the council lower costs?”
    In an interview Lind declared “I think the ferry may be obsolete.”
    She still says things such as, “The harbour was busier then.”

Each quotation is read back from its opening mark: an optional comma or colon, a
cue of saying (a few words may stand between it and the comma: "told the
Courier:", "said of the vote,"), and the speaker before the cue, or, for a
participle ("saying", "adding"), the subject of the sentence.
"""

from __future__ import annotations

import bisect

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.names import AGE
from briefing.article.attribution.spans import Span, spans_of
from briefing.article.attribution.subjects import past_adverb_phrase
from briefing.article.attribution.tokens import Paragraph

MIN_WORDS = 3  # a shorter quotation is a phrase ("“a pause”"), not a statement
_SEPARATORS = frozenset({",", ":"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
# Words between a speaker and the cue: "Lind also said", "Lind then repeatedly says".
_BETWEEN = frozenset({"also", "then", "now", "later", "again", "still", "simply", "once", "has", "had", "have",
                      "would", "will", "just", "finally", "quickly", "first", "often", "even"})
_OPENERS = frozenset("on in at after before during since for from with by as when while if speaking asked".split())
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "then", "meanwhile", "still", "later"})
_VENUE_PREPOSITIONS = frozenset({"on", "in", "at", "via", "during", "through"})
_PUT_IT = frozenset({"put", "puts"})  # "as Veer put it, “…”"
_LISTING = frozenset({"including", "as"})  # "things such as, “…”", "a few questions, including, “…”"
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "-", "—", "–"})
_NOT_BEFORE_VERB = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                              "was", "were", "is", "are", "been", "being", "be"})
_FILLER = 5  # words between a cue and its comma: "told the Harbour Courier on Monday:"


def marked(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with SOURCE CUE “QUOTATION” marked where the tagger did not link them."""
    out = list(labels)
    toks = par.tokens
    starts = [t.start for t in toks]
    bounds: dict[int, list[int]] = {}  # unit -> [first token, end]
    for i, t in enumerate(toks):
        bounds.setdefault(t.unit, [i, i])[1] = i + 1
    for n, q in enumerate(par.quotes):
        lo = bisect.bisect_left(starts, q.open)
        if lo >= len(toks) or starts[lo] != q.open or toks[lo].mark != "open":
            continue
        if q.closed:
            hi = bisect.bisect_left(starts, q.close)
        else:  # a quotation left open runs to the next one, or to the end of the paragraph
            hi = bisect.bisect_left(starts, par.quotes[n + 1].open) if n + 1 < len(par.quotes) else len(toks)
        if q.closed and (hi >= len(toks) or starts[hi] != q.close or toks[hi].mark != "close"):
            continue
        unit_lo, unit_hi = bounds[toks[lo].unit]
        inner = [i for i in range(lo + 1, min(hi, unit_hi)) if not toks[i].mark]
        words = [i for i in inner if toks[i].text[:1].isalnum()]
        if len(words) < MIN_WORDS:
            continue
        split = n > 0 and par.quotes[n - 1].closed and 0 < q.open - par.quotes[n - 1].close < 60
        if not split and not toks[words[0]].text[:1].isupper() and not toks[words[0]].text[:1].isdigit():
            continue  # "attacked the “hateful ideology”": a phrase taken into the sentence; but
            # "“Let us take this chance,” Lind concluded, “to finish the quay”" goes on with one quotation
        found = _lead_in(par, lo, unit_lo)
        if found is None:
            continue
        (cue_lo, cue_hi), source = found
        if _read_already(out, (cue_lo, cue_hi), lo, words) and not _participle_tail(par, out, cue_lo):
            if source is not None and not any(out[k].endswith("SRC") for k in range(unit_lo, unit_hi)):
                _set(out, source[0], source[1], "SRC")  # "In an interview Lind declared “…”": who, where the tagger saw none
            continue
        _take(out, (cue_lo, cue_hi), source, inner, hi)
    return out


def _participle_tail(par: Paragraph, out: list[str], cue: int) -> bool:
    """True, with the tagger's reading cleared, where the participle of saying before a quotation
    ends a longer cue whose source stands right after another cue ("Lind answered Dorn's message
    on Facebook writing, “…”" read as Dorn's cue "message on Facebook writing"): that source is the
    first verb's object, the words up to the participle are what was answered and where, and the
    quotation is the sentence subject's."""
    toks = par.tokens
    if out[cue] != "I-CUE" or not toks[cue].text.endswith("ing"):
        return False
    start = cue
    while start > 0 and out[start] == "I-CUE":
        start -= 1
    first = start
    while first > 0 and out[first - 1].endswith("SRC") and not out[first].startswith("B-SRC"):
        first -= 1
    if first == start or first == 0 or not out[first - 1].endswith("CUE") or toks[first - 1].unit != toks[cue].unit:
        return False
    for k in range(first, cue):
        out[k] = "O"
    return True


def _take(out: list[str], cue: tuple[int, int], source: tuple[int, int] | None, inner: list[int], close: int) -> None:
    """Mark the quotation as the content of the cue and source before it, clearing what the
    tagger read there instead ("she still says things such as, “…”" as one reported clause)."""
    cue_lo, cue_hi = cue
    start = cue_lo
    while start > 0 and out[start] == "I-CON":
        start -= 1  # a content running into the cue was the tagger's misreading
    for k in range(start, inner[0]):
        if k >= cue_lo or out[k].endswith("CON"):
            out[k] = "O"
    _set(out, inner[0], inner[-1] + 1, "CON")
    if close < len(out) and out[close].startswith("I-"):
        out[close] = "O"  # the closing mark ends this content
    _set(out, cue_lo, cue_hi, "CUE")
    if source is not None and all(out[k] == "O" or out[k].endswith("SRC") for k in range(*source)):
        _set(out, source[0], source[1], "SRC")


def colon_lead(par: Paragraph, labels: list[str]) -> tuple[Span | None, Span] | None:
    """(source, cue) of a paragraph that ends by introducing what follows and says nothing itself:
    "The Harbour Courier reports:", "Lind said in a statement on Monday:"."""
    toks = par.tokens
    if not toks or toks[-1].text != ":" or toks[-1].quoted:
        return None
    unit = toks[-1].unit
    spans = [s for s in spans_of(labels) if toks[s.start].unit == unit]
    if any(s.role == "CON" for s in spans):
        return None
    cue = next((s for s in reversed(spans) if s.role == "CUE"), None)
    if cue is None:
        found = _cue_before(par, len(toks) - 2, _FILLER, True) if len(toks) > 1 else None
        if found is None:
            return None
        cue = Span("CUE", *found)
    source = next((s for s in reversed(spans) if s.role == "SRC" and s.end <= cue.start), None)
    if source is None:
        found = _speaker_before(par, cue.start)
        source = Span("SRC", *found) if found else None
    return source, cue


def _read_already(labels: list[str], cue: tuple[int, int], mark: int, words: list[int]) -> bool:
    """True when the tagger marked the quotation as the content of this cue, unless the content
    starts before the mark ("says things such as “…”": reported, where the words are his own)."""
    if sum(1 for i in words if labels[i].endswith("CON")) * 2 < len(words):
        return False
    if not any(labels[k].endswith("CUE") for k in range(*cue)):
        return False
    return not (mark > 0 and labels[mark - 1].endswith("CON") and labels[mark].startswith("I-"))


def _lead_in(par: Paragraph, mark: int, unit_lo: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(cue span, source span or None) of the attribution that ends right before an opening mark."""
    toks = par.tokens
    unit = toks[mark].unit
    k = mark - 1
    if k < 0 or toks[k].unit != unit or toks[k].quoted or toks[k].mark:
        return None
    separated = toks[k].text in _SEPARATORS
    if separated:
        k -= 1
    if k < 0 or toks[k].unit != unit:
        return None
    first = _verb_first(par, unit_lo, k) if separated else None
    if first is not None:
        return first
    reach = _FILLER if separated else 0
    if separated and toks[k].text.lower() in _LISTING:
        reach = min(k - unit_lo, 30)  # "says things such as,", "said, raising a few questions, including,"
    found = _cue_before(par, k, reach, separated)
    if found is None:
        return None
    cue, cue_end = found
    if toks[cue].text.lower() == "according":
        source = _name_ending(par, k + 1)  # "According to Veer, “…”"
        return (cue, cue_end), source if source is not None and source[0] >= cue_end else None
    if not toks[cue].text.lower().endswith("ing"):
        source = _speaker_before(par, cue)
    elif cue > unit_lo and toks[cue - 1].text[:1].isupper() and not toks[cue - 1].quoted and not _venue_before(par, cue):
        source = _name_ending(par, cue)  # "footage of Lind saying, “…”"
    else:
        source = _subject(par, unit_lo, cue)  # "Lind attacked the plan, saying, “…”"
    if any(toks[i].text == "," for i in range(cue_end, k)):
        cue, cue_end = k, k + 1  # "“…,” Lind said, raising a question, including, “…”": a statement of its own
    return (cue, cue_end), source


def _venue_before(par: Paragraph, cue: int) -> bool:
    """"Lind answered on Facebook, writing, “…”": the name before the participle is where she spoke,
    after a preposition of place, not who."""
    span = _name_ending(par, cue)
    return span is not None and span[0] > 0 and par.tokens[span[0] - 1].text.lower() in _VENUE_PREPOSITIONS


def _verb_first(par: Paragraph, unit_lo: int, k: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'Said producer Ivo Tanaka, “…”', 'Added Mina Sato, “…”': a sentence that opens with its verb of
    saying in the past, then the speaker up to the comma before the quotation."""
    toks = par.tokens
    word = toks[unit_lo].text
    lemma = cues.lemma(word)
    if (lemma is None or word.lower() == lemma or not word[:1].isupper() or not 1 <= k - unit_lo <= 8
            or any(t.quoted or t.mark or t.text in _CLAUSE_ENDS for t in toks[unit_lo + 1: k + 1])
            or not toks[k].text[:1].isupper()):
        return None
    return (unit_lo, unit_lo + 1), (unit_lo + 1, k + 1)


def _cue_before(par: Paragraph, k: int, reach: int, separated: bool) -> tuple[int, int] | None:
    """The cue (a word or a phrase of the lexicon: "pointed out", "according to") at token `k` or
    up to `reach` words before it, in the same clause (or across commas, for a listing: "a few
    questions, including,")."""
    toks = par.tokens
    listing = toks[k].text.lower() in _LISTING
    for j in range(k, max(-1, k - reach - 1), -1):
        t = toks[j]
        if t.unit != toks[k].unit or t.quoted or t.mark or j < k and t.text in _CLAUSE_ENDS and not listing:
            return None
        if _cue_word(t.text, separated):
            before = toks[j - 1].text.lower() if j > 0 else ""
            if before in _NOT_BEFORE_VERB:
                return None  # "the report:", "his answer:" (nouns); "was asked, “…”" (the hearer)
            if not t.text.endswith("s") or _speaker_before(par, j) is not None:
                return j, j + 1  # "questions", "remarks": a noun unless somebody stands before it
        if t.text.lower() == "it" and j > 0 and toks[j - 1].text.lower() in _PUT_IT:
            return j - 1, j + 1
        phrase = _phrase_ending(par, j) if separated else None
        if phrase is not None:
            return phrase  # "according to “The Quay Years”, a memoir": a title, with no comma before it
    return None


def _phrase_ending(par: Paragraph, j: int) -> tuple[int, int] | None:
    """A multi-word cue of the lexicon whose last word is token `j` ("shot back", "according to")."""
    toks = par.tokens
    for phrase in cues.phrases():
        start = j - len(phrase) + 1
        if start >= 0 and all(toks[start + i].text.casefold() == w for i, w in enumerate(phrase)):
            return start, j + 1
    return None


def _cue_word(word: str, separated: bool) -> bool:
    """A verb of saying that can introduce a quotation; naming verbs ("called “…”") only after a comma."""
    lemma = cues.lemma(word)
    if lemma is None or lemma == "quote" or not word[:1].islower():
        return False  # "and I quote," is an aside; "the Harbour Post," is a paper
    return separated or lemma not in lexicon.lower("naming_verbs")


def _speaker_before(par: Paragraph, cue: int) -> tuple[int, int] | None:
    """"Lind said", "she also said", "I laughed and said", "Veer, a port engineer, recently put it"."""
    toks = par.tokens
    unit = toks[cue].unit
    j = cue
    while j > 0 and toks[j - 1].unit == unit and (toks[j - 1].text.lower() in _BETWEEN
                                                  or toks[j - 1].text.endswith("ly") and toks[j - 1].text.islower()):
        j -= 1
    if j > 1 and toks[j - 1].text.lower() == "and" and toks[j - 2].text.endswith("ed") and toks[j - 2].text.islower():
        j -= 2  # "I laughed and said"
    if j > 0 and toks[j - 1].text == ",":
        comma = next((i for i in range(j - 2, max(-1, j - 16), -1) if toks[i].text == "," and toks[i].unit == unit), None)
        if comma is not None:
            j = comma  # "Veer, a port engineer at the institute, put it"
    return _name_ending(par, j)


def _name_ending(par: Paragraph, end: int) -> tuple[int, int] | None:
    """A pronoun or a run of capitalised words that ends right before token `end`."""
    toks = par.tokens
    if end <= 0 or toks[end - 1].unit != toks[min(end, len(toks) - 1)].unit and end < len(toks):
        return None
    last = toks[end - 1]
    if last.quoted or last.mark:
        return None
    if last.text.lower() in _PRONOUNS:
        return end - 1, end
    j = end
    while j > 0 and end - j < 8 and toks[j - 1].unit == last.unit and not toks[j - 1].quoted and (
            toks[j - 1].text[:1].isupper() or toks[j - 1].text == "." and j - 1 > 0 and toks[j - 2].text[:1].isupper()):
        j -= 1
    if j < end and toks[j].text.lower() in _OPENERS:
        j += 1  # "As Veer put it"
    return (j, end) if j < end else None


def _subject(par: Paragraph, i: int, before: int) -> tuple[int, int] | None:
    """The subject of the sentence that starts at token `i`, past an opening phrase
    ("During the debate, Lind attacked …, saying")."""
    toks = par.tokens
    if toks[i].mark == "open":  # "“…,” Lind sings to the crowd before asking, “…”": past the quotation
        i = next((k + 1 for k in range(i + 1, before) if toks[k].mark == "close"), before)
    while i < before and toks[i].text.lower() in _CONJUNCTIONS | {","}:
        i += 1
    i = past_adverb_phrase(par, i, before)
    if i < before and toks[i].text.lower() in _OPENERS:
        comma = next((k for k in range(i, min(before, i + 25)) if toks[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < before and toks[i].text.lower() in _PRONOUNS:
        return i, i + 1
    if i + 2 < before and toks[i].text == "The" and _described_person(toks[i + 1].text):
        return i, i + 2  # "The 41-year-old praised Kessel, telling reporters: “…”"
    j = i
    while j < min(before, i + 8) and not toks[j].quoted and (toks[j].text[:1].isupper() or toks[j].text == "." and j > i):
        j += 1
    while j > i and not toks[j - 1].text[:1].isalnum():
        j -= 1
    return (i, j) if j > i else None


def _described_person(word: str) -> bool:
    """An age ("41-year-old") or a role noun ("coach"): what "The …" names a person by."""
    return bool(AGE.fullmatch(word)) or word in lexicon.lower("role_nouns")


def _set(labels: list[str], start: int, end: int, role: str) -> None:
    for k in range(start, end):
        labels[k] = ("B-" if k == start else "I-") + role
