"""Wire credits, writers and stamps in the shapes pastes give them away from the dateline: a sign-off glued to
the last paragraph, a bare credit before the first words, a contributors' line, the wire before its reporter,
a stamp with the wire after a dash, a forecaster's note, a blog's archive labels, file names and render stamps
that hold a date (our own invented examples)."""

from factories import HEAD, P2, P3, meta_of

from briefing.article.clean import clean

LEAD = ("The town council approved a new bridge over the Marrow river on Tuesday, ending a decade of argument"
        " over the old crossing and its rusting supports.")
STORY = "\n\n".join([P2, P3])


def test_a_wires_sign_off_glued_to_the_last_paragraph_credits_it():
    text = f"{HEAD}\n\n{LEAD}\n\n{P2} Work on the ramps starts in June -- KESSEL (AFP)"
    info = meta_of(text)
    assert info.credit == "AFP"
    assert clean(text).body[-1].endswith("starts in June")


def test_a_bare_wire_credit_before_the_first_words_credits_it():
    text = f"{HEAD}\n\n(AP) {LEAD}\n\n{STORY}"
    assert meta_of(text).credit == "AP"
    assert clean(text).body[0].startswith("The town council")


def test_a_dateline_from_two_places_is_still_a_dateline():
    text = f"{HEAD}\n\nKESSEL/MARROW (Reuters) – {LEAD}\n\n{STORY}"
    assert meta_of(text).credit == "Reuters"
    assert clean(text).body[0].startswith("The town council")


def test_a_contributors_line_credits_the_outlet_that_helped():
    text = f"{HEAD}\n\n{LEAD}\n\n{STORY}\n\nCNN's Ada Carrow and Ivo Brand contributed to this report."
    assert meta_of(text).credit == "CNN"


def test_the_wire_before_its_reporter():
    info = meta_of(f"{HEAD}\n\nBloomberg, Ada Carrow\n\n{LEAD}\n\n{STORY}")
    assert info.authors == ("Ada Carrow",)
    assert info.credit == "Bloomberg"


def test_a_stamp_with_the_wire_after_a_dash():
    info = meta_of(f"{HEAD}\n\nFriday, 6 March 2026 - AAP\n\n{LEAD}\n\n{STORY}")
    assert info.credit == "AAP"
    assert info.published.startswith("2026-03-06")


def test_a_writer_and_her_town_after_the_date_marker():
    info = meta_of(f" date 2026-03-09 Fred Okafor, Kessel\n\n{LEAD}\n\n{STORY}\n\nKessel council meets again in May.")
    assert info.authors == ("Fred Okafor",)
    assert info.source is None  # the town she files from is no outlet


def test_a_factbox_that_opens_with_its_dateline_has_no_headline():
    box = "KESSEL (Reuters) – Factbox on the bridge vote.\nVotes for:\n12\nVotes against:\n3"
    info = meta_of(box)
    assert info.title is None
    assert info.credit == "Reuters"


def test_a_forecasters_note_and_a_byline_with_an_empty_stamp_label():
    assert meta_of(f"From Chief Meteorologist Ada Carrow:\n\n{LEAD}\n\n{STORY}").authors == ("Ada Carrow",)
    info = meta_of(f"{HEAD}\n\nWritten By Ivo Brand | Kessel | Updated On:\n\n{LEAD}\n\n{STORY}")
    assert info.authors == ("Ivo Brand",)
    assert info.source is None


def test_a_byline_in_capitals_run_into_the_first_sentence():
    text = f"{HEAD}\n\nBY ADA CARROW In 2016 the council first voted on a bridge and then dropped the plan within a year."
    info = meta_of(text)
    assert info.authors == ("Ada Carrow",)
    assert clean(text).body[0].startswith("In 2016")


def test_a_print_editions_note_is_not_the_headline():
    note = "This article first appeared in The Kestrel Weekly on March 9, 2026 - March 15, 2026"
    info = meta_of(f"{note}\n\n{HEAD}\n\n{LEAD}\n\n{STORY}")
    assert info.title == HEAD
    assert info.source == "The Kestrel Weekly"


def test_a_blogs_archive_labels_are_neither_headline_nor_writer():
    info = meta_of(f"Showing posts from December, 2025\n\n{HEAD}\n\n{LEAD}\n\n{STORY}")
    assert info.title == HEAD
    assert meta_of(f"Tag Archives\n\n{HEAD}\n\n{LEAD}\n\n{STORY}").authors == ()


def test_a_screenshots_file_name_and_a_render_stamp_are_not_the_date():
    text = f"{HEAD}\n\nScreen Shot 2026-02-24 at 3\n\n{LEAD}\n\n{STORY}\n\nRendered 03/09/2026 04:44"
    assert meta_of(text).published is None


def test_a_crumb_trail_ending_with_the_headline_is_not_the_lead():
    text = f"Home Kessel News — Local {HEAD}\n\n{HEAD}\n\n{LEAD}\n\n{STORY}"
    assert meta_of(text).title == HEAD


def test_the_sites_address_after_its_copyright_is_not_part_of_its_name():
    text = f"{HEAD}\n\n{LEAD}\n\n{STORY}\n\n© 2026 Kestrel Post (www.kestrelpost.com)"
    assert meta_of(text).source == "Kestrel Post"


def test_place_day_and_time_set_apart_by_slashes_date_the_story():
    info = meta_of(f"{HEAD}\n\nKessel, Norland / Fri, March 6, 2026 / 03:20 pm\n\n{LEAD}\n\n{STORY}")
    assert info.published.startswith("2026-03-06T15:20")


def test_a_dateline_in_title_case_with_no_dash_credits_its_wire():
    text = f"{HEAD}\n\nMarrow, March 5 (Reuters) {LEAD}\n\n{STORY}"
    assert meta_of(text).credit == "Reuters"
    assert clean(text).body[0].startswith("The town council")


def test_a_station_and_the_wire_it_carries_in_one_dateline():
    info = meta_of(f"{HEAD}\n\nKESSEL (WKRV/AP) — {LEAD}\n\n{STORY}")
    assert (info.source, info.credit) == ("WKRV", "AP")


def test_a_desks_staff_byline_names_no_site():
    assert meta_of(f"{HEAD}\n\nBy Digital Desk staff\n\n{LEAD}\n\n{STORY}").source is None


def test_a_byline_with_initials_and_three_writers_is_no_headline():
    info = meta_of(f"By Ada Carrow, Ivo Brand and M.B. Tessel\n{HEAD}\n\nMarch 9 (Reuters) - {LEAD}\n\n{STORY}")
    assert info.authors == ("Ada Carrow", "Ivo Brand", "M.B. Tessel")
    assert info.title == HEAD
    assert info.credit == "Reuters"  # a dateline with its day and no place
    assert meta_of(f"By - Associated Press - Monday, March 9, 2026\n\n{LEAD}\n\n{STORY}").title is None


def test_a_second_writer_on_a_line_of_his_own():
    assert meta_of(f"{HEAD}\n\nBy Ada Carrow\nand Ivo Brand\n\n{LEAD}\n\n{STORY}").authors == ("Ada Carrow", "Ivo Brand")


def test_a_section_before_the_byline_is_no_outlet():
    info = meta_of(f"{HEAD}\n\nMedicine | By Ada Carrow\n\n{LEAD}\n\n{STORY}")
    assert (info.authors, info.source) == (("Ada Carrow",), None)


def test_a_dateline_alone_on_the_first_line_is_no_headline():
    assert meta_of(f"KESSEL, Norland -\n\n{LEAD}\n\n{STORY}").title is None


def test_a_site_with_its_wire_and_a_wire_with_its_day():
    info = meta_of(f"{HEAD}\n\nKESTREL POST WITH REUTERS\n\n{LEAD}\n\n{STORY}")
    assert (info.source, info.credit) == ("Kestrel Post", "Reuters")
    info = meta_of(f"{HEAD}\n\nXinhua, March 9, 2026 Adjust font size:\n\n{LEAD}\n\n{STORY}")
    assert (info.credit, info.published[:10]) == ("Xinhua", "2026-03-09")


def test_a_copyright_with_the_sites_address_and_its_partner():
    assert meta_of(f"{HEAD}\n\n{LEAD}\n\n{STORY}\n\nCopyright 2026 WKRV News via WKTS. All rights reserved.").credit == "WKTS"
    text = f"{HEAD}\n\n{LEAD}\n\n{STORY}\n\nCopyright © 2026 Kessel Hawks RFC www.kesselhawks.example | website by Pixelworks"
    assert meta_of(text).source == "Kessel Hawks RFC"


def test_a_story_that_opens_on_its_place_and_day_is_dated_by_it():
    text = f"{HEAD}\n\nKessel, Marrow – August 9, 2023 – {LEAD}\n\n{STORY}"
    assert meta_of(text).published.startswith("2023-08-09")


def test_a_day_in_the_body_that_opens_no_dateline_dates_nothing():
    text = f"{HEAD}\n\n{LEAD}\n\nOn August 9, 2023 the council first voted on the plan.\n\n{STORY}"
    assert meta_of(text).published is None


def test_a_posted_by_line_gives_its_day():
    text = f"{HEAD}\n\n{LEAD}\n\n{STORY}\n\nPosted by Marrow Desk: Staff Writer on October 10th, 2012"
    assert meta_of(text).published.startswith("2012-10-10")


def test_a_head_run_into_the_first_paragraph_is_parted_into_byline_and_date():
    glued = (f"{HEAD} By Ada Finch MARROW DAILY STAFF · Friday, March 12, 2010 · marrowdaily.example {LEAD} "
             "The old crossing will stay open until the new one is finished.")
    info = meta_of(f"{glued}\n\n{STORY}")
    assert info.authors == ("Ada Finch",)
    assert info.published.startswith("2010-03-12")
    assert clean(f"{glued}\n\n{STORY}").body[0].startswith("The town council")


def test_by_inside_the_story_is_no_glued_byline():
    text = (f"{HEAD}\n\n{LEAD} By then the council had spent two years on the plan, and on March 12, 2010 "
            f"it asked the county for help with the cost of the ramps and the lights.\n\n{STORY}")
    info = meta_of(text)
    assert info.authors == ()
    assert info.published is None
