"""From the tagger's labels to attributions: which content goes with which cue and source.

The tagger marks stretches of tokens as SRC (who), CUE (said) and CON (what);
this module links them the way news copy is written. A content goes with the
nearest cue of its sentence; a cue with the nearest source of its sentence.
A quotation with no cue of its own carries on the attribution before it
(“…,” she said. “…”), within its paragraph or from the paragraph before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing import lexicon
from briefing.article.attribution.clauses import SUBJECT_PRONOUNS, perceived_speaker, relative_head
from briefing.article.attribution.cues import lemma as cue_lemma
from briefing.article.attribution.names import in_title
from briefing.article.attribution.subjects import clause_subject as _clause_subject
from briefing.article.attribution.subjects import sentence_subject
from briefing.article.attribution.tokens import Paragraph


@dataclass(frozen=True)
class Span:
    role: str  # "SRC", "CUE" or "CON"
    start: int  # token indices, end exclusive
    end: int

    def gap(self, other: Span) -> int:
        """Tokens between two spans (0 when they touch or overlap)."""
        if other.start >= self.end:
            return other.start - self.end
        if self.start >= other.end:
            return self.start - other.end
        return 0


@dataclass
class Attribution:
    para: int
    source: Span | None
    cue: Span | None
    contents: list[Span] = field(default_factory=list)
    origin: Attribution | None = None  # for a quotation that carries on the attribution before it
    within: Attribution | None = None  # the attribution whose content holds this one whole


def spans_of(labels: list[str]) -> list[Span]:
    """Runs of B-/I- labels as spans."""
    out: list[Span] = []
    role, start = None, 0
    for i, label in enumerate(labels + ["O"]):
        kind, _, r = label.partition("-")
        if role is not None and (kind != "I" or r != role):
            out.append(Span(role, start, i))
            role = None
        if kind == "B" or (kind == "I" and role is None):
            role, start = r, i
    return out


NEAR = 4  # tokens between a content and a cue of the next or last sentence that still link them


def link(par: Paragraph, index: int, labels: list[str], before: Attribution | None) -> list[Attribution]:
    """The attributions of one paragraph; `before` is the last one of the paragraph before."""
    spans = spans_of(labels)
    cues = [s for s in spans if s.role == "CUE"]
    contents = [s for s in spans if s.role == "CON" and _has_words(par, s) and not _sourcing(par, s)]
    sources = [s for s in spans if s.role == "SRC"]
    by_cue: dict[Span, Attribution] = {}
    out: list[Attribution] = []
    last = before if before is not None and _carries_over(par) else None
    leading = {c for c in (_lead_in_cue(par, s, cues) for s in contents) if c is not None}
    for span in contents:
        cue = _cue_for(par, span, cues, contents)
        if cue in leading and cue.start >= span.end and _quoted_share(par, span) < 0.5:
            # "Asked by the board about the fares, Veer said: “…”": the clause before belongs to another cue, if any
            cue = _cue_for(par, span, [c for c in cues if c != cue], contents)
        if cue is None:
            if last is not None and _quoted_share(par, span) >= 0.5:
                out.append(Attribution(index, None, None, [span], origin=last.origin or last))
            continue
        att = by_cue.get(cue)
        if att is None:
            att = Attribution(index, _source_for(par, index, cue, span, sources, last, cues), cue)
            by_cue[cue] = att
            out.append(att)
        att.contents.append(span)
        last = att
    _rejoin_trailing_cues(par, cues, sources, by_cue)
    for att in by_cue.values():
        _drop_clause_before_conjunction(par, att)
        _within_the_cue_sentence(par, att)
    out = [a for a in out if a.contents]
    out.extend(_nested(par, index, cues, sources, by_cue))
    out.extend(_reported_last(par, index, cues, sources, by_cue))
    out.sort(key=lambda a: min(c.start for c in a.contents))
    return out


def _rejoin_trailing_cues(par: Paragraph, cues: list[Span], sources: list[Span],
                          by_cue: dict[Span, Attribution]) -> None:
    """"… said the risk was far higher than the mayor admitted.": a source and cue with no words of
    their own that end a reported clause belong to that clause."""
    toks = par.tokens
    for cue in cues:
        if cue in by_cue:
            continue
        source = next((s for s in sources if s.end == cue.start), None)
        rest = [t for t in toks[cue.end:] if t.unit == toks[cue.start].unit]
        if source is None or any(t.text[:1].isalnum() for t in rest):
            continue
        for att in by_cue.values():
            for k, c in enumerate(att.contents):
                if c.end == source.start and toks[c.end - 1].text.lower() in _COMPARING:
                    att.contents[k] = Span(c.role, c.start, cue.end)


_COMPARING = frozenset({"than", "as", "what"})


def _within_the_cue_sentence(par: Paragraph, att: Attribution) -> None:
    """A sentence before "According to the agency, there might have been …" is not the agency's:
    narrative in another sentence goes when the cue's own sentence holds what was said."""
    if att.cue is None:
        return
    toks = par.tokens
    unit = toks[att.cue.start].unit
    reported = [c for c in att.contents if _quoted_share(par, c) < 0.5]
    own = [c for c in reported if unit in {toks[i].unit for i in range(c.start, c.end)}]
    if own:
        att.contents = [c for c in att.contents if c not in reported or c in own]


_JOINING = frozenset({"but", "and", "while", "whereas", "although", "though", "yet", "then", "also", "later"})


def _drop_clause_before_conjunction(par: Paragraph, att: Attribution) -> None:
    """"Ilse isn't playing, but Mara said her sister was behind her": the clause before "but"
    is the narrative's, when the cue has its own words after it."""
    toks = par.tokens
    if att.source is None or att.cue is None or att.source.start == 0 or att.source.start > att.cue.start:
        return
    if toks[att.source.start - 1].text.lower() not in _JOINING:
        return
    after = [c for c in att.contents if c.start >= att.cue.end]
    before = [c for c in att.contents if c.end <= att.source.start and _quoted_share(par, c) < 0.5]
    if after and before:
        att.contents = [c for c in att.contents if c not in before]


def _nested(par: Paragraph, index: int, cues: list[Span], sources: list[Span],
            by_cue: dict[Span, Attribution]) -> list[Attribution]:
    """"Holt said the posts merely repeated the ministry's line": a cue left without content
    whose sentence goes on with another attribution reports that attribution whole."""
    toks = par.tokens
    inner_by_source = {a.source: a for a in by_cue.values() if a.source is not None}
    out = []
    for cue in cues:
        if cue in by_cue or not any(cue_lemma(toks[i].text) for i in range(cue.start, cue.end)):
            continue
        k = cue.end
        while k < len(toks) and toks[k].text.lower() in ("that", ","):
            k += 1
        inner = next((a for s, a in inner_by_source.items() if s.start == k), None)
        if inner is None or toks[k].unit != toks[cue.start].unit:
            continue
        content = Span("CON", k, max(c.end for c in inner.contents))
        source = _source_for(par, index, cue, content, sources, None, cues)
        if source is not None:
            outer = Attribution(index, source, cue, [content])
            inner.within = outer
            out.append(outer)
    return out


MAX_LAST_TAIL = 6  # words after ", Marlow said" that may end the sentence: "on Monday", "in a statement"
_CLOSING_MARKS = frozenset({'"', "”", "’", "'", "''"})


def _reported_last(par: Paragraph, index: int, cues: list[Span], sources: list[Span],
                   by_cue: dict[Span, Attribution]) -> list[Attribution]:
    """"A caller phoned to report a crane “swinging loose,” Marlow said.": a speaker named last,
    with no words of their own, reports the clause before the comma, attribution and all."""
    toks = par.tokens
    out = []
    for cue in cues:
        according = _according(par, cue)
        if cue in by_cue or not according and not any(cue_lemma(toks[i].text) for i in range(cue.start, cue.end)):
            continue
        unit = toks[cue.start].unit
        if according:
            # "A militant group claimed the attack, according to Coast Wire.": the agency reports the claim
            # (a source it names; "according to court documents" adds nobody to the speaker inside)
            source = next((s for s in sources if toks[s.start].unit == unit and s.start == cue.end
                           and any(toks[i].text[:1].isupper() for i in range(s.start, s.end))), None)
        else:
            source = next((s for s in sources if toks[s.start].unit == unit and s.end == cue.start), None)
        if source is None:
            continue
        members = [i for i, t in enumerate(toks) if t.unit == unit]
        first, last = (cue, source) if according else (source, cue)
        comma = first.start - 1
        while comma > members[0] and toks[comma].text in _CLOSING_MARKS:
            comma -= 1
        tail = [i for i in members if i >= last.end and toks[i].text[:1].isalnum()]
        if comma <= members[0] or toks[comma].text != "," or len(tail) > MAX_LAST_TAIL:
            continue
        content = Span("CON", members[0], first.start)
        if according:
            # "…, according to a Tuesday notice from the harbour board.": the source runs to the sentence's end
            end = max(members) + 1
            while end > source.end and not toks[end - 1].text[:1].isalnum():
                end -= 1
            source = Span("SRC", source.start, end)
        inner = [a for a in by_cue.values() if a.cue is not None and _inside(a.cue, content)
                 and all(_inside(c, content) for c in a.contents)]
        if not inner:
            continue  # a clause the tagger left alone is for the speaker-named-last rule
        outer = Attribution(index, source, cue, [content])
        for att in inner:
            att.within = outer
        out.append(outer)
    return out


def _according(par: Paragraph, cue: Span) -> bool:
    """True for the cue "according to"."""
    words = [t.text.lower() for t in par.tokens[cue.start:cue.end]]
    return words == ["according", "to"]


_SOURCING = frozenset({"citing", "quoting"})


def _sourcing(par: Paragraph, span: Span) -> bool:
    """", citing people briefed on the talks": whom the speaker relied on, not what was said."""
    return par.tokens[span.start].text.lower() in _SOURCING


def _units(par: Paragraph, span: Span) -> set[int]:
    return {par.tokens[span.start].unit, par.tokens[span.end - 1].unit}


def _cue_for(par: Paragraph, content: Span, cues: list[Span], contents: list[Span]) -> Span | None:
    """The cue of a content: in its own sentence, else right next to it across a sentence break."""
    units = _units(par, content)
    own = [c for c in cues if par.tokens[c.start].unit in units and not _inside(c, content)]
    if not own:
        # “We will wait.” Lind said.  A cue across the sentence break, when its own sentence
        # says nothing else; “…” Vesterby called on …, saying members should … has its own content.
        own = [c for c in cues if content.gap(c) <= NEAR and not _has_content(par, c, content, contents, cues)]
    before = max((c for c in own if c.end <= content.start), key=lambda c: c.end, default=None)
    if before is not None and not any(o != content and 0 <= before.start - o.end <= 3 for o in contents):
        # "Lind told the board that …, and said she …": a cue after the content with a content of its
        # own right after it is not this content's cue when one stands before it that has none
        # ("“…,” she said, but …" has)
        quoted = _quoted_share(par, content) >= 0.5
        own = [c for c in own if c.end <= content.start
               or not any(o != content and 0 <= o.start - c.end <= 1 for o in contents)
               or quoted and _named_between(par, content, c)]
    lead = _lead_in_cue(par, content, own)
    return lead if lead is not None else _nearest(content, own)


def _named_between(par: Paragraph, content: Span, cue: Span) -> bool:
    """Only a name or a pronoun between a quotation and a cue after it: "“…,” Brandt said, “…”"."""
    between = [t.text for t in par.tokens[content.end:cue.start] if t.text[:1].isalnum()]
    return 0 < len(between) <= 4 and (all(w[:1].isupper() for w in between)
                                       or len(between) == 1 and between[0].lower() in SUBJECT_PRONOUNS - {"i", "there"})


def _lead_in_cue(par: Paragraph, content: Span, cues: list[Span]) -> Span | None:
    """The cue that introduces a quotation after a comma or colon ("Lind saying during the debate,
    “…,” when Ode …"), which wins over a nearer cue after it."""
    toks = par.tokens
    j = content.start - 1
    if j >= 0 and toks[j].mark == "open":
        j -= 1
    elif toks[content.start].mark != "open":
        return None
    if j < 0 or toks[j].text not in (",", ":"):
        return None
    before = [c for c in cues if c.end <= j + 1 and j - c.end <= 6]  # the cue may hold the colon
    return max(before, key=lambda c: c.end) if before else None


def _has_content(par: Paragraph, cue: Span, content: Span, contents: list[Span], cues: list[Span]) -> bool:
    """True when the cue's sentence goes on past it to a content of another cue of its own."""
    unit = par.tokens[cue.start].unit
    if content.start > cue.start:
        return False  # “…,” Lind said. “…”: the quotation after the attribution carries on
    mine = [c for c in cues if par.tokens[c.start].unit == unit]
    return any(c != content and unit in _units(par, c) and _nearest(c, mine) != cue for c in contents)


def _source_for(par: Paragraph, index: int, cue: Span, content: Span, sources: list[Span],
                last: Attribution | None, cues: Sequence[Span]) -> Span | None:
    """The source of a cue: the nearest one in its sentence, else the sentence's subject
    ("Lind defended the plan, saying …"), else the speaker just before ("…, adding …")."""
    unit = par.tokens[cue.start].unit
    own = [s for s in sources if par.tokens[s.start].unit == unit and not _inside(s, content)
           and not _lone_link_word(par, s)]
    found = _nearest(cue, own)
    subject = next((s for s in own if s.end == cue.start), None)
    if found is not None and found.start == cue.end and subject is not None and _no_speaker_opening(par, found):
        found = subject  # "Perez said Sunday on …": the words after the cue are when and where, not who
    if found is not None and found.start > cue.end and found.end in {c.start for c in cues} \
            and not par.tokens[cue.start].text.endswith("ing"):  # "While noting …, the spokesperson said"
        # "Vance this week called the plan a “disgrace”, and he promised …": "he" is the next cue's
        # source; the name before this cue is its own
        found = _name_before(par, cue.start) or found
    if found is None:
        seen = perceived_speaker(par, cue.start)  # "watching a senator, Ana Lind, argue that …"
        found = _described_before_aside(par, cue.start) or _name_before(par, cue.start) \
            or _name_before_insert(par, cue.start) or (seen and Span("SRC", *seen)) \
            or _span(sentence_subject(par, unit, cue.start)) or _description_before(par, cue.start)
        head = relative_head(par, found.start, cue.start) if found is not None else None
        if head is not None:
            found = Span("SRC", *head)  # "Lind, who met her counterpart, Ivo Brand, on Monday, said": Lind
    if found is None and last is not None and last.source is not None and last.para == index \
            and par.tokens[cue.start].text.endswith("ing"):
        found = last.source
    return found


def _lone_link_word(par: Paragraph, span: Span) -> bool:
    """"said before adding": a lone preposition or link word names nobody."""
    word = par.tokens[span.start].text
    return span.end - span.start == 1 and (word in _LINKS or word in lexicon.lower("prepositions"))


_LINKS = frozenset({"before", "after", "while", "when", "then", "and", "but", "once", "as", "or"})


def _no_speaker_opening(par: Paragraph, span: Span) -> bool:
    """True when a span opens on a word no speaker's phrase opens on: a lower-case word other than
    an article or a possessive ("before adding"), a day or month ("Sunday on …"), a number."""
    word = par.tokens[span.start].text
    lower = word.lower().rstrip(".")
    toks = par.tokens
    dotted = word.endswith(".") or span.start + 1 < len(toks) and toks[span.start + 1].text == "."
    month = dotted and len(lower) <= 4 and lower[:3] in _MONTHS  # "Dec. 6"
    return word[:1].isdigit() or lower in lexicon.lower("time_words") or month \
        or word[:1].islower() and lower not in _SPEAKER_OPENINGS


_MONTHS = frozenset(m.lower()[:3] for m in lexicon.entries("month_names"))
_SPEAKER_OPENINGS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "two", "another", "some",
                               "many", "several", "former", "both", "other", "our", "my", "each"})


_BETWEEN = frozenset({"also", "now", "later", "again", "then", "has", "have", "had", "repeatedly", "previously",
                      "long", "often", "recently", "first", "on", "this", "last"})


def _name_before(par: Paragraph, cue: int) -> Span | None:
    """The name right before a cue ("Sanders on Tuesday said"), past a few words of time and manner."""
    toks = par.tokens
    unit = toks[cue].unit
    j = cue
    while j > 0 and cue - j < 4 and toks[j - 1].unit == unit and (
            toks[j - 1].text.lower() in _BETWEEN or (toks[j - 1].text[:1].isupper()
                                                      or toks[j - 1].text.lower() in lexicon.lower("time_words"))
            and j - 2 >= 0 and toks[j - 2].text.lower() in ("on", "this", "last")):
        j -= 1
    end = j
    while j > 0 and toks[j - 1].unit == unit and not toks[j - 1].quoted and toks[j - 1].text[:1].isupper():
        j -= 1
    if j == end or j > 0 and toks[j - 1].unit == unit and toks[j - 1].text[:1].isalpha() and toks[j - 1].text.islower() \
            and toks[j - 1].text not in ("and", "but", "while", "as"):
        return None  # no name, or a name inside a clause ("upon one piece of the Sanders plan said")
    return Span("SRC", j, end)


MAX_INSERT = 30  # tokens of an insert between a name and its cue ("Lind, in her news conference on …, told")


def _name_before_insert(par: Paragraph, cue: int) -> Span | None:
    """"… because Lind, in her news conference on Tuesday, told reporters …": the name before an
    insert set off by commas right before the cue."""
    toks = par.tokens
    unit = toks[cue].unit
    if cue < 3 or toks[cue - 1].text != ",":
        return None
    k = cue - 2
    while k > 0 and cue - k <= MAX_INSERT and toks[k].unit == unit and toks[k].text != ",":
        k -= 1
    if toks[k].text != "," or toks[k].unit != unit or toks[k + 1].text[:1].isupper():
        return None  # no insert, or a list of names ("Lind, Ode, …")
    j = k
    while j > 0 and toks[j - 1].unit == unit and not toks[j - 1].quoted and (toks[j - 1].text[:1].isupper() or in_title(toks, j - 1)):
        j -= 1
    if j < k and j > 0 and toks[j - 1].text == "and":
        return _plural_head(par, j - 1) or Span("SRC", j, k)
    return Span("SRC", j, k) if j < k else None


def _described_before_aside(par: Paragraph, cue: int) -> Span | None:
    """"The defence team, however, said": a description before a linking adverb set off by commas."""
    toks = par.tokens
    if cue < 4 or toks[cue - 1].text != "," or toks[cue - 3].text != "," or toks[cue - 3].unit != toks[cue].unit \
            or toks[cue - 2].text not in lexicon.lower("speaker_tail_adverbs"):
        return None
    return _description_before(par, cue)


def _plural_head(par: Paragraph, conj: int) -> Span | None:
    """"Brand's lawyers, Mr Ivo Lund and Mr Tomas Reyes, relied on …": names listed after a plural that
    opens the sentence are that group; the group, not the last of the names, is the speaker."""
    toks = par.tokens
    unit = toks[conj].unit
    comma = conj - 1
    while comma > 0 and toks[comma].unit == unit and toks[comma].text != "," and conj - comma <= 6:
        comma -= 1
    first = next((k for k in range(comma + 1) if toks[k].unit == unit), None)
    if first is None or toks[comma].unit != unit:
        return None  # the sentence opens less than a list's length before "and", with no comma: no group
    head = toks[comma - 1].text if comma > first else ""
    if toks[comma].text != "," or not head.islower() or not head.endswith("s") or head.endswith("ss") \
            or any(toks[k].text in ",;:" or toks[k].quoted for k in range(first, comma)):
        return None
    return Span("SRC", first, comma)


def _description_before(par: Paragraph, cue: int) -> Span | None:
    """"After the final the coach replied": a definite role or body right before its cue."""
    toks = par.tokens
    unit = toks[cue].unit
    j = cue
    while j > 0 and cue - j < 2 and toks[j - 1].unit == unit and toks[j - 1].text.lower() in _BETWEEN:
        j -= 1
    if j > 2 and toks[j - 1].text == toks[j - 3].text == "," and toks[j - 3].unit == unit \
            and toks[j - 2].text in lexicon.lower("speaker_tail_adverbs"):
        j -= 3  # "The defence team, however, said"
    end = j
    if end == 0 or toks[end - 1].text.lower() not in lexicon.lower("role_nouns") | lexicon.lower("org_nouns"):
        return None
    k = end - 1
    while k > 0 and end - k < 4 and toks[k - 1].unit == unit and toks[k - 1].text.isalpha() \
            and toks[k - 1].text.islower() and toks[k - 1].text not in ("the", "its", "their"):
        k -= 1
    if k == 0 or toks[k - 1].text.lower() not in ("the", "its", "their") or toks[k - 1].unit != unit:
        return None
    return Span("SRC", k - 1, end)


def clause_subject(par: Paragraph, cue: int) -> Span | None:
    """The subject of the sentence a cue stands in, after an opening phrase (see `subjects.clause_subject`)."""
    return _span(_clause_subject(par, cue))


def _span(found: tuple[int, int] | None) -> Span | None:
    return Span("SRC", *found) if found else None


def _carries_over(par: Paragraph) -> bool:
    """A paragraph that opens with a quotation may carry on the last attribution of the one before."""
    first = par.tokens[0] if par.tokens else None
    return first is not None and first.mark == "open"


def _has_words(par: Paragraph, span: Span) -> bool:
    return any(par.tokens[i].text[:1].isalnum() for i in range(span.start, span.end))


def _quoted_share(par: Paragraph, span: Span) -> float:
    words = [par.tokens[i] for i in range(span.start, span.end) if par.tokens[i].text[:1].isalnum()]
    return sum(t.quoted for t in words) / len(words) if words else 0.0


def _inside(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _nearest(span: Span, candidates: list[Span]) -> Span | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: (span.gap(c), c.start < span.start))
