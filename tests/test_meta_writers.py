"""Writers a page names in shapes other than a "By" line over the story: a standfirst that hands over to
its reporter, a byline whose outlet slot the template left empty, the outlet's name and "By" on one line,
a writer signing with one word, the writer's note under the story (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

STORY = "\n\n".join([P1, P2, P3])
STANDFIRST = "The vote ends a decade of argument over the crossing."


def test_a_standfirst_that_hands_over_to_its_reporter_names_the_writer():
    assert meta_of(f"{HEAD}\n\n{STANDFIRST} Ada Finch reports\n\n{STORY}").authors == ("Ada Finch",)
    assert meta_of(f"{HEAD}\n\n{STANDFIRST[:-1]}, Ada Finch reports.\n\n{STORY}").authors == ("Ada Finch",)
    assert meta_of(f"{HEAD}\n\n{STANDFIRST} - Kestrel News' Ivo Brand reports\n\n{STORY}").authors == ("Ivo Brand",)


def test_a_reporter_named_inside_a_quotation_is_not_the_writer():
    quoted = '"The bridge is late and over budget, as Ada Finch reports'
    assert meta_of(f"{HEAD}\n\n{quoted}\n\n{STORY}").authors == ()


def test_a_name_before_an_empty_outlet_slot_is_a_byline():
    assert meta_of(f"{HEAD}\n\nAda Finch |\n\n{STORY}").authors == ("Ada Finch",)


def test_the_outlet_and_the_byline_on_one_line():
    info = meta_of(f"{HEAD}\n\nKestrel Times By Ivo Brand\n\n{STORY}")
    assert info.authors == ("Ivo Brand",)
    # A headline with "By" in it names no writer.
    assert meta_of(f"Bridge approved By Council\n\n{STORY}").authors == ()


def test_a_writer_who_signs_with_one_word():
    assert meta_of(f"{HEAD}\n\nWritten By Kestrelfox - 2026-03-09\n\n{STORY}").authors == ("Kestrelfox",)


def test_a_label_over_an_empty_field_is_no_writer():
    assert meta_of(f"{HEAD}\n\nRelease Date\n\nAda Finch\n\n4:23 AM EST, March 9, 2026\n\n{STORY}").authors == ("Ada Finch",)


def test_the_writers_note_under_the_story_names_the_writer():
    note = "Ada is the Marrow Ledger's health editor. She studied at the Kestrel School of Journalism."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nAda Finch\n\n{note}").authors == ("Ada Finch",)
    # A person named at the end over a line about someone else's job is no writer.
    other = "Ada Finch\n\nIvo is the council's planning officer."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{other}").authors == ()


def test_a_button_before_an_empty_slot_is_no_writer():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nACT NOW |\n\nMONTHLY | $5 |").authors == ()


def test_a_broadcast_deck_that_names_its_reporter():
    deck = "The vote ends a decade of argument. Kestrel TV's Ada Carrow reported this story from Marrow, Norland."
    assert meta_of(f"{HEAD}\n\n{deck}\n\n{STORY}").authors == ("Ada Carrow",)


def test_a_byline_glued_to_an_images_text():
    assert meta_of(f"{HEAD}\n\nkessel bridge photoBy Ada Carrow\n\n{STORY}").authors == ("Ada Carrow",)


def test_an_events_name_is_no_writer():
    line = "Kessel Athletics Championships | Sprints Preview: Runners To Watch"
    assert meta_of(f"{line}\n\n{STORY}").authors == ()


def test_another_storys_card_with_its_writer_is_no_byline():
    cards = ("More stories\n\nBy Adaeze Carrow The county on Wednesday signed the budget after weeks of debate in the"
             " chamber...\n\nBy Chidi Brand Residents of six river towns have been told to prepare for floods as...")
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{cards}").authors == ()


def test_a_writers_note_under_a_story_with_no_byline_names_the_writer():
    note = "Nell Strand covers transport and city hall for the Kestrel Post. Follow Nell on social media."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{note}").authors == ("Nell Strand",)
    second = "Ivo Brand is the Kestrel Post's transport correspondent."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{second}").authors == ("Ivo Brand",)


def test_a_person_the_story_is_about_is_not_its_writer():
    about = f"Ada Finch spoke at the hearing on Monday.\n\n{STORY}\n\nAda Finch is a former reporter who now runs the ferry."
    assert meta_of(f"{HEAD}\n\n{about}").authors == ()
    by_surname = f"Brand spoke at the hearing on Monday.\n\n{STORY}\n\nIvo Brand is a reporter who now runs the ferry."
    assert meta_of(f"{HEAD}\n\n{by_surname}").authors == ()
    speaking = "Carl Dorn is the editor of the Kessel Almanac and says the harbour has never been busier."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{speaking}").authors == ()


def test_a_maps_or_a_controls_label_over_the_byline_is_no_writer():
    assert meta_of(f"{HEAD}\n\nKessel County Map\nKessel County Map(KQTH)\nBy Ada Finch\n\n{STORY}").authors == ("Ada Finch",)
    assert meta_of(f"{HEAD}\n\nArticle View Option\n\n{STORY}").authors == ()


def test_the_one_who_compiled_a_review_of_the_year_signs_it():
    assert meta_of(f"{HEAD}\n\nCompiled by Ada Finch\n\n{STORY}").authors == ("Ada Finch",)
    # An editor's credit is no byline.
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n(Editing by Ivo Brand)").authors == ()
