"""One attribution is listed once: a piece of a statement cut short, or a statement that wraps
another together with its own speaker and cue, is not listed beside it. The examples are written
for these tests."""

from briefing.article.attribution import extract


def texts(paragraphs):
    return [(s.speaker, s.text) for s in extract(paragraphs)]


def test_a_piece_cut_short_at_a_verb_of_saying_is_not_listed_beside_the_whole():
    found = texts([
        "Police in Port Anselm arrested a man on Sunday after a night of shootings.",
        "A third man was hurt around 6 a.m. after he saw the suspect trying car doors and told him to leave, "
        "Kovac said.",
    ])
    assert found == [("Kovac", "A third man was hurt around 6 a.m. after he saw the suspect trying car doors "
                               "and told him to leave")]


def test_a_statement_holding_its_own_speaker_and_cue_gives_way_to_what_was_said():
    found = texts([
        "Police in Port Anselm arrested a man on Sunday after a night of break-ins, and Chief Dana Kovac spoke.",
        "While insisting the remark was aimed at one councillor, she admitted that the wider staff felt hurt — "
        "\"and that truly upsets me,\" she said.",
    ])
    assert not any(text.startswith("While insisting") for _, text in found)
    assert ("Dana Kovac", "the wider staff felt hurt — \"and that truly upsets me,\"") in found


def test_two_people_saying_the_same_words_are_both_listed():
    found = texts([
        "The ferry vote was put off again on Monday.",
        "\"We are not finished,\" Dana Kovac said. \"We are not finished,\" Tom Brandt said.",
    ])
    assert [speaker for speaker, _ in found] == ["Dana Kovac", "Tom Brandt"]


def test_a_quotation_that_repeats_an_earlier_one_and_goes_on_is_kept_whole():
    found = texts([
        "Harbour Rovers lost at home on Saturday.",
        "\"We need to defend better,\" Tom Brandt said after the game. Later he added: \"Like I said, we need to "
        "defend better, and we will sign a new centre-back this week.\"",
    ])
    assert ("Tom Brandt", "Like I said, we need to defend better, and we will sign a new centre-back this week.") in found


def test_two_statements_with_their_own_cues_in_one_sentence_are_two():
    found = texts([
        "The harbour dispute went on through the weekend, and Ana Olsen spoke for the yard.",
        "The ferry will stop in May, Olsen said, and the yard will close, she said.",
    ])
    assert found == [("Ana Olsen", "The ferry will stop in May"), ("Ana Olsen", "the yard will close")]
