"""Title, outlet, authors, date and wire credit in more shapes that real pastes take: HTML left in the
text, credits glued to the story, menus and issue lines over the headline (our own invented examples)."""

from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article.clean import clean


def test_html_entities_in_a_paste_are_decoded():
    page = clean(f"{HEAD}\n\n{P1}\n\nThe mayor&#39;s plan &amp; the budget were &lt;b&gt;both&lt;/b&gt; approved on Friday.\n\n{P2}")
    assert "The mayor's plan & the budget were both approved on Friday." in page.body


def test_a_wire_credit_in_italic_tags_is_the_credit():
    m = meta_of(f"{HEAD}\n\nShare\n<i> Bloomberg Business News</i>\n\n{STORY}")
    assert m.credit == "Bloomberg"
    assert not any("<i>" in p for p in clean(f"{HEAD}\n\n<i>{P1}</i>\n\n{P2}\n\n{P3}").body)


def test_an_ampersand_without_an_entity_stays():
    page = clean(f"{HEAD}\n\n{P1}\n\nShares of Marrow R&D Ltd and AT&T rose; Kestrel &nothing else moved.\n\n{P2}")
    assert "Shares of Marrow R&D Ltd and AT&T rose; Kestrel &nothing else moved." in page.body
