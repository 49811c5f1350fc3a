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
    page = ["On this page you will find the week's timetable for the Kestrel ferry. Please note that there "
            "may be a delay between the time the timetable changes and when this page is updated."]
    assert "Please" not in speakers(page)
    assert said(page, "may be a delay") == []


def test_a_participle_opening_a_sentence_is_not_who_spoke():
    page = ["The officer in charge at the Kestrel crossing was happy to talk but asked that his name be left "
            "out. Ignoring calls on his cell phone, he lamented the state of the harbour and the price of diesel."]
    assert "Ignoring" not in speakers(page)
    page = ["The Kestrel Prize ceremony is held every autumn in Norhaven. Asked if he would attend a rival "
            "ceremony, founder Piet Okafor demurs, saying \"he wouldn't want to be a distraction.\""]
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
    page = ["Norhaven (NSN)No deal is better than a bad deal, say critics of the mayor's harbour plan. "
            "But what if the opponents succeed?"]
    assert "Norhaven" not in speakers(page)


def test_a_surname_only_at_the_heads_of_sentences_still_speaks():
    page = ["Brandt tells the harbour board the quay is sinking.",
            "Brandt said the quay had dropped four inches since the spring tides and would need new piles."]
    assert said(page, "dropped four inches") == ["Brandt"]


def test_groups_at_the_head_of_a_sentence_still_speak():
    page = ["Critics said the harbour plan would cost the town more than it could raise in ten years."]
    assert said(page, "cost the town more") == ["Critics"]
