"""Reported clauses that go on past a comma, a participle or a second verb, and statements the tagger
leaves bare that a plain shape still shows (examples written for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def texts(paragraphs):
    return [text for _who, _kind, text in statements(paragraphs)]


def test_a_relative_clause_of_place_stays_in_what_was_said():
    found = texts(["Ivo Brand said he will spend the summer in Harbour, where his family has kept a small boat for years."])
    assert found == ["he will spend the summer in Harbour, where his family has kept a small boat for years"]


def test_a_change_of_figure_after_a_comma_stays_in_what_was_said():
    found = texts(["The board said fares rose by a tenth in the first half, down from a fifth in the same months of 2021."])
    assert found == ["fares rose by a tenth in the first half, down from a fifth in the same months of 2021"]


def test_a_second_verb_after_but_stays_in_what_was_said():
    found = texts(["Ivo Brand said he backs the new tolls, but opposed the plan to close the north quay."])
    assert found == ["he backs the new tolls, but opposed the plan to close the north quay"]


def test_a_clause_of_the_scene_after_a_comma_is_not_what_was_said():
    found = texts(["Ana Veer said the toll plan was sound, as ferries queued outside the harbour."])
    assert found == ["the toll plan was sound"]


def test_a_second_voice_after_but_is_not_more_of_the_first():
    found = statements(["Ana Veer said the toll plan was sound, but Ivo Brand disagreed."])
    assert found == [("Ana Veer", "indirect", "the toll plan was sound")]


def test_a_denial_before_a_participle_of_saying_is_kept_with_it():
    found = statements(["Ana Veer on Monday denied that the port sent anyone to the talks, "
                        "saying that she knew of no such meeting."])
    assert found == [("Ana Veer", "indirect", "the port sent anyone to the talks"),
                     ("Ana Veer", "indirect", "she knew of no such meeting")]


def test_an_act_before_a_participle_of_saying_is_not_a_statement():
    found = statements(["Ana Veer walked out of the long meeting at noon, saying she had heard enough from the board."])
    assert found == [("Ana Veer", "indirect", "she had heard enough from the board")]


def test_a_participle_opening_after_meanwhile_is_passed_to_find_the_speaker():
    found = statements(["Meanwhile, speaking on Tuesday night on Kessel TV, Harbour minister Ana Veer affirmed "
                        "that no lives had been lost."])
    assert found == [("Ana Veer", "indirect", "no lives had been lost")]


def test_an_adverb_in_ly_between_the_speaker_and_the_cue_is_passed():
    found = statements(["Ivo Brand quietly pointed out that the lands of the farmers were taken even though "
                        "they were never part of the plan."])
    assert found == [("Ivo Brand", "indirect", "the lands of the farmers were taken even though "
                      "they were never part of the plan")]


def test_an_adverb_before_a_verb_that_is_not_saying_makes_no_statement():
    found = statements(["Ivo Brand quickly approved the plan that the mayor had drawn up for the north quay last spring."])
    assert found == []


def test_two_verbs_of_saying_in_one_cue_make_two_statements():
    found = statements(["Ivo Brand runs the Kessel ferry office.",
                        "That was the agency's mistake, he said and explained that he had talked with Ana Veer about the fee."])
    assert found == [("Ivo Brand", "indirect", "That was the agency's mistake"),
                     ("Ivo Brand", "indirect", "he had talked with Ana Veer about the fee")]


def test_two_verbs_of_saying_before_one_content_stay_one_statement():
    found = statements(["Ana Veer said and explained that the fee would rise in the spring."])
    assert found == [("Ana Veer", "indirect", "the fee would rise in the spring")]


def test_what_a_speaker_added_to_before_a_participle_of_saying_is_not_a_statement():
    found = statements(["Ivo Brand added to Ana Veer's remarks about the ferry, saying, \"Every late boat costs the quay a trader.\""])
    assert found == [("Ivo Brand", "direct", "Every late boat costs the quay a trader.")]


def test_a_where_clause_about_the_speaker_is_the_writers_scene():
    found = statements(["Ivo Brand said the tax would rise, where he was speaking to farmers in Kessel."])
    assert found == [("Ivo Brand", "indirect", "the tax would rise")]
