"""The headline among the lines over the story is the one the story goes on to tell (issue #17): a line
none of whose words the story's opening repeats, or a place and a day on their own line, is not it.
All in our own invented words."""

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


def test_a_place_and_a_day_on_their_own_line_are_no_headline():
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
