"""A surname the page spells a second way by one letter is the person named first, with the same honorific;
two people whose surnames differ by a letter stay two (examples written for these tests)."""

from factories import speakers_and_words

from briefing.article.attribution.names import one_letter_apart


def test_a_surname_spelled_with_a_letter_less_is_the_person_named_before():
    found = speakers_and_words(["Speaking to reporters today, the board's chief engineer Dr. Marta Kelvinn said the first "
                      "crack was found on Monday.",
                      "“The crews went out at dawn and found the damage along the wall,” said Dr. Kelvinn.",
                      "Dr. Kelvin has now called for calm from dock workers. She says the board is working with "
                      "partners to shore up the wall."])
    assert {who for who, _text in found} == {"Marta Kelvinn"}


def test_two_people_whose_surnames_differ_by_a_letter_stay_two():
    found = speakers_and_words(["Dr. Marta Kelvinn said the first crack was found on Monday.",
                      "Ivo Kelvin, a dock worker, said the crews went out at dawn.",
                      "“We saw the damage,” Kelvin said."])
    assert [who for who, _text in found] == ["Marta Kelvinn", "Ivo Kelvin", "Ivo Kelvin"]


def test_another_honorific_is_somebody_else():
    found = speakers_and_words(["Dr. Marta Kelvinn said the first crack was found on Monday.",
                      "Mr. Kelvin said the crews went out at dawn."])
    assert found[-1][0] != "Marta Kelvinn"


def test_one_letter_apart_needs_five_letters():
    assert one_letter_apart("kelvinn", "kelvin")
    assert not one_letter_apart("veer", "veers")
    assert not one_letter_apart("kelvin", "kelvin")


def test_a_surname_with_a_letter_more_at_its_end_is_another_person():
    found = speakers_and_words(["Mr Ivo Brand said the hedge was his.",
                                "Mr Brandt, who lives next door, said the hedge had always been shared."])
    assert [who for who, _words in found] == ["Ivo Brand", "Brandt"]
