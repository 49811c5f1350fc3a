"""Cues of saying: verbs ("said", "warned", "tweeted"), nouns ("a statement") and phrases
("according to"), read from the lexicon's reviewed lists."""

from __future__ import annotations

from functools import cache, lru_cache

from briefing import lexicon


@cache
def verb_forms() -> dict[str, str]:
    """Every form of a verb of saying, folded, mapped to its lemma ("warned" -> "warn")."""
    out: dict[str, str] = {}
    for lemma, forms in lexicon.table("speech_verbs").items():
        for form in forms.split():
            out.setdefault(form.casefold(), lemma)
    return out


@cache
def nouns() -> frozenset[str]:
    return lexicon.lower("speech_nouns")


@cache
def phrases() -> tuple[tuple[str, ...], ...]:
    """Multi-word cues as word tuples, longest first."""
    return tuple(sorted((tuple(p.casefold().split()) for p in lexicon.entries("speech_phrases")), key=len, reverse=True))


@lru_cache(maxsize=65536)  # asked of every word by the features and by most rules
def lemma(word: str) -> str | None:
    """The lemma of a verb of saying, or None: lemma("Says") == "say"."""
    return verb_forms().get(word.casefold().replace("’", "'"))


def is_noun(word: str) -> bool:
    return word.casefold() in nouns()
