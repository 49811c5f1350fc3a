"""Where a source starts and ends, and what the words after it are: a fronted "Visiting Marrow," before the
speaker, "says Brand when asked …" and "” Brand said at a media briefing held on Thursday.": our own
examples of shapes common in wire copy."""

from briefing.article.attribution import extract


def said(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_the_source_ends_before_when_asked():
    found = said(["“We did not hear it from anyone official, but a friend told us there was such a letter,” says "
                  "Brand when asked where the rumour of a closure came from."])
    assert found == [("Brand", "direct",
                      "We did not hear it from anyone official, but a friend told us there was such a letter")]


def test_where_a_quotation_was_said_is_no_second_content():
    found = said(["“We are still in the middle of the season and we have no wish to change the coach right now. "
                  "We didn’t even speak a word about it.” Brand said at a media briefing held on Thursday."])
    assert [text for _who, _kind, text in found] == [
        "We are still in the middle of the season and we have no wish to change the coach right now. "
        "We didn’t even speak a word about it."]


def test_a_clause_after_the_cue_that_follows_a_quotation_stays_what_was_said():
    found = said(["“The ferry will run as before.” Brand said on Monday that the tolls would fall by half in May."])
    assert "the tolls would fall by half in May" in [text for _who, _kind, text in found]


def test_the_place_of_a_fronted_participle_is_not_the_speaker():
    found = said(["Visiting Marrow, Ana Veer, Special Envoy to President Ivo Brand, stated that the Kessel Council "
                  "will not allow any tolls on the bridge."])
    assert [who for who, _kind, _text in found] == ["Ana Veer"]


def test_a_fronted_participle_in_the_source_span_is_passed_over():
    # the tagger may take the whole run "Visiting PLACE, NAME, TITLE," as the source
    found = said(["Visiting Kessel, Tomas Lund, Senior Aide to Governor Ana Veer, declared that the Harbour Board "
                  "would never allow any warships in the bay, and that the only way out was “a new treaty on "
                  "the old border, with Harbour City as its main gate”."])
    assert [who for who, _kind, _text in found] == ["Tomas Lund"]


def test_a_title_before_a_name_stays_with_the_name():
    found = said(["Acting Mayor, Ivo Brand, stated that the Harbour Authority will not allow any ferries in the bay."])
    assert [who for who, _kind, _text in found] == ["Ivo Brand"]


def test_names_listed_after_a_plural_are_that_group():
    found = said(["The fishermen's lawyers, Mr Tomas Ivo Lund and Mr Peter Anton Reyes, leaned on the Marrow "
                  "ruling in their filings, saying there was \"broad public concern\" for the dispute to go before "
                  "the full bench."])
    assert [who for who, _kind, _text in found] == ["The fishermen's lawyers"]


def test_a_name_before_an_insert_is_still_the_speaker():
    found = said(["Ana Veer, in a long talk with the board on Monday, argued that the ferry should stay."])
    assert [who for who, _kind, _text in found] == ["Ana Veer"]


def test_a_long_lower_case_source_after_a_quotation_is_the_speaker():
    found = said(["Marrow’s mayor says the cap is a bad idea.",
                  "“Harbour ratepayers are unlikely to see the savings put forward by the ministry of 3 dollars a "
                  "month for each home, or the price of a loaf of bread as noted by some writers,” council’s manager "
                  "of budget planning and forecasts ana veer said in a report.",
                  "“The sums left out the council’s ‘modest rates plan’ and its size.”"])
    assert [who for who, _kind, _text in found][1:] == ["council’s manager of budget planning and forecasts ana veer"] * 2


def test_a_clause_after_a_quotation_is_not_read_as_a_source():
    found = said(["Marrow’s mayor says the cap is a bad idea.",
                  "“Savings for each home will be far smaller,” the mayor said, and the hall fell silent."])
    assert [who for who, _kind, _text in found] == ["Marrow’s mayor", "Marrow’s mayor"]


def test_two_people_with_their_titles_are_both_the_speaker():
    found = said(["Harbour chief Ana Veer and Head of Ferries, Ivo Brand said that they have looked at a change in "
                  "the timetable."])
    assert [who for who, _kind, _text in found] == ["Ana Veer and Ivo Brand"]


def test_a_title_with_and_inside_is_one_person():
    found = said(["Minister of Trade and Industry Ana Veer said that the port would stay open all winter."])
    assert [who.endswith("Ana Veer") and " and Ana" not in who for who, _kind, _text in found] == [True]


def test_a_body_named_inside_the_source_s_relative_clause_is_not_the_speaker():
    found = said(["The quay stays shut until the tribunal decides, according to the lawyer who brought the case "
                  "against the Marrow Harbour Board (MHB)."])
    assert [who.startswith("the lawyer") for who, _kind, _text in found] == [True]


def test_a_name_before_its_relative_clause_stays_the_speaker():
    assert [who for who, _kind, _text in said(["Ana Lind, who chairs the Kessel Harbour Board, said the ferry was "
                                               "always late."])] == ["Ana Lind"]
    assert [who for who, _kind, _text in said(["A woman who identified herself as Ana Lind said the ferry was "
                                               "always late."])] == ["Ana Lind"]


def test_two_titles_without_the_comma_are_not_read_as_two_people():
    found = said(["Harbour Board Vice President and Ferry head Ivo Brand said that the ferry would run all winter."])
    assert [who for who, _kind, _text in found] == ["Ivo Brand"]


def test_a_pair_opening_a_short_sentence_after_another_is_read_without_error():
    # The list's comma is looked for backwards from "and": it must stop at the sentence's start.
    found = said(["The ferry was late again. Crews and Ivo Brand, in a note sent on Monday, warned that the quay was unsafe."])
    assert [text for _who, _kind, text in found] == ["the quay was unsafe"]
