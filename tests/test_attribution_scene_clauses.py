"""A clause of the scene before an attribution ("When the appeal came up, Justice Veer said:", "Though turnout
rose, …, analysts say") is not what was said, and a paragraph ending "… said:" gives the quotation below to
its speaker: our own examples of shapes common in court and wire reports."""

from briefing.article.attribution import extract


def said(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_lead_in_ending_with_a_colon_gives_the_quotation_below_to_its_speaker_not_to_a_court_it_names():
    found = said(["When the appeal against the High Court order came up, Justice Veer said :",
                  '"A lawyer may ask for more time, but no lawyer can simply refuse to argue the matter."'])
    assert found == [("Veer", "direct", "A lawyer may ask for more time, but no lawyer can simply refuse to argue the "
                                        "matter.")]


def test_the_scene_before_a_lead_in_is_not_a_statement():
    found = said(["When the appeal came up before the bench on Monday, Justice Ana Veer said:",
                  '"No lawyer can simply refuse to argue the matter."'])
    assert [text for _who, _kind, text in found] == ["No lawyer can simply refuse to argue the matter."]


def test_an_opening_subordinate_clause_is_left_out_of_what_was_said():
    found = said(["Though the harbour board boasts of record traffic, there is no link between the cargo figures and "
                  "the jobs in the port, economists say."])
    assert found == [("economists", "indirect", "there is no link between the cargo figures and the jobs in the port")]


def test_an_opening_phrase_of_time_stays_in_what_was_said():
    found = said(["After some early delays, the new quay has been meeting every safety standard, one Kessel "
                  "inspector said."])
    assert [text for _who, _kind, text in found] == [
        "After some early delays, the new quay has been meeting every safety standard"]


def test_reassuring_is_a_verb_of_saying_and_its_hearer_is_no_part_of_what_was_said():
    assert said(["Ana Veer reassured the ferry crews that no jobs would go when the new terminal opens."]) \
        == [("Ana Veer", "indirect", "no jobs would go when the new terminal opens")]
