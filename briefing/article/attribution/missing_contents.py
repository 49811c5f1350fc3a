"""Contents the tagger left out where it found a cue and a source: "CLAUSE, the company said." (the
clause before), "Ostel told the Courier that CLAUSE" and "Lind said CLAUSE" (the clause after), and the
words before a parenthetical attribution ("That is enough, Berg argued, to make the route worth it")."""

from __future__ import annotations

from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues, occasions
from briefing.article.attribution.after_quotes import mark_content
from briefing.article.attribution.clauses import SUBJECT_PRONOUNS, VENUES
from briefing.article.attribution.filters import finite_verbs
from briefing.article.attribution.tokens import Paragraph

_LEAD_NOT_CONTENT = frozenset("in on at after before during since for from with by as when while if according".split())
_OBJECT_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "convince", "promise", "brief", "advise"})
_TAIL_SKIP = frozenset({",", "—", "–", "-"})
# Words that open a clause of the scene, never what was said ("After" and "Since" open phrases of time too:
# "After some delays, the work has met the standards, an official said" reports the whole sentence).
_SUBORDINATORS = frozenset({"when", "while", "whilst", "if", "although", "though", "because", "unless", "whenever"})


def complete_contents(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a content marked where the tagger found a cue and a source in a sentence
    but no content: "CLAUSE, the company said." (the clause before), "Ostel told the Courier
    that CLAUSE" and "Lind said CLAUSE" (the clause after)."""
    out = list(labels)
    toks = par.tokens
    by_unit: dict[int, list[int]] = {}
    for i, tok in enumerate(toks):
        by_unit.setdefault(tok.unit, []).append(i)
    for members in by_unit.values():
        roles = [labels[i][2:] for i in members]
        if "CON" in roles and "CUE" in roles:
            _lead_in(par, members, roles, out)
            _verb_after_comma(par, members, out)
            continue
        if "CON" in roles or "CUE" not in roles:
            continue
        first_attr = next(k for k, r in enumerate(roles) if r in ("SRC", "CUE"))
        last_attr = max(k for k, r in enumerate(roles) if r in ("SRC", "CUE"))
        tail = [toks[members[k]].text for k in range(last_attr + 1, len(members))]
        if first_attr >= 4 and (all(not t[:1].isalnum() for t in tail) or _adjunct_tail(par, members, first_attr, tail)
                                or _remark_tail(par, members, first_attr, tail) or _manner_tail(par, members, first_attr, tail)) \
                and ":" not in tail:  # "When the appeal came up, Justice Veer said:" introduces what follows
            # The clause before: up to the comma (or dash) that opens the attribution.
            end = first_attr
            while end > 0 and (toks[members[end - 1]].text in _TAIL_SKIP or not toks[members[end - 1]].text[:1].isalnum()):
                end -= 1
            begin = _past_subordinate(par, members, end)
            if begin is not None:
                mark_content(out, members[begin], members[end - 1] + 1)
            continue
        cue = max(k for k, r in enumerate(roles) if r == "CUE")
        start = _after_cue(par, members, cue)
        end = len(members)
        while end > start and not toks[members[end - 1]].text[:1].isalnum():
            end -= 1
        if toks[members[-1]].text == ":":
            continue  # "Lind said in a statement on Monday:" introduces what follows, it is not what she said
        if end - start >= 4 and all(roles[k] == "" for k in range(start, end)) and not (
                first_attr == 0 and occasions.setting_after_quotation(par, out, members[0], members[start], members[end - 1] + 1)):
            mark_content(out, members[start], members[end - 1] + 1)
            _lead_in(par, members, [out[i][2:] for i in members], out)
    return out


_TAIL_WORDS = 10  # "…, the board said late on Monday at its offices in the port city": an adjunct is short
_TAIL_VERBS = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "should", "can",
                         "may", "might", "did", "does", "do", "that", "who", "which", "to"})


def _past_subordinate(par: Paragraph, members: list[int], end: int) -> int | None:
    """Where what was said starts in the clause before an attribution: after an opening subordinate clause and
    its comma ("Though the turnout rose, MAIN, analysts say" reports MAIN), else at the start; None when
    nothing is left after the subordinate clause."""
    toks = par.tokens
    if toks[members[0]].text.lower() not in _SUBORDINATORS:
        return 0
    comma = next((k for k in range(1, end) if toks[members[k]].text == ","), None)
    if comma is None or end - (comma + 1) < 4:
        return None
    return comma + 1


def _adjunct_tail(par: Paragraph, members: list[int], first_attr: int, tail: list[str]) -> bool:
    """True when all that follows "CLAUSE, the board said" is when and where it was said ("last
    night in the capital, Kestrel"): the clause before is what was said, not the adjunct."""
    toks = par.tokens
    words = [t for t in tail if t[:1].isalnum()]
    if not words or len(words) > _TAIL_WORDS or toks[members[first_attr - 1]].text != ",":
        return False
    head = words[0].lower()
    if head not in lexicon.lower("time_words") and (head not in lexicon.lower("prepositions") or head == "to") \
            and head not in ("last", "late", "early", "earlier", "this"):
        return False
    if any(toks[m].quoted for m in members[len(members) - len(tail):]):
        return False
    return not any(w.islower() and (w in _TAIL_VERBS or w.endswith("ed") or w in lexicon.lower("past_tense_verbs"))
                   for w in words)


def _remark_tail(par: Paragraph, members: list[int], first_attr: int, tail: list[str]) -> bool:
    """True when "CLAUSE, its government said on Monday, a step that threatens …" ends on the writer's
    remark about the whole sentence: a noun phrase opened by "a" or "an" after the when and where."""
    if "," not in tail or par.tokens[members[first_attr - 1]].text != ",":
        return False
    comma = tail.index(",")
    when = [t for t in tail[:comma] if t[:1].isalnum()]
    if len(when) > 5 or when and when[0].lower() not in _tail_openers():
        return False
    after = tail[comma + 1:]
    return len(after) >= 3 and after[0].lower() in ("a", "an") and any(w.lower() in ("that", "which") for w in after[1:5])


def _manner_tail(par: Paragraph, members: list[int], first_attr: int, tail: list[str]) -> bool:
    """True when "CLAUSE, Brand said, reading from a statement" ends on how it was said: a participle that is no
    verb of saying, after the comma that closes the attribution."""
    if len(tail) < 3 or tail[0] != "," or par.tokens[members[first_attr - 1]].text != ",":
        return False
    verb = tail[1]
    return verb.islower() and verb.endswith("ing") and len(verb) > 5 and cues.lemma(verb) is None \
        and not any(par.tokens[m].quoted for m in members[len(members) - len(tail):])


@cache
def _tail_openers() -> frozenset[str]:
    return lexicon.lower("time_words") | lexicon.lower("prepositions") | {"last", "late", "early", "earlier", "this"}


def _lead_in(par: Paragraph, members: list[int], roles: list[str], out: list[str]) -> None:
    """"That is enough, Berg argued, to make the route worth taking": the words before a
    parenthetical attribution belong to the content after it."""
    first_attr = next(k for k, r in enumerate(roles) if r in ("SRC", "CUE"))
    last_attr = max(k for k, r in enumerate(roles) if r in ("SRC", "CUE"))
    toks = par.tokens
    if first_attr < 2 or toks[members[first_attr - 1]].text != ",":
        return
    if last_attr + 2 >= len(members) or toks[members[last_attr + 1]].text != "," or roles[last_attr + 2] != "CON":
        return  # only the parenthetical shape: ", Berg argued, " between two parts of one clause
    if first_attr == 2 and toks[members[last_attr + 2]].text not in _TAIL_VERBS - {"that", "who", "which", "to"}:
        return  # one word before: only a subject whose verb opens the rest ("Kessel, she said, had asked …")
    if any(r for r in roles[:first_attr]) or toks[members[0]].text.lower() in _LEAD_NOT_CONTENT:
        return
    after = next((toks[m] for m in members[last_attr + 2:] if toks[m].text[:1].isalnum()), None)
    if after is None or toks[members[0]].quoted != after.quoted:
        return  # "Asked about the delay, Amsel said, “…”": a lead-in of the narrative, not his words
    mark_content(out, members[0], members[first_attr - 1])


def _verb_after_comma(par: Paragraph, members: list[int], out: list[str]) -> None:
    """A reported clause the tagger stopped short runs on to the end of its sentence when the rest holds
    no cue, source or quotation of its own: stopped at a comma before it reached its verb ("Lind said
    only help from Kessel, Marrow and Harbour could open the road"), or at the closing mark of a quoted
    word in mid-clause ("Lind said she was “upset” by the delay")."""
    toks = par.tokens
    roles = [out[i][2:] for i in members]
    last = max(k for k, r in enumerate(roles) if r == "CON")
    cue = max(k for k, r in enumerate(roles) if r == "CUE")
    if cue > last or last + 2 >= len(members):
        return
    if any(cues.lemma(toks[members[k]].text) in lexicon.lower("object_verbs") for k in range(cue + 1) if roles[k] == "CUE"):
        return  # "praised the crew, who had worked all night": the crew is what she praised
    said = [k for k in range(cue + 1, last + 1) if roles[k] == "CON"]
    end = len(members)
    while end > last and not toks[members[end - 1]].text[:1].isalnum():
        end -= 1
    rest = range(last + 1, end)
    if not said or any(roles[k] or toks[members[k]].quoted or toks[members[k]].mark for k in rest) \
            or any(_lower_cue(toks[members[k]].text) or toks[members[k]].text == ";" for k in rest):
        return
    words = [toks[members[k]].text for k in said]
    after = toks[members[last + 1]].text
    opening = toks[members[said[0]]]
    if toks[members[last]].mark == "close" and after in lexicon.lower("prepositions") and after not in ("to", *VENUES) \
            and not (opening.quoted or opening.mark) and any(_finite(w) for w in words):
        # "was “upset” by the delay", not "…” but he …" nor "“reckless” in an interview on Monday" (where it was said)
        mark_content(out, members[said[0]], members[end - 1] + 1)
    elif after == "," and words[0].lower() != "that" and not any(_finite(w) or toks[members[k]].quoted for k, w in zip(said, words)) \
            and _verb_ahead([toks[members[k]].text for k in rest][1:]):
        mark_content(out, members[said[0]], members[end - 1] + 1)


# Words that open a clause of the writer's after a comma ("…, which includes …", "…, though she did not …").
_NEW_CLAUSE = _SUBORDINATORS | frozenset({"which", "who", "whom", "whose", "that", "where", "as", "since", "but",
                                          "and", "or", "so", "yet", "after", "before"})


def _verb_ahead(tail: list[str]) -> bool:
    """True when the words after the comma lead to the verb the reported clause lacks: more of its subject
    ("Marrow and Harbour could …", "found in 40 towns, are …", an aside between dashes), not a clause of
    the writer's own ("which includes …", "though she did not …", "referring to …")."""
    if not tail or tail[0].lower() in _NEW_CLAUSE | SUBJECT_PRONOUNS or tail[0].endswith("ing"):
        return False
    dashed = False
    for word in tail:
        if word in ("-", "–", "—"):
            dashed = not dashed
        elif _finite(word):
            return not dashed
        elif word.lower() in _NEW_CLAUSE - {"and", "or"} and not dashed:
            return False
    return False


def _lower_cue(word: str) -> bool:
    return word[:1].islower() and cues.lemma(word) is not None  # "Ivo Brand" names a man, "brand" would be a cue


def _finite(word: str) -> bool:
    return word.lower() in finite_verbs()


def _after_cue(par: Paragraph, members: list[int], cue: int) -> int:
    """Where the content starts after a cue: past "that", or past the person told and "that"."""
    toks = par.tokens
    k = cue + 1
    lemma = cues.lemma(toks[members[cue]].text) or ""
    if lemma in _OBJECT_VERBS:
        for j in range(k, min(k + 7, len(members))):
            if toks[members[j]].text.lower() == "that":
                return j + 1
    that = _that_after_setting(par, members, k, lemma in _OBJECT_VERBS)
    if that is not None:
        return that + 1
    while k < len(members) and toks[members[k]].text.lower() in ("that", ","):
        k += 1
    return k


_SETTING_WORDS = 16  # "told the Tarn Gazette newspaper of Marrow on Saturday that": who heard it, where and when
_CLAUSE_SIGNS = frozenset({"he", "she", "they", "we", "i", "it", "who", "which", "whose", "whom", "what", "had", "has",
                           "have", "was", "were", "is", "are", "will", "would", "could", "should", "can", "did"})


def _that_after_setting(par: Paragraph, members: list[int], k: int, hearer: bool) -> int | None:
    """The index in `members` of the "that" after who heard it or where and when it was said ("told the
    Tarn Gazette on Saturday that", "wrote in an op-ed for the Courier that", "said Monday during a visit
    to the quay, that"), or None when what follows the cue is no such setting: the words before "that"
    open with the hearer (after a verb of telling), a preposition of place or a day, and hold no sign
    of a clause of their own (a pronoun, an auxiliary, a relative word, a quotation)."""
    toks = par.tokens
    if k >= len(members):
        return None
    first = toks[members[k]].text.lower()
    if not hearer and first not in ("in", "on", "at", "during") and first not in lexicon.lower("time_words"):
        return None
    preps = lexicon.lower("prepositions")
    for j in range(k, min(k + _SETTING_WORDS, len(members) - 1)):
        tok = toks[members[j]]
        if tok.quoted or tok.mark or tok.text.lower() in _CLAUSE_SIGNS or tok.text.lower() == "to" \
                or tok.text in ("—", "–", "-", "--"):
            return None  # "responded on Monday to claims that …", "… on Tuesday — a move that …"
        if j > k and tok.text.lower() in _NOUN_OPENERS and toks[members[j - 1]].text.lower() not in preps:
            return None  # "said Monday the rules that Brussels set …": what was said began at "the rules"
        if tok.text.lower() == "that":
            after = toks[members[j + 1]]
            return j if j > k and (after.mark == "open" or _opens_clause(after.text)) else None
    return None


_NOUN_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those"})
_THAT_OPENERS = SUBJECT_PRONOUNS | _NOUN_OPENERS | frozenset({"no", "some", "most", "many", "all", "if", "when"})


def _opens_clause(word: str) -> bool:
    """'he', 'the', 'Lind': a word that opens a clause after "that"; not a verb ("a plan that
    injects …"), where "that" opens a relative clause instead."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in _THAT_OPENERS
