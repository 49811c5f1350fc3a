"""Strings that can never be a speaker: a day or a month, a number, a state's abbreviation, a
headline's words, an adjective, a possessive, quotation-mark debris, a cut organisation name.

Every example is invented, in the shapes real news pages take.
"""

from briefing.article.attribution import extract

SETUP = "Residents of Port Anselm gathered at the harbour on a grey morning to hear the news."


def speakers(paragraphs):
    return {s.speaker for s in extract([SETUP, *paragraphs])}


def said(paragraphs, words):
    return [s.speaker for s in extract([SETUP, *paragraphs]) if words in s.text]


def test_a_day_or_a_month_is_not_a_speaker():
    page = ["The timeline of the blaze Tuesday in Port Anselm shows that the mayor was warned twice before "
            "the fire spread along the quay.",
            "A Feb. 1 letter from the Tarn Rowing Club warns that any further dispute will go through "
            "its lawyers.",
            "The Tarn Harbour Police earlier Saturday announced that a man was held over the fire."]
    found = speakers(page)
    assert not found & {"Tuesday", "Feb", "Feb.", "Saturday", "Tarn Harbour Police earlier Saturday"}
    assert said(page, "a man was held") == ["Tarn Harbour Police"]


def test_a_time_named_in_capitals_is_nobody_a_pronoun_can_stand_for():
    page = ["Last September the Tarn ferry ran aground off the point, and the crew waited hours for help.",
            "He said the rescue had come far too late for the passengers."]
    assert "Last September" not in speakers(page)


def test_an_organisation_named_in_capitals_is_not_cut_at_its_preposition():
    page = ["The Commission on Harbour Safety said on its website that the Tarn quay would stay shut until "
            "the spring inspection.",
            "The Committee for a Cleaner Tarn reported that the river carried twice the silt of last year.",
            "The Kestrel Workers Forum says the new rota leaves the night crews short of staff."]
    found = speakers(page)
    assert not found & {"Commission", "Committee", "Forum", "Workers Forum"}
    assert said(page, "quay would stay shut") == ["Commission on Harbour Safety"]
    assert said(page, "twice the silt") == ["Committee for a Cleaner Tarn"]


def test_a_campaign_director_is_the_speaker_not_the_campaign_word():
    page = ["Seats for 40 campaign director Ivo Ode told reporters that the ferry fares had doubled "
            "in two years."]
    assert said(page, "fares had doubled") == ["Ivo Ode"]


def test_an_acronym_before_the_last_word_of_a_name_is_no_title():
    page = ["The news site KTV Info reported that the harbour master had resigned after the fire."]
    assert said(page, "harbour master had resigned") == ["KTV Info"]


def test_a_count_written_in_words_is_not_a_speaker():
    page = ["Four said the quay was unsafe after the storm, and the crews agreed.",
            "Six in 10 say the ferry is too slow for the commute."]
    found = speakers(page)
    assert not found & {"Four", "Six"}


def test_a_place_based_adjective_is_not_the_company():
    page = ["The Kestrel-based company said it would open a second yard in Port Anselm next year."]
    assert "Kestrel-based" not in speakers(page)


def test_a_stray_quotation_mark_is_not_part_of_a_speaker():
    page = ["Ana Lind, who starred in the “Harbour Lights” series, spoke at the gala. The “Harbour Lights” "
            "Star said she would return to the stage in the spring."]
    assert not any("”" in s or "“" in s for s in speakers(page))


def test_a_speaker_cut_before_what_it_owns_loses_the_possessive():
    from briefing.article.attribution.names import without_debris

    assert without_debris("Kovac’s") == "Kovac"
    assert without_debris("the judges’") == "the judges"
    assert without_debris("Tarn Growers' Union") == "Tarn Growers' Union"


def test_a_place_based_body_after_a_name_leaves_the_name_the_speaker():
    found = extract([
        "The water board met in Tarnside on Monday to weigh the mine's permit.",
        "\"For years the rule here has been that you protect the river first,\" said Dana Kovac of the "
        "Port Anselm-based Tarn River Water Project.",
    ])
    assert [s.speaker for s in found] == ["Dana Kovac"]
