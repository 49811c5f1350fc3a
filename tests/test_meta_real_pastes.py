"""Metadata in shapes found on real pastes nobody here had seen (issue #17), each in our own invented words."""

from factories import HEAD, STORY, meta_of


def test_a_logo_link_with_its_alternative_text_glued_on_names_the_site_and_is_not_the_headline():
    # "<Site> - Back to home<Site>": the link's words and the logo image's alt text run together in a paste.
    m = meta_of(f"Skip to main content\nSign in\nThe Kessel Ledger - Back to homeThe Kessel Ledger\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "The Kessel Ledger")
