"""A description of a body as the source ("the carrier said") stands for the organisation the sentences
just before made their subject; a person or a country there is not it, and a person's role nobody was given
("said the official") stays as written. All in our own invented words."""

import pytest
from factories import speakers

OPENING = "The harbour was quiet on Monday morning as the ferries waited."
QUOTE = "“Costs must fall and they must fall soon for every family,” said the official."
PROFIT = "The carrier said its profit rose by nine percent in the quarter to June."


def test_a_role_nobody_was_given_stays_as_written():
    # The one person in view may well be the official, but a reader cannot be sure: the description stays.
    found = speakers([OPENING, "Harbour Minister Ivo Brand was scathing of the new levy on Tuesday.", QUOTE])
    assert found == ["the official"]


def test_a_body_described_by_its_trade_is_the_organisation_just_named():
    found = speakers([OPENING, "Marrow Freight opened a new route to Kessel on Monday, and Ana Veer was pleased.",
                      PROFIT])
    assert found == ["Marrow Freight"]


@pytest.mark.parametrize("before", [
    "Ana Veer opened a new route to Kessel on Monday.",  # a woman is no carrier
    "The United Kingdom opened a new route to Kessel on Monday.",  # nor is a country
])
def test_a_body_description_does_not_take_a_person_or_a_country(before):
    found = speakers([OPENING, before, PROFIT])
    assert found == ["The carrier"]


def test_a_body_named_for_the_first_time_is_not_the_body_that_spoke_before():
    found = speakers([OPENING, "Kessel Port said the berth would reopen on Monday.",
                      "The Harbour Health agency said the crews on the berth were well."])
    assert found[0] == "Kessel Port" and found[-1] != "Kessel Port"


def test_a_firm_named_before_by_those_words_is_not_the_body_that_spoke_last():
    found = speakers([OPENING, "Marrow Freight opened a new depot in the harbour on Monday.",
                      "Kessel Ores said that output rose in the June quarter.",
                      "The Marrow firm said ore output rose by six percent from a year ago."])
    assert found[-1] == "Marrow"  # the name the article gave, not a description of Kessel Ores


def test_with_no_organisation_speaking_before_the_words_stay_a_name():
    found = speakers([OPENING, "Ana Veer said that output rose in the June quarter.",
                      "The Marrow firm said ore output rose by six percent from a year ago."])
    assert found == ["Ana Veer", "Marrow"]


def test_a_noun_that_names_people_as_often_is_not_taken_for_the_body():
    found = speakers([OPENING, "Ivo Brand, the lock forward, is leaving Harbour Rugby Club after nine seasons.",
                      "Harbour Rugby Club said it would hold a farewell dinner in May.",
                      "The gentle giant said he was sad to leave the town."])
    assert found[-1] != "Harbour Rugby Club"
