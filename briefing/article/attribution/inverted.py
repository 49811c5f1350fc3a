"""Attributions written last: "CLAUSE, said Holt at Larchmont Wealth." and
"CLAUSE, the safety board said in its first report."

The speaker and the cue end the sentence, after a comma, so everything before the
comma is what was said. The tagger often marks the cue and leaves the rest, or
reads the words after the cue as the content; this marks the speaker as the
source and the clause as the content. A sentence whose clause the tagger already
labelled is left to it.
"""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues, occasions, reading_view
from briefing.article.attribution.clauses import AUXILIARIES, SUBJECT_PRONOUNS
from briefing.article.attribution.phrases import PERSON, PRONOUN, ROLE, is_group_noun, parse_phrase
from briefing.article.attribution.tokens import Paragraph

MAX_SOURCE = 14  # tokens of a speaker phrase ("said Ana Holt, chief strategist at …")
MAX_SHORT_SOURCE = 7  # tokens of a speaker phrase before its cue ("the state news agency")
MAX_TAIL = 8  # tokens after the attribution: "in its first report", "on Monday"
MIN_CLAUSE = 4  # words of the clause before
_ARTICLES = frozenset({"the", "a", "an"})
_FINITE = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "does", "did"})

_TAIL_WORDS = frozenset({"in", "on", "at", "during", "after", "before", "late", "early", "earlier", "last", "this"})
_AFTER_NAME = frozenset({"in", "on", "during", "after", "late"})  # "said Holt on Monday"; "at" stays in the name
SCENE_OPENERS = frozenset({"in", "on", "at", "after", "before", "during", "since", "for", "from", "with", "by", "as",
                           "when", "while", "if", "despite", "following", "amid", "once", "until", "because"})

Found = tuple[tuple[int, int], int, tuple[int, int], tuple[int, int]]  # clause, cue, source, tail


@cache
def _joiners() -> frozenset[str]:
    """Lower-case words a speaker phrase may hold: articles, prepositions, "and"."""
    return lexicon.lower("prepositions") | _ARTICLES | {"and", "&", "'s", "’s"}


@cache
def _tail_openers() -> frozenset[str]:
    """Words that open what may follow an attribution: "in a statement", "on Monday", "late Friday"."""
    return lexicon.lower("time_words") | _TAIL_WORDS


@cache
def _closing_verb_words() -> re.Pattern[str]:
    """Any closing verb right before a full stop or "!": a cheap test before the token loop."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lexicon.lower("closing_cue_verbs")))) + r")\s*[.!]")


def inverted_attributions(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "CLAUSE, CUE SPEAKER." and "CLAUSE, SPEAKER CUE." marked where the clause has no label."""
    out = list(labels)
    by_unit: dict[int, list[int]] = {}
    for i, tok in enumerate(par.tokens):
        by_unit.setdefault(tok.unit, []).append(i)
    for members in by_unit.values():
        found = _shape(par, members, labels)
        if found is None:
            continue
        (c_lo, c_hi), cue, (s_lo, s_hi), (t_lo, t_hi) = found
        for k in range(c_lo, c_hi):
            out[k] = ("B-" if k == c_lo else "I-") + "CON"
        out[cue] = "B-CUE"
        for k in range(s_lo, s_hi):
            out[k] = ("B-" if k == s_lo else "I-") + "SRC"
        for k in range(s_hi, cue):
            out[k] = "O"  # "has" in "… has said"
        for k in range(t_lo, t_hi):
            if out[k].endswith("CON"):
                out[k] = "O"
    return out


def quotation_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "“…,” said the younger Ms. Lind, smiling." read as the quotation's speaker:
    the words between a cue that follows a closing quotation mark and the end of their phrase name
    who spoke, even where the tagger read them as more of what was said."""
    out = list(labels)
    toks = par.tokens
    for i, tok in enumerate(toks):
        if out[i] != "B-CUE" or i == 0 or not tok.text.islower() or not cues.lemma(tok.text) \
                or not _finite(tok.text) or toks[i - 1].mark != "close" or not out[i - 1].endswith("CON"):
            continue
        end = i + 1
        while end < len(toks) and toks[end].unit == tok.unit and out[end].endswith("CON") and not toks[end].quoted:
            end += 1
        last = _participle_comma(par, list(range(len(toks))), i + 2, end) if end > i + 2 else end
        while last > i + 1 and not toks[last - 1].text[:1].isalnum() and toks[last - 1].text != ".":
            last -= 1
        words = [t.text for t in toks[i + 1:last]]
        closed = last < end or end == len(toks) or toks[end].unit != tok.unit or not toks[end].text[:1].isalnum()
        if not words or len(words) > MAX_SOURCE or not closed or not _speaker_phrase(words):
            continue
        for k in range(i + 1, end):
            out[k] = ("B-" if k == i + 1 else "I-") + "SRC" if k < last else "O"
    return out


def noun_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels without a source and cue that are one noun phrase: "a flat charge on every passage"
    (a verb of saying in its bare form right after "a" or "an" and at most two words is a noun: a
    singular subject would give the verb its -s). What the tagger marked as said stays, for the cue
    near it to claim."""
    out = list(labels)
    toks = par.tokens
    for i, tok in enumerate(toks):
        if out[i] != "B-CUE" or i == 0 or not out[i - 1].endswith("SRC") or cues.lemma(tok.text) != tok.text.lower():
            continue
        start = i - 1
        while start > 0 and out[start] == "I-SRC":
            start -= 1
        before = toks[i - 1].text.lower()
        if i - start > 3 or toks[start].text.lower() not in ("a", "an") or before.endswith("s") \
                or any(t.text.lower() == "few" for t in toks[start:i]):
            continue  # "A few analysts say …": a plural subject takes the bare verb
        end = i + 1
        while end < len(toks) and out[end] == "I-CUE":
            end += 1
        for k in range(start, end):
            out[k] = "O"
    return out


def parenthetical_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with ", Achterberg at Corvin warned," marked as the speaker and cue where the tagger
    read a whole sentence as what was said, the attribution between commas in its middle included."""
    out = list(labels)
    toks = par.tokens
    if ", " not in par.text:
        return out
    cued = {tok.unit for tok, label in zip(toks, labels) if label.endswith("CUE")}
    for i in range(2, len(toks) - 2):
        if toks[i - 1].text != "," or not out[i].endswith("CON") or not out[i - 2].endswith("CON") \
                or toks[i].quoted or toks[i].unit in cued:
            continue
        verb = next((k for k in range(i + 1, min(i + MAX_SHORT_SOURCE + 1, len(toks))) if toks[k].text == ","
                     or toks[k].unit != toks[i].unit or cues.lemma(toks[k].text) and toks[k].text.islower()), None)
        if verb is None or toks[verb].text == "," or toks[verb].unit != toks[i].unit or not _finite(toks[verb].text) \
                or verb + 1 >= len(toks) or toks[verb + 1].text != "," or not out[verb + 1].endswith("CON") \
                or not _speaker_phrase([t.text for t in toks[i:verb]]):
            continue
        for k in range(i, verb):
            out[k] = ("B-" if k == i else "I-") + "SRC"
        out[verb] = "B-CUE"
        out[i - 1] = out[verb + 1] = "O"
        after = verb + 2
        if after < len(toks) and out[after] == "I-CON":
            out[after] = "B-CON"
    return out


_SUBORDINATORS = frozenset({"after", "as", "when", "because", "since", "before", "until", "once"})


def subordinate_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels of "Shares fell after its chief executive said profits would halve" where the tagger
    read the whole sentence as what was said: after a word such as "after", a short speaker phrase and
    a verb of saying report the clause that follows; the main clause is the writer's."""
    out = list(labels)
    toks = par.tokens
    if not any(tok.text in _SUBORDINATORS for tok in toks):
        return out
    cued = {tok.unit for tok, label in zip(toks, labels) if label.endswith("CUE") or label.endswith("SRC")}
    for i, tok in enumerate(toks):
        if tok.text not in _SUBORDINATORS or tok.unit in cued or not labels[i].endswith("CON") or tok.quoted:
            continue
        cue = next((k for k in range(i + 2, min(i + MAX_SHORT_SOURCE + 2, len(toks))) if toks[k].unit == tok.unit
                    and toks[k].text.islower() and cues.lemma(toks[k].text) and _finite(toks[k].text)), None)
        if cue is None:
            continue
        speaker = [t.text for t in toks[i + 1:cue]]
        owned = speaker[0].lower() in _OWNERS and len(speaker) >= 2
        if not (owned or _speaker_phrase(speaker)) or any(t.text in ",;:" for t in toks[i + 1:cue]):
            continue
        end = cue + 1
        while end < len(toks) and toks[end].unit == tok.unit and labels[end].endswith("CON"):
            end += 1
        start = cue + 1 + (cue + 1 < len(toks) and toks[cue + 1].text.lower() == "that")
        while end > start and not toks[end - 1].text[:1].isalnum():
            end -= 1
        if end - start < 3:
            continue
        unit = [k for k in range(len(toks)) if toks[k].unit == tok.unit]
        for k in unit:
            out[k] = "O"
        for lo, hi, role in ((i + 1, cue, "SRC"), (cue, start, "CUE"), (start, end, "CON")):
            for k in range(lo, hi):
                out[k] = ("B-" if k == lo else "I-") + role
        cued.add(tok.unit)
    return out


_AUXILIARY_AFTER_COMMA = re.compile(r",\s+(?:" + "|".join(sorted(AUXILIARIES)) + r")\b", re.IGNORECASE)
_FRONT_WORDS = 6  # "The new bridge over the Tarn": a subject set before a parenthetical attribution


def parenthetical_subjects(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels of "The bridge, Veer told the council, would stay shut until spring": the speaker and
    cue between the commas (whom she told left out), and the subject before them with the verb after
    them as what was said, however the tagger read the sentence."""
    out = list(labels)
    toks = par.tokens
    if par.text.count(",") < 2 or not _AUXILIARY_AFTER_COMMA.search(par.text):
        return out
    by_unit: dict[int, list[int]] = {}
    for i, tok in enumerate(toks):
        by_unit.setdefault(tok.unit, []).append(i)
    for members in by_unit.values():
        commas = [k for k in members if toks[k].text == ","]
        if len(commas) < 2 or any(toks[k].quoted or toks[k].mark for k in members):
            continue
        first, second = commas[0], commas[1]
        front = [k for k in members if k < first]
        middle = [toks[k].text for k in range(first + 1, second)]
        cue = next((n for n, w in enumerate(middle) if w.islower() and cues.lemma(w)
                    and (w.endswith("ed") or w in ("said", "says", "told", "tells", "wrote", "writes"))), None)
        after = second + 1
        if not front or len(front) > _FRONT_WORDS or not toks[front[0]].text[:1].isupper() or cue is None \
                or not 1 <= cue <= 4 or after > members[-1] or toks[after].text.lower() not in AUXILIARIES \
                or _has_verb([toks[k].text for k in front]) or not (
                    _speaker_phrase(middle[:cue]) or len(middle[:cue]) == 1 and middle[0].lower() in SUBJECT_PRONOUNS):
            continue
        end = members[-1] + 1
        while end > after and not toks[end - 1].text[:1].isalnum():
            end -= 1
        for k in members:
            out[k] = "O"
        for lo, hi, role in ((front[0], first, "CON"), (first + 1, first + 1 + cue, "SRC"),
                             (first + 1 + cue, first + 2 + cue, "CUE"), (after, end, "CON")):
            for k in range(lo, hi):
                out[k] = ("B-" if k == lo else "I-") + role
    return out


def _shape(par: Paragraph, members: list[int], labels: list[str]) -> Found | None:
    toks = par.tokens
    end = len(members)
    while end > 0 and not toks[members[end - 1]].text[:1].isalnum():
        end -= 1  # the full stop
    # The last comma of the narrative with an attribution and nothing but a short tail after it.
    for comma in range(end - 2, MIN_CLAUSE - 1, -1):
        if toks[members[comma]].text != "," or toks[members[comma]].quoted:
            continue
        found = _after_comma(par, members, comma + 1, _participle_comma(par, members, comma + 2, end))
        if found is None:
            continue
        dateline = reading_view.dateline_end(par)
        clause = [i for i in members[:comma] if toks[i].start >= dateline]  # "KESTREL BAY — " is nobody's words
        if not clause or sum(1 for i in clause if toks[i].text[:1].isalnum()) < MIN_CLAUSE \
                or any(labels[i] != "O" for i in clause) and not _overlong_source(par, labels, members, clause) \
                and not _said_without_speaker(labels, clause, members[comma:]):
            return None  # the tagger read this sentence another way; leave it to the linking
        if _lead_in(par, clause) or not _has_verb([toks[i].text for i in clause]):
            return None  # "But Norland's leader Ali Vahidi, in his address, noted …": a subject, not a clause
        cue, (s_lo, s_hi), (t_lo, t_hi) = found
        return (clause[0], clause[-1] + 1), members[cue], (members[s_lo], members[s_hi - 1] + 1), \
            (members[t_lo] if t_lo < t_hi else 0, members[t_hi - 1] + 1 if t_lo < t_hi else 0)
    return None


def _said_without_speaker(labels: list[str], clause: list[int], rest: list[int]) -> bool:
    """The tagger marked the clause as what was said and nothing after its comma: ", said resident
    Ana Veer in an interview" is its speaker and cue, as with an unmarked clause."""
    return all(labels[i].endswith("CON") for i in clause if labels[i] != "O") and all(labels[i] == "O" for i in rest)


def _has_verb(words: list[str]) -> bool:
    """A clause has a verb of its own: a tensed word, or a lower-case word ending in -s ("stays")."""
    return any(_tensed(w) or len(w) > 3 and w[:1].islower() and w.endswith("s") and not w.endswith(("ss", "'s", "’s"))
               for w in words)


def _overlong_source(par: Paragraph, labels: list[str], members: list[int], clause: list[int]) -> bool:
    """The tagger read the whole clause and the name after it as one speaker ("Officers talked with
    Vale, 29, at her flat, spokeswoman Jenna Mott told"): no speaker is that long, and none holds a
    tensed clause before the comma that parts it from the cue's subject ("The ships came late, the
    harbour office said")."""
    marked = [labels[i] for i in members if labels[i] != "O"]
    if not all(m.endswith("SRC") or m.endswith("CUE") for m in marked):
        return False
    if sum(1 for m in marked if m.endswith("SRC")) > MAX_SOURCE:
        return True
    # one source running from the clause over the comma: no cue of its own inside the clause
    return labels[clause[-1]].endswith("SRC") and not any(labels[i].endswith("CUE") for i in clause) \
        and any(_tensed(par.tokens[i].text) for i in clause if labels[i].endswith("SRC"))


def _participle_comma(par: Paragraph, members: list[int], start: int, end: int) -> int:
    """Where ", citing …", ", adding that …" or "said adding that …" follows the attribution: its own clause, not the
    speaker's name or a tail ("…, state media reported, adding that …")."""
    toks = par.tokens
    for k in range(start, end - 1):
        nxt = toks[members[k + 1]].text
        if toks[members[k]].text == "," and nxt.islower() and nxt.endswith("ing") and len(nxt) > 4:
            return k
        if nxt.endswith("ing") and cues.lemma(nxt) and cues.lemma(toks[members[k]].text) and k + 2 < end \
                and toks[members[k + 2]].text.lower() == "that":
            return k + 1  # "…, he said adding that …", the comma left out
    return end


def _after_comma(par: Paragraph, members: list[int], start: int, end: int) -> tuple[int, tuple[int, int], tuple[int, int]] | None:
    """(cue, source, tail) positions in `members` for ", said Holt …" or ", the board said …"."""
    toks = par.tokens
    words = [toks[members[k]].text for k in range(start, end)]
    if not words or words[0].lower() == "as" and toks[members[-1]].text == "?":
        return None  # "Will the bridge open by May, as Brand has said?": the writer's question
    if cues.lemma(words[0]) and words[0].islower():  # ", said Holt at Larchmont Wealth"
        s_hi = _tail_start(words, 1)
        if s_hi == 1 or s_hi > MAX_SOURCE or not _speaker_phrase(words[1:s_hi]):
            return None
        return start, (start + 1, start + s_hi), (start + s_hi, end)
    verb = next((k for k, w in enumerate(words) if w.islower() and cues.lemma(w)), None)
    if verb is None:
        return None
    # "…, Interior Secretary Dr Ivo Brandt has said": a name with its title may run longer than a description
    subject = words[:verb - 1] if verb > 1 and words[verb - 1] in ("has", "have", "had") else words[:verb]
    titled = all(w[:1].isupper() or w in ("’", "'", "-", ".") for w in subject)
    if not subject or len(subject) > (MAX_SOURCE if titled else MAX_SHORT_SOURCE) or "," in subject \
            or not _finite(words[verb]) or not (_speaker_phrase(subject) or _pronoun(subject)):
        return None
    if not _plain_tail(words[verb + 1:]) and not (cues.lemma(words[verb]) == "tell" and _hearer(words[verb + 1:])):
        return None
    return start + verb, (start, start + len(subject)), (start + verb + 1, end)


def _lead_in(par: Paragraph, clause: list[int]) -> bool:
    """"In the wake of the storm, Ode called …", "But even after the growth cooled, the borrowing
    continued": a clause that only sets the scene before the sentence's own subject."""
    words = [par.tokens[i].text for i in clause]
    k = 0
    while k < len(words) and words[k].lower() in ("but", "and", "yet", "even", "so", "still"):
        k += 1
    return k < len(words) and words[k].lower() in SCENE_OPENERS and "," not in words[k:]


def _tail_start(words: list[str], k: int) -> int:
    """Where a speaker phrase after the cue ends and a tail ("on Monday") begins."""
    j = k
    while j < len(words):
        if words[j].lower() in lexicon.lower("time_words") or words[j].lower() in _AFTER_NAME:
            if _plain_tail(words[j:]):
                return j
        j += 1
    return j


def _plain_tail(words: list[str]) -> bool:
    """Nothing, or a short phrase of time, place or manner with no verb: "in a statement on Monday"."""
    if not words:
        return True
    low = [w.lower() for w in words]
    if len(words) <= MAX_TAIL and "that" not in low and "," not in low and occasions.occasion(low) \
            and not any(_tensed(w) for w in words[2:]):
        return True  # "when asked about the timetable", "while talking to a radio station"
    if len(words) > MAX_TAIL or low[0] not in _tail_openers():
        return False
    return not any(w == "," or _tensed(w) for w in words)  # a noun such as "report" or "statement" may stand in it


def _hearer(words: list[str]) -> bool:
    """Whom a speaker told, with a tail: "reporters", "the Harbour Courier on Monday", "CNN"."""
    if not words or len(words) > MAX_TAIL or any(w == "," or _tensed(w) for w in words):
        return False
    first = words[0]
    return first.lower() in lexicon.lower("hearer_words") or first.lower() in _ARTICLES or first[:1].isupper()


def _speaker_phrase(words: list[str]) -> bool:
    """A name or a description: opens with a capital or an article and has no verb of its own."""
    if not words:
        return False
    first = words[0]
    # "department spokeswoman Jenna Mott": words of description in front of a name
    lower = [w for w in words if w[:1].islower()]
    described_name = (len(words) >= 2 and words[-1][:1].isupper() and len(lower) <= 3
                      and not any(_verb(w) or w in _joiners() or w.endswith("ing") for w in lower))
    if not (first[:1].isupper() or first.lower() in _ARTICLES or described_name):
        return False
    described = first.lower() in _ARTICLES or described_name
    for w in words:
        if w == ",":
            described = True  # an apposition follows: "Holt, chief strategist at …"
            continue
        if w in ("-", ".") or w[:1].isupper() or w[:1].isdigit() or w.lower() in _joiners():
            continue
        if not described or _verb(w):
            return False
    return True


def _pronoun(words: list[str]) -> bool:
    """A subject pronoun alone before the cue: "…, it reported Tuesday", "…, they said"."""
    return len(words) == 1 and words[0].lower() in SUBJECT_PRONOUNS - {"i", "there"}


def _verb(word: str) -> bool:
    return bool(cues.lemma(word)) or _tensed(word)


def _tensed(word: str) -> bool:
    """An auxiliary or a past tense: "was", "has", "asked"."""
    w = word.lower()
    return w in _FINITE or w.endswith("ed") or w in lexicon.lower("past_tense_verbs")


def _finite(word: str) -> bool:
    """A verb of saying in the past or present tense ("said", "says", "announced"), not a noun ("state")."""
    w = word.lower()
    return w.endswith(("ed", "s")) or w in ("said", "told", "wrote", "spoke")


_SOURCING = frozenset({"citing", "quoting"})
_HEAD_STOPS = frozenset({"who", "whom", "that", "which", "familiar", ","})


def cited_informants(par: Paragraph, labels: list[str]) -> list[str]:
    """"…, the Harbour Ledger reported, citing people briefed on the talks": a "citing" read as a cue
    of its own, with the people it names as its content, names whom the speaker relied on, not
    something said; both go back to the narrative. What is cited ("citing the cost of the quay") stays."""
    toks = par.tokens
    out = list(labels)
    for i, tok in enumerate(toks):
        if labels[i] != "B-CUE" or tok.text.lower() not in _SOURCING or i + 1 >= len(toks) \
                or labels[i + 1] not in ("B-CON", "B-SRC"):
            continue
        end = i + 2
        while end < len(toks) and labels[end] == "I-" + labels[i + 1][2:]:
            end += 1
        if labels[i + 1] == "B-SRC" and not (toks[i - 1].text == "," and end - 1 < len(toks) and toks[end - 1].text == ","):
            continue  # "The Ledger, citing two board members, said …": an aside between commas, not a second speaker
        that = next((k for k in range(i + 2, end - 1) if toks[k].text == "," and toks[k + 1].text.lower() == "that"), end)
        if any(t.quoted for t in toks[i + 1:that]) or not _names_people([t.text for t in toks[i + 1:that]]):
            continue
        for k in range(i, that + 2 if that < end else end):
            out[k] = "O"
        if that + 2 < end:  # "reported, citing people briefed on the talks, that …": what was reported
            out[that + 2] = "B-CON"
    return out


def _names_people(words: list[str]) -> bool:
    """Whether a phrase is headed by people ("people briefed on …", "two officials", "sources close to …")."""
    head: list[str] = []
    for w in words:
        low = w.lower()
        if low.endswith(("'s", "’s")):
            head = []  # "Lind's plan": the plan
            continue
        if low in _HEAD_STOPS or low in _joiners() - _ARTICLES or w[:1].islower() and low.endswith(("ed", "ing")):
            break
        head.append(w)
    if not head:
        return False
    if any(w.lower() in lexicon.lower("informant_nouns") or is_group_noun(w) for w in head):
        return True
    found = parse_phrase(" ".join(head))
    return found is not None and found.kind in (PERSON, ROLE)


_OWNERS = frozenset({"its", "their", "his", "her"})


def owned_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """"… fell after its chief executive said …": a possessive the tagger left out of the speaker's
    phrase opens it; it says whose the speaker is."""
    toks = par.tokens
    out = list(labels)
    for i in range(1, len(toks)):
        if labels[i] == "B-SRC" and labels[i - 1] == "O" and toks[i - 1].text.lower() in _OWNERS \
                and toks[i].text.islower() and toks[i - 1].unit == toks[i].unit and not toks[i - 1].quoted:
            out[i - 1], out[i] = "B-SRC", "I-SRC"
    return out


def closing_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels of "CLAUSE, the lawyer submitted." where the tagger left the sentence bare: a verb that
    closes the sentence after a short speaker reports the clause before the comma."""
    if not _closing_verb_words().search(par.text):
        return labels
    out = list(labels)
    toks = par.tokens
    verbs = lexicon.lower("closing_cue_verbs")
    for i, tok in enumerate(toks):
        end = i + 1
        if tok.text not in verbs or end >= len(toks) or toks[end].text not in (".", "!") \
                or end + 1 < len(toks) and toks[end + 1].unit == tok.unit:
            continue
        comma = next((k for k in range(i - 1, max(0, i - 6), -1) if toks[k].text == ","), None)
        if comma is None or toks[comma].unit != tok.unit:
            continue
        start = comma
        while start > 0 and toks[start - 1].unit == tok.unit:
            start -= 1
        mention = parse_phrase(" ".join(t.text for t in toks[comma + 1:i]))
        if comma - start < 4 or mention is None or mention.kind not in (PERSON, ROLE, PRONOUN) \
                or any(label != "O" for label in out[start:end]) or any(t.quoted for t in toks[start:end]):
            continue
        for k in range(start, comma):
            out[k] = "B-CON" if k == start else "I-CON"
        for k in range(comma + 1, i):
            out[k] = "B-SRC" if k == comma + 1 else "I-SRC"
        out[i] = "B-CUE"
    return out
