"""Shapes of real web copy the tagger reads short: when and where a statement was made after its
cue, glued quotation marks, given names of many cultures and sources named late (examples written
for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_when_and_where_after_said_is_not_what_was_said():
    found = statements(["Ana Brisk won most of the seats in the ward, the Harbour poll board said on Monday evening "
                        "in the port city of Kestrel."])
    assert found == [("Harbour poll board", "indirect", "Ana Brisk won most of the seats in the ward")]
    late = statements(["The ferry will not sail before spring, the Marrow Port authority said last night in the capital, Tesshan."])
    assert [text for _who, _kind, text in late] == ["The ferry will not sail before spring"]


def test_a_clause_after_the_time_is_still_what_was_said():
    found = statements(["The Marrow Port authority said on Monday evening that the ferry will not sail before spring."])
    assert [text for _who, _kind, text in found] == ["the ferry will not sail before spring"]
