"""A description as the source ("said the official", "the shipping giant said") stands for the one person or
organisation the sentences just before made their subject, when no one was given that role; with two people
in view, or a plural, or a person where a body is described, it stays as written. All in our own invented words."""

import pytest

from briefing.article.attribution import extract

OPENING = "The harbour was quiet on Monday morning as the ferries waited."
QUOTE = "“Costs must fall and they must fall soon for every family,” said the official."
PROFIT = "The shipping giant said its profit rose by nine percent in the quarter to June."


def speakers(paragraphs):
    return [s.speaker for s in extract(paragraphs)]


def test_a_role_nobody_was_given_is_the_person_just_made_the_subject():
    found = speakers([OPENING, "Harbour Minister Ivo Brand was scathing of the new levy on Tuesday.", QUOTE])
    assert found == ["Ivo Brand"]


def test_with_two_people_in_view_the_role_stays_as_written():
    found = speakers([OPENING, "Ana Veer spoke first on Tuesday. Tim Brand replied at once.", QUOTE])
    assert found == ["the official"]


def test_a_plural_role_is_not_the_one_person_before_it():
    found = speakers([OPENING, "Harbour Minister Ivo Brand was scathing of the new levy on Tuesday.",
                      QUOTE.replace("the official", "the officials")])
    assert found == ["the officials"]


def test_a_person_named_long_before_is_not_the_role():
    found = speakers([
        OPENING, "Harbour Minister Ivo Brand was scathing of the new levy on Tuesday.",
        "The levy was first raised in spring. Ferries were late all week. Fares went up twice.",
        "The port lost trade. Crews waited for hours. Several boats stayed in the harbour.", QUOTE])
    assert found == ["the official"]


def test_a_body_described_by_its_trade_is_the_organisation_just_named():
    found = speakers([OPENING, "Marrow Freight opened a new route to Kessel on Monday, and Ana Veer was pleased.",
                      PROFIT])
    assert found == ["Marrow Freight"]


@pytest.mark.parametrize("before", [
    "Ana Veer opened a new route to Kessel on Monday.",  # a woman is no shipping giant
    "The United Kingdom opened a new route to Kessel on Monday.",  # nor is a country
])
def test_a_body_description_does_not_take_a_person_or_a_country(before):
    found = speakers([OPENING, before, PROFIT])
    assert found == ["The shipping giant"]
