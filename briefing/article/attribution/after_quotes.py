"""Quotations credited right after they close, and quotations that go on with the speaker before.

- "“…,” Lind said", "“…,” said Lind, the harbour master", "“…,” Lind barked."
- "“…,” Lind continued. “…”": a sentence that is all quotation goes on with the speaker of the
  sentence before.

The tagger leaves some of these unmarked (long quotations, quotations with quotations inside)
or reads the speaker and the story after it as more of the quotation; this marks them.
"""

from __future__ import annotations

import bisect

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.clauses import SUBJECT_PRONOUNS
from briefing.article.attribution.tokens import Paragraph


def mark_content(labels: list[str], start: int, end: int) -> None:
    """Label tokens `start` to `end` as one content."""
    if end <= start:
        return
    labels[start] = "B-CON"
    for k in range(start + 1, end):
        labels[k] = "I-CON"


_SOURCE_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", "he", "she", "they", "we", "i"})


def quoted_attributions(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with "“…,” Lind said", "“…,” said Lind" and "Lind said: “…”" marked where the
    tagger left the quotation unmarked (long quotations, quotations with quotations inside)."""
    out = list(labels)
    toks = par.tokens
    starts = [t.start for t in toks]
    for q in par.quotes:
        if not q.closed:
            continue
        lo, close = bisect.bisect_right(starts, q.open), bisect.bisect_left(starts, q.close)
        if close >= len(toks) or starts[close] != q.close:
            continue
        inner = [i for i in range(lo, close) if not toks[i].mark]
        words = [i for i in inner if toks[i].text[:1].isalnum()]
        if len(words) < 4:
            continue
        if sum(1 for i in words if labels[i].endswith("CON")) * 2 >= len(words):
            _mend_after_quote(par, close, out)
            continue
        found = _after_quote(par, close)
        if found is None:
            continue
        (src_start, src_end), cue = found
        if any(out[k] != "O" for k in range(src_start, src_end)) and not all(out[k].endswith("SRC") for k in range(src_start, src_end)):
            continue
        mark_content(out, inner[0], inner[-1] + 1)
        out[src_start] = "B-SRC"
        for k in range(src_start + 1, src_end):
            out[k] = "I-SRC"
        out[cue] = "B-CUE"
    return out


def _mend_after_quote(par: Paragraph, close: int, out: list[str]) -> None:
    """Where the tagger read the quotation before "…,” Lind said" but not its attribution."""
    found = _after_quote(par, close)
    if found is None:
        return
    (src_start, src_end), cue = found
    toks = par.tokens
    unit = toks[cue].unit
    if all(out[k].endswith("CON") for k in range(src_start, src_end)):
        # "“…,” said Council President Ana Veer, summing up talks that …": the speaker and the
        # clause after the name were read as more content; they are the source and narrative.
        tail = max(cue, src_end - 1) + 1
        tail += tail < len(toks) and (toks[cue].text, toks[tail].text) in cues.phrases()  # "shot back"
        # "“…,” Brand shot back with a laugh.": the manner of saying ends the attribution too
        ends = tail >= len(toks) or toks[tail].unit != unit or toks[tail].text in (".", "!", "?", "with")
        after = toks[src_end + 1].text.lower() if src_end + 1 < len(toks) and toks[src_end].text == "," else ""
        links = tail + 1 < len(toks) and toks[tail].text == "," and toks[tail + 1].text.lower() in _NARRATIVE_LINKS
        # "“…,” Lind told a meeting held in a church in Tarnside": what follows "told" is the hearer
        told = toks[cue].text.lower() in lexicon.lower("hearer_verbs") and not _reports_after_hearer(par, tail)
        # "“…,” the council's head of budgets ana veer said in a report.": a setting ends the paragraph
        setting = _long_source_to_end(par, close, src_start) == cue
        if not ends and not links and not told and not setting and not _appositive_end(par, tail) \
                and (not after.endswith("ing") or after == "according"):
            return  # the story goes on after the speaker in a clause of its own: the tagger's reading stands
        if not ends:
            _clear_content(out, src_end)
    elif any(out[k] != "O" for k in range(src_start, src_end)) or any(
            out[k].endswith("SRC") for k in range(close, min(len(toks), cue + 8)) if toks[k].unit == unit):
        if not all(out[k].endswith("SRC") for k in range(src_start, src_end)) or not out[cue].endswith("CUE"):
            return  # the tagger read it otherwise
    out[src_start] = out[src_start] if out[src_start].endswith("SRC") else "B-SRC"
    for k in range(src_start + 1, src_end):
        out[k] = "I-SRC"
    out[cue] = out[cue] if out[cue].endswith("CUE") else "B-CUE"
    end = max(cue, src_end - 1) + 1
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].text.lower() in _NARRATIVE_LINKS:
        # "“…,” Veer said, and soon the crowd was cheering": the story goes on, she does not
        k = end + 1
        while k < len(toks) and toks[k].unit == unit and not out[k].endswith("CUE"):
            if out[k].endswith("CON"):
                run = k + 1
                while run < len(toks) and out[run] == "I-CON":
                    run += 1
                if not any(toks[i].quoted or toks[i].mark for i in range(k, run)):
                    _clear_content(out, k)  # narrative, with no quotation in it
                k = run
                continue
            k += 1


def _appositive_end(par: Paragraph, comma: int) -> bool:
    """True when a comma after a speaker opens a description that ends the sentence (", the firm's
    former spokesman."), not a clause that goes on with the story."""
    toks = par.tokens
    if comma >= len(toks) or toks[comma].text != ",":
        return False
    unit = toks[comma].unit
    rest = [t for t in toks[comma + 1:comma + 14] if t.unit == unit]
    if not rest or len(rest) >= 13 or rest[-1].text not in (".", "!", "?"):
        return False  # ", according to the Courier." is no clause either: the speaker said it, the paper reports it
    return not any(t.quoted or t.mark or cues.lemma(t.text) or t.text.lower() in lexicon.lower("auxiliary_verbs")
                   or t.text.islower() and t.text.endswith("ed") for t in rest)


_NARRATIVE_LINKS = frozenset({"and", "but", "as", "while", "when", "then"})
# Words that open what a hearer was told: "told reporters that …", "told the council it would …"
_CLAUSE_SUBJECTS = SUBJECT_PRONOUNS | frozenset({"that", "this", "to", "how", "why", "what"})


def _reports_after_hearer(par: Paragraph, k: int) -> bool:
    """True when the words after "told" go on to report something ("told reporters that the quay …",
    "told the council it would …"): a subordinate clause of its own, not only the hearer."""
    toks = par.tokens
    unit = toks[k - 1].unit
    while k < len(toks) and toks[k].unit == unit and not toks[k].quoted:
        if toks[k].text.lower() in _CLAUSE_SUBJECTS:
            return True
        k += 1
    return False


def _clear_content(out: list[str], start: int) -> None:
    """Set the content run that starts at token `start` to O."""
    k = start
    while k < len(out) and (out[k] == "I-CON" or k == start and out[k] == "B-CON"):
        out[k] = "O"
        k += 1


def _after_quote(par: Paragraph, close: int) -> tuple[tuple[int, int], int] | None:
    """(source span, cue index) of ", Lind said" or ", said Lind" right after a closing mark."""
    toks = par.tokens
    k = close + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks):
        return None
    if cues.lemma(toks[k].text) or _manner_verb(par, close, k, inverted=True):  # ", said Lind, the harbour master"
        s = k + 1
        e = s
        while e < len(toks) and e - s < 6 and (toks[e].text[:1].isupper() or toks[e].text.lower() in _SOURCE_WORDS
                                                or toks[e].text == "."):
            e += 1
        e = _described(toks, s, e)
        e = _name_after_description(toks, s, e)
        return ((s, e), k) if e > s else None
    s = k
    e = s
    while e < len(toks) and e - s < 6 and not cues.lemma(toks[e].text) and (
            toks[e].text[:1].isupper() or toks[e].text.lower() in _SOURCE_WORDS or toks[e].text == "."):
        e += 1
    e = _described(toks, s, e, owned=True)
    e = _past_qualifier(toks, s, e)
    if e > s and e < len(toks) and cues.lemma(toks[e].text):  # ", Lind said" / ", the mayor said"
        return (s, e), e
    if e > s and e + 1 < len(toks) and (toks[e].text, toks[e + 1].text) in cues.phrases():
        return (s, e), e  # "“…,” Brand shot back with a laugh."
    verb = next((j for j in range(s + 1, max(e, s + 3) + 1) if j < len(toks) and _manner_verb(par, close, j)), None)
    if verb is not None:  # "“…,” Lind barked.", "“…!” the chairman roared."
        return (s, verb), verb
    if e - s >= 2 and e < len(toks) and toks[e].text == ",":
        cue = after_appositive(toks, e)
        if cue is not None:
            return (s, e), cue
    cue = _long_source_to_end(par, close, s)
    return ((s, cue), cue) if cue is not None else None


_LONG_SOURCE = 14  # words of "the council's head of budget planning and forecasts ana veer"


def _long_source_to_end(par: Paragraph, close: int, s: int) -> int | None:
    """The cue of "“…,” the council's head of budgets ana veer said in a report." when it ends the
    paragraph: after a quotation that closes on a comma, a run of plain words with no verb, a verb of
    saying, and at most a phrase of where or how it was said (opened by a preposition, with no verb)
    up to the final stop. The speaker's name may be in lower case, so no capitals are asked for."""
    toks = par.tokens
    if toks[close - 1].text != "," and toks[close + 1:close + 2] and toks[close + 1].text != ",":
        return None
    last = len(toks) - 1
    if toks[last].text not in (".", "!") or toks[s].unit != toks[last].unit:
        return None
    aux = lexicon.lower("auxiliary_verbs")
    cue = next((k for k in range(s + 1, min(last, s + _LONG_SOURCE + 1)) if cues.lemma(toks[k].text)), None)
    if cue is None or not toks[cue].text.islower() or any(
            toks[k].quoted or toks[k].mark or not toks[k].text[:1].isalnum() and toks[k].text not in ("’s", "'s")
            or toks[k].text.lower() in aux for k in range(s, cue)):
        return None
    rest = [t.text.lower() for t in toks[cue + 1:last]]
    if rest and (rest[0] not in lexicon.lower("prepositions") or any(
            w in aux or w in _CLAUSE_SUBJECTS or not w[:1].isalnum() for w in rest)):
        return None
    return cue


_VERB_ENDS = frozenset({".", ",", ";", "and", "as", "before", "after", "while", "when", "with"})


def _manner_verb(par: Paragraph, close: int, k: int, inverted: bool = False) -> bool:
    """A verb in the past right after a quotation that opens its sentence and closes on a comma, a "?"
    or a "!", then a name or a short description, and then the end of the sentence, a comma or a word
    that goes on with the scene: "“Sit down,” Lind barked." or "“…!” the chairman roared angrily.":
    however the writer put it, the words were said. With `inverted`, the verb comes first and the
    name after it ends the sentence or opens an appositive: "“…,” remembered Ivo Lind, the …". A title
    in quotation marks ("“Down by the Old Mill,” the band played") is no quotation."""
    toks = par.tokens
    word = toks[k].text
    if not (word.islower() and word.isalpha() and word.endswith("ed") and len(word) > 4):
        return False
    before = toks[close - 1].text if close > 0 else ""
    if before not in (",", "?", "!") and not (close + 1 < len(toks) and toks[close + 1].text == ","):
        return False
    if not _quotation_opens_sentence(par, close) or _title_case_quotation(par, close):
        return False
    if inverted:
        name = k + 1
        while name < len(toks) and toks[name].unit == toks[k].unit and toks[name].text[:1].isupper():
            name += 1
        return k == close + 1 + (toks[close + 1].text == ",") and name - k > 2 \
            and (name >= len(toks) or toks[name].unit != toks[k].unit or toks[name].text in (",", ".", "!", "?"))
    between = [t for t in toks[close + 1:k] if t.text != ","]
    # "an angry Veer", "a weary Brand": an article, one word of manner, and the name
    described = len(between) == 3 and between[0].text.lower() in ("a", "an", "the") and between[1].text.isalpha() \
        and between[1].text.islower() and between[2].text[:1].isupper()
    if len(between) > 4 or any(t.quoted or t.mark or not (t.text[:1].isupper() or t.text.lower() in _SOURCE_WORDS
                                                           or t.text.lower() in lexicon.lower("role_nouns"))
                               for t in between) and not described:
        return False
    nxt = k + 1
    if nxt < len(toks) and toks[nxt].text.endswith("ly") and toks[nxt].text.islower():
        nxt += 1  # "Lind barked angrily."
    return nxt >= len(toks) or toks[nxt].unit != toks[k].unit or toks[nxt].text in _VERB_ENDS


def _quotation_opens_sentence(par: Paragraph, close: int) -> bool:
    """True when the quotation closing at token `close` opened its sentence."""
    toks = par.tokens
    k = close - 1
    while k > 0 and not (toks[k].mark == "open" and toks[k].unit == toks[close].unit):
        k -= 1
    return toks[k].mark == "open" and (k == 0 or toks[k - 1].unit != toks[k].unit)


def _title_case_quotation(par: Paragraph, close: int) -> bool:
    """"“Songs for a Quiet Harbour,”": most words capitalised, as a title's are."""
    toks = par.tokens
    k = close - 1
    while k > 0 and toks[k].mark != "open":
        k -= 1
    words = [t.text for t in toks[k + 1:close] if t.text[:1].isalpha()]
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.75 * len(long_words) and len(words) > 1


def _name_after_description(toks, s: int, e: int) -> int:
    """", asked Harbour pediatrician Dr. Ana Lind": words of description between a capitalised
    word and the name carry the source on to the name."""
    if e == s:
        return e
    k = e
    while k < len(toks) and k - e < 3 and toks[k].unit == toks[s].unit and toks[k].text.isalpha() \
            and toks[k].text.islower() and not cues.lemma(toks[k].text) and toks[k].text not in _LINK_WORDS \
            and toks[k].text not in lexicon.lower("prepositions"):
        k += 1
    if k == e or k >= len(toks) or toks[k].unit != toks[s].unit or not toks[k].text[:1].isupper():
        return e
    while k < len(toks) and toks[k].unit == toks[s].unit and (toks[k].text[:1].isupper() or toks[k].text == "."):
        k += 1
    while k > e and toks[k - 1].text == ".":
        k -= 1
    return k


def _past_qualifier(toks, s: int, e: int) -> int:
    """"“…?” a narrator in the harbour board's ad asks": a described source goes on through a short
    phrase after a preposition up to its cue."""
    if e == s or e >= len(toks) or toks[e].text.lower() not in ("in", "at", "for", "from", "with", "of") \
            or toks[s].text.lower() not in _SOURCE_WORDS:
        return e
    for k in range(e + 1, min(len(toks), e + 6)):
        if toks[k].unit != toks[s].unit or not toks[k].text.replace("'", "").replace("’", "").isalnum():
            return e
        if cues.lemma(toks[k].text) and toks[k].text.islower():
            return k
    return e


def after_appositive(toks, comma: int) -> int | None:
    """The cue after ", director of the tax centre and a professor at Kell University, said" (the
    appositive between a name and its cue), or None."""
    unit = toks[comma].unit
    for k in range(comma + 2, min(len(toks) - 1, comma + 30)):
        t = toks[k]
        if t.unit != unit or t.quoted or t.mark or t.text in (";", ":"):
            return None
        if t.text == ",":
            nxt = toks[k + 1]
            return k + 1 if cues.lemma(nxt.text) and nxt.text[:1].islower() else None
    return None


_LINK_WORDS = frozenset({"and", "but", "or", "that", "who", "which", "rest"})


def _described(toks, s: int, e: int, owned: bool = False) -> int:
    """The end of a source that is a description: past the nouns after "the" ("said the verdict",
    ", the harbour master said") or, with `owned`, after a name's possessive (", Lind's father, Ivo
    Lind, said"); `e` unchanged for a name."""
    if e == s or not all(toks[i].text.lower() in _SOURCE_WORDS for i in range(s, e)) \
            and not (owned and toks[e - 1].text.endswith(("'s", "’s"))):
        return e
    k = e
    while k < len(toks) and k - e < 3 and toks[k].text.replace("-", "").isalnum() and toks[k].text.islower() \
            and not cues.lemma(toks[k].text) and toks[k].text not in _LINK_WORDS \
            and toks[k].text not in lexicon.lower("prepositions"):
        k += 1
    return k


def continued_quotations(par: Paragraph, labels: list[str], carried: bool = False) -> list[str]:
    """The labels with a sentence that is all quotation marked as content when the sentence before
    it holds an attribution ("“…,” Lind continued. “…”"): the same speaker goes on. With `carried`,
    the paragraph before ended with an attribution, and an opening quotation goes on with it."""
    out = list(labels)
    toks = par.tokens
    starts = [t.start for t in toks]
    roles: dict[int, set[str]] = {}
    for tok, label in zip(toks, labels):
        roles.setdefault(tok.unit, set()).add(label[2:])
    attributed = {u for u, r in roles.items() if {"CUE", "CON"} <= r}  # units with a cue and a content
    if carried:
        attributed.add(-1)  # the paragraph before, for the first sentence of this one
    for n, q in enumerate(par.quotes):
        lo = bisect.bisect_left(starts, q.open)
        if lo >= len(toks) or toks[lo].mark != "open" or lo > 0 and toks[lo - 1].unit == toks[lo].unit:
            continue  # only a quotation that opens its sentence
        if toks[lo].unit - 1 not in attributed:
            continue
        if q.closed:
            end = bisect.bisect_left(starts, q.close)
        else:  # left open: it runs to the next quotation, or to the end of the paragraph
            end = bisect.bisect_left(starts, par.quotes[n + 1].open) if n + 1 < len(par.quotes) else len(toks)
        if any(t.unit == toks[lo].unit and t.text[:1].isalnum() for t in toks[end + 1:end + 4]):
            continue  # narrative goes on after the quotation: "“Game Day” was a hit."
        inner = [i for i in range(lo + 1, end) if not toks[i].mark]
        words = [i for i in inner if toks[i].text[:1].isalnum()]
        if len(words) < 3 or sum(1 for i in words if out[i] != "O") * 2 >= len(words):
            continue
        mark_content(out, inner[0], inner[-1] + 1)
    return out
