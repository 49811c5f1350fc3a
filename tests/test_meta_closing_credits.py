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
