"""The word lists the cleaner reads, loaded from `briefing/lexicon/` on first use."""

from __future__ import annotations

import re
from functools import cache

from briefing import lexicon


def ui_lines() -> frozenset[str]:
    return lexicon.lower("ui_lines")


def list_headers() -> frozenset[str]:
    return lexicon.lower("list_headers")


def outlet_words() -> frozenset[str]:
    return lexicon.lower("outlet_words")


@cache
def section_words() -> frozenset[str]:
    """Section labels, with the one-word countries and capitals and the regions menus list ('Nepal', 'UAE')."""
    places = {p for p in lexicon.lower("speaking_places") if " " not in p}
    return lexicon.lower("section_words") | lexicon.lower("section_places") | places


def not_first_names() -> frozenset[str]:
    return lexicon.lower("not_first_names")


@cache
def given_names() -> frozenset[str]:
    """Common given names, case-folded: 'Ada Linde |' is a writer's line, 'ACT NOW |' a button's."""
    return frozenset(name.casefold() for name in lexicon.table("given_names"))


def title_abbreviations() -> frozenset[str]:
    return lexicon.lower("title_abbreviations")


def name_particles() -> frozenset[str]:
    return lexicon.lower("name_particles")


@cache
def not_name_words() -> frozenset[str]:
    """Words in the names of outlets and organisations, never in a person's name."""
    return (outlet_words() - lexicon.lower("outlet_words_also_in_names")) | lexicon.lower("organisation_words")


@cache
def role_words() -> re.Pattern:
    """'Staff Writer', 'Senior Correspondent', 'special to': a journalist's role after a byline name."""
    words = sorted(lexicon.lower("role_words"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b", re.IGNORECASE)
