"""A heading, a headline line or a capitalised word that opens a sentence is no speaker. The
examples are written for these tests."""

from factories import speakers_and_words


def test_a_heading_in_title_case_before_a_colon_is_no_transcript_label():
    found = speakers_and_words([
        "The harbour board met on Monday to weigh the quay plan and the ferry timetable.",
        "The Tide Turns On: It was under the mayor that the board set up a fund for the old quay, "
        "and the fund has grown every year since then.",
    ])
    assert all(who != "Tide Turns On" for who, _text in found)


def test_a_name_in_title_case_before_a_colon_is_still_a_transcript_label():
    found = speakers_and_words([
        "The harbour board met on Monday to weigh the quay plan and the ferry timetable.",
        "Dana Kovac: We will not move a single crane until the council has voted on the plan.",
    ])
    assert found == [("Dana Kovac", "We will not move a single crane until the council has voted on the plan.")]


def test_a_verb_of_saying_that_opens_a_label_is_no_part_of_the_name():
    found = speakers_and_words([
        "Dana Kovac, the harbour master, spoke to the Tarn Gazette on Monday about the cranes.",
        "Continued Kovac: So I think it is a real problem, and the best thing the board can do is wait.",
    ])
    assert [who for who, _text in found][-1:] == ["Dana Kovac"]


def test_a_kicker_in_capitals_before_a_headline_in_capitals_is_no_speaker():
    digest = [f"Item {n}: the ferry timetable changes again on Monday, the board said in a notice." for n in range(6)]
    found = speakers_and_words(digest + [
        "EU: FISHING FLEETS FACE NEW QUOTAS “The union has been arguing about quotas for so long that "
        "the fleets have stopped listening to it.”",
    ])
    assert all(who not in ("Eu", "EU") for who, _text in found)


def test_a_lone_opening_word_capitalised_nowhere_else_is_no_speaker():
    found = speakers_and_words([
        "The quay protest drew a large crowd in Port Anselm on Saturday.",
        "Bitter remarks were posted online afterwards, and a judge said the worst of them broke the law.",
    ])
    assert all(who != "Bitter" for who, _text in found)


def test_a_plural_of_things_opening_a_sentence_is_no_speaker():
    found = speakers_and_words([
        "The quay protest drew a large crowd in Port Anselm on Saturday.",
        "Stories have emerged describing the board's attempts to move the protest away from the quay.",
    ])
    assert all(who != "Stories" for who, _text in found)


def test_a_surname_written_once_at_a_sentence_start_stays_a_speaker():
    found = speakers_and_words([
        "The quay vote will be held in Port Anselm next month.",
        "Kovac openly admitted that her choice was political, looking to the vote in March.",
    ])
    assert [who for who, _text in found] == ["Kovac"]


def test_a_description_cut_at_its_first_word_takes_the_name_after_it():
    found = speakers_and_words([
        "The city was calm on Friday after a week of unrest downtown.",
        "Democratic presidential nominee Dana Kovac chimed in on Twitter, saying that city officials "
        "should release the police videos \"without delay.\"",
    ])
    assert [who for who, _text in found] == ["Dana Kovac"]


def test_findings_and_trades_that_open_a_sentence_are_their_statements_sources():
    found = speakers_and_words([
        "The harbour board met on Monday to weigh the quay plan and the ferry timetable.",
        "Projections suggest the new levy would raise $40 million over the next decade for the quay.",
        "Crane makers argue that the levy would push orders to yards further down the coast.",
    ])
    assert [who for who, _text in found] == ["Projections", "Crane makers"]
