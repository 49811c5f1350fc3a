"""Two readings of "according to": a document only a body issues ("according to the release") speaks for a body,
never for the resident quoted just before it; and "according to the data" with no comma inside a reported clause
tells how a thing is done, so it stays in that clause and names no speaker. Look-alikes keep their readings. All in
our own invented words."""

from briefing.article.attribution import extract

RESIDENT = "“I saw the flames from the road,” said Ana Veer, who lives next door."


def pairs(paragraphs):
    return [(s.speaker, s.text) for s in extract(paragraphs)]


def test_a_release_after_a_quoted_resident_is_not_hers():
    found = pairs([RESIDENT, "No crew members were hurt in the blaze, according to the release."])
    assert found[-1] == ("the release", "No crew members were hurt in the blaze")


def test_a_release_after_a_body_spoke_is_the_body_s():
    found = pairs([
        "The Marrow Fire Service said on Monday that two engines had been sent to the farm.",
        "No crew members were hurt in the blaze, according to the release.",
    ])
    assert found[-1][0] == "Marrow Fire Service"


def test_a_statement_after_a_person_still_speaks_for_that_person():
    found = pairs([
        "Harbour minister Ivo Brand said on Monday that the ferries would run again soon.",
        "The crossing will reopen in May, according to the statement.",
    ])
    assert found[-1][0] == "Ivo Brand"


def test_according_to_the_data_inside_a_reported_clause_is_part_of_it():
    found = pairs(["Ana Veer said the board would meet often, noting that the rate is set at each meeting "
                   "according to the data."])
    assert found == [("Ana Veer", "the board would meet often"),
                     ("Ana Veer", "the rate is set at each meeting according to the data")]


def test_according_to_the_figures_after_a_comma_or_alone_is_still_a_source():
    found = pairs(["The port will reopen in May, according to the figures."])
    assert found == [("the figures", "The port will reopen in May")]
    found = pairs(["Ivo Brand said the port would reopen soon, according to the harbour board."])
    assert found[0][0] == "Ivo Brand"
