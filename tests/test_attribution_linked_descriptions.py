"""A description that stands for a person named before it: "the Kessel official" after the one person with
Kessel in a title, "Marrow's mayor" after "Marrow mayor Ana Veer"; and the look-alikes that stay descriptions
(examples written for these tests)."""

from factories import speakers_and_words


def test_an_official_of_a_place_is_the_one_person_with_that_place_in_a_title():
    found = speakers_and_words(["Chief Kessel Negotiator, Dr. Ivo Brand, stated on Monday that the talks were going nowhere.",
                      "Brand said that “Marrow is busy building walls instead of bridges”.",
                      "The Kessel official further stated that the leaders in Marrow are to blame for the impasse."])
    assert found[-1] == ("Ivo Brand", "the leaders in Marrow are to blame for the impasse")


def test_an_official_of_a_place_nobody_holds_stays_a_description():
    found = speakers_and_words(["Chief Kessel Negotiator, Dr. Ivo Brand, stated on Monday that the talks were going nowhere.",
                      "The Marrow official said that the leaders in Kessel are to blame for the impasse."])
    assert found[-1][0] == "The Marrow official"


def test_a_places_mayor_is_the_mayor_named_before():
    found = speakers_and_words(["Ana Veer, the mayor of Marrow, opened the new bridge on Friday.",
                      "The council wants towns to cap their tolls.",
                      "Marrow's mayor says the toll plan is silly and will not work."])
    assert found == [("Ana Veer", "the toll plan is silly and will not work")]


def test_another_places_mayor_is_not_the_mayor_named_before():
    found = speakers_and_words(["Ana Veer, the mayor of Marrow, opened the new bridge on Friday.",
                      "Kessel's mayor says the toll plan is silly and will not work."])
    assert found == [("Kessel's mayor", "the toll plan is silly and will not work")]


def test_a_mayor_named_with_no_place_is_not_another_places_mayor():
    # "the mayor" with no place may be Marrow's or anyone's: "Kessel's mayor" stays a description.
    found = speakers_and_words(["Ana Veer, the mayor, opened the Marrow fair on Friday.",
                                "Kessel's mayor says the toll plan is silly and will not work."])
    assert found == [("Kessel's mayor", "the toll plan is silly and will not work")]
