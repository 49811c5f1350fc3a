"""Headlines in the shapes an aggregator's or a portal's page gives them: cut short in a crumb, glued to the
story's first words, under a browser notice with the partner's credit line, after the paste's date marker
and a section, with a wire's credit in brackets (our own invented examples)."""

from factories import P2, P3, meta_of

from briefing.article.clean import clean

HEAD = "Marrow council backs a new river bridge after a two-hour debate"
LEAD = ("The town council approved a new bridge over the Marrow river on Tuesday, ending a decade of argument"
        " over the old crossing and its rusting supports.")
STORY = "\n\n".join([P2, P3])


def test_a_crumb_that_cuts_the_headline_short_is_not_the_lead():
    text = f"Home Local News Marrow council backs a new river bridge after a...\n\n{HEAD}\n\n{LEAD}\n\n{STORY}"
    assert meta_of(text).title == HEAD


def test_the_headline_glued_to_the_lead_is_parted_from_it():
    text = f"{HEAD}\n\n83\n\n{HEAD}{LEAD}\n\n{STORY}"
    assert meta_of(text).title == HEAD
    assert clean(text).body[0] == LEAD


def test_a_partners_credit_line_on_an_aggregator_gives_writers_date_and_credit():
    text = (f"You are using an older browser, so some pages may look wrong. Please update it for the best Kestrelhub experience."
            f"\n\n{HEAD}\n\nMarrow Ledger logo Marrow Ledger 3/21/2026 Ada Finch, Ivo Brand\n\n{LEAD}\n\n{STORY}"
            "\n\n© Marrow Ledger")
    info = meta_of(text)
    assert info.title == HEAD
    assert info.authors == ("Ada Finch", "Ivo Brand")
    assert info.published.startswith("2026-03-21")
    assert info.source == "Kestrelhub"  # the site carrying the story; its partner is the credit
    assert info.credit == "Marrow Ledger"


def test_a_section_after_the_date_marker_is_not_the_headline():
    text = f" date 2026-03-09 Harbour Sport\n{HEAD}\n{LEAD}\n{P2}"
    info = meta_of(text)
    assert info.title == HEAD
    assert info.published.startswith("2026-03-09")


def test_a_writers_name_after_the_date_marker_is_the_byline():
    info = meta_of(f" date 2026-03-09 Emily Carrow\n\n{LEAD}\n\n{STORY}")
    assert info.authors == ("Emily Carrow",)


def test_a_wires_credit_in_brackets_after_the_headline_is_cut():
    assert meta_of(f"{HEAD} (The Associated Press)\n\n{LEAD}\n\n{STORY}").title == HEAD
    # Brackets that are part of the headline stay.
    assert meta_of(f"Marrow council backs bridge (again)\n\n{LEAD}\n\n{STORY}").title == "Marrow council backs bridge (again)"


def test_the_comment_forms_login_line_is_not_in_the_story():
    text = f"{HEAD}\n\n{LEAD}\n\n{STORY}\n\nYou must be logged in to comment."
    assert "You must be logged in to comment." not in clean(text).body


def test_whatever_follows_the_date_marker_is_not_glued_to_the_date():
    info = meta_of(f" date 2026-03-09 64 homes were flooded overnight, the council said\n\n{LEAD}\n\n{STORY}")
    assert info.published.startswith("2026-03-09")
    advert = meta_of(f" date 2026-03-09 <a href='http://ads.example/click'>\n\n{HEAD}\n\n{LEAD}\n\n{STORY}")
    assert advert.published.startswith("2026-03-09")
    assert advert.title == HEAD


def test_the_page_titles_date_and_site_are_cut_from_the_headline():
    info = meta_of(f"{HEAD} | Kestrel Post | 09.01.2026\n\n{LEAD}\n\n{STORY}")
    assert info.title == HEAD
    assert info.source == "Kestrel Post"


def test_a_caption_printed_bare_and_again_with_its_credit_is_not_the_headline():
    caption = "Ada Finch opens the new footbridge at Marrow Quay"
    text = f"Marrow News\n\nCouncil\n\n{HEAD}\n\n{caption}\n{caption}Credit: Ivo Brand\n\n{LEAD}\n\n{STORY}"
    assert meta_of(text).title == HEAD


def test_a_caption_ending_with_its_photographer_is_not_the_headline():
    caption = "The mayor said the old crossing was a disgrace (Ada Brand)"
    text = f"{HEAD}\n\n{caption}\n\n{caption}\n\n{LEAD}\n\n{STORY}"
    assert meta_of(text).title == HEAD


def test_a_kicker_in_capitals_after_the_date_marker_stands_over_the_headline():
    head = "Map shows the best and worst bus routes in the county – is yours on it?"
    info = meta_of(f" date 2026-03-09 ON THE BUSES {head}\n\n{LEAD}\n\n{STORY}")
    assert info.title == head
    # Capitals opening the story's first sentence are no kicker: it ends with a full stop.
    lead = " date 2026-03-09 COUNCIL LEADER ADA Finch has said the vote was close and the bridge will be built."
    assert meta_of(f"{lead}\n\n{LEAD}\n\n{STORY}").title is None


def test_a_lead_after_the_date_marker_is_not_cut_before_a_name():
    lead = (" date 2026-03-09 Former mayor Ada Finch and councillor Ivo Brand have been named to the panel that"
            " will choose the bridge's builder from the three firms left in the running after the council's second"
            " round of bids closed on Fri")  # the paste cut the lead short
    assert meta_of(f"{lead}\n\n{LEAD}\n\n{STORY}").title is None


def test_a_label_in_brackets_after_a_name_is_no_outlet():
    assert meta_of(f"{HEAD}\n\nKessel Nebula (NIRSpec)\n\n{LEAD}\n\n{STORY}").source is None


def test_the_headline_over_a_desks_or_an_accounts_byline():
    menu = "Select Edition\n\nNorthern Northern\n\nSouthern Southern"
    caption = "Cyclists wait at the old crossing on a wet morning in March"
    info = meta_of(f"{menu}\n\n{HEAD}\n\nBy Online Editors\n{caption}\n\n{LEAD}\n\n{STORY}")
    assert (info.title, info.authors) == (HEAD, ())
    assert meta_of(f"Archives\n\nTags\n\n{HEAD}\n\nBy admin | March 9, 2026\n\n{LEAD}\n\n{STORY}").title == HEAD


def test_a_question_over_the_byline_heads_a_teaser():
    teaser = "Councillors have argued over the crossing for ten years, and as I look at the plans I fear … Read the rest"
    info = meta_of(f"Will the new bridge ever be built?\nBy Ada Carrow, March 9 2026—\n{teaser}")
    assert info.title == "Will the new bridge ever be built?"
    assert info.authors == ("Ada Carrow",)


def test_a_caption_with_its_photographer_in_capitals_after_the_date_marker_is_not_the_headline():
    caption = " date 2026-03-09 Ada Finch and Ivo Brand at the old crossing in March before the vote PICTURE BY IVO DANE"
    assert meta_of(f"{caption}\n\n{LEAD}\n\n{STORY}").title is None


def test_a_short_headline_over_its_stamp():
    assert meta_of(f"Pier reopens\n\nMarch 9, 2026\n\n{LEAD}\n\n{STORY}").title == "Pier reopens"


def test_a_byline_the_reader_cannot_take_apart_still_marks_the_headline_over_it():
    caption = "Firefighters at the house on Kiln Street in Marrow"
    text = (f" date 2026-03-09 {HEAD}\n\n{caption}\n{caption}(Ivo Dane / CC BY 2.0)\n"
            f"By Ada Carrow, Photojournalist: Ivo Dane and Tessa Moor\nPublished: Mar. 9, 2026 at 10:57 PM EST\n{LEAD}")
    assert meta_of(text).title == HEAD


def test_the_full_headline_under_a_trending_label_is_the_one_the_cut_title_began():
    text = (" date 2026-03-09 Three held after night shootings on the Marrow…\n\nTrending:\n\nLocal & Crime\n\n"
            "Three held after night shootings on the Marrow ring road\n\nBy | staff |\n\n"
            "MARROW (AP) — Police have arrested three people after shots were fired at cars on the ring road.\n\n"
            "Nobody was hurt, a police spokeswoman said on Sunday.\n\nThe road was closed for four hours.")
    assert meta_of(text).title == "Three held after night shootings on the Marrow ring road"
