"""An organisation the article spells out and then shortens ("the Kessel Centre for Port Safety (KCPS)",
"the Marrow Dock Union, or MDU,") is one body under both names: where the source is the short form it is
shown so, and where the source only points at it ("it said") it is shown by its full name with the short form
after it ("Kessel Centre for Port Safety (KCPS)"). A name written around "&" ("AT&T") stays whole. Look-alikes keep their own names. All in our own invented words."""

import pytest
from factories import speakers

from briefing.article.attribution import extract
from briefing.article.attribution.names import initials, spelled_out

OPENING = "The harbour was quiet on Monday morning as the ferries waited."
IT_SAID = "“Ten teams are out and more will follow this week,” it said."


def test_a_short_form_in_brackets_is_one_body_with_the_full_name():
    found = speakers([
        OPENING,
        "The Kessel Centre for Port Safety (KCPS) counted forty new cases in the harbour district.",
        "The KCPS said that teams had been sent to every ward of the town.",
        IT_SAID,
    ])
    assert found == ["KCPS", "Kessel Centre for Port Safety (KCPS)"]


def test_a_short_form_after_or_is_one_body_with_a_full_name_holding_and():
    found = speakers([
        OPENING,
        "Members of the Kessel Dockers and Riggers Union, or KDRU, will strike on Tuesday.",
        "The KDRU said only a few crews would work during the walkout at the port.",
        IT_SAID,
    ])
    assert found == ["KDRU", "Kessel Dockers and Riggers Union (KDRU)"]


def test_a_name_with_a_word_added_after_its_short_form_was_coined():
    found = speakers([
        OPENING,
        "The Kessel Centre for Disease Control and Prevention (KCDC) counted forty new cases.",
        "The KCDC said that teams had been sent to every ward of the town.",
        IT_SAID,
    ])
    assert found == ["KCDC", "Kessel Centre for Disease Control and Prevention (KCDC)"]


def test_initials_of_a_name_named_earlier_without_brackets():
    found = speakers([
        OPENING,
        "Ana Veer said the Kessel Port Board would meet again on Monday.",
        "The KPB said that teams had been sent to every ward of the town.",
        IT_SAID,
    ])
    assert found[-2:] == ["KPB", "Kessel Port Board (KPB)"]


@pytest.mark.parametrize("earlier", [
    "Ana Veer said the Kessel Harbour Board would meet again on Monday.",  # other initials
    "Ana Veer said the board would meet again on Monday.",  # no name at all
])
def test_a_short_form_with_no_body_of_those_initials_stays_as_written(earlier):
    found = speakers([OPENING, earlier, "The KPB said that teams had been sent to every ward of the town.", IT_SAID])
    assert found[-2:] == ["KPB", "KPB"]


def test_a_full_name_with_no_short_form_is_shown_alone():
    found = speakers([OPENING, "The Kessel Port Board said that teams had been sent to every ward of the town."])
    assert found == ["Kessel Port Board"]


@pytest.mark.parametrize("place,short", [("United States", "U.S."), ("Kessel Island", "K.I.")])
def test_a_place_written_with_dots_is_shown_by_its_name(place, short):
    found = speakers([OPENING, f"The {place} ({short}) opened a new route to Marrow on Monday.",
                      f"The {short} said that teams had been sent to every ward of the town.", IT_SAID])
    assert all("(" not in f for f in found)


@pytest.mark.parametrize("person,name", [("Ivo Brand (IB)", "Ivo Brand"), ("Ana Marie Veer (AMV)", "Ana Marie Veer")])
def test_a_person_is_not_spelled_out_by_a_bracket_after_the_name(person, name):
    found = speakers([OPENING, f"{person} said that teams had been sent to every ward of the town."])
    assert found == [name]


def test_a_name_written_around_an_ampersand_stays_whole():
    found = speakers([OPENING, "K&M insisted that the ferry law had always spared small harbour operators."])
    assert found == ["K&M"]


def test_two_names_joined_by_a_spaced_ampersand_are_left_as_they_were():
    found = speakers([OPENING, "Marrow & Kessel said the deal was fair to every one of its buyers."])
    assert found == ["Kessel"]


@pytest.mark.parametrize("short,name,expected", [
    ("KCPS", "Kessel Centre for Port Safety", True),
    ("NSWHA", "NSW Harbour Association", True),
    ("KPB", "Kessel Port", False),
    ("KC", "Kessel", False),
    ("KCD", "Kessel Centre Dover Prevention", False),  # a last word dropped only after a joining word
])
def test_spelled_out(short, name, expected):
    assert spelled_out(short, name) is expected


def test_initials_take_a_word_of_capitals_whole():
    assert initials("NSW Harbour and Tram Board") == "NSWHTB"


def test_a_short_form_stays_with_the_body_it_was_given_to_when_another_shares_its_initials():
    found = extract(["The Harbour Water Board (HWB) closed the east reservoir on Monday.",
                     "The Harbour Wind Board said the turbines on the ridge would keep running through the storm.",
                     "The HWB added that the reservoir would stay shut until the inspectors had been."])
    assert [s.speaker for s in found] == ["Harbour Wind Board", "HWB"]  # not "Harbour Wind Board (HWB)"
