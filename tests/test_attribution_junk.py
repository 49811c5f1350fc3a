"""Words that open a sentence or a page are not speakers: what a reader of the quotes sees.

Each example is our own, in the shape real news pages take: a sentence adverb or a request
at the head of a sentence, a participle's clause, an adjective before "to say", a place with
the agency's credit in front of the story.
"""

from briefing.article.attribution import extract


def speakers(paragraphs):
    return {s.speaker for s in extract(paragraphs)}


def said(paragraphs, words):
    return [s.speaker for s in extract(paragraphs) if words in s.text]


def test_a_request_to_the_reader_has_no_speaker():
    page = ["On this page you will find the week's timetable for the Kestrel ferry. Please bear in mind that "
            "the printed times can lag a day or two behind the changes the operator makes."]
    assert "Please" not in speakers(page)
    assert said(page, "can lag a day") == []


def test_a_participle_opening_a_sentence_is_not_who_spoke():
    page = ["The officer in charge at the Kestrel crossing was happy to talk but asked that his name be left "
            "out. Ignoring the radio crackling in his cabin, he complained about the harbour fees and the cost of fuel."]
    assert "Ignoring" not in speakers(page)
    page = ["The Kestrel Prize ceremony is held every autumn in Norhaven. Asked if he would attend a rival "
            "ceremony, founder Piet Okafor shrugs, saying \"he would rather not steal anyone's evening.\""]
    assert "Asked" not in speakers(page)


def test_needless_to_say_is_the_writer_speaking():
    page = ["Mayor Ilse Varga promised the fishermen new berths by spring. \"The berths will be ready,\" she "
            "said. Needless to say, the fishermen aren't convinced."]
    assert said(page, "The berths will be ready") == ["Ilse Varga"]
    assert said(page, "aren't convinced") == []


def test_an_adverb_before_a_name_is_not_part_of_it():
    page = ["The foundation was set up by Albert Okafor in 1999. Eventually Okafor said the foundation "
            "would move to Norhaven to be near the sea."]
    assert said(page, "move to Norhaven") == ["Albert Okafor"]


def test_a_place_with_the_agency_credit_opens_the_story_and_says_nothing():
    page = ["Norhaven (NSN)A slow harbour plan beats a rushed one, say opponents of the mayor's scheme. "
            "But what if the opponents succeed?"]
    assert "Norhaven" not in speakers(page)


def test_a_surname_only_at_the_heads_of_sentences_still_speaks():
    page = ["Brandt tells the harbour board the quay is sinking.",
            "Brandt said the quay had dropped four inches since the spring tides and would need new piles."]
    assert said(page, "dropped four inches") == ["Brandt"]


def test_groups_at_the_head_of_a_sentence_still_speak():
    page = ["Critics said the harbour plan would cost the town more than it could raise in ten years."]
    assert said(page, "cost the town more") == ["Critics"]


def test_people_charged_or_accused_by_somebody_are_not_speaking():
    found = extract(["Two rowers have been charged by the Rowing Federation over a clash at the Dunmore regatta.",
                     "The coach was accused by rivals of coaching from the bank during the final."])
    assert [(s.speaker, s.text) for s in found] == []


def test_a_time_zone_is_no_speaker():
    found = extract(["Both skippers must answer the complaint by 5pm GMT on Monday, and may lose their licences."])
    assert all(s.speaker != "GMT" for s in found)


def test_an_outlet_named_as_a_source_is_the_outlet_not_a_person():
    found = extract(["The vote went four to two, according to USA Today.",
                     "Only 42 percent of the homes on the delta had flood cover, according to FEMA estimates."])
    assert [(s.speaker, s.speaker_kind) for s in found] == [("USA Today", "org"), ("FEMA", "org")]


def test_it_in_a_speaker_named_last_is_the_subject_of_its_own_sentence():
    found = extract(["Carrow Rail beat Harbour Street analysts' forecasts for fares by nearly $3 million, it reported Tuesday."])
    assert [s.speaker for s in found] == ["Carrow Rail"]


def test_a_dateline_with_a_colon_is_not_a_transcript_speaker():
    for place in ("LONDON", "KESTREL BAY"):
        found = extract(["Quill signs on", f"{place}: Ada Quill has signed a new contract with Carrow United, "
                         "the club announced on Monday, ending months of talk."])
        assert [(s.speaker, s.text) for s in found] == [
            ("Carrow United", "Ada Quill has signed a new contract with Carrow United")]


def test_a_transcript_in_capitals_still_has_its_speakers():
    found = extract(["HOLT: We will wait for the survey before we reopen.", "LIND: The quay cannot stay shut all winter."])
    assert [s.speaker for s in found] == ["Holt", "Lind"]


def test_a_subject_with_an_insert_is_not_a_clause_said_by_the_words_after_the_verb():
    found = extract(["But Norland's Supreme Leader Ali Vahidi, in his own spring address on Saturday, "
                     "noted the divisions within Kestrel over the talks."])
    assert all(s.speaker != "the divisions within Kestrel over the talks" for s in found)


def test_a_time_phrase_opening_the_sentence_is_not_its_speaker():
    found = extract(["Late Thursday, Vance reached out “directly to the people of Norland,” in a video message, "
                     "to urge them to back a deal on the quay."])
    assert [s.speaker for s in found] == ["Vance"]


def test_a_platform_is_never_the_speaker_of_what_an_account_on_it_posted():
    found = extract([
        "On Wednesday, the Crimson Front claimed that its fighter, along with four others, had been killed in an "
        "attack on the depot. The claim, issued on a Twitter account affiliated with the group, named the others too.",
        "The other attackers came from three other countries, the Twitter account claimed.",
    ])
    assert [s.speaker for s in found] == ["Crimson Front", "Crimson Front"]


def test_a_sum_a_cost_is_adding_is_no_statement_but_a_sum_a_speaker_adds_is():
    found = extract([
        "Ilse Brandt, an analyst at Lodestar, has followed the strait for years.",
        "The analyst estimated that the checks and the fee together were adding between $40,000 and $55,000 "
        "to the cost of a typical bulk voyage through the strait. That is enough, Ilse Brandt argued, to make "
        "the long detour worth it.",
        "The harbour master said the storm had flooded the quay, adding 12 boats had sunk at their moorings.",
    ])
    texts = [s.text for s in found]
    assert not any(t.startswith("between") for t in texts)
    assert any(t.endswith("12 boats had sunk at their moorings") for t in texts)


def test_whom_a_speaker_wrote_to_is_not_what_was_said():
    found = extract(["Marta Quell wrote to the port authority on Friday.",
                     "Ana Lind spoke to the crews on Monday and said the ferry would run."])
    assert [(s.speaker, s.text) for s in found] == [("Ana Lind", "the ferry would run")]


def test_what_was_said_to_someone_without_that_is_still_said():
    found = extract(["Carl Dorn, the harbour master, and Ana Lind, the mayor, met on Monday.",
                     "Lind said to the crowd the port would reopen in June.",
                     "Dorn confirmed to the Kessel Courier he would stand again."])
    assert [s.speaker for s in found] == ["Ana Lind", "Carl Dorn"]


def test_the_writer_speaking_in_the_first_person_is_no_speaker():
    found = extract(["Ana Lind met the crews on Monday.",
                     "I'm told the mayor walked out of the talks on Monday, saying the offer was an insult to the crews.",
                     "I'm sure the crews were there, saying the port had let them down."])
    assert all(not s.speaker.startswith("I") for s in found)
