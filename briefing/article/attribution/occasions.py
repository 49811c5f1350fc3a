"""What follows a verb of saying but tells the occasion, not what was said: "The quay is the heart of
the valley, he said while talking to a local radio station." and "…, she said when asked about the
budget." The words after the cue are the writer's; what was said is the clause before it. A verb of
saying in "-ing" glued to the cue ("…, he said adding that the council had paid") opens a second
statement of the same speaker, as it does after a comma."""

from __future__ import annotations

from briefing.article.attribution import cues
from briefing.article.attribution.filters import finite_verbs
from briefing.article.attribution.tokens import Paragraph

_SUBORDINATORS = frozenset({"while", "when", "after", "before", "as"})
_PREPOSITIONS = frozenset({"to", "at", "on", "in", "with", "during", "after", "before", "from"})
_MAX_OCCASION = 8  # words up to the "that" after an occasion: "while visiting the quay that …"


def occasion_tails(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with the occasion after a verb of saying left out of what was said, and an "-ing" verb
    of saying glued to the cue read as a cue of its own."""
    out = list(labels)
    toks = par.tokens
    if not any(t.text.lower() in _SUBORDINATORS or t.text.endswith("ing") for t in toks):
        return out
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
