"""Where a statement starts and ends, and who its speaker is, in shapes real pages take: where and to
whom it was said, clauses the tagger stops short, titles and occasions around a name, datelines and
verb-first quotations (examples written for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]



def test_where_it_was_said_before_that_is_not_what_was_said():
    found = statements(["The harbour board said in a notice on its website that the north quay will close for a week."])
    assert found == [("The harbour board", "indirect", "the north quay will close for a week")]


def test_a_reported_clause_runs_on_past_a_name_to_its_sentence_end():
    found = statements(["The Road Safety Office said it had been working with Tarnside since late February."])
    assert [text for _who, _kind, text in found] == ["it had been working with Tarnside since late February"]


def test_a_description_is_not_the_body_named_after_it_in_its_own_sentence():
    found = statements(["The ferry company said it had been talking with Marrow Port since June."])
    assert [who for who, _kind, _text in found] == ["The ferry company"]


def test_a_product_recall_is_not_a_memory():
    found = statements(["Kestrel Motors is recalling about 40,000 vans after finding that a seat bolt can work loose."])
    assert found == []
    remembered = statements(["Ada Finch recalled that the old bridge had been shut twice before."])
    assert [text for _who, _kind, text in remembered] == ["the old bridge had been shut twice before"]


def test_to_whom_and_where_it_was_said_before_that_stay_in_the_cue():
    told = statements(["Mayor Ines Varo, who backs the plan, told the meeting that the ferry would run all winter."])
    assert told == [("Ines Varo", "indirect", "the ferry would run all winter")]
    interview = statements(["Minister Tomas Ek said in an interview with the state broadcaster KTV that the tolls would end."])
    assert [text for _who, _kind, text in interview] == ["the tolls would end"]
    later = statements(["Club chairman Ivo Brand told reporters afterwards that the club had no other ground in mind."])
    assert [text for _who, _kind, text in later] == ["the club had no other ground in mind"]



def test_the_word_after_a_titles_of_is_its_portfolio_not_the_speaker():
    found = statements(["Marrow's Minister of Harbours, Tomas Ek, said that the pre-clearance system would start on Friday."])
    assert [who for who, _kind, _text in found] == ["Tomas Ek"]
    run_on = statements(["Minister of Harbours Tomas Ek said the new berths would open in May."])
    assert [who for who, _kind, _text in run_on] == ["Tomas Ek"]


def test_a_relative_clause_after_the_reported_subject_does_not_end_what_was_said():
    found = statements(["Secretary-General Ines Varo said the council, which has mediated maritime disputes since the "
                        "1980s, had been in contact with both governments since Monday."])
    assert [text for _who, _kind, text in found] == ["the council, which has mediated maritime disputes since the 1980s, "
                                                     "had been in contact with both governments since Monday"]


def test_according_to_a_filing_takes_the_whole_sentence_before_it():
    found = statements(["The company will collect a handling charge on top of the port fee for every ship it clears, "
                        "according to a filing with the exchange on Monday night."])
    assert [text for _who, _kind, text in found] == [
        "The company will collect a handling charge on top of the port fee for every ship it clears"]


def test_a_place_with_a_colon_before_a_reporters_sentence_is_a_dateline_not_a_speaker():
    found = statements(["Port Anselm: Foreign Minister Ivo Brand on Thursday conveyed to his Norland counterpart "
                        "that relations were at a low."])
    assert all(who != "Port Anselm" for who, _kind, _text in found)
    later = statements([f"Paragraph {n} of the match report." for n in range(6)]
                       + ["TARNSIDE : Rovers coach Ada Finch criticised the referee for ending the game early."])
    assert [who for who, _kind, _text in later] == ["Ada Finch"]


def test_a_long_ministerial_title_before_a_name_is_the_role_not_the_speaker():
    found = statements(["Acting Minister for Ports and Inland Waterway Development, Ines Varo, said the new berths would "
                        "open in May."])
    assert [who for who, _kind, _text in found] == ["Ines Varo"]


def test_the_occasion_after_a_name_is_not_the_speakers_role():
    found = extract(["“The harbour has never been this busy,” said Ines Varo at a March 9 briefing."])
    assert [(s.speaker, s.role) for s in found] == [("Ines Varo", None)]
    employer = extract(["“Rates will rise,” said Ivo Holt at Larchmont Wealth."])
    assert [(s.speaker, s.role) for s in employer] == [("Ivo Holt", "at Larchmont Wealth")]


def test_a_sentence_that_opens_with_its_verb_of_saying_names_the_speaker_before_the_quotation():
    found = statements(['The festival opened on Monday. Said producer Ivo Tanaka, “We wanted a film about small harbours.”',
                        'Added actress Mina Sato, “It was a long shoot for all of us.”'])
    assert [(who, kind) for who, kind, _text in found] == [("Ivo Tanaka", "direct"), ("Mina Sato", "direct")]


def test_a_title_in_capitals_before_a_name_is_the_role_and_the_name_is_the_speaker():
    found = statements(["Public Relations Officer, Ada Brisk, says the council will reopen the road on Monday."])
    assert [who for who, _kind, _text in found] == ["Ada Brisk"]


def test_he_is_never_a_plural_body_named_just_before():
    found = statements(["Health official Dr Ivo Amori said the outbreak was under control.",
                        "Cases were reported in Kestrel and Marrow Counties last week.",
                        "He said more tests would be done on Friday."])
    assert [who for who, _kind, _text in found] == ["Ivo Amori", "Ivo Amori"]


def test_whom_a_speaker_told_is_not_part_of_what_was_told():
    found = statements([
        "The harbour dispute went to a vote on Monday.",
        "Tom Brandt told the harbour court he had never been to the yard. Ana Lind told Tarn Radio she would resign.",
        "Lind told the story of how she found the yard.",
    ])
    texts = [text for _speaker, _kind, text in found]
    assert "he had never been to the yard" in texts
    assert "she would resign" in texts
    assert "she found the yard" not in texts


def test_a_content_before_and_said_belongs_to_the_cue_before_it():
    found = statements([
        "The harbour dispute went to a vote on Monday.",
        "Dana Kovac told a dockers group that the port's fleet is \"worn out\" and said she will expand the tug fleet.",
    ])
    assert found == [("Dana Kovac", "indirect", "the port's fleet is \"worn out\""),
                     ("Dana Kovac", "indirect", "she will expand the tug fleet")]


def test_a_quotation_before_she_said_but_is_not_joined_to_the_narrative_after_it():
    found = statements([
        "The rally in Port Anselm ran late on Friday, and Ana Lind stayed to the end.",
        "\"Are we ahead now?\" she said, but Tom was drifting off again, and as the mayor went on about "
        "\"the broken system,\" and \"our own families,\" Lind said yes, yes, yes, over and over.",
    ])
    assert ("Ana Lind", "direct", "Are we ahead now?") in found


def test_a_hearer_is_not_cut_from_a_content_whose_subject_has_a_clause_of_its_own():
    found = statements([
        "The harbour case went to court on Monday.",
        "Tom Brandt told the court the boat he was steering was not his. Ana Olsen told the jury it was an accident.",
    ])
    texts = [text for _speaker, _kind, text in found]
    assert not any(text.startswith("he was steering") for text in texts)
    assert "it was an accident" in texts


def test_a_quotation_before_its_own_named_speaker_stays_with_that_speaker():
    found = statements([
        "The harbour case went to court on Monday, and Ana Olsen and Tom Brandt both spoke.",
        "Olsen told the board the plan was dead; \"we must start again,\" Brandt said, \"from the very beginning.\"",
    ])
    assert ("Tom Brandt", "direct", "we must start again … from the very beginning.") in found


def test_a_one_word_hearer_and_a_day_after_the_hearer_are_not_part_of_what_was_told():
    found = statements([
        "The harbour case went to court on Monday, and Ana Olsen spoke.",
        "Olsen told police she heard shouting from the quay at midnight.",
        "Olsen told the Tarn Gazette on Monday she would sue the harbour board.",
        "Olsen told her brother she was leaving the yard for good.",
    ])
    texts = [text for _speaker, _kind, text in found]
    assert texts == ["she heard shouting from the quay at midnight", "she would sue the harbour board",
                     "she was leaving the yard for good"]


def test_the_writers_words_after_a_quotation_are_not_part_of_the_quote():
    found = statements(["Kessler fired back: “If they take us to court in Marrow, they are going to lose,” pointing to "
                        "the large number of fishermen in the town."])
    assert found == [("Kessler", "direct", "If they take us to court in Marrow, they are going to lose")]


def test_a_quotation_after_a_short_one_keeps_the_speaker_of_the_short_one():
    found = statements(["“It's nonsense,” Kessler said by telephone on Harbour Radio's “Morning Tide.” “She gets everything "
                        "wrong about the ferry, whether it's the timetable or the fares; she's wrong and everybody in "
                        "Tarnside knows that.”"])
    assert found == [("Kessler", "direct", "She gets everything wrong about the ferry, whether it's the timetable or the "
                      "fares; she's wrong and everybody in Tarnside knows that.")]


def test_a_long_clause_of_the_writer_after_a_quotation_leaves_it_a_direct_quote():
    found = statements(["Ana Lind, the ferry company's northern director, has walked away from each meeting with pages of "
                        "new bookings. “It's getting easier and easier to train the crews,” she said, crediting the new "
                        "booking software that had helped the ferry company turn its long queues into regular passengers."])
    assert found == [("Ana Lind", "direct", "It's getting easier and easier to train the crews")]


def test_a_comma_that_closes_a_clause_put_before_what_was_said_opens_no_second_speaker():
    found = statements(["Kessler said that when the ferry reached the quay, the pilots told him the tide was too low."])
    assert found == [("Kessler", "indirect", "when the ferry reached the quay, the pilots told him the tide was too low")]
    found = statements(["Lind said the report had shown that, in April, the skipper told the crew to leave the boat."])
    assert [(who, text) for who, _kind, text in found] == [
        ("Lind", "the report had shown that, in April, the skipper told the crew to leave the boat")]
    found = statements(["Lind said that during the gale, the coastguard warned the trawlers to stay in Marrow."])
    assert [text for _who, _kind, text in found] == ["during the gale, the coastguard warned the trawlers to stay in Marrow"]


def test_a_second_speaker_the_reader_cannot_name_keeps_their_words_in_the_first_statement():
    found = statements(["Pilots said they had seen nothing, and several said the lights had not been lit at all."])
    assert [text for _who, _kind, text in found] == [
        "they had seen nothing, and several said the lights had not been lit at all"]
    found = statements(["Drivers said the road was closed, and most said they had waited for an hour."])
    assert [text for _who, _kind, text in found] == ["the road was closed, and most said they had waited for an hour"]



def test_many_of_a_group_that_spoke_are_that_group():
    found = statements(["Residents said they had heard nothing, and many said the sirens had not sounded at all."])
    assert found == [("Residents", "indirect", "they had heard nothing"),
                     ("Residents", "indirect", "the sirens had not sounded at all")]
    person = statements(["Ana Lind said she had heard nothing, and many said the sirens had not sounded at all."])
    assert [who for who, _kind, _text in person] == ["Ana Lind"]  # one person has no share
