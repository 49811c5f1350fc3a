"""A plural description of bodies ("the labour unions") is several bodies, not the one the article
named (examples written for these tests)."""

from factories import speakers


def test_plural_unions_are_not_the_one_named_congress():
    found = speakers(["The Kessel Congress of Trade Unions said it would strike on Monday.",
                      "The labour unions said they would not back the new wage plan."])
    assert found == ["Kessel Congress of Trade Unions", "The labour unions"]


def test_a_singular_union_still_stands_for_the_named_one():
    found = speakers(["The Kessel Congress of Trade Unions said it would strike on Monday.",
                      "The union said it would not back the new wage plan."])
    assert found == ["Kessel Congress of Trade Unions", "Kessel Congress of Trade Unions"]
