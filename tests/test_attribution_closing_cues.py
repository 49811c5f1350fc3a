"""What was said first and its speaker last: a rarer verb closing the sentence ("…, the lawyer
submitted."), and a participle of manner after the attribution ("…, Brand said, reading from a
statement") (examples written for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_closing_submitted_reports_the_clause_before():
    found = statements(["Ivo Brand, a lawyer, spoke in Kessel. Rates will rise again next spring, the lawyer submitted."])
    assert found == [("Ivo Brand", "indirect", "Rates will rise again next spring")]


def test_a_closing_underlined_after_a_pronoun_reports_the_clause_before():
    found = statements(["Ivo Brand spoke in Kessel.", "Rates will not rise again before the summer, he underlined."])
    assert found == [("Ivo Brand", "indirect", "Rates will not rise again before the summer")]


def test_a_passive_submitted_is_no_cue():
    assert statements(["The clerk read out the names of the bidders, and the form was submitted."]) == []


def test_a_submitted_with_an_object_is_no_cue():
    assert statements(["After a long week in Marrow, Ana Veer submitted her report."]) == []


def test_a_participle_of_manner_after_the_cue_is_not_what_was_said():
    found = statements(["During the truce the two sides will swap prisoners, Ivo Brand said, reading from a statement."])
    assert found == [("Ivo Brand", "indirect", "During the truce the two sides will swap prisoners")]


def test_a_participle_of_saying_after_the_cue_is_still_a_second_content():
    found = statements(["The two sides will swap prisoners, Ivo Brand said, adding that the truce would hold for a week."])
    assert ("Ivo Brand", "indirect", "the truce would hold for a week") in found
