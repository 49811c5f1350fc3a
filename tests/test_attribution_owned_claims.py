"""A noun of saying with a named owner: "Ana Veer's assertion that …", "comments from Ivo Brand that …"
(examples written for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_possessive_owner_of_an_assertion_is_its_speaker():
    found = statements(["The union backed minister Ana Veer's assertion that firms no longer consult their staff."])
    assert ("Ana Veer", "indirect", "firms no longer consult their staff") in found


def test_comments_from_a_named_person_are_that_persons():
    found = statements(["The mayor dismissed comments from Professor Ana Veer that the council has no plan for floods."])
    assert ("Ana Veer", "indirect", "the council has no plan for floods") in found


def test_a_content_of_an_owned_claim_stops_at_its_comma():
    found = statements(["Ivo Brand spoke at the meeting in Kessel.",
                        "The board agreed with Ivo Brand's warning that the harbour wall is failing, and voted."])
    assert ("Ivo Brand", "indirect", "the harbour wall is failing") in found


def test_a_possessive_owner_of_a_thing_is_no_speaker():
    found = statements(["The union backed Ana Veer's plan that firms should consult their staff."])
    assert [who for who, _kind, _text in found] != ["Ana Veer"]


def test_an_owned_noun_with_no_that_clause_is_no_statement():
    found = statements(["Ivo Brand's assurances on the budget were welcomed by the council in Marrow."])
    assert found == []


def test_an_owned_claim_that_opens_the_sentence_gives_no_run_on_statement():
    # The sentence's own verb follows the clause, and nothing marks where what was said ends.
    for sentence in ("Ivo Brand's promise that the road would open in May was broken by the long winter.",
                     "Comments from Professor Ana Veer that the council has no plan for floods were read out."):
        assert all("broken" not in text and "read out" not in text for _who, _kind, text in statements([sentence]))


def test_that_opening_a_relative_clause_after_an_owned_noun_is_no_statement():
    found = statements(["Ana Veer's statement that was read out in court blamed the Harbour council for the delay."])
    assert found == []
