"""An unnamed speaker described by a title ("A Kessel Port spokesman said …") who is named in the same paragraph
under every word of that title ("Kessel Port spokesman Ivo Brand wrote") is that person; a bare title ("A
spokesman said") or a title from another body stays as written. All in our own invented words."""

from factories import speakers

OPENING = "The harbour was quiet on Monday morning as the ferries waited."
QUOTE = "“We are weighing our options for the weeks ahead,”"


def test_a_title_named_later_in_the_paragraph_is_that_person():
    found = speakers([OPENING, "A Kessel Port spokesman said the board had not yet decided whether to appeal. "
                      f"{QUOTE} Kessel Port spokesman Ivo Brand wrote in an email."])
    assert found == ["Ivo Brand", "Ivo Brand"]


def test_a_bare_title_is_not_tied_to_a_person_with_it():
    found = speakers([OPENING, "A spokesman said the board would meet again. "
                      "Ana Veer, a spokesman for the union, said it would not."])
    assert found == ["A spokesman", "Ana Veer"]


def test_the_title_of_another_body_is_somebody_else():
    found = speakers([OPENING, "A Marrow Rail spokesman said the trains would run as usual on Friday. "
                      f"{QUOTE} Kessel Port spokesman Ivo Brand wrote in an email."])
    assert found == ["Marrow Rail spokesman", "Ivo Brand"]


def test_the_same_title_in_another_paragraph_is_not_taken():
    found = speakers([OPENING, "A Kessel Port spokesman said the board had not yet decided whether to appeal.",
                      f"{QUOTE} Kessel Port spokesman Ivo Brand wrote in an email."])
    assert found[0] == "Kessel Port spokesman"
