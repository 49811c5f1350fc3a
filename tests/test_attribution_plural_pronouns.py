"""'They' stands for a group or a body, never for one person the article named with a role of their own
(examples written for these tests)."""

from factories import speakers_and_words


def test_they_is_not_the_one_person_named_with_a_role():
    found = speakers_and_words(["The heads of the harbour towns met the deputy first minister, Oona Taskev, yesterday.",
                      "Harbour leaders across Kessel fear a deep hole in their budgets because of a lack of money.",
                      'They say they raised the "grave risks" of the cuts with the minister.'])
    assert "Oona Taskev" not in [who for who, _text in found]


def test_they_is_still_a_body_named_with_a_description():
    found = speakers_and_words(["Marrow Freight, the port operator, posted its results on Monday.",
                      "They say profits rose by a third."])
    assert found[-1] == ("Marrow Freight", "profits rose by a third")
