"""What follows a verb of saying but tells the occasion, not what was said: "The quay is the heart of
the valley, he said while talking to a local radio station." and "…, she said when asked about the
budget." The words after the cue are the writer's; what was said is the clause before it. A verb of
saying in "-ing" glued to the cue ("…, he said adding that the council had paid") opens a second
statement of the same speaker, as it does after a comma."""

from __future__ import annotations

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.filters import finite_verbs
from briefing.article.attribution.tokens import Paragraph

_SUBORDINATORS = frozenset({"while", "when", "after", "before", "as"})
_PREPOSITIONS = frozenset({"to", "at", "on", "in", "with", "during", "after", "before", "from"})
_MAX_OCCASION = 8  # words up to the "that" after an occasion: "while visiting the quay that …"


def occasion_tails(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with the occasion after a verb of saying left out of what was said, and an "-ing" verb
    of saying glued to the cue read as a cue of its own."""
    out = _claim_answered(par, _topic_after_said(par, list(labels)))
    toks = par.tokens
    if not any(t.text.lower() in _SUBORDINATORS or t.text.endswith("ing") for t in toks):
        return out
    _source_before_occasion(par, out)
    for i in range(1, len(toks) - 2):
        if out[i] == "I-CUE" and _glued_cue(toks[i - 1].text, toks[i].text) and toks[i + 1].text.lower() == "that":
            out[i] = "B-CUE"  # "the engineer said insisting that …", read as one cue
            continue
        if out[i] != "B-CON" or not out[i - 1].endswith("CUE") or toks[i].quoted:
            continue
        end = i + 1
        while end < len(toks) and out[end] == "I-CON":
            end += 1
        words = [t.text.lower() for t in toks[i:end]]
        if _glued_cue(toks[i - 1].text, words[0]) and words[1] == "that":
            out[i], out[i + 1] = "B-CUE", "B-CON"  # "he said adding that …"
        elif occasion(words):
            out[i:end] = _without_occasion(words, _said_before(out, i))
    return out


# Verbs that answer what others said: "rejected suggestions that …", "denied reports that …".
_ANSWERING = frozenset({"reject", "dismiss", "deny", "refute", "rebut", "dispute", "contest", "counter", "confirm"})


def _claim_answered(par: Paragraph, out: list[str]) -> list[str]:
    """"The crew rejected suggestions that its players were faking": what was said starts after "that"; the
    claim it answers goes with the cue."""
    toks = par.tokens
    for i in range(1, len(toks) - 2):
        if out[i] != "B-CON" or not out[i - 1].endswith("CUE") or toks[i].quoted:
            continue
        k = i + 1 if toks[i].text.lower() == "the" else i
        if cues.lemma(toks[i - 1].text) not in _ANSWERING:
            continue  # "The union said the idea that wages would rise was a fantasy": the idea is what was said
        if toks[k].text.lower() in lexicon.lower("claim_nouns") and k + 2 < len(toks) and toks[k + 1].text.lower() == "that" \
                and out[k + 1] == "I-CON" and out[k + 2] == "I-CON" and toks[k + 2].text.lower() not in finite_verbs():
            out[i:k + 2] = ["I-CUE"] * (k + 1 - i) + ["O"]
            out[k + 2] = "B-CON"
    return out


def _topic_after_said(par: Paragraph, out: list[str]) -> list[str]:
    """"Now is no time for a rise, Ana Veer said of the new levy": what was said is the clause before the
    speaker, and the words after "said of" are what it was said about."""
    toks = par.tokens
    for i in range(2, len(toks) - 1):
        if toks[i].text.lower() != "of" or out[i] != "I-CUE" or out[i + 1] != "B-CON" or toks[i + 1].quoted:
            continue
        src = i - 1
        while src > 0 and out[src] != "B-SRC" and out[src].endswith("CUE"):
            src -= 1
        while src > 0 and out[src] == "I-SRC":
            src -= 1
        first = next(k for k in range(len(toks)) if toks[k].unit == toks[i].unit)
        end = i + 1
        while end < len(toks) and out[end] in ("B-CON", "I-CON"):
            end += 1
        that = next((k for k in range(i + 1, min(end, i + 9)) if toks[k].text.lower() == "that"), None)
        if that is not None and that + 1 < end:
            out[i + 1:that + 1] = ["O"] * (that - i)  # "Veer said of the levy that it was too high"
            out[that + 1] = "B-CON"
        elif (out[src] == "B-SRC" and src >= 5 and toks[src - 1].text == "," and cues.lemma(toks[i - 1].text) == "say"
              and all(out[k] == "O" for k in range(first, src))
              and any(toks[k].text.lower() in finite_verbs() for k in range(first, src))):  # a clause, not "In a later vote,"
            out[i + 1:end] = ["O"] * (end - i - 1)
            out[first:src - 1] = ["B-CON"] + ["I-CON"] * (src - 2 - first)
    return out


def _source_before_occasion(par: Paragraph, out: list[str]) -> None:
    """"“….” says Brand when asked where the rumour came from": the tagger may run the source on into the
    subordinator and read the verb after it as a cue of its own. The source ends before "when", and the
    occasion up to the end of the sentence is the writer's."""
    toks = par.tokens
    for i in range(1, len(toks) - 1):
        if out[i] != "I-SRC" or toks[i].text.lower() not in _SUBORDINATORS or not out[i + 1].endswith("CUE"):
            continue
        end = i
        while end < len(toks) and toks[end].unit == toks[i].unit and not out[end].endswith("CON"):
            end += 1
        if end == len(toks) or toks[end].unit != toks[i].unit:
            out[i:end] = ["O"] * (end - i)


def _glued_cue(before: str, word: str) -> bool:
    """"said adding", "said insisting": a verb of saying in "-ing" right after another."""
    return word.endswith("ing") and cues.lemma(word) is not None and cues.lemma(before) is not None


def occasion(words: list[str]) -> bool:
    """"while talking to a radio station", "when asked about the budget", "speaking at a rally": a
    subordinate participle, or a participle and its preposition."""
    if len(words) < 3:
        return False
    first, second = words[0], words[1]
    if first in _SUBORDINATORS:
        return second.endswith(("ing", "ed"))
    return first.endswith("ing") and cues.lemma(first) is None and second in _PREPOSITIONS


def _without_occasion(words: list[str], said_before: bool) -> list[str]:
    """The labels of a content that opens with an occasion: the occasion left out, and with it the "that"
    of a clause after it ("said while visiting the quay that …"). A bare participle is the occasion only
    after what was said ("…, he said speaking at a rally"): before it, it may be the subject of what was
    said ("Goff said succeeding in 2016 is harder")."""
    kept = ["B-CON"] + ["I-CON"] * (len(words) - 1)
    tensed = any(w in finite_verbs() for w in words[2:])
    if words[0] in _SUBORDINATORS:
        that = words.index("that") if "that" in words[:_MAX_OCCASION] else None
        if that is not None and that + 1 < len(words):
            return ["O"] * (that + 1) + ["B-CON"] + ["I-CON"] * (len(words) - that - 2)
        return kept if tensed else ["O"] * len(words)
    return ["O"] * len(words) if said_before and not tensed else kept


def _said_before(labels: list[str], content: int) -> bool:
    """True when the attribution has what was said before its source and cue ("…, he said while …"),
    so the occasion after the cue takes nothing from the statement."""
    k = content - 1
    while k >= 0 and labels[k][2:] in ("CUE", "SRC"):
        k -= 1
    return k >= 1 and labels[k] == "O" and labels[k - 1].endswith("CON")  # the comma between


_CLAUSE_WORDS = frozenset({"that", "who", "which", "he", "she", "they", "we", "i", "it"})


def setting_after_quotation(par: Paragraph, labels: list[str], first: int, start: int, end: int) -> bool:
    """True when "“….” Brand said in the quay office late on Thursday." ends on where or when it was
    said: the quotation just before is what was said, and a phrase opened by a preposition, with no verb
    of its own, is the writer's setting, not a second content."""
    toks = par.tokens
    if first == 0 or not labels[first - 1].endswith("CON") or not (toks[first - 1].quoted or toks[first - 1].mark):
        return False
    words = [toks[k].text.lower() for k in range(start, end)]
    return bool(words) and words[0] in _PREPOSITIONS and not any(
        w in lexicon.lower("auxiliary_verbs") or w in _CLAUSE_WORDS for w in words)
