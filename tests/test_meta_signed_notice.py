"""A site's notice to its readers signed '— The Editors' at the top of the page, over the headline, is not the
story's start: the headline under it is found and the notice leaves the story (our own invented examples)."""

from factories import P2, P3, meta_of

from briefing.article.clean import clean

NOTICE = ("Because of the harbour festival, the Kessel Wire's web desk will be closed over the long weekend."
          " Normal service comes back on Sunday morning.")
HEAD = "Ferry fares to rise again as fuel costs climb in Marrow"
LEAD = ("Ferry fares between Kessel and Marrow will rise by a tenth from next month, the harbour board said on"
        " Thursday, the second rise this year as fuel prices keep climbing.")
STORY = "\n\n".join([LEAD, P2, P3])


def test_a_notice_signed_by_the_editors_over_the_headline_is_not_the_story():
    text = f"{NOTICE}\n\n— The Editors\n\n{HEAD}\n\nBy Ana Veer\n\n{STORY}"
    info = meta_of(text)
    assert info.title == HEAD
    assert info.authors == ("Ana Veer",)
    body = clean(text).body
    assert body[0] == LEAD and NOTICE not in body


def test_an_editorial_signed_at_its_end_keeps_its_text():
    closing = "We urge the board to think again before the fares rise once more."
    text = f"{HEAD}\n\n{LEAD}\n\n{P2}\n\n{closing}\n\n— The Editors"
    assert closing in clean(text).body
    assert meta_of(text).title == HEAD


def test_a_quote_signed_by_a_person_at_the_top_stays_as_it_was():
    quote = "The sea gives and the sea takes, and the harbour keeps the count of both."
    text = f"{quote}\n\n— Ivo Brand\n\n{HEAD}\n\nBy Ana Veer\n\n{STORY}"
    assert ("notice", quote) not in clean(text).furniture  # a person's signature makes no site notice
