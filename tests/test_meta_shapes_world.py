"""Title, outlet, authors and date in the shapes of pages from many countries: real outlets' names,
call letters, prompts, imprints, bylines and stamps (our own invented examples; see test_meta_shapes)."""

import pytest
from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article.clean import clean

# --- outlets the rules cannot spell out: the table of real outlets' names ---------


@pytest.mark.parametrize("masthead, shown", [
    ("Dawn", "Dawn"), ("RNZ", "RNZ"), ("Rappler", "Rappler"), ("Khaleej Times", "Khaleej Times"),
])
def test_a_real_outlets_name_alone_over_the_menu_is_the_outlet(masthead, shown):
    m = meta_of(f"{masthead}\nNews\nBusiness\nSport\n\n{HEAD}\n\n{STORY}")
    assert m.source == shown


def test_canadian_call_letters_over_the_menu_name_the_station():
    m = meta_of(f"Skip to content\nCKVW\nWatch Live\nNews\nWeather\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}")
    assert m.source == "CKVW"


@pytest.mark.parametrize("credit, wire", [
    ("MARROW, March 5 (Bernama) --", "Bernama"), ("MARROW, 5th March, 2026 (WAM) --", "WAM"),
    ("MARROW (Kyodo) -", "Kyodo News"),
])
def test_national_agencies_in_the_dateline_are_credited(credit, wire):
    m = meta_of(f"{HEAD}\n\n{credit} {P1}\n\n{P2}\n\n{P3}")
    assert m.credit == wire


def test_a_byline_naming_the_canadian_press_credits_the_wire_not_an_author():
    m = meta_of(f"{HEAD}\n\nBy Ada Finch The Canadian Press\n\n{STORY}")
    assert (m.authors, m.credit) == (("Ada Finch",), "The Canadian Press")


@pytest.mark.parametrize("prompt, shown", [
    ("Get the latest regional news on the Tarn Valley Today app.", "Tarn Valley Today"),
    ("You have read 2 of 4 free articles. Subscribe to the Kestrel Sentinel from $2 a week.", "Kestrel Sentinel"),
    ("Follow The Marrow Courier's WhatsApp channel for breaking news.", "The Marrow Courier"),
    ("Get Freight Ledger's free newsletter every Monday.", "Freight Ledger"),
    ("Thanks for reading The Orchard Letter! Subscribe for free to receive new posts.", "The Orchard Letter"),
])
def test_a_prompt_under_the_story_names_the_site_and_leaves_the_story(prompt, shown):
    m = meta_of(f"{HEAD}\n\n{STORY}\n\n{prompt}")
    page = clean(f"{HEAD}\n\n{STORY}\n\n{prompt}")
    assert outlet_key(m.source) == outlet_key(shown) and prompt not in page.body


def outlet_key(name):
    return (name or "").removeprefix("The ")


def test_a_prompt_for_a_plan_is_not_an_outlet():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nSubscribe to Premium for unlimited access.").source is None


@pytest.mark.parametrize("footer, shown", [
    ("The Tarnside Advertiser, Quay Street, Tarnside, Co. Marrow", "The Tarnside Advertiser"),
    ("Upland Press Association | 22 Mill Road, Kestrel Falls", "Upland Press Association"),
])
def test_the_outlets_imprint_under_the_story_names_it(footer, shown):
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{footer}").source == shown


def test_a_copyright_with_no_year_counts_when_the_masthead_says_the_same():
    m = meta_of(f"The Fenland Naturalist\n\n{HEAD}\n\nPosted by Ada Finch on 5th March 2026\n\n{STORY}\n\n© The Fenland Naturalist")
    assert (m.source, m.authors, m.published[:10]) == ("The Fenland Naturalist", ("Ada Finch",), "2026-03-05")


def test_a_desks_credit_over_the_story_is_not_the_masthead():
    m = meta_of(f"Courier Online Report\nMarch 5, 2026\n\n{HEAD}\n\n{STORY}")
    assert m.source is None and m.authors == ()


# --- bylines -------------------------------------------------------------------------


@pytest.mark.parametrize("byline, names", [
    ("By rural reporter Ada Finch and Ivo Dane", ("Ada Finch", "Ivo Dane")),
    ("Written by Ada Finch | Edited by Ivo Dane", ("Ada Finch",)),
])
def test_byline_shapes_with_roles_and_editors(byline, names):
    assert meta_of(f"{HEAD}\n\n{byline}\n\n{STORY}").authors == names


def test_a_posted_on_line_with_a_desk_is_the_date_not_the_headline():
    m = meta_of(f"News\nEvents\n\n{HEAD}\n\nPosted on 2026-03-04 by Association Staff\n\n{STORY}")
    assert (m.title, m.authors, m.published[:10]) == (HEAD, (), "2026-03-04")


@pytest.mark.parametrize("menu", ["Home\nLatest\nRegions\nSport", "For You\nLocal\nTrending"])
def test_a_list_word_inside_the_menu_over_the_headline_is_a_menu_item(menu):
    assert meta_of(f"{menu}\n\n{HEAD}\n\nOur Staff Reporter\nMarch 4, 2026\n\n{STORY}").title == HEAD


# --- dates ---------------------------------------------------------------------------


@pytest.mark.parametrize("stamp, iso", [
    ("Last updated: Thu 5 Mar 2026, 2:05 PM (GST)", "2026-03-05T14:05:00+04:00"),
    ("March 5, 2026 @ 4:12pm", "2026-03-05T16:12:00"),
    ("Posted Mar 4, 2026 6:15 pm MST", "2026-03-04T18:15:00-07:00"),
    ("Published 05 March 2026, 07:30 SAST", "2026-03-05T07:30:00+02:00"),
    ("Updated on: Mar 05, 2026 11:42 AM IST", "2026-03-05T11:42:00+05:30"),
    ("Thursday, 5 March 2026 15:20 WIB", "2026-03-05T15:20:00+07:00"),
    ("6 Mar 2026, 9:14am NZDT", "2026-03-06T09:14:00+13:00"),
])
def test_stamps_with_the_zones_of_many_countries(stamp, iso):
    assert meta_of(f"{HEAD}\n\n{stamp}\n\n{STORY}").published.startswith(iso)


@pytest.mark.parametrize("menu", ["Nation\nWorld\nBusiness", "UAE\nGulf\nWorld", "Home\nNorway\nMoney\nSports"])
def test_a_country_or_region_heading_the_menu_is_not_the_outlet(menu):
    assert meta_of(f"{menu}\n\n{HEAD}\n\n{STORY}").source is None


def test_a_site_name_glued_to_the_headline_is_cut_off_and_names_the_outlet():
    m = meta_of(f"Fenmoor Ledger{HEAD}\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "Fenmoor Ledger")


def test_a_glued_capital_inside_a_brand_is_not_a_site():
    head = "McDonald franchise opens on the Marrow quay"
    assert meta_of(f"{head}\n\n{STORY}").title == head


@pytest.mark.parametrize("lead, shown", [
    ("The bridge will cost twice the first estimate, the Fenmoor Ledger has learnt.", "Fenmoor Ledger"),
    ("As KQRT first reported last month, the bridge will cost twice the first estimate.", "KQRT"),
])
def test_a_newsroom_naming_itself_in_the_opening_names_the_outlet(lead, shown):
    assert meta_of(f"{HEAD}\n\n{lead}\n\n{STORY}").source == shown


def test_another_outlets_report_cited_in_the_opening_is_not_the_outlet():
    lead = "The bridge will cost twice the first estimate, the Fenmoor Ledger reported on Thursday."
    assert meta_of(f"{HEAD}\n\n{lead}\n\n{STORY}").source is None


def test_a_paywall_notice_is_not_story():
    wall = "This article is reserved for subscribers. Already a subscriber? Log in."
    page = clean(f"{HEAD}\n\n{P1}\n\n{wall}\n\nYou have read 3 of 5 free articles this month.")
    assert page.body == [P1]


@pytest.mark.parametrize("prompt, shown", [
    ("Never miss a story: sign up to the Fenmoor Leader's morning email.", "Fenmoor Leader"),
    ("The Tarnside Chronicle is now on WhatsApp. Tap here to join.", "The Tarnside Chronicle"),
    ("Like Harwick Tribune on Facebook for more updates.", "Harwick Tribune"),
    ("To keep reading, subscribe to The Ostby Gazette.", "The Ostby Gazette"),
])
def test_prompts_in_a_clause_or_of_another_shape_name_the_site(prompt, shown):
    assert outlet_key(meta_of(f"{HEAD}\n\n{STORY}\n\n{prompt}").source) == outlet_key(shown)


def test_the_menu_item_after_home_is_a_section_not_the_masthead():
    m = meta_of(f"Home\nVisayas\nSports\n\n{HEAD}\n\n{STORY}\n\nLike Harwick Tribune on Facebook.")
    assert m.source == "Harwick Tribune"


def test_a_list_word_second_in_the_menu_does_not_swallow_the_headline():
    assert meta_of(f"Mothership\nLatest\nNews\nLifestyle\n\n{HEAD}\n\n{STORY}").title == HEAD


def test_a_title_case_dateline_with_a_date_credits_the_agency():
    m = meta_of(f"{HEAD}\n\nAl Marsa, March 7 (QNA) - {P1}\n\n{P2}")
    assert m.credit == "QNA" and meta_of(f"{HEAD}\n\nAl Marsa, March 7 (QNA) - {P1}").title == HEAD


@pytest.mark.parametrize("line", ["Read more stories on fenmoorleader.co.ug", "For the latest news visit www.fenmoorleader.co.ug"])
def test_the_sites_own_address_in_a_read_more_line_names_it(line):
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{line}").source == "fenmoorleader.co.ug"


def test_an_agencys_address_in_a_read_more_line_is_not_the_site():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nRead more on reuters.com").source in (None, "Reuters")


@pytest.mark.parametrize("lead", [
    "The bridge will cost twice the first estimate, The Ledger has learned.",
    '"The bridge will cost twice the first estimate, the Fenmoor Ledger has learnt," the council said.',
])
def test_a_short_or_quoted_has_learnt_names_no_outlet(lead):
    assert meta_of(f"{HEAD}\n\n{lead}\n\n{STORY}").source is None


def test_follow_him_on_twitter_is_a_bio_not_a_site():
    bio = "Ada Finch covers the council for us. Follow him on Twitter."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{bio}").source is None


def test_a_stamp_with_the_sites_address_in_brackets_gives_date_and_site():
    m = meta_of(f"Updated: 2026-03-08 09:40 (fenmoorleader.co.za)\n\n{HEAD}\n\n{STORY}")
    assert (m.source, m.published[:16], m.title) == ("fenmoorleader.co.za", "2026-03-08T09:40", HEAD)


@pytest.mark.parametrize("line, shown", [
    ("Copyright 2026 by KQRT-TV. All rights reserved.", "KQRT"),
    ("Copyright © 2026 by Ada Finch. Reprinted with permission.", None),
])
def test_copyright_by_a_station_names_it_but_by_a_writer_does_not(line, shown):
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{line}").source == shown


@pytest.mark.parametrize("note, shown", [
    ("Ada Finch is the Fenmoor Ledger's local democracy reporter.", "Fenmoor Ledger"),
    ("Ada Finch writes a weekly column for the Ashby Courier.", "Ashby Courier"),
])
def test_the_authors_note_names_the_paper(note, shown):
    assert meta_of(f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\n{note}").source == shown


def test_an_app_banner_over_the_headline_names_the_site():
    assert meta_of(f"Open in the Fenmoor Daily app\nNot now\n\n{HEAD}\n\n{STORY}").source == "Fenmoor Daily"


def test_a_release_section_is_not_the_outlet_and_the_release_wire_is():
    lead = f"MARROW, March 8, 2026 /Harbourline Wire/ -- {P1}"
    m = meta_of(f"Press Releases\n\n{HEAD}\n\n{lead}\n\n{P2}")
    assert m.source == "Harbourline Wire"


def test_the_town_after_the_bylines_comma_is_where_the_writer_files_from():
    head = "Port Ellery schools to start later from June"
    lead = "Schools in Port Ellery will start half an hour later from June, the education office said."
    m = meta_of(f"{head}\n\nBy Ada Finch, Port Ellery\n\n{lead}\n\n{P2}")
    assert m.authors == ("Ada Finch",)


def test_two_writers_after_by_with_a_comma_are_both_authors():
    assert meta_of(f"{HEAD}\n\nBy Ada Finch, Ivo Dane\n\n{STORY}").authors == ("Ada Finch", "Ivo Dane")
