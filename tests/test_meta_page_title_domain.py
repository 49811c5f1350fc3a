"""A page's title whose suffix is the site's address glued to its slogan by a bare dash
('Headline - kessel7.com-Kessel News, Weather & Sports'), over the headline printed alone: the headline is
the bare line and the address names the site, even over a wire's dateline (our own invented examples)."""

from factories import meta_of

HEAD = "Guard hurt as a patrol van backs into him at the Kessel docks"
LEAD = ("KESSEL (AP) - A harbour guard was badly hurt on Sunday when a patrol van backing up to close a lane"
        " struck him near the east gate of the Kessel docks, officials say.")
MORE = ("The driver stopped at once and called for help, the port police said, and the guard was taken to the"
        " Marrow hospital, where he was said to be stable on Monday.")


def _page(title: str) -> str:
    return f" date 2026-03-09 {title}\n{HEAD}\n{LEAD}\n{MORE}\nThe port police say they are looking into it."


def test_a_domain_glued_to_its_slogan_is_the_sites_suffix():
    info = meta_of(_page(f"{HEAD} - kessel7.com-Kessel News, Weather & Sports"))
    assert info.title == HEAD
    assert info.source == "Kessel7"
    assert info.credit == "AP"


def test_ordinary_suffixes_and_tails_are_read_as_before():
    named = meta_of(_page(f"{HEAD} - Kessel Harbour News"))
    assert (named.title, named.source) == (HEAD, "Kessel Harbour News")
    # with no page title, the wire's dateline still gives the outlet
    assert meta_of(f"{HEAD}\n{LEAD}\n{MORE}").source == "AP"
