"""What looks like an attribution but is not a statement.

- A denial of saying: "Neither minister has said whether …", "declined to comment",
  "would not say".
- The hearer, not the speaker: "Faro was told that …", "was asked whether …",
  "have been charged by the federation".
- A verb of saying inside the subject: "What the minister says is that …".
- A name given to something: "Residents call the estate “the island”" (a nickname
  or title in quote marks, not words anybody said).
- Captions: a paragraph labelled "Photo:" or "Caption:" describes a picture.
- A request to stay unnamed: "…, who asked not to be named because the talks were private".
- A cue whose object is "nothing": "after weeks in which the board had said nothing at all." says
  nothing, and the quotation after it is not its content (silent_cues, on the labels).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.clauses import SUBJECT_PRONOUNS
from briefing.article.attribution.spans import Attribution, spans_of
from briefing.article.attribution.tokens import Paragraph
from briefing.model import DIRECT, Statement

_NEGATIONS = frozenset({"not", "n't", "never", "neither", "nor", "no", "declined", "refused", "declines", "refuses",
                        "hardly", "scarcely"})
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are"})
_SUBJECT_CLAUSE = frozenset({"what", "whatever", "all", "how"})
_NAMING = frozenset({"call", "dub", "label", "brand", "name", "nickname"})
# A content that is only whom the speaker addressed: "to the council on Friday".
_ADDRESSEE = re.compile(r"^to (?:the|a|an|his|her|their|its|our|my|this|that|these|those)\s(?!.*\bthat\b)", re.IGNORECASE)
_CAPTION = re.compile(r"^\s*(?:photo|photograph|picture|image|caption|video|graphic|file photo)\s*:", re.IGNORECASE)


# What a product recall takes, or a cost adds: "about 210,000 phones", "between $40,000 and $55,000".
_QUANTITY = re.compile(r"(?:(?:about|nearly|almost|some|roughly|around|over|more than|up to|between)\s+)?[$£€]?\d",
                       re.IGNORECASE)


def quoted_words(par: Paragraph, att: Attribution) -> int:
    toks = par.tokens
    return sum(1 for s in att.contents for i in range(s.start, s.end) if toks[i].quoted and toks[i].text[:1].isalnum())


def _has_verb(par: Paragraph, att: Attribution) -> bool:
    """True when what was said holds a verb of its own ("to the crowd the port would reopen"), not only
    whom it was said to."""
    return _verb_in([par.tokens[i].text.lower() for s in att.contents for i in range(s.start, s.end)])


def _verb_in(words: list[str]) -> bool:
    """A finite verb or a word that reads as a past form among lower-case words."""
    return any(w in finite_verbs() or len(w) > 4 and w.endswith("ed") for w in words)


@cache
def finite_verbs() -> frozenset[str]:
    return lexicon.lower("auxiliary_verbs") | lexicon.lower("past_tense_verbs")


def text_from(par: Paragraph, start: int) -> str:
    return par.text[par.tokens[start].start:] if start < len(par.tokens) else ""


def caption(text: str) -> bool:
    return bool(_CAPTION.match(text))


def not_a_statement(par: Paragraph, att: Attribution, words: int) -> bool:
    """True when the attribution is a denial, a passive, a subject clause or a naming."""
    if att.cue is None:
        return False
    toks = par.tokens
    cue_words = [toks[i].text.lower().replace("’", "'") for i in range(att.cue.start, att.cue.end)]
    before = [toks[i].text.lower().replace("’", "'") for i in range(max(0, att.cue.start - 2), att.cue.start)]
    source = [toks[i].text.lower() for i in range(att.source.start, att.source.end)] if att.source else []
    if any(w in _NEGATIONS or w.endswith("n't") for w in cue_words + before) or source[:1] == ["neither"]:
        return True
    heard = before + cue_words[:3]  # the cue's own opening: "said the rowers had been charged" is no passive
    if any(a in _PASSIVE and b in lexicon.lower("hearer_verbs") for a, b in zip(heard, heard[1:])):
        return True  # "Faro was told that …", "Two rowers have been charged": Faro and the rowers heard it
    inverted = att.source is not None and att.source.start > 0 and toks[att.source.start - 1].text.lower() in _PASSIVE
    progressive_cue = any(w.endswith("ing") for w in cue_words)
    if source == ["it"] and (_PASSIVE & set(before + cue_words) or inverted) and not progressive_cue:
        return True  # "it was revealed that …", "Only then was it announced that …": nobody says it ("it is
        # urging" is the body that "it" stands for, speaking)
    lemma = cues.lemma(cue_words[0]) or ""
    if att.source is not None and 0 <= att.source.start - att.cue.end <= 1 and lemma in lexicon.lower("object_verbs"):
        return True  # "The union, which won its case, condemned the fresh cuts": the cuts are no speaker
    unit_start = att.cue.start
    while unit_start > 0 and toks[unit_start - 1].unit == toks[att.cue.start].unit:
        unit_start -= 1
    if toks[unit_start].text.lower() in _SUBJECT_CLAUSE and att.cue.start - unit_start <= 5:
        return True
    if cue_words[0] == "asked" and att.cue.start - unit_start <= 1 and (att.source is None or att.source.start > att.cue.start) \
            and not (att.source is not None and toks[att.source.start - 1].text.lower() == "by"):
        return True  # "Asked if the ferry would run, the captain said …": the question put to the speaker
    content = text_from(par, att.contents[0].start).lower()
    if _passive_report(before[-1:] + cue_words, content):
        return True
    if any(content.startswith(p) for p in lexicon.entries("anonymity_phrases")):
        return True  # "who asked not to be named": a request about the speaker's name
    if cues.lemma(cue_words[-1]) == "say" and re.match(rf"(?:{'|'.join(map(re.escape, lexicon.entries('said_objects')))})\b", content):
        return True  # "Kessel said goodbye to its last tram", "the mayor said a few words"
    if _ADDRESSEE.match(content) and words <= 10 and not quoted_words(par, att) and not _has_verb(par, att):
        return True  # "Quell wrote to the port authority on Friday": whom she wrote to, not what
    lemmas = set(map(cues.lemma, cue_words))
    progressive = bool(before) and before[-1] in _PASSIVE  # "were adding", not "she added"
    if ("recall" in lemmas or "add" in lemmas and progressive) and _QUANTITY.match(text_from(par, att.contents[0].start)):
        return True  # "Lumen is recalling about 210,000 phones", "the fee was adding $40 to a ticket": a sum
    if counted_object(par, att):
        return True
    quoted = quoted_words(par, att)
    # "Residents call the estate “the island”" names a place; "she called them “deplorables”" is speech.
    present = not cue_words[0].endswith("ed")
    return lemma in _NAMING and present and words <= 6 and 0 < quoted <= 3


def _passive_report(words: list[str], content: str) -> bool:
    """"The staff were said to be in meetings", "two patients are reported to be stable": a passive report
    with an infinitive says how things stand by hearsay; its subject is what was talked about, not who spoke."""
    return content.startswith("to ") and len(words) >= 2 and words[-2] in _PASSIVE \
        and (words[-1] == "said" or words[-1].endswith("ed"))


# A count or a sum opening a noun phrase: "12 goals", "a 6% rise", "about 300 jobs".
_COUNT = re.compile(r"(?:(?:a|an|about|nearly|almost|some|over|more than|up to)\s+)?[$£€]?\d", re.IGNORECASE)


def counted_object(par: Paragraph, att: Attribution) -> bool:
    """True when a verb that can act on a thing ("conceded", "demanding") has for its reported content a
    count or a sum with no quotation mark and no verb of its own ahead of a clause: "Kessel conceded
    12 goals in two games", "the crews are demanding a 6% rise". A plain noun phrase ("rejected the
    offer", "questioned the need for a vote") stays a statement, as news annotation counts it."""
    toks = par.tokens
    lemmas = [cues.lemma(toks[i].text) for i in range(att.cue.start, att.cue.end)] if att.cue else []
    if next((lem for lem in lemmas if lem), None) not in lexicon.lower("counted_object_verbs"):
        return False
    span = [i for s in att.contents for i in range(s.start, s.end)]
    if not span or any(toks[i].quoted or toks[i].mark for i in span) or not _COUNT.match(text_from(par, span[0])):
        return False
    words = [toks[i].text.lower() for i in span]
    head = next((k for k, w in enumerate(words) if w in _CLAUSE_OPENERS), len(words))
    return not _verb_in(words[:head])


# Words that open a clause inside a noun phrase ("a rise, whichever …", "300 jobs that …").
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "whichever", "whether", "where", "when"})


_PRONOUNS = SUBJECT_PRONOUNS - {"there"}


def silent_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels without a cue that holds its own object "nothing" and ends its sentence ("the board
    had said nothing at all."), nor the source before it: the cue said nothing, so what follows in
    the next sentence is not its content (a quotation there goes on with the speaker before)."""
    out = list(labels)
    toks = par.tokens
    if "nothing" not in par.text:
        return out
    for s in (s for s in spans_of(labels) if s.role == "CUE"):
        end = s.end
        if end < len(toks) and toks[end].text.lower() == "nothing" and labels[end] == "B-CON":
            while end + 1 < len(toks) and labels[end + 1] == "I-CON" and toks[end + 1].text.lower() in _NOTHING_MORE:
                end += 1  # "had said | nothing at all": the tagger read "nothing" as what was said
            end += 1
        words = [toks[i].text.lower() for i in range(s.start, end)]
        said = next((k for k, w in enumerate(words[:-1]) if cues.lemma(w) and words[k + 1] == "nothing"), None)
        rest = range(end, len(toks))
        if said is None or any(w in finite_verbs() for w in words[said + 2:]) \
                or any(toks[i].unit == toks[s.start].unit and toks[i].text[:1].isalnum() for i in rest):
            continue  # "said nothing would change": "nothing" opens what was said
        start = s.start
        while start > 0 and out[start - 1].endswith("SRC"):
            start -= 1
        for i in range(start, end):
            out[i] = "O"
    return out


_NOTHING_MORE = frozenset({"at", "all", "else", "more", "further", "new", "of", "the", "kind", "sort"})


def _word_seq(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.casefold()))


def without_repeats(statements: list[Statement]) -> list[Statement]:
    """Statements less those that repeat part of another by the same speaker in the same paragraph.
    A wrapper that holds its own speaker and cue goes first ("Lind says that the yard will close"
    beside "the yard will close"); then a piece cut short ("a third man was hurt after he saw the
    suspect and" beside the whole of what the chief said)."""
    words = [_word_seq(s.text) for s in statements]

    def pairs(keep: list[int]):
        for i in keep:
            for j in keep:
                s, o = statements[i], statements[j]
                if i != j and o.paragraph == s.paragraph and o.speaker == s.speaker and o.kind == s.kind:
                    at = _position(words[i], words[j])
                    if at is not None and not (words[i] == words[j] and i < j):
                        yield i, j, at

    keep = list(range(len(statements)))
    out = list(statements)
    wrappers = set()
    for i, j, at in list(pairs(keep)):
        if statements[j].kind == DIRECT:
            continue
        speaker = statements[i].speaker or ""
        if _wraps(words[j][:at], speaker):
            wrappers.add(j)  # "Lind says that the yard will close" beside "the yard will close"
        elif at == 0 and _cue_after(words[j][len(words[i]):], speaker):
            # "The ferry will stop, Lind said, and the yard will close" beside "The ferry will stop": what
            # follows the inner cue is a statement of its own
            rest = _after_cue(statements[j].text, statements[i].text)
            if rest is None:
                wrappers.add(j)
            else:
                out[j] = replace(statements[j], text=rest)
                words[j] = _word_seq(rest)
    keep = [k for k in keep if k not in wrappers]
    pieces = {i for i, _j, _at in pairs(keep)}
    return [out[k] for k in keep if k not in pieces]


def _after_cue(long: str, short: str) -> str | None:
    """What `long` says after `short` and the speaker and cue that follow it, when it is three words or more."""
    if not long.startswith(short):
        return None
    m = re.match(r"[\s,;:—–-]*\w+\s+\w+[\s,;:—–-]*(?:(?:and|but)\s+)?", long[len(short):])
    rest = long[len(short) + m.end():].strip(" ,;") if m else ""
    return rest if len(rest.split()) >= 3 else None


def _wraps(before: tuple[str, ...], speaker: str) -> bool:
    """The words before a statement inside another are its speaker and cue: "Lind says (that)",
    "she said in" (a word of the content may be left before it)."""
    for k in range(len(before) - 1, max(len(before) - 3, 0), -1):
        if cues.lemma(before[k]) is not None:
            return before[k - 1] in _PRONOUNS or before[k - 1] in _word_seq(speaker)
    return False


def _cue_after(after: tuple[str, ...], speaker: str) -> bool:
    """The words after a statement inside another are its speaker and cue: "…, Lind said, and …"."""
    return len(after) >= 2 and (after[0] in _PRONOUNS or after[0] in _word_seq(speaker)) \
        and cues.lemma(after[1]) is not None


def _position(short: tuple[str, ...], long: tuple[str, ...]) -> int | None:
    """Where the words of `short` stand inside `long`, or None."""
    n = len(short)
    if not n or n > len(long):
        return None
    return next((k for k in range(len(long) - n + 1) if long[k:k + n] == short), None)
