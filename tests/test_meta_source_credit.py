"""A 'Source: OUTLET' line under a story the site carries: the site when the page names no other, the credit when
the page names itself in its own voice (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

STORY = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_source_line_beside_the_page_naming_itself_twice_is_the_credit():
    text = (f"{STORY}\n\nSource: The Kessel Ledger\n\nGet Marrow News daily and direct to your inbox\n\n"
            "Download the Marrow News app for the latest stories")
    info = meta_of(text)
    assert (info.source, info.credit) == ("Marrow News", "The Kessel Ledger")


def test_a_source_line_alone_names_the_site_and_no_credit():
    info = meta_of(f"{STORY}\n\nSource: The Kessel Ledger")
    assert (info.source, info.credit) == ("The Kessel Ledger", None)


def test_a_source_line_of_wires_stays_the_credit():
    assert meta_of(f"{STORY}\n\nSource: AFP, Reuters").credit == "AFP, Reuters"
