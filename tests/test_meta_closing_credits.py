"""A wire's sign-off closing the story: "With AGENCY" credits the wire even with a list of other stories under it,
and never names the site (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

RELATED = "Harbour ferry fares rise for summer\n\nKessel school wins a regional chess cup\n\nMarrow market to open on Sundays"


def test_with_a_wire_under_the_story_and_a_list_of_other_stories_credits_the_wire():
    info = meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nWith Reuters\n\n{RELATED}")
    assert info.credit == "Reuters"


def test_with_a_wire_as_the_last_line_credits_the_wire_and_names_no_site_with_it():
    info = meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nWith Reuters")
    assert info.credit == "Reuters"
    assert not (info.source or "").startswith("With")


def test_a_related_story_opening_with_with_is_no_credit():
    info = meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nWith Kessel floods, farmers count the cost\n\n{RELATED}")
    assert info.credit is None


LONG_LAST = ("Crews worked through the night to clear the fallen trees from the coast road near Kessel, and the council said "
             "the route would stay shut to lorries until engineers had checked the old sea wall below it for damage.")


def test_initials_in_brackets_closing_a_long_last_paragraph_sign_the_site():
    info = meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{LONG_LAST} (KNAX)")
    assert info.source == "KNAX"


def test_initials_the_story_already_uses_are_no_signature():
    text = f"{HEAD}\n\nThe Kessel Road Board (KRB) met on Monday.\n\n{P2}\n\n{P3}\n\n{LONG_LAST} (KRB)"
    assert meta_of(text).source is None


def test_initials_closing_a_last_paragraph_of_twenty_odd_words_sign_the_site():
    last = "One of the two lorries was still lying on its side across the harbour road late on Tuesday, and the police asked drivers to stay away."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{last} (KNAX)").source == "KNAX"


def test_initials_closing_a_short_last_line_are_no_signature():
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nThe road reopened on Tuesday. (KNAX)").source is None


def test_a_mark_that_closes_the_copy_is_no_signature():
    for mark in ("END", "ENDS", "MORE"):
        assert meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{LONG_LAST} ({mark})").source is None
