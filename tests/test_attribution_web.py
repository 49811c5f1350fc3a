"""Shapes of real web copy the tagger reads short: when and where a statement was made after its
cue, glued quotation marks, given names of many cultures and sources named late (examples written
for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_when_and_where_after_said_is_not_what_was_said():
    found = statements(["Ana Brisk won most of the seats in the ward, the Harbour poll board said on Monday evening "
                        "in the port city of Kestrel."])
    assert found == [("Harbour poll board", "indirect", "Ana Brisk won most of the seats in the ward")]
    late = statements(["The ferry will not sail before spring, the Marrow Port authority said last night in the capital, Tesshan."])
    assert [text for _who, _kind, text in late] == ["The ferry will not sail before spring"]


def test_a_clause_after_the_time_is_still_what_was_said():
    found = statements(["The Marrow Port authority said on Monday evening that the ferry will not sail before spring."])
    assert [text for _who, _kind, text in found] == ["the ferry will not sail before spring"]


def test_a_closing_mark_glued_to_the_next_word_still_closes_the_quotation():
    found = statements(["Dr Ana Brisk is the county's health director.",
                        "“The harbour board has confirmed an outbreak in six wards,”she said."])
    assert found == [("Ana Brisk", "direct", "The harbour board has confirmed an outbreak in six wards")]
    straight = statements(["Ivo Brand chairs the harbour board.", '"We will open the quay in May,"he said.'])
    assert straight == [("Ivo Brand", "direct", "We will open the quay in May")]


def test_given_names_of_many_cultures_tell_he_from_she():
    she = statements(["Kwabena Mensah met Nkechi Obi at the quay on Monday.", "“The ferry will run all winter,” she said."])
    assert [who for who, _kind, _text in she] == ["Nkechi Obi"]
    he = statements(["Nkechi Obi met Kwabena Mensah at the quay on Monday.", "“The ferry will run all winter,” he said."])
    assert [who for who, _kind, _text in he] == ["Kwabena Mensah"]


def test_a_given_name_that_is_also_a_word_opens_a_name():
    # "promise" as a plain word in the article ("made a promise to reopen …" would itself be reported speech)
    found = statements(["The market has shown little promise since the fire.",
                        "Promise Moyo said the stalls would be ready by June."])
    assert found == [("Promise Moyo", "indirect", "the stalls would be ready by June")]


def test_a_name_before_its_appositive_is_the_speaker_not_the_body_in_it():
    found = statements(["But Ivo Brand, a spokesperson for Marrow's Harbour Workers Union (HWU), said the union "
                        "did not sign the final deal."])
    assert found == [("Ivo Brand", "indirect", "the union did not sign the final deal")]
    reported = statements(["The Coast Wire reported that Ivo Brand, a spokesman for Marrow's Harbour Workers Union "
                           "(HWU) said the union did not sign the final deal."])
    assert ("Ivo Brand", "indirect", "the union did not sign the final deal") in reported


def test_a_place_before_a_description_is_not_its_name():
    found = statements(["At a town hall in Port Anselm, a young woman asked why the ferry fares had doubled."])
    assert all(who != "Port Anselm" for who, _kind, _text in found)


def test_a_relative_clause_after_a_late_according_to_source_is_not_what_was_said():
    found = statements(["Kestrel pays around 9 million each year for the sea wall, according to Harbour Minister Ivo "
                        "Brand who is introducing measures to share the cost."])
    assert found == [("Ivo Brand", "indirect", "Kestrel pays around 9 million each year for the sea wall")]


def test_a_name_after_a_late_according_to_is_the_source_even_when_read_with_the_cue():
    found = statements(["Ivo Brand chairs the harbour board.",
                        "The board does not expect the quay to open before 2027, which is why its members this week "
                        "“considered whether another delay was needed,” according to Brand."])
    assert [(who, kind) for who, kind, _text in found] == [("Ivo Brand", "indirect")]
    assert found[0][2].startswith("The board does not expect the quay to open before 2027")


def test_a_named_source_after_according_to_reports_a_statement_with_its_own_speaker():
    found = statements(["A northern protest group, the Dune Front, claimed the blockade of the ferry port, according to "
                        "the Marrow news agency Coast Wire."])
    assert ("Coast Wire", "indirect",
            "A northern protest group, the Dune Front, claimed the blockade of the ferry port") in found
    assert ("Dune Front", "indirect", "the blockade of the ferry port") in found
    documents = statements(["Ivo Brand said the quay had been shut twice before, according to court documents."])
    assert [who for who, _kind, _text in documents] == ["Ivo Brand"]
