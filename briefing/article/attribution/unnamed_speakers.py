"""Unnamed speakers a later "he" or "she" may stand for: "A spokesman for Veer's office said … He added …"
opens on somebody the article never names, yet the next "he" is that spokesman, not a person named
paragraphs before. Such a subject is noted with the paragraph's names, before its pronouns are read."""

from __future__ import annotations

from briefing.article.attribution import cues
from briefing.article.attribution.clauses import SUBJECT_PRONOUNS
from briefing.article.attribution.entities import Entities
from briefing.article.attribution.phrases import ROLE, parse_phrase
from briefing.article.attribution.tokens import Paragraph

_REACH = 8  # words from the article to the verb of saying
_PRONOUNS = SUBJECT_PRONOUNS - {"there"} | {"you"}


def note_unnamed_speakers(par: Paragraph, base: int, people: Entities) -> None:
    """Record each sentence that opens on an indefinite role with a gender and goes on to a verb of
    saying ("A spokeswoman for the port said"), as that role speaking."""
    toks = par.tokens
    for i, tok in enumerate(toks):
        if tok.text not in ("A", "An") or tok.quoted or i > 0 and toks[i - 1].unit == tok.unit:
            continue
        end = next((k for k in range(i + 2, min(len(toks), i + _REACH + 1))
                    if toks[k].unit == tok.unit and cues.lemma(toks[k].text) and toks[k].text.islower()), None)
        if end is None or any(t.unit != tok.unit or t.quoted or t.text.lower() in _PRONOUNS for t in toks[i:end]):
            continue  # "A new manager, he said, could …": the speaker is the pronoun, not the role
        written = par.text[tok.start:toks[end - 1].end].strip(" ,")
        mention = parse_phrase(written)
        if mention is not None and mention.kind == ROLE and mention.gender and mention.noun and not mention.definite:
            people.described(written, mention.noun, base + tok.unit).gender = mention.gender
