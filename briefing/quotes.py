"""Who said what in one article: direct quotes and reported statements.

Every scan here is linear: quote marks are paired by one pass over each
paragraph, and every regular expression runs on a bounded window (a sentence
or a few hundred characters around a quote), so a megabyte of text without
punctuation or ten thousand stray quote marks cannot make it backtrack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import DIRECT, INDIRECT, Statement
from briefing.sentences import split_sentences
from briefing.speakers import ORG, PERSON, PRONOUN, ROLE, Mention, parse_phrase

CUES = (
    "said", "says", "told", "tells", "added", "adds", "noted", "notes", "reiterated", "warned", "warns",
    "argued", "argues", "stated", "states", "insisted", "insists", "posted", "wrote", "writes", "tweeted",
    "urged", "urges", "stressed", "stresses", "emphasised", "emphasized", "acknowledged", "acknowledges",
    "denied", "denies", "pointed out", "points out", "claimed", "claims", "announced", "announces",
    "explained", "explains", "cautioned", "cautions", "asked", "asks", "replied", "answered",
    "declared", "conceded", "admitted", "confirmed", "confirms", "suggested", "suggests", "predicted",
    "recalled", "responded", "observed", "remarked", "maintained", "contended", "countered",
    "complained", "vowed", "pledged", "promised", "estimated", "reported", "continued", "concluded",
    "agreed", "believes", "believed", "thinks", "thought", "expects", "expected", "hopes", "hoped",
    "signalled", "signaled", "indicated", "indicates", "alleged", "blamed", "accused", "called",
)
_CUE = r"(?:" + "|".join(sorted((re.escape(c) for c in CUES), key=len, reverse=True)) + r")"
_SPEECH_VERB = re.compile(r"\b" + _CUE + r"\b", re.IGNORECASE)
# "in a statement", "on Monday", "at a briefing", "to reporters" between the verb and the clause.
_ADVERBIAL = r"(?:\s+(?:on|in|at|to|during|after|before|late|early|last|this|earlier|later|from|via|by|with|over|through)\b[^,.;:“\"]{0,80}?)?"
_OPEN = {"“": "”", '"': '"', "«": "»", "„": "“"}
_CLOSE_ANY = set(_OPEN.values())
_MIN_QUOTE_WORDS = 4  # shorter quotes without a speech verb are scare quotes or titles

_TRANSCRIPT = re.compile(r"^(?P<name>[A-Z][A-Z .'’\-]{2,40}[A-Z])\s*:\s+(?P<text>\S.*)$")
_NAME_TITLE_COLON = re.compile(r"^(?P<who>[A-Z][\w.'’\- ]{2,60}?)(?:,\s*(?P<role>[^:“\"]{2,80}))?\s*:\s*[“\"](?P<text>.+?)[”\"]?\s*$")

_SUBJECT = r"(?P<sp>[^,;:“”\"]{1,120}?(?:,\s*[^,;:“”\"]{1,100}?){0,2})"


@dataclass
class _Quote:
    para: int
    start: int  # offsets of the text inside the marks, in the paragraph
    end: int
    text: str
    open_end: bool  # the paragraph ended before the quote closed


def find_quotes(paragraph: str, para: int) -> list[_Quote]:
    """Pair quote marks by type in one pass: “ with ”, " with the next "."""
    quotes: list[_Quote] = []
    last_curly_close = paragraph.rfind("”")
    last_straight = paragraph.rfind('"')
    i, n = 0, len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch in _OPEN and not (ch == '"' and _is_inch_mark(paragraph, i)):
            closer = _OPEN[ch]
            j = paragraph.find(closer, i + 1)
            if ch == "“" and (j < 0 or (last_curly_close < i)):
                # A curly quote closed by a straight mark: “… at this stage," state media said.
                k = paragraph.find('"', i + 1)
                j = k if k >= 0 and last_curly_close < i else j
            if ch == '"' and j < 0 and last_straight == i:
                k = paragraph.find("”", i + 1)
                j = k
            if j < 0:
                text = paragraph[i + 1:].strip()
                if text:
                    quotes.append(_Quote(para, i + 1, n, text, True))
                break
            text = paragraph[i + 1: j].strip()
            if text:
                quotes.append(_Quote(para, i + 1, j, text, False))
            i = j + 1
            continue
        i += 1
    return quotes


def _is_inch_mark(text: str, i: int) -> bool:
    return i > 0 and text[i - 1].isdigit() and (i + 1 >= len(text) or not text[i + 1].isalpha())


class _Context:
    """Speakers mentioned so far in the article, for pronouns and re-mentions."""

    def __init__(self) -> None:
        self.entities: list[Mention] = []  # full mentions, most recent last
        self.last_speaker: Mention | None = None

    def resolve(self, mention: Mention) -> Mention | None:
        if mention.kind == PRONOUN:
            want = {"he": PERSON, "she": PERSON, "him": PERSON, "her": PERSON, "it": ORG, "they": None, "we": None, "i": PERSON}.get(mention.name)
            if self.last_speaker and (want is None or self._kind(self.last_speaker) == want):
                return self.last_speaker
            for ent in reversed(self.entities):
                if want is None or self._kind(ent) == want:
                    return ent
            return None
        if mention.kind == PERSON:
            toks = mention.name.split()
            if len(toks) == 1:
                for ent in reversed(self.entities):
                    if ent.kind == PERSON and mention.name in ent.name.split():
                        return self._remember(ent)
            return self._remember(mention)
        if mention.kind == ROLE:
            noun = mention.name.lower().split()[-1]
            if mention.name.lower().split()[0] in {"the", "this"}:
                for ent in reversed(self.entities):
                    if ent.role and noun in ent.role.lower():
                        return self._remember(ent)
                    if ent.kind == ROLE and noun in ent.name.lower():
                        return self._remember(ent)
                if noun in {"official", "officials"} and self.last_speaker:
                    return self.last_speaker
            name = re.sub(r"^(?:a|an|the|one)\s+", "", mention.name, flags=re.IGNORECASE)
            return self._remember(Mention(ROLE, name[:1].upper() + name[1:], mention.role))
        if mention.kind == ORG:
            low = mention.name.lower()
            if low.startswith(("the ", "its ")):
                noun = low.split()[-1]
                for ent in reversed(self.entities):
                    if ent.kind == ORG and noun in ent.name.lower():
                        return self._remember(ent)
            return self._remember(mention)
        return None

    def _remember(self, mention: Mention) -> Mention:
        if mention in self.entities:
            self.entities.remove(mention)
        self.entities.append(mention)
        return mention

    @staticmethod
    def _kind(m: Mention) -> str:
        return PERSON if m.kind in (PERSON, ROLE) else m.kind


def extract(paragraphs: list[str] | tuple[str, ...]) -> list[Statement]:
    """Every direct quote and reported statement in the article, in reading order."""
    ctx = _Context()
    out: list[Statement] = []
    carried: Statement | None = None  # an open quote continuing into the next paragraph
    prev_para_speaker: tuple[str | None, str | None, str | None] | None = None
    for p, para in enumerate(paragraphs):
        if len(para) > 20000:
            para = para[:20000]  # a runaway "paragraph" (no line breaks in a dump): bounded work
        statements = _paragraph(para, p, ctx, carried, prev_para_speaker)
        carried = None
        quotes = find_quotes(para, p)
        if quotes and quotes[-1].open_end and statements and statements[-1].kind == DIRECT:
            carried = statements[-1]
        if statements:
            prev_para_speaker = (statements[-1].speaker, statements[-1].role, statements[-1].speaker_kind)
        elif not quotes:
            prev_para_speaker = None
        out.extend(statements)
    return out


def _paragraph(para: str, p: int, ctx: _Context, carried: Statement | None, prev: tuple | None) -> list[Statement]:
    # Transcript turn: "LARRY KUDLOW: We are ..." / "Name, title: “…”"
    m = _TRANSCRIPT.match(para)
    if m and len(m.group("name").split()) <= 4:
        who = m.group("name").title()
        mention = ctx.resolve(Mention(PERSON, who)) or Mention(PERSON, who)
        ctx.last_speaker = mention
        return [Statement(mention.name, m.group("text").strip(), DIRECT, p, mention.role, "transcript", mention.kind)]
    quotes = find_quotes(para, p)
    out: list[Statement] = []
    used_spans: list[tuple[int, int]] = []
    for qi, q in enumerate(quotes):
        words = len(q.text.split())
        found = _attribution_for_quote(para, q, quotes, qi)
        if found is None and words < _MIN_QUOTE_WORDS:
            continue  # scare quotes, titles: the so-called “toll war”
        mention, cue, span = found if found else (None, None, None)
        if mention is not None:
            resolved = ctx.resolve(mention)
        elif qi > 0 and out:
            resolved = Mention(out[-1].speaker_kind or PERSON, out[-1].speaker, out[-1].role) if out[-1].speaker else None
            cue = out[-1].cue
        elif carried is not None and qi == 0 and para.lstrip()[:1] in _OPEN:
            resolved = Mention(carried.speaker_kind or PERSON, carried.speaker, carried.role) if carried.speaker else None
            cue = carried.cue
        elif prev is not None and qi == 0 and _quote_only(para, quotes):
            resolved = Mention(prev[2] or PERSON, prev[0], prev[1]) if prev[0] else None
            cue = "continues"
        else:
            resolved = None
        if words < _MIN_QUOTE_WORDS and not _is_sentence_quote(q.text):
            continue  # a short phrase quoted inside reported speech belongs to the indirect statement
        if resolved is not None and resolved.name:
            ctx.last_speaker = resolved
        text = q.text
        out.append(Statement(resolved.name if resolved else None, text, DIRECT, p, resolved.role if resolved else None, cue, resolved.kind if resolved else None))
        used_spans.append((q.start - 1, q.end + 1))
        if span:
            used_spans.append(span)
    out.extend(_reported(para, p, ctx, used_spans, quotes))
    out.sort(key=lambda s: para.find(s.text[:30]) if s.text[:30] in para else 0)
    return out


def _quote_only(para: str, quotes: list[_Quote]) -> bool:
    outside = len(para) - sum(q.end - q.start for q in quotes)
    return outside <= 12


def _is_sentence_quote(text: str) -> bool:
    return text[:1].isupper() and text.rstrip()[-1:] in ".!?,"


def _attribution_for_quote(para: str, q: _Quote, quotes: list[_Quote], qi: int):
    """Find who is credited with a quote: after it (”, he said) or before it (X said: “)."""
    after_start = q.end + 1
    next_start = quotes[qi + 1].start - 1 if qi + 1 < len(quotes) else len(para)
    after = para[after_start: min(next_start, after_start + 240)]
    m = re.match(r"^[\s,]*(?:" + _CUE + r")\s+(?P<sp>[^,.;:“”\"]{1,80}?)(?P<app>,\s*[^.;“”\"]{1,120}?)?\s*(?:[.;]|,\s*(?:adding|saying|noting|according)|$)", after)
    if m:
        mention = parse_phrase(m.group("sp") + (m.group("app") or ""))
        if mention:
            return mention, _cue_in(m.group(0)), (after_start, after_start + m.end())
    m = re.match(r"^[\s,—–-]*(?P<sp>[^,.;:“”\"]{1,80}?)(?P<app>,\s*[^.;“”\"]{1,120}?,)?\s+(?P<cue>" + _CUE + r")\b", after)
    if m and len(m.group("sp").split()) <= 10:
        mention = parse_phrase(m.group("sp") + (m.group("app") or ""))
        if mention:
            return mention, m.group("cue").lower(), (after_start, after_start + m.end())
    m = re.match(r"^[\s,]*according to\s+(?P<sp>[^.;“”\"]{1,100})", after, re.IGNORECASE)
    if m:
        mention = parse_phrase(m.group("sp"))
        if mention:
            return mention, "according to", (after_start, after_start + m.end())
    # Before the quote, in the same sentence: "Akazawa told reporters, “…”", "He said: “…”".
    prev_end = quotes[qi - 1].end + 1 if qi > 0 else 0
    before = para[max(prev_end, q.start - 1 - 300): q.start - 1]
    sentence_start = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
    before = before[sentence_start + 1:] if sentence_start >= 0 else before
    m = re.search(r"(?:^|[,.]\s+|\b(?:and|but|while|as)\s+)?(?P<sp>[A-Z][^,;:“”\"]{0,120}?|[Hh]e|[Ss]he|[Ii]t|[Tt]hey)(?P<app>,\s*[^;:“”\"]{1,120}?,)?\s+(?P<cue>" + _CUE + r")\b(?P<rest>[^“”\"]{0,160})$", before)
    if m:
        sp = _trim_subject(m.group("sp"))
        mention = parse_phrase(sp + (m.group("app") or ""))
        if mention:
            return mention, m.group("cue").lower(), None
    m = re.search(r"according to\s+(?P<sp>[^,;:“”\"]{1,100}),?\s*$", before, re.IGNORECASE)
    if m:
        mention = parse_phrase(m.group("sp"))
        if mention:
            return mention, "according to", None
    return None


def _trim_subject(sp: str) -> str:
    # "In an interview aired on Sunday, Mnuchin" → "Mnuchin"; "Following the meeting, Akazawa" → "Akazawa"
    parts = re.split(r",\s+|\b(?:and|but|while|as|when|after|because|so)\s+", sp)
    return parts[-1].strip() if parts else sp


def _cue_in(text: str) -> str | None:
    m = _SPEECH_VERB.search(text)
    return m.group(0).lower() if m else None


# --- reported speech ------------------------------------------------------------

_REPORTED_FORWARD = re.compile(
    r"^(?P<lead>(?:[A-Z][^,]{0,60},\s+)?)" + _SUBJECT + r"\s+(?:has |had |have |also |again |later |earlier |previously |then )?(?P<cue>" + _CUE + r")\b"
    r"(?P<obj>\s+(?!that\b)[^,.;:]{1,60}?)??" + _ADVERBIAL + r"(?:,)?\s+(?:that\s+)?(?P<clause>\S.+)$"
)
_REPORTED_INVERTED = re.compile(
    r"^(?P<clause>.{12,}?),\s+(?:(?P<cue1>" + _CUE + r")\s+(?P<sp1>[^,]{2,80}(?:,\s*[^,]{2,120})?)|(?P<sp2>[^,]{1,80}?(?:,\s*[^,]{2,120},)?)\s+(?P<cue2>" + _CUE + r"))"
    + _ADVERBIAL + r"\s*[.!]?$"
)
_ACCORDING = re.compile(r"^according to\s+(?P<sp>[^,]{2,100}),\s+(?P<clause>.+)$|^(?P<clause2>.+?),\s+according to\s+(?P<sp2>[^,]{2,100})\.?$", re.IGNORECASE)
_NOT_SPEECH = {"called", "asked", "accused", "blamed", "expected", "thought", "hoped", "believed", "reported"}


def _reported(para: str, p: int, ctx: _Context, used: list[tuple[int, int]], quotes: list[_Quote]) -> list[Statement]:
    out: list[Statement] = []
    # Mask quoted text so reported-speech rules only see the narrative.
    masked = list(para)
    for q in quotes:
        if len(q.text.split()) >= _MIN_QUOTE_WORDS:
            for k in range(max(q.start - 1, 0), min(q.end + 1, len(para))):
                masked[k] = "\x00"
    masked_text = "".join(masked)
    pos = 0
    for sentence in split_sentences(masked_text):
        start = masked_text.find(sentence, pos)
        pos = start + len(sentence) if start >= 0 else pos
        if "\x00" in sentence or len(sentence) > 1500:
            continue
        st = _reported_sentence(sentence, p, ctx)
        if st:
            out.append(st)
    return out


def _reported_sentence(sentence: str, p: int, ctx: _Context) -> Statement | None:
    s = sentence.strip()
    m = _ACCORDING.match(s)
    if m:
        sp = m.group("sp") or m.group("sp2")
        clause = m.group("clause") or m.group("clause2")
        mention = parse_phrase(sp)
        if mention and mention.kind != PRONOUN:
            resolved = ctx.resolve(mention)
            if resolved:
                return Statement(resolved.name, _tidy_clause(clause), INDIRECT, p, resolved.role, "according to", resolved.kind)
    m = _REPORTED_INVERTED.match(s)
    if m and len(s) < 600:
        sp = m.group("sp1") or m.group("sp2")
        cue = (m.group("cue1") or m.group("cue2")).lower()
        mention = parse_phrase(sp.rstrip(","))
        if mention and cue not in _NOT_SPEECH:
            resolved = ctx.resolve(mention)
            if resolved:
                ctx.last_speaker = resolved
                return Statement(resolved.name, _tidy_clause(m.group("clause")), INDIRECT, p, resolved.role, cue, resolved.kind)
    m = _REPORTED_FORWARD.match(s)
    if m and len(s) < 800:
        cue = m.group("cue").lower()
        if cue in _NOT_SPEECH:
            return None
        sp = _trim_subject(m.group("sp"))
        mention = parse_phrase(sp)
        clause = m.group("clause")
        if mention and len(clause.split()) >= 3:
            resolved = ctx.resolve(mention)
            if resolved:
                ctx.last_speaker = resolved
                return Statement(resolved.name, _tidy_clause(clause), INDIRECT, p, resolved.role, cue, resolved.kind)
    return None


def _tidy_clause(clause: str) -> str:
    clause = re.sub(r"^that\s+", "", clause.strip())
    return clause.rstrip(" .")
