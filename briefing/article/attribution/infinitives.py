"""Verbs of saying in "to …" after a comma, in sentences the tagger left bare: "Vance went on the radio,
to urge listeners to back the deal" reports what the sentence's subject urged."""

from __future__ import annotations

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.clauses import not_a_clause
from briefing.article.attribution.tokens import Paragraph


def infinitive_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a verb of saying in "to …" after a comma marked in a sentence the tagger left
    bare: "Vance went on the radio, to urge listeners to back the deal" reports what the sentence's
    subject urged. A verb whose object is what it acts on ("urge", "call", "tell") reports only an
    object with an infinitive of its own ("them to back …"); another reports a clause opened by
    "that" ("to warn that …")."""
    out = list(labels)
    toks = par.tokens
    if ", to " not in par.text:
        return out
    cued = {toks[i].unit for i, label in enumerate(out) if label.endswith("CUE")}
    for i in range(1, len(toks) - 5):
        if toks[i].text != "to" or toks[i - 1].text != ",":
            continue
        verb = toks[i + 1]
        lemma = cues.lemma(verb.text) or ""
        if verb.text != lemma or toks[i].unit in cued or verb.unit != toks[i].unit or toks[i].quoted or verb.quoted:
            continue
        k = i + 2 + (toks[i + 2].text.lower() == "that")
        end = k
        while end < len(toks) and toks[end].unit == toks[i].unit and toks[end].text not in (";", ","):
            end += 1
        while end > k and not toks[end - 1].text[:1].isalnum():
            end -= 1
        if end - k < 4 or not_a_clause(toks[k].text) or toks[k].text.lower() == "to" \
                or any(t.quoted or t.mark for t in toks[k:end]):
            continue
        if lemma in lexicon.lower("object_verbs") and not any(
                toks[m].text.lower() == "to" and toks[m + 1].text.islower() for m in range(k + 1, min(k + 5, end - 1))):
            continue  # "…, to praise the crews": whom the verb acts on, not what was said
        if lemma not in lexicon.lower("object_verbs") and k == i + 2:
            continue  # "…, to announce what became a cornerstone": a clause says so with "that"
        out[i] = "B-CUE"
        out[i + 1:k] = ["I-CUE"] * (k - i - 1)
        out[k:end] = ["B-CON"] + ["I-CON"] * (end - k - 1)
        cued.add(toks[i].unit)
    return out
