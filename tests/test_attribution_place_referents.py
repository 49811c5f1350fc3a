"""A description of a body ("the firm", "the company") does not stand for a name the article wrote as a
place (examples written for these tests)."""

from factories import speakers

from briefing.article.attribution.tokens import read_paragraph


def test_a_place_in_a_list_after_at_is_not_the_firm():
    found = speakers(["Marrow Mills said it is moving work to plants at Harbour, West Kessel, and Veerton.",
                      "The firm has said it hoped to keep most of the staff in work."])
    assert "West Kessel" not in found and "Veerton" not in found


def test_names_in_a_list_opened_by_a_place_word_are_places():
    from briefing.article.attribution.names import place_name

    par = read_paragraph("It has plants at Harbour, West Kessel and Veerton.")
    words = [t.text for t in par.tokens]
    assert place_name(par.tokens, words.index("West"), words.index("West") + 2)
    assert place_name(par.tokens, words.index("Veerton"), words.index("Veerton") + 1)


def test_a_name_after_a_fronted_place_is_no_place():
    from briefing.article.attribution.names import place_name

    par = read_paragraph("In Kessel, Marrow Mills said it would shut two plants.")
    words = [t.text for t in par.tokens]
    assert not place_name(par.tokens, words.index("Marrow"), words.index("Marrow") + 2)


def test_a_name_before_a_state_based_is_a_place():
    from briefing.article.attribution.names import place_name

    par = read_paragraph("The Kessel, Marrow-based firm said it would grow.")
    assert place_name(par.tokens, 1, 2)


def test_the_company_still_stands_for_a_named_company():
    found = speakers(["In Kessel, Marrow Mills said it would shut two plants.",
                      "The company said it hoped to keep most staff in work."])
    assert found[0] == "Marrow Mills"
