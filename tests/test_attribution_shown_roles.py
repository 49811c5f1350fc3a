"""The role shown beside a speaker: a description of that person, never the words that only
happened to stand next to the name (a clause, the setting of a sentence, a cut phrase, a given
name, the speaker's own words again). The examples are written for these tests."""

from briefing.article.attribution import extract
from briefing.article.attribution.role_text import repeats, shown_role


def roles(paragraphs):
    return {(s.speaker, s.role) for s in extract(paragraphs)}


def test_a_clause_before_a_name_is_not_the_speakers_role():
    found = roles([
        "The harbour vote was put off again on Monday.",
        "Through two floods, a bankruptcy and now as a mayoral candidate, Dana Kovac has kept her shipyard open.",
        "\"We will not sell the yard to anyone,\" Kovac said.",
    ])
    assert found == {("Dana Kovac", None)}


def test_a_clause_that_names_somebody_else_is_not_the_role():
    found = roles([
        "The harbour vote was put off again on Monday.",
        "Although Lind is not yet a candidate, Dana Kovac mocked her plan on Sunday.",
        "\"She has never run a yard,\" Kovac said.",
    ])
    assert found == {("Dana Kovac", None)}


def test_the_outlet_a_presenter_is_with_is_shown_without_its_possessive():
    found = roles([
        "The harbour vote was put off again on Monday.",
        "Harbour Radio's Dana Kovac put the question to the mayor on Tuesday.",
        "\"The council has had three years to decide this,\" Kovac said.",
    ])
    assert found == {("Dana Kovac", "Harbour Radio")}


def test_a_description_that_is_the_speaker_again_is_not_shown_twice():
    found = roles([
        "The harbour vote was put off again on Monday.",
        "\"The channel has been closed since dawn,\" a harbour pilot said.",
    ])
    assert found == {("a harbour pilot", None)}


def test_a_description_named_later_keeps_the_role_it_was_written_with():
    found = roles([
        "The harbour vote was put off again on Monday, with the head of the pilots' union calling it a disgrace.",
        "The head of the pilots' union, Dana Kovac, has led the dispute since May.",
    ])
    assert ("Dana Kovac", "head of the pilots' union") in found


def test_words_that_are_no_description_are_not_shown():
    for words in ("At Tuesday's hearing", "If the vote holds", "a spokesman for the", "and his wife",
                  "who walked out of the hearing", "Cornell", "Many prominent", "Ana Lind and Tom Park",
                  "Here's", "the email", "Although Lind is not yet a candidate", "an explosion that Mayor",
                  "as the Tarn Gazette first reported", "Mr.", "Standing outside the court", "Backed by the unions",
                  "Tarn United 1 Kessel Rovers 2:", "UPDATE 2-Kessel Bank's", "the mayor, Tom Brandt", "of Ana Lind",
                  "campaign trail", "in Tarnside", "Doctors"):
        assert shown_role(words) is None, words


def test_descriptions_are_shown_as_a_reader_wants_them():
    assert shown_role("chief economist at Northgate Capital") == "chief economist at Northgate Capital"
    assert shown_role("of Tarnside") == "of Tarnside"
    assert shown_role("then ambassador to Kessel") == "then ambassador to Kessel"
    assert shown_role("As the bank's chief economist") == "the bank's chief economist"
    assert shown_role("Mr., the harbour master") == "the harbour master"
    assert shown_role("Gov. of Tarn, a Republican who") == "Gov. of Tarn"
    assert shown_role("Comedian") == "Comedian"
    assert shown_role("Republican") == "Republican"
    assert shown_role("a barrister from Kessel") == "a barrister from Kessel"
    assert shown_role("41-year-old") == "41-year-old"
    assert shown_role("of the local residents' association") == "of the local residents' association"
    assert shown_role("Tarnside MLA") == "Tarnside MLA"
    assert shown_role("Cllr") == "Cllr"
    assert shown_role("the alleged ringleader") == "the alleged ringleader"
    assert shown_role("who heads the dockers' union") == "who heads the dockers' union"
    assert shown_role("who was then the port's director") == "then the port's director"
    assert shown_role("Grace Hospital's") == "Grace Hospital"
    assert shown_role("Acting Mayor") == "Acting Mayor"
    assert shown_role("No. 2 seed") == "No. 2 seed"
    assert shown_role("Rep., a Republican from Kessel County") == "a Republican from Kessel County"


def test_a_setting_before_a_name_is_not_the_role_and_another_persons_description_is_not_theirs():
    found = roles([
        "The harbour dispute went to a vote on Monday.",
        "Standing outside the court, Dana Kovac said the ruling was a disgrace.",
        "\"We lost the yard,\" said Tom Brandt, whose wife, Ana Lind, the former mayor, died in the flood.",
    ])
    assert found == {("Dana Kovac", None), ("Tom Brandt", None)}


def test_a_role_is_shown_once_as_it_was_written_when_the_name_comes_again():
    found = roles([
        "The harbour dispute went to a vote on Monday.",
        "Ana Lind, a former teacher, joined the race in May.",
        "The TPP's Ana Lind said the count \"was rigged\".",
    ])
    assert found == {("Ana Lind", "TPP")}


def test_a_role_repeats_the_speaker_only_when_it_is_the_same_words():
    assert repeats("an Iowa voter", "Iowa voter")
    assert repeats("its chief executive", "Tarn Bank chief executive")
    assert not repeats("chief executive", "Ana Lind")
