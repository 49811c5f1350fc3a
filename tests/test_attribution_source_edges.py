"""Where a source starts and ends, and what the words after it are: a fronted "Visiting Marrow," before the
speaker, "says Brand when asked …" and "” Brand said at a press conference held on Thursday.": our own
examples of shapes common in wire copy."""

from briefing.article.attribution import extract


def said(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_the_source_ends_before_when_asked():
    found = said(["“We did not hear it from anyone official, but a friend told us there was such a letter,” says "
                  "Brand when asked where the rumour of a closure came from."])
    assert found == [("Brand", "direct",
                      "We did not hear it from anyone official, but a friend told us there was such a letter")]


def test_where_a_quotation_was_said_is_no_second_content():
    found = said(["“We are still in the middle of the season and we have no wish to change the coach right now. "
                  "We didn’t even speak a word about it.” Brand said at a press conference held on Thursday."])
    assert [text for _who, _kind, text in found] == [
        "We are still in the middle of the season and we have no wish to change the coach right now. "
        "We didn’t even speak a word about it."]


def test_a_clause_after_the_cue_that_follows_a_quotation_stays_what_was_said():
    found = said(["“The ferry will run as before.” Brand said on Monday that the tolls would fall by half in May."])
    assert "the tolls would fall by half in May" in [text for _who, _kind, text in found]
