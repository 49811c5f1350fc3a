"""Whom "he" and "she" stand for when the gender the article shows is only a guess from a given name,
and when a surname is also a common noun (examples written for these tests)."""

from briefing.article.attribution import extract


def speakers_of(paragraphs, needle):
    return [s.speaker for s in extract(paragraphs) if needle in s.text]


UNION = "Tracy Veer, who leads the Kessel dockers union, said the old contract ran out in May."


def test_a_pronoun_outweighs_a_gender_guessed_from_the_given_name_of_the_one_person():
    found = speakers_of([UNION, "“We asked for a modest rise and a dental plan,” he said."], "modest rise")
    assert found == ["Tracy Veer"]


def test_the_pronoun_then_keeps_standing_for_that_person():
    paragraphs = [UNION, "“We asked for a modest rise,” he said.", "Talks are slow, Veer said.",
                  "“Under their offer the dockers would fall behind prices,” he said."]
    assert speakers_of(paragraphs, "fall behind") == ["Tracy Veer"]


def test_with_two_people_a_guessed_gender_that_disagrees_finds_nobody():
    paragraphs = ["Tracy Veer, who leads the Kessel dockers union, said talks had begun. Nina Brand, the port chief, "
                  "said the offer stood.", "“We asked for a modest rise and a dental plan,” he said."]
    assert speakers_of(paragraphs, "modest rise") == []


def test_a_pronoun_that_agreed_once_confirms_the_guess():
    paragraphs = [UNION, "“We asked for a modest rise,” she said.",
                  "“Under their offer the dockers would fall behind prices,” he said."]
    assert speakers_of(paragraphs, "fall behind") == []


def test_a_gendered_role_is_no_guess():
    paragraphs = ["Tracy Veer, the union spokeswoman, said talks had begun.",
                  "“We asked for a modest rise and a dental plan,” he said."]
    assert speakers_of(paragraphs, "modest rise") == []


def test_a_courtesy_title_makes_a_common_noun_a_surname():
    paragraphs = ["Mr Park said he was “deeply worried” about the walkout at Harbour General.",
                  "“People are waiting for their operations,” he said."]
    assert speakers_of(paragraphs, "operations") == ["Park"]


def test_a_title_and_a_place_word_in_a_longer_name_stay_a_place():
    paragraphs = ["Staff at Marrow Park Hotel said the lifts were broken.",
                  "“Guests had to climb nine floors,” the manager said."]
    assert "Marrow Park Hotel" not in speakers_of(paragraphs, "nine floors")


def test_a_she_opening_the_narrative_may_be_somebody_never_named():
    paragraphs = ["Dr Ivo Brand says he first heard of the fever cases on the radio.",
                  "The harbour clinic said a woman with the fever had died in May.",
                  "She was a member of the Kessel rowing club.",
                  "In the council, the harbour spokesman Nils Hart questioned Dr Brand about the delay.",
                  "Outside, Dr Brand told reporters he was very unhappy about that.",
                  "“I do not expect to learn such things from the radio,” he said."]
    assert speakers_of(paragraphs, "from the radio") == ["Ivo Brand"]


PLANT = "Ivo Brand, who runs the Kessel can plant, said the closure was a blow."


def test_an_unnamed_spokesman_who_spoke_is_the_next_he():
    paragraphs = [PLANT, "A spokesman from Veer’s office said the plant employs 245 people. He confirmed that talks "
                  "began on Thursday.", "“It has a fine name in the town,” he said."]
    found = [(s.speaker, s.text) for s in extract(paragraphs)]
    assert ("A spokesman from Veer’s office", "talks began on Thursday") in found
    assert speakers_of(paragraphs, "fine name") == ["A spokesman from Veer’s office"]


def test_an_unnamed_spokeswoman_is_not_a_he():
    paragraphs = [PLANT, "A spokeswoman from Veer’s office said the plant employs 245 people.",
                  "“It has a fine name in the town,” he said."]
    assert speakers_of(paragraphs, "fine name") == ["Ivo Brand"]


def test_a_person_named_after_the_spokesman_is_the_next_he():
    paragraphs = ["A spokesman from Veer’s office said the plant employs 245 people.",
                  "Ivo Brand, who runs the plant, said the closure was a blow.",
                  "“It has a fine name in the town,” he said."]
    assert speakers_of(paragraphs, "fine name") == ["Ivo Brand"]


def test_an_unnamed_man_who_did_not_speak_is_not_noted():
    paragraphs = [PLANT, "A man from the town was hurt in the fire.", "“It has a fine name in the town,” he said."]
    assert speakers_of(paragraphs, "fine name") == ["Ivo Brand"]


def test_a_role_before_an_inserted_he_said_is_what_was_said():
    paragraphs = [PLANT, "A fresh mill boss, he said, might bring a calmer mood to the valley.",
                  "“It has a fine name in the town,” he said."]
    assert speakers_of(paragraphs, "calmer mood") == speakers_of(paragraphs, "fine name") == ["Ivo Brand"]


def test_a_title_before_a_lower_case_particle_names_a_person():
    paragraphs = ["“In some towns the private clinics are very strong,” Dr el Brand said.",
                  "He said that careful records let the clinic spot any rise. “No town reports every case, but we "
                  "know that,” he said."]
    assert speakers_of(paragraphs, "No town reports") == ["el Brand"]


def test_a_capitalised_place_word_still_opens_a_place():
    assert [s.speaker for s in extract(["El Marrow Council said the bridge would close for a week."])] \
        == ["El Marrow Council"]
