"""A headline of the shape 'Marrow Party in Dilemma, Says Chief' reads like two names, but printed again and
again over the story, it is the headline and no byline; a real byline
printed twice stays one (our own invented examples)."""

from factories import P2, P3, meta_of

HEAD = "Harbour Union in Dilemma, Says Chief"
LEAD = ("Dock workers in Kessel are split over the new pay offer, the union's chief said on Monday, with a vote"
        " on the deal set for the end of the month.")
STORY = "\n\n".join([LEAD, P2, P3])


def test_a_headline_printed_three_times_is_no_byline():
    text = f"Accessibility links\n\nBreaking News\n\nNews\n\n{HEAD}\n\nupdate\n\n{HEAD}\n\n{HEAD}\n\n{STORY}"
    info = meta_of(text)
    assert info.title == HEAD
    assert info.authors == ()
    assert info.source is None


def test_a_lone_headline_with_a_comma_is_no_byline():
    info = meta_of(f"Kessel Dock Union Split, Warns Leader\n\n{STORY}")
    assert info.authors == ()


def test_a_byline_printed_twice_stays_the_byline():
    text = f"Dock union splits over pay offer in Kessel\n\nAna Veer, Kessel Post\n\nAna Veer, Kessel Post\n\n{STORY}"
    assert meta_of(text).authors == ("Ana Veer",)
    two = f"Dock union splits over pay offer in Kessel\n\nBy Ana Veer, Ivo Brand\n\nBy Ana Veer, Ivo Brand\n\n{STORY}"
    assert meta_of(two).authors == ("Ana Veer", "Ivo Brand")


def test_a_byline_of_an_unlisted_given_name_printed_twice_stays_the_byline():
    text = f"Dock union splits over pay offer in Kessel\n\nOskar Lindqvar, Marrow Post\n\nOskar Lindqvar, Marrow Post\n\n{STORY}"
    info = meta_of(text)
    assert info.title == "Dock union splits over pay offer in Kessel"
    assert info.authors == ("Oskar Lindqvar",)
