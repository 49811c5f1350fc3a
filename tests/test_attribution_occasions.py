"""What follows the verb of saying in "…, he said while talking to a radio station", "…, she said when asked
about the budget" and "…, he said adding that …", and a speaker with a clause between commas ("The Dockers
Union and the Porters Guild, which represent …, said"): our own examples of shapes common in wire copy."""

from briefing.article.attribution import extract

MINISTER = "Ivo Brand, the minister for ports, opened the new ferry terminal on Monday."


def said(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_the_occasion_after_the_cue_is_not_what_was_said():
    assert said([MINISTER, "Bridges are the backbone of the valley economy, he said while talking to a local radio station."]) \
        == [("Ivo Brand", "indirect", "Bridges are the backbone of the valley economy")]
    assert said([MINISTER, "The ferry will run every hour in summer, he said when asked about the timetable."]) \
        == [("Ivo Brand", "indirect", "The ferry will run every hour in summer")]


def test_a_verb_of_saying_glued_to_the_cue_opens_a_second_statement():
    found = said([MINISTER, "We are the servants of the voters, he said adding that the council had given the "
                            "mandate to the parties."])
    assert found == [("Ivo Brand", "indirect", "We are the servants of the voters"),
                     ("Ivo Brand", "indirect", "the council had given the mandate to the parties")]


def test_a_clause_that_names_the_occasion_with_that_stays_what_was_said():
    # "while visiting the quay that …" is not only the occasion: the clause after "that" is what was said
    found = said([MINISTER, "Brand said while visiting the quay that the terminal would open in May."])
    assert [text for _who, _kind, text in found] == ["the terminal would open in May"]


def test_a_clause_between_commas_after_two_speakers_keeps_their_statement():
    found = said(["The Kessel Dockers Union and the Marrow Porters Guild, which represent thousands of workers "
                  "across the port, said they would stop work next Tuesday."])
    assert [(kind, text) for _who, kind, text in found] == [("indirect", "they would stop work next Tuesday")]
    assert "which" not in (found[0][0] or "")


def test_a_clause_between_commas_is_not_part_of_the_speakers_name():
    found = said(["The harbour board, which meets in Kessel, said it would stop the winter ferry."])
    assert found == [("The harbour board", "indirect", "it would stop the winter ferry")]


def test_a_verb_of_saying_in_ing_after_a_semicolon_inside_what_was_said_is_a_second_statement():
    minister = "Ana Veer, the finance minister, spoke to the assembly on Tuesday."
    found = said([minister, "She said the deficit was a short-term problem; insisting that this does not in any way "
                            "mean the country would shut down."])
    assert found == [("Ana Veer", "indirect", "the deficit was a short-term problem"),
                     ("Ana Veer", "indirect", "this does not in any way mean the country would shut down")]


def test_a_speaker_with_a_long_title_and_has_said_after_the_statement():
    found = said(["A chief who gave an update on the drought in Marrow is no longer a government official, "
                  "Interior Cabinet Secretary Dr Ivo Brandt has said."])
    assert found == [("Ivo Brandt", "indirect",
                      "A chief who gave an update on the drought in Marrow is no longer a government official")]


def test_a_verb_in_ing_after_a_clause_whose_subject_can_speak_stays_in_what_was_said():
    # the claim is the board's, reported by Ruud: not a second statement of Ruud's own
    found = said(["Ruud said the board sent a letter; claiming that the union had broken the law."])
    assert found == [("Ruud", "indirect", "the board sent a letter; claiming that the union had broken the law")]


def test_a_verb_in_ing_glued_to_the_cue_after_a_statement_opens_a_second_one():
    found = said(["The quay is not safe, the engineer said insisting that nobody should walk on it at night."])
    assert [text for _who, _kind, text in found] == ["The quay is not safe", "nobody should walk on it at night"]


def test_a_question_the_writer_asks_is_not_what_the_speaker_said():
    assert said(["Will the bridge be finished by May, as Transport Minister Ivo Brand has said?"]) == []


def test_a_second_speaker_after_a_clause_between_commas_is_kept():
    found = said(["The harbour board, which sets the fees, and the ferry company said the timetable would change."])
    assert [text for _who, _kind, text in found] == ["the timetable would change"]
    assert "ferry company" in (found[0][0] or "")


def test_a_title_with_in_the_before_a_name_is_the_title_not_part_of_the_name():
    found = said(["Minister in the Presidency Ivo Brand, responding to the deadly fire in the Kessel docks, told "
                  "reporters the government was not responsible for the sheds.",
                  "But the minister said the blaze did not point to any shortage of homes."])
    assert [who for who, _kind, _text in found] == ["Ivo Brand", "Ivo Brand"]


def test_a_verb_of_saying_after_had_and_an_adverb_with_a_long_title_before_it():
    found = said(["Kessel County Commissioner Ivo Lund had earlier indicated that three fishermen lost their boats in the storm."])
    assert found == [("Ivo Lund", "indirect", "three fishermen lost their boats in the storm")]


def test_a_bench_or_a_board_opening_the_sentence_is_the_speaker_of_its_verb_of_saying():
    found = said(["The bench pointed out that a lawyer's word before the court is given as one of its officers."])
    assert found == [("The bench", "indirect", "a lawyer's word before the court is given as one of its officers")]


def test_a_speaker_after_a_quotation_with_a_phrase_of_saying_and_its_manner():
    found = said(["Ana Veer and Ivo Lund met the dockers on Monday.",
                  "“They are all here because he promises them free ferries,” Veer shot back with a laugh."])
    assert found == [("Ana Veer", "direct", "They are all here because he promises them free ferries")]


def test_a_speaker_described_by_one_word_of_manner_after_a_quotation():
    found = said(["Ana Veer and Ivo Lund met the dockers on Monday.",
                  "“Kessel will always be Kessel,” an angry Veer retaliated. “It never gives up.”"])
    assert found == [("Ana Veer", "direct", "Kessel will always be Kessel"), ("Ana Veer", "direct", "It never gives up.")]


def test_a_document_speaks_for_whoever_issued_it():
    found = said(["Ana Veer and Ivo Lund met the dockers.",
                  "A statement issued by the harbour board on Monday said the ferry would not run."])
    assert found == [("the harbour board", "indirect", "the ferry would not run")]
    email = said(["Ana Veer and Ivo Lund met the dockers.",
                  "On top of that, a fundraising email sent out by Veer on Friday night warned of a hard month ahead: "
                  "\"There are 14 votes over the next three weeks.\""])
    assert [(who, kind) for who, kind, _text in email] == [("Ana Veer", "direct")]


def test_a_heading_in_capitals_run_into_the_sentence_is_no_part_of_the_speaker():
    found = said(["KESSEL HARBOUR TEAM REFUSES TO STAY IN VILLAGE The team cited “blocked drains, leaking pipes "
                  "and a roof that lets the rain in on every bunk.” [Kessel Wire]"])
    assert [(who, kind) for who, kind, _text in found] == [("The team", "direct")]


def test_a_subject_the_tagger_left_bare_reports_only_a_clause_after_that():
    assert said(["Ana Veer had earlier agreed to sell her shares in the ferry company."]) == []
    assert said(["The panel agreed a new timetable with the ferry company."]) == []
    assert said(["Ivo Lund had also added a clause that let the council cancel the deal."]) == []


def test_a_manner_or_a_place_after_by_is_no_issuer_of_a_document():
    speakers = [who for who, _kind, _text in said(["A notice posted by the door said the office would close at noon."])]
    assert "the door" not in speakers
    found = said(["A memo sent by the port director to staff warned that the quay was closed."])
    assert found == [("the port director", "indirect", "the quay was closed")]



def test_a_title_with_in_the_or_of_the_is_read_whole_before_the_name():
    from briefing.article.attribution.phrases import parse_phrase
    for written, role in (("Secretary of the Treasury Ana Veer", "Secretary of the Treasury"),
                          ("Minister in the Presidency Ivo Lund", "Minister in the Presidency")):
        mention = parse_phrase(written)
        assert mention is not None and mention.name == written.split()[-2] + " " + written.split()[-1]
        assert mention.role == role


def test_a_short_opening_of_time_without_a_comma_is_no_part_of_the_speaker():
    found = said(["Earlier in the week Kessel Dockers had accused the port's owners of treating the safety "
                  "rules as a cost to be cut."])
    assert [who for who, _kind, _text in found] == ["Kessel Dockers"]
    assert said(["Last month the harbour board said the winter ferry would stop in May."]) \
        == [("the harbour board", "indirect", "the winter ferry would stop in May")]
    assert said(["Earlier in the week Veer had agreed to sell her shares in the ferry company."]) == []


def test_a_name_in_the_opening_phrase_about_the_topic_is_not_the_pronoun_that_speaks():
    found = said(["Ana Veer, the ministry spokesperson, held her weekly briefing on Wednesday.",
                  "Concerning the coming visit of the Kessel harbour director Ivo Lund, she said that the visit is "
                  "part of a dialogue between the two ports."])
    assert found == [("Ana Veer", "indirect", "the visit is part of a dialogue between the two ports")]


def test_a_title_that_lists_its_portfolios_between_commas_then_the_name():
    found = said(["The Minister of Harbours, Ferries, Culture, and National Heritage of Kessel, Ivo Lund, said on "
                  "Sunday that the port vote would be held only once the council's term runs out."])
    assert found == [("Ivo Lund", "indirect", "the port vote would be held only once the council's term runs out")]


def test_a_verb_in_ing_with_a_clause_and_no_that_after_a_comma_is_a_second_statement():
    found = said(["Ms Veer said the heavier traffic had worn out the surface of the quay road, saying plans would need "
                  'a "full rebuild", including widening the road and path from the chapel down to Marrow school.'])
    assert found == [("Veer", "indirect", "the heavier traffic had worn out the surface of the quay road"),
                     ("Veer", "indirect", 'plans would need a "full rebuild", including widening the road and path '
                                          "from the chapel down to Marrow school")]


def test_the_same_speaker_again_as_subject_does_not_stop_the_second_statement():
    found = said(["Ivo Brand chairs the harbour board.",
                  "But he said he felt for the ferry crews, claiming two councillors misled them about the timetable."])
    assert [text for _who, _kind, text in found] == ["he felt for the ferry crews",
                                                    "two councillors misled them about the timetable"]


def test_a_verb_in_ing_with_only_an_object_stays_in_what_was_said():
    # "claiming victory", "saying a prayer": no clause follows, so nothing new was said
    found = said(["Ms Veer said the rowers crossed the bay at dawn, claiming a new record for the club."])
    assert [text for _who, _kind, text in found] == ["the rowers crossed the bay at dawn, claiming a new record for the club"]


def test_a_verb_that_takes_a_person_or_a_thing_first_does_not_open_a_statement():
    # "quoting documents that …", "praising traders who …", "urging residents to …": an object, not a clause
    for tail in ("quoting documents that were never published", "praising traders who had stayed through the winter",
                 "urging residents to be careful on the coast road"):
        found = said([f"Ms Veer said the market would reopen on Monday, {tail}."])
        assert [text for _who, _kind, text in found] == [f"the market would reopen on Monday, {tail}"]


def test_a_verb_in_ing_after_a_semicolon_still_needs_its_that():
    found = said(["Ivo Brand said the deal was done; saying goodbye to the old ferry was hard for the crew."])
    assert [text for _who, _kind, text in found] == ["the deal was done; saying goodbye to the old ferry was hard for the crew"]
