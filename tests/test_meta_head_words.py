"""The headline among the lines over the story is the one the story goes on to tell (issue #17): a line
none of whose words the story's opening repeats loses to one it does, and a site set after a spaced colon
is cut from the headline. All in our own invented words."""

import pytest
from factories import HEAD, STORY, meta_of

# The page's title in the marker line, a pull quote, a photo credit, the desk, then the dateline alone.
_DESK_PAGE = "\n\n".join([
    f"date 2026-07-04  {HEAD} : The Kessel Herald",
    "‘We have waited a long time for this’",
    "Photo for illustration. Stockroom",
    "Kessel Herald News Service",
    "Marrow, July 4",
    STORY,
])


def test_the_page_title_is_the_headline_over_a_desk_and_a_dateline():
    assert meta_of(_DESK_PAGE).title == HEAD


def test_a_site_after_a_spaced_colon_is_cut_from_the_headline_and_names_the_outlet():
    m = meta_of(f"{HEAD} : The Kessel Herald\n\nBy Ana Veer\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "The Kessel Herald")


def test_a_colon_inside_a_headline_stays():
    head = "Bridge vote : what the council decided"
    assert meta_of(f"{head}\n\nBy Ana Veer\n\n{STORY}").title == head


def test_a_slogan_the_story_never_echoes_loses_to_the_headline_it_does():
    slogan = "Independent journalism, free for every reader"
    page = f"{slogan}\n\n{HEAD}\n\nBy Ana Veer\n\n{STORY}"
    assert meta_of(page).title == HEAD


def test_a_headline_in_other_words_than_its_story_is_still_the_headline():
    # Only a rival line tells against it: alone over the byline it stays the headline.
    head = "Cyclists get their crossing at last"
    assert meta_of(f"{head}\n\nBy Ana Veer\n\n{STORY}").title == head


def test_a_punning_headline_over_its_byline_beats_the_standfirst_under_it():
    head = "Sweet relief at last"
    deck = "Walkers and cyclists will cross the Marrow river on a new bridge after the council vote"
    assert meta_of(f"{head}\n\nBy Ana Veer\n\n{deck}\n\n{STORY}").title == head


def test_a_punning_heading_beats_the_standfirst_under_it():
    head = "Sweet relief at last"
    deck = "Walkers and cyclists will cross the Marrow river on a new bridge after the council vote"
    assert meta_of(f"# {head}\n\n{deck}\n\n{STORY}").title == head


@pytest.mark.parametrize("title", [
    "Ivo Brand : The Voice of Marrow",  # a subtitle
    "Storm Ada : Daily Updates",
    "Marrow floods : Latest News",  # a section's label
    "The Kessel bridge : A Special Report",
])
def test_a_subtitle_after_a_spaced_colon_stays_in_the_headline(title):
    m = meta_of(f"{title}\n\nBy Ana Veer\n\n{STORY}")
    assert (m.title, m.source) == (title, None)


def test_a_site_after_a_dash_is_still_cut_when_the_headline_has_a_spaced_colon():
    m = meta_of(f"Bridge vote : what now - The Kessel Herald\n\nBy Ana Veer\n\n{STORY}")
    assert (m.title, m.source) == ("Bridge vote : what now", "The Kessel Herald")


def test_a_hashtag_slogan_is_no_headline():
    text = (" date 2026-03-09 #Open harbours Every ferry counts\n\nMonday 9 March 2026\n"
            "Harbour board renews appeal for witnesses to quay collision\n\n"
            "The collision happened on Saturday near the Marrow ferry terminal.\n\nBy Ada Finch\n\n" + STORY)
    assert meta_of(text).title == "Harbour board renews appeal for witnesses to quay collision"
    # A headline about a hashtag, over its byline, is still the headline.
    assert meta_of(f"#HarbourToo Is The Slogan Marrow Needed\n\nBy Ada Finch\n\n{STORY}").title == (
        "#HarbourToo Is The Slogan Marrow Needed")
