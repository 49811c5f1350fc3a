"""Who the subject of a sentence is when the speaker is not right before the verb of saying: a
participle's subject ("The harbour union is suing …, claiming …"), the subject after an opening
phrase ("Speaking on Monday, Dorn …"), a title before a name. The examples are our own."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_participle_of_saying_takes_the_whole_subject_of_its_sentence():
    found = statements([
        "The harbour union is suing the council for two million, claiming the dredging broke its contract.",
        "Shortly after the vote, the mayor left the hall, saying the levy would pass next month anyway.",
    ])
    assert found == [("The harbour union", "indirect", "the dredging broke its contract"),
                     ("the mayor", "indirect", "the levy would pass next month anyway")]


def test_what_a_participle_of_saying_reports_runs_to_the_end_of_the_sentence():
    found = statements(["Ana Lind walked out of the talks on Monday, saying the offer was an insult to the crews."])
    assert found == [("Ana Lind", "indirect", "the offer was an insult to the crews")]


def test_a_participle_of_saying_after_a_group_takes_the_whole_group_and_not_the_main_clause():
    found = statements([
        "Several political experts at the college saw trouble ahead, saying the plan would fail within a year.",
        "Many reporters on the quay tried to reach the mayor, saying the office had gone silent since Monday.",
    ])
    assert found == [("Several political experts at the college", "indirect", "the plan would fail within a year"),
                     ("Many reporters on the quay", "indirect", "the office had gone silent since Monday")]


def test_the_subject_after_an_opening_phrase_is_the_speaker():
    found = statements([
        "Carl Dorn toured the docks.",
        "Speaking in Marrow on Sunday, where the tide had flooded the square, Dorn called the mayor brave but "
        "described the clean-up as slow.",
        "KESSEL — Marta Quell on Wednesday played down the row with the unions and said it was no worse than "
        "last year's.",
    ])
    assert ("Carl Dorn", "indirect", "the clean-up as slow") in found
    assert ("Marta Quell", "indirect", "it was no worse than last year's") in found



def test_a_subject_of_a_title_and_a_role_before_the_name_is_the_person():
    found = statements([
        "Outgoing Kessel party leader Ana Lind walked out of the talks on Monday, saying the offer was an insult "
        "to the crews.",
    ])
    assert found == [("Ana Lind", "indirect", "the offer was an insult to the crews")]


def test_a_title_with_of_or_for_before_the_name_is_part_of_the_subject():
    found = statements(["Minister for Harbours Ivo Brand said the budget would hold."])
    assert found == [("Ivo Brand", "indirect", "the budget would hold")]


def test_a_title_with_of_keeps_its_holder_whole():
    found = statements([
        "A note from Kessel Chief of Staff Ivo Brand reached the pilots on Tuesday.",
        "“You were all superb that night,” Brand wrote in the note.",
    ])
    assert found == [("Ivo Brand", "direct", "You were all superb that night")]


SETUP = "Carl Dorn, the harbour master, and Ana Lind, the mayor, met on Monday."


def test_a_verb_of_saying_after_a_noun_belongs_to_that_noun_not_the_subject():
    found = statements([
        SETUP,
        "KESSEL — Lind on Wednesday faced a petition demanding that the port reopen.",
        "Speaking on Wednesday, Lind pointed to a report warning that the port would close.",
    ])
    assert all(speaker != "Ana Lind" for speaker, _kind, _text in found)


def test_a_role_after_a_persons_name_and_a_verb_is_the_object_not_the_subject():
    found = statements([
        "Carl Dorn sacked manager Ana Lind on Monday, saying results had been poor for two seasons.",
        "Ana Lind later blamed minister Ivo Brand for the delays, saying the money had never arrived.",
    ])
    assert [speaker for speaker, _kind, _text in found] == ["Carl Dorn", "Ana Lind"]


def test_a_spokesman_for_a_person_is_not_that_person():
    found = statements([
        "Carl Dorn, Spokesman for Ana Lind, declined to comment on Monday.",
        "Later, the spokesman said the mayor would not resign.",
    ])
    assert found == [("Carl Dorn", "indirect", "the mayor would not resign")]


def test_a_sentence_with_its_verb_of_saying_before_a_colon_is_no_transcript_label():
    found = statements([
        "Ana Lind and Carl Dorn met on Monday.",
        "Answering the charge on the morning show, Dorn said: “She has never once set foot on our quay.”",
        "Told of the vote, Lind wrote: “I hope they know what they have done.”",
    ])
    assert [speaker for speaker, _kind, _text in found] == ["Carl Dorn", "Ana Lind"]


def test_a_capitalised_adverb_opening_the_sentence_is_not_the_speaker():
    found = statements([
        "Ana Lind and Carl Dorn met on Monday.",
        "Ever since she left the council, Lind has been a loud critic, telling the fishermen a simple message: "
        "“Do not give up the harbour!”",
        "Back in 1999, Dorn praised the ferry company, telling the Tarn Gazette: “I wish I could run a harbour like that.”",
    ])
    assert [speaker for speaker, _kind, _text in found if _kind == "direct"] == ["Ana Lind", "Carl Dorn"]


def test_an_adverb_marked_as_the_source_is_how_the_subject_spoke():
    found = statements([
        "Ana Lind and Carl Dorn met on Monday.",
        "Lind, exasperated, famously replied: “What difference does the ferry make to the harbour at this point?”",
    ])
    assert [(speaker, kind) for speaker, kind, _text in found] == [("Ana Lind", "direct")]


def test_a_plural_noun_before_in_or_at_is_the_subject_not_an_opening_adverb():
    found = statements([
        "Voters in Tarn, Ohio, told pollsters the economy was their main concern.",
        "Teachers in Marrow, Kell and Tarnside went on strike, saying classes were too large.",
        "Workers at Kestrel Shipping, Lumen Mobile and Tarn Rail walked out, saying their pay had not risen in years.",
        "Staff at the Marrow clinic, Ana Lind included, signed a letter warning that patients were at risk.",
    ])
    assert [speaker for speaker, _kind, _text in found] == ["Voters", "Teachers", "Workers", "Staff"]
    # after a verb of seeing or hearing, the name before a bare verb of saying speaks
    found = statements(["Voters in Tarn are watching a seasoned senator, Ana Lind, argue that the ferry must stay public."])
    assert [speaker for speaker, _kind, _text in found] == ["Ana Lind"]


def test_a_plural_noun_marked_as_the_source_is_the_source_not_a_manner_word():
    found = statements([
        "The ship had been leaking for weeks, reports said.",
        "Kessler insisted the ship was safe, but reports said it had been leaking for weeks.",
    ])
    assert [(speaker, text) for speaker, _kind, text in found] == [
        ("reports", "The ship had been leaking for weeks"), ("Kessler", "the ship was safe"),
        ("reports", "it had been leaking for weeks")]


def test_a_nations_coach_is_the_coach_the_article_named_with_that_nation():
    found = statements([
        "Norway coach Ivo Brand was disappointed with the draw against Kessel.",
        "The Norwegian coach said the pressure had got the better of his young players.",
    ])
    assert found == [("Ivo Brand", "indirect", "the pressure had got the better of his young players")]


def test_a_description_opening_the_sentence_is_the_subject_of_a_second_verb_of_saying():
    found = statements([
        "Norway coach Ivo Brand was disappointed with the draw against Kessel. The Norwegian coach rued the chances his"
        " side missed and revealed how the pressure had got the better of his young players.",
    ])
    assert found == [("Ivo Brand", "indirect", "how the pressure had got the better of his young players")]


def test_of_two_coaches_a_nations_coach_is_the_one_named_with_that_nation():
    found = statements([
        "Norway coach Ivo Brand and Kessel coach Ana Veer shook hands after the draw.",
        "The Norwegian coach said the result was a fair one for both teams.",
    ])
    assert [s for s, _k, _t in found] == ["Ivo Brand"]


def test_a_description_opening_the_sentence_ends_at_its_role():
    found = statements(["The Kessel senator sought to calm the crowd, saying nobody would be harmed at the rally."])
    assert found == [("The Kessel senator", "indirect", "nobody would be harmed at the rally")]


def test_a_description_opening_the_sentence_runs_on_to_its_role_or_body():
    found = statements([
        "The Dutch foreign minister walked out of the summit, saying the talks had stalled over fishing rights.",
        "The Harbour town officials closed the quay on Monday, saying the storm had weakened the wall.",
    ])
    assert found == [("The Dutch foreign minister", "indirect", "the talks had stalled over fishing rights"),
                     ("The Harbour town officials", "indirect", "the storm had weakened the wall")]


def test_a_possessive_description_with_its_name_is_the_named_person_not_her():
    found = [(s.speaker, s.text) for s in extract([
        "The transport secretary, Ana Veer, said the new line would open in 2027.",
        "Her deputy, Ivo Brand, warned that costs could double.",
    ])]
    assert found[-1] == ("Ivo Brand", "costs could double")


def test_an_outlet_whose_name_ends_in_today_keeps_the_whole_name_and_a_weekday_is_still_cut():
    found = statements([
        "The council will put the harbour levy to a vote next week, Marrow Today reported.",
        "The port authority Tuesday said the levy would be paid by the shipping lines.",
    ])
    assert found[0][0] == "Marrow Today"
    assert found[1][0] == "The port authority"
