"""Sentences with a verb of saying that report no speaker: a passive with an infinitive ("were said to
be …") and a cue that is all but denied ("hardly ever suggested") (examples written for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_passive_said_to_be_is_not_said_by_its_subject():
    assert statements(["Managers were said to be in meetings when the crew arrived at Marrow."]) == []


def test_a_passive_reported_to_be_is_not_said_by_its_subject():
    assert statements(["The three patients were reported to be stable as they receive care in Kessel."]) == []


def test_an_active_said_with_a_clause_still_speaks():
    found = statements(["Managers said the crew would be in meetings until noon at Marrow."])
    assert [who for who, _kind, _text in found] == ["Managers"]


def test_a_passive_cue_with_a_that_clause_is_left_to_its_own_rules():
    found = statements(["The mayor was said by aides to have left early.", "Ana Veer said the plan to widen the road was sound."])
    assert ("Ana Veer", "indirect", "the plan to widen the road was sound") in found


def test_hardly_ever_suggested_is_no_statement():
    assert statements(["Lawyers in Kessel hardly ever suggested how long a term was fair."]) == []
