"""Title, outlet, authors, date and wire credit where a page's chrome is pasted in odd shapes: links glued
together, toolbars, tag pages, a reporter's role line, kickers (our own invented examples)."""

from factories import HEAD, P1, P2, STORY, meta_of

from briefing.article.clean import clean


def test_links_pasted_glued_together_are_no_headline():
    m = meta_of(f"Skip to navigationSkip to contentSkip to footerHelp using this website - Accessibility statement\n\n{HEAD}\n\n{STORY}")
    assert m.title == HEAD
    m = meta_of(f"Kestrel Tide TablesReturn to Kestrel Portal\n\n  • Start Page\n  • Weather\n\n{HEAD}\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ())


def test_a_headline_glued_to_a_button_keeps_its_words():
    m = meta_of(f"Marrow council backs new river bridgeSign in\n\n{STORY}")
    assert m.title == HEAD


def test_names_glued_in_capitals_inside_are_not_links():
    assert meta_of(f"McAllister backs new river bridge in YouTube video\n\n{STORY}").title == (
        "McAllister backs new river bridge in YouTube video")


def test_a_toolbar_of_buttons_is_no_byline_nor_story():
    text = f"{HEAD}\n\nPrint This Article | Single Page\n\nBy Ada Finch\n\nEmail This Article |\n\n{STORY}"
    m = meta_of(text)
    assert m.authors == ("Ada Finch",)
    assert clean(text).body[0] == P1 and P2 in clean(text).body
