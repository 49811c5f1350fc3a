"""Bylines that carry the writer's role or a mark of the page beside her name (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of


def test_a_role_over_two_beats_joined_by_and_is_not_a_second_writer():
    text = f"{HEAD}\n\nAda Finch, health and science reporter\n\n{P1}\n\n{P2}\n\n{P3}"
    info = meta_of(text)
    assert info.authors == ("Ada Finch",)
    assert info.title == HEAD


def test_a_name_over_the_box_headed_about_her_under_the_story_is_the_writer():
    text = (f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nAda Finch\n\nAbout Ada Finch\n\n"
            "A keen walker and lifelong supporter of the river trust, she has lived in Marrow for twenty years.")
    assert meta_of(text).authors == ("Ada Finch",)


def test_a_blog_post_headers_row_names_the_writer_by_her_handle():
    text = f"{HEAD}\n\n• adafinch\n\n• Mar 9\n\n• 4 min read\n\n{P1}\n\n{P2}\n\n{P3}"
    info = meta_of(text)
    assert info.authors == ("adafinch",)
    assert info.title == HEAD


def test_a_name_in_capitals_under_the_pages_first_paragraph_is_the_writer():
    deck = "Since it opened, the Marrow ferry has carried thousands of walkers across the estuary each summer."
    text = f"{deck}\n\nADA FINCH\n\n{P1}\n\n{P2}\n\n{P2}"
    assert [name.casefold() for name in meta_of(text).authors] == ["ada finch"]


def test_a_name_in_capitals_the_story_speaks_of_is_not_the_writer():
    deck = "Since it opened, the Marrow ferry has carried thousands of walkers across the estuary each summer."
    text = f"{deck}\n\nIVO DANE\n\n{P1}\n\nDane, who runs the ferry, said it would keep sailing.\n\n{P2}"
    assert meta_of(text).authors == ()


def test_names_in_a_bulleted_list_under_the_story_are_items_not_writers():
    chart = "\n\n".join(["• Kestrel Quartet, Low Tide", "• Ivo Dane, Harbour Lights", "• The Marrow Band, Second Crossing",
                         "• Rhea Holm, Estuary", "• Kestrel Choir, Winter Songs"])
    text = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nHere is the full chart.\n\n{chart}"
    info = meta_of(text)
    assert info.authors == ()
    assert info.source != "Harbour Lights"


def test_the_writers_social_sign_off_under_an_unsigned_story_names_her():
    for sign_off in ("Ada Finch tweets @adafinch", "For more from Ada Finch, follow her on Twitter!"):
        text = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{sign_off}"
        assert meta_of(text).authors == ("Ada Finch",)


def test_a_sites_own_follow_prompt_names_no_writer():
    text = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\nFollow Kestrel Post on Twitter"
    assert meta_of(text).authors == ()
