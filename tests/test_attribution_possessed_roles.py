"""Unnamed speakers led by a possessive or set off from their verb by a linking adverb: "his counsel
said …", "The defence team, however, said …" (examples written for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_possessive_counsel_is_a_speaker():
    found = statements(["The court in Kessel heard the case of Ivo Brand on Monday. "
                        "But his counsel said two years would be enough for the young man."])
    assert [(who.lower(), text) for who, _kind, text in found] == \
        [("his counsel", "two years would be enough for the young man")]


def test_plural_solicitors_after_a_possessive_speak():
    found = statements(["Her solicitors said the ruling would be appealed before the end of the month."])
    assert [text for _who, _kind, text in found] == ["the ruling would be appealed before the end of the month"]


def test_a_possessive_role_from_the_tagger_list_still_speaks():
    found = statements(["His lawyer said the term was too long for a first offence."])
    assert [who for who, _kind, _text in found] == ["His lawyer"]


def test_a_possessive_that_owns_no_role_is_no_speaker():
    found = statements(["Her garden said nothing about the long dry summer in Marrow."])
    assert found == []


def test_a_description_before_however_between_commas_speaks():
    found = statements(["The defence team, however, said their client had a hard childhood in Harbour."])
    assert found == [("The defence team", "indirect", "their client had a hard childhood in Harbour")]


def test_a_name_before_however_between_commas_still_speaks():
    found = statements(["Ana Veer, however, said the port would reopen on Friday after the storm."])
    assert [who for who, _kind, _text in found] == ["Ana Veer"]
