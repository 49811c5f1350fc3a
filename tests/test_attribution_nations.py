"""A description that names a nation ("the Norwegian coach", "the Norway coach") stands for the person the
article gave that nation's role, and for nobody whose name or other country merely looks like it.
All in our own invented words."""

import pytest
from factories import speakers


@pytest.mark.parametrize("adjective,country", [
    ("Norwegian", "Norway"), ("Danish", "Denmark"), ("Spanish", "Spain"), ("South Korean", "South Korea"),
])
def test_a_nations_adjective_stands_for_the_coach_of_that_nation(adjective, country):
    found = speakers([
        f"{country} coach Ivo Brand and Kessel coach Ana Veer shook hands after the draw.",
        f"The {adjective} coach said the result was a fair one for both teams.",
    ])
    assert found == ["Ivo Brand"]


def test_a_country_of_two_words_is_the_role_of_the_one_who_coaches_it():
    found = speakers([
        "New Zealand coach Ivo Brand and Kessel coach Ana Veer shook hands after the draw.",
        "The New Zealand coach said the result was a fair one for both teams.",
    ])
    assert found == ["Ivo Brand"]


@pytest.mark.parametrize("named,described", [
    ("Marrow coach Scott Veer", "Scottish"),  # a given name that starts like the nation
    ("Austria coach Ivo Brand", "Australian"),  # a country that starts like another
    ("Niger coach Ivo Brand", "Nigerian"),
])
def test_a_look_alike_name_or_country_is_not_the_nation(named, described):
    found = speakers([
        f"{named} and Kessel coach Ana Veer shook hands after the draw.",
        f"The {described} coach said the result was a fair one for both teams.",
    ])
    assert found == [f"The {described} coach"]


def test_a_country_inside_a_longer_name_is_not_the_role():
    found = speakers([
        "Mexico coach Ivo Brand and New Mexico coach Ana Veer shook hands after the game.",
        "The Mexican coach said the result was a fair one for both teams.",
    ])
    assert found == ["Ivo Brand"]


def test_a_former_coach_is_not_the_coach():
    found = speakers([
        "Former Norway coach Ivo Brand watched from the stand as Kessel coach Ana Veer's side won.",
        "The Norway coach said the players had let the fans down.",
    ])
    assert found == ["The Norway coach"]


def test_the_former_coach_is_the_former_coach():
    found = speakers([
        "Former Norway coach Ivo Brand watched from the stand as Kessel coach Ana Veer's side won.",
        "The former Norway coach said the players had let the fans down.",
    ])
    assert found == ["Ivo Brand"]
