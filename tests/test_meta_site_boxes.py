"""The site named by its logo's alternative text or by the author box's role line (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

STORY = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_logos_alt_text_naming_the_kind_of_site_gives_the_site():
    text = f"Logo of Kessel Herald newspaper Kessel Herald - {HEAD}\n\n{STORY}"
    assert meta_of(text).source == "Kessel Herald"
