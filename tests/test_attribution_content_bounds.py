"""What counts as a reported statement and where its words end: a verb that can act on a thing
("conceded 12 goals", "demanding a 6% rise") reports nothing when its object is a count or a sum,
and a number written with a thousands comma or a range dash is one word, never a cut (examples
written for these tests)."""

from briefing.article.attribution import extract
from briefing.article.attribution.tokens import read_paragraph


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_goals_conceded_are_no_statement():
    assert statements(["Kessel conceded 12 goals while scoring 9 against Marrow in a five-game series."]) == []


def test_a_storm_that_claimed_lives_made_no_statement():
    assert statements(["The storm over Kessel claimed 14 lives and cut power to 3,000 homes in Marrow."]) == []


def test_a_demand_for_a_sum_is_no_statement():
    assert statements(["The dockers are demanding a 4% or £2,250 raise, whichever pays more, for every crew."]) == []


def test_a_conceded_clause_is_still_a_statement():
    found = statements(["Ana Veer conceded that the ferry would be late for the third week running."])
    assert found == [("Ana Veer", "indirect", "the ferry would be late for the third week running")]


def test_a_conceded_clause_without_that_is_still_a_statement():
    found = statements(["Ana Veer conceded the ferry would be late for the third week running."])
    assert [text for _who, _kind, text in found] == ["the ferry would be late for the third week running"]


def test_a_rejection_with_quoted_words_is_still_a_statement():
    found = statements(["Ivo Brand rejected the plan as “a stunt for the cameras and nothing more”."])
    assert [who for who, _kind, _text in found] == ["Ivo Brand"]


def test_an_offer_rejected_is_still_a_statement():
    # news annotation counts a rejection of a plain thing as speech; only a count or a sum is not
    found = statements(["The Marrow dock crews have rejected the port's latest offer, extending their strike."])
    assert [who for who, _kind, _text in found] == ["The Marrow dock crews"]


def test_a_said_noun_phrase_is_not_touched():
    found = statements(["Ana Veer said a rise of ten percent for the dock staff of Kessel."])
    assert [who for who, _kind, _text in found] == ["Ana Veer"]


def test_a_thousands_comma_is_inside_one_number():
    tokens = [t.text for t in read_paragraph("a fee of £1,750 or 12,000.50 for 1,2 or 3").tokens]
    assert tokens == ["a", "fee", "of", "£", "1,750", "or", "12,000.50", "for", "1", ",", "2", "or", "3"]


def test_an_age_range_is_one_word():
    assert [t.text for t in read_paragraph("staff aged 21–30 at Kessel").tokens] == ["staff", "aged", "21–30", "at", "Kessel"]


def test_a_reported_sum_is_not_cut_at_its_thousands_comma():
    found = statements(["Ana Veer said the fee would rise to £1,750 a year for staff aged 21–30 in the town."])
    assert found == [("Ana Veer", "indirect", "the fee would rise to £1,750 a year for staff aged 21–30 in the town")]


def test_a_reported_clause_runs_past_a_list_to_its_verb():
    found = statements(["Ana Veer said only help from Kessel, Marrow and Harbour could open the road."])
    assert found == [("Ana Veer", "indirect", "only help from Kessel, Marrow and Harbour could open the road")]


def test_a_reported_clause_runs_past_an_aside_between_dashes_to_its_verb():
    found = statements(["Ivo Brand said the ferries to Kessel, Marrow and Harbour - which sail daily - had been cut back."])
    assert [text for _who, _kind, text in found] == [
        "the ferries to Kessel, Marrow and Harbour - which sail daily - had been cut back"]


def test_a_reported_clause_runs_on_past_a_quoted_word():
    found = statements(["Speaking in Kessel on Friday, Veer claimed she had been “upset” by the conduct of the board’s "
                        "staff – including its chair Ivo Brand – after the vote, ending the session."])
    assert [text for _who, _kind, text in found] == [
        "she had been “upset” by the conduct of the board’s staff – including its chair Ivo Brand – after the vote, "
        "ending the session"]


def test_what_was_praised_does_not_run_on_into_a_relative_clause():
    found = statements(["Ana Veer praised the crew of the Marrow, which had sailed through the night."])
    assert all("sailed" not in text for _who, _kind, text in found)


def test_a_second_attribution_after_the_comma_keeps_its_own_words():
    found = statements(["Ana Veer said the ferry was “late again”, the port board said."])
    assert ("Ana Veer", "indirect", "the ferry was “late again”") in found


def test_a_quoted_word_followed_by_a_new_clause_ends_the_content():
    found = statements(["Ana Veer is promising lower fares and “boats, boats, boats,” but she has also sharpened the "
                        "attacks that have marked her race for Kessel."])
    assert all("sharpened" not in text for _who, _kind, text in found)


def test_a_whole_quotation_does_not_run_on_into_the_narrative():
    found = statements(['Veer, who also toured the port this week, wrote, "Thank you Kessel! #VeerForPort" on Friday.'])
    assert found == [("Veer", "direct", "Thank you Kessel! #VeerForPort")]


def test_only_more_of_the_subject_leads_to_the_missing_verb():
    from briefing.article.attribution.missing_contents import _verb_ahead
    assert _verb_ahead("Marrow and Harbour could open the road".split())
    assert _verb_ahead("found in 40 towns , are vital".split())
    assert _verb_ahead("Marrow and Harbour - which run ferries - could open it".split())
    assert not _verb_ahead("which holds rules not in the old plan that are meant for ports".split())
    assert not _verb_ahead("referring to his sister , who had moved".split())
    assert not _verb_ahead("and the board has agreed".split())
    assert not _verb_ahead("she is seen by the crews as fair".split())


def test_a_concession_of_the_writer_is_not_run_into():
    found = statements(["Port spokeswoman Ana Veer said all pilots sign waivers, though she did not discuss their terms."])
    assert all("discuss" not in text for _who, _kind, text in found)


def test_where_and_when_it_was_said_after_a_quoted_word_is_not_what_was_said():
    found = statements(["Ana Veer said the plan to close the ferry was “reckless” in an interview on Monday."])
    assert [text for _who, _kind, text in found] == ["the plan to close the ferry was “reckless”"]
