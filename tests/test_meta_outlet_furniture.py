"""Furniture that looks like an outlet's name is none: a list header under the story, two menu crumbs glued
together over the headline (our own invented pages)."""

from factories import HEAD, P1, P2, P3, P_LONG, meta_of

STORY = "\n\n".join([P_LONG, P1, P2, P3])


def test_a_list_header_under_the_story_is_no_outlet():
    for header in ("Other News Stories", "More Local Stories", "Related News Articles"):
        assert meta_of(f"{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\n{header}").source is None, header


def test_a_signature_with_an_outlet_word_still_names_the_site():
    assert meta_of(f"{HEAD}\n\nMarch 3, 2026\n\n{STORY}\n\nKessel Evening News").source == "Kessel Evening News"


def test_two_glued_menu_crumbs_are_no_masthead():
    text = f"NewsMarrow News\n\nActions\n\n{HEAD}\n\nPosted\n\nMARROW (AP) — {P_LONG}\n\n{P1}\n\n{P2}"
    assert meta_of(text).source == "AP"


def test_a_brand_made_with_an_outlet_word_stays_a_masthead():
    for brand in ("NewsKessel", "SportsKessel Daily"):
        text = f"{brand}\n\nActions\n\n{HEAD}\n\nPosted\n\n{STORY}"
        assert meta_of(text).source == brand, brand
