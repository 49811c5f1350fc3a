"""Title, outlet, authors and date in the shapes real pages paste them (our own invented examples)."""

import json

import pytest
from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article.clean import clean, parse_byline
from briefing.article.meta import extract

# --- headline: furniture is never the headline ------------------------------------


@pytest.mark.parametrize("furniture", [
    "Skip to main content",
    "This is an archived article and the information in it may be out of date.",
    "Currently viewing a staging copy of this site",
    "Closings: Schools, clinics, libraries and pools",
    "Play Live Radio\nNext Up:\n0:00 0:00\nAvailable On Air Stations",
    "A ferry leaves the quay at Marrow at dawn on Monday. (AFP)",
    "World",
])
def test_page_furniture_over_the_headline_is_not_the_headline(furniture):
    m = meta_of(f"{furniture}\n\n{HEAD}\n\n{STORY}")
    assert m.title == HEAD


def test_a_photo_caption_over_the_headline_is_neither_headline_nor_story():
    caption = "Cyclists wait at the closed ferry ramp on the Marrow river on Monday morning before the vote."
    page = clean(f"{caption}\n\n{HEAD}\n\n{STORY}")
    assert extract(page).title == HEAD and caption not in page.body


def test_the_site_name_over_the_headline_is_the_masthead_not_the_headline():
    m = meta_of(f"The Marrow Valley Courier\nCouncillors back a new bridge over the river after a long debate\n\n{STORY}")
    assert m.title == "Councillors back a new bridge over the river after a long debate"
    assert m.source == "The Marrow Valley Courier"


def test_a_timestamp_and_source_line_gives_date_and_outlet_not_the_headline():
    m = meta_of(f"Mar 4, 2025 08:15 AM CET | Source: HarlowPost.com\n{HEAD}\n\n{STORY}")
    assert m.title == HEAD
    assert m.source == "HarlowPost"
    assert m.published == "2025-03-04T08:15:00+01:00"


def test_a_table_row_is_not_the_headline():
    text = f"{HEAD}\n- Published\n- comments\nMarrow 212-4 | Kestrel 180 |\nMatch drawn |\n\n{STORY}"
    assert meta_of(text).title == HEAD


def test_the_headline_over_the_byline_beats_a_shorter_repeat_over_the_story():
    text = f"{HEAD} after a long debate\n\nBy Ada Linde\nMarch 4, 2025\n\n{HEAD}\n\n{STORY}"
    assert meta_of(text).title == HEAD + " after a long debate"


def test_a_lead_sentence_repeated_above_the_story_is_no_headline():
    lead = "The town council approved a new bridge over the Marrow river on Tuesday after a two-hour debate"
    m = meta_of(f"{lead}\n\nMARROW, (Kestrel Wire) : {P1}\n\n{P2}")
    assert m.title is None


def test_a_slogan_sentence_above_the_headline_does_not_start_the_story():
    text = f"All the news in one place.\nOne app.\nStart reading\nLocal\n\n{HEAD}\n\n{STORY}"
    assert meta_of(text).title == HEAD


@pytest.mark.parametrize("pasted, want", [
    (HEAD + " | Local News", HEAD),
    (HEAD + " - The Marrow Courier", HEAD),
    ("Opinion | " + HEAD, HEAD),
    ("Bridge costs too much - Finch", "Bridge costs too much - Finch"),  # a speaker, not a site
])
def test_site_and_section_suffixes_are_cut_from_the_headline(pasted, want):
    assert meta_of(f"{pasted}\n\n{STORY}").title == want


def test_a_headline_with_section_and_site_suffixes_is_not_a_menu():
    m = meta_of(f"{HEAD} | Environment | The Marrow Courier\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "The Marrow Courier")


def test_a_logo_link_right_over_the_headline_is_not_the_headline():
    m = meta_of(f"The Marrow Courier - Back to home\n{HEAD}\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "The Marrow Courier")


def test_an_outlet_in_capitals_is_shown_in_title_case():
    assert meta_of(f"{HEAD}\nBY SABINE REID | THE MARROW COURIER\n\n{STORY}").source == "The Marrow Courier"


def test_a_site_suffix_names_the_outlet():
    assert meta_of(f"{HEAD} - The Marrow Courier\n\n{STORY}").source == "The Marrow Courier"


def test_a_badge_glued_to_the_headline_is_removed():
    text = "Rovers sack manager after derby defeatnew\n\nHarlow Rovers sacked their manager after a third derby defeat in a row on Sunday night."
    assert meta_of(text).title == "Rovers sack manager after derby defeat"


def test_a_headline_with_commas_is_not_a_list_of_authors():
    text = ("KAREN VOSS, IVO DANE SIGN NEW DEAL\n\nKaren Voss and Ivo Dane have signed new contracts with Harlow "
            "Rovers, the club said on Friday.\nBoth joined in 2021 and have played more than a hundred games each.")
    m = meta_of(text)
    assert m.title == "KAREN VOSS, IVO DANE SIGN NEW DEAL" and m.authors == ()


def test_a_headline_over_a_deck_of_several_lines_beats_the_deck():
    deck = "Work starts in May and ends next year\nCyclists had asked for a crossing for a decade"
    m = meta_of(f"News\nLocal\n\n{HEAD} after a two-hour debate on Tuesday\n{deck}\n\nBy ADA FINCH FOR THE MARROW COURIER\n"
                f"Published: 09:15 BST, 4 March 2025\n\n{STORY}")
    assert m.title == HEAD + " after a two-hour debate on Tuesday"


def test_an_editor_credit_under_the_headline_is_neither_headline_nor_author():
    m = meta_of(f"Home › News › Local\n\n{HEAD}\n\nWritten By Ada Linde\nEdited By Ivo Dane\n"
                f"Last Updated : Mar 4 2025 | 3:14 PM IST\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Linde",))


def test_a_date_and_a_section_label_on_one_line_are_neither_headline_nor_story():
    m = meta_of(f"4 March 2025 Climate and Environment\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.published) == (HEAD, "2025-03-04T00:00:00+00:00")


def test_a_blogs_tagline_under_its_name_is_not_the_headline():
    text = (f"Marrow Field Notes\nNotes on rivers, weather and the valley\n{HEAD}\nPosted on March 4, 2025 by Ada Linde\n\n"
            f"{STORY}")
    m = meta_of(text)
    assert (m.title, m.source, m.authors) == (HEAD, "Marrow Field Notes", ("Ada Linde",))


def test_a_press_release_gives_its_issuer_date_and_no_contact_line_as_headline():
    text = (f"Marrow County Health Department\nNews Release\n\n{HEAD}\n\nFor Immediate Release: March 4, 2025\n"
            f"Contact: Office of Public Information, 555-0142\n\n{STORY}")
    m = meta_of(text)
    assert (m.title, m.source, m.published) == (HEAD, "Marrow County Health Department", "2025-03-04T00:00:00+00:00")


def test_a_listing_page_under_its_section_name_gives_its_first_story():
    text = (f"Latest News\n\n{HEAD}\n\n{P1} Work will start in May...\nRead More\n\nFerry fares to rise in April\n"
            "The operator says costs have gone up...\nRead More")
    m = meta_of(text)
    assert m.title == HEAD


def test_a_video_pages_watch_line_is_its_headline_when_nothing_else_is():
    assert meta_of(f"Watch: {HEAD}\n\n02:31\n\n{STORY}").title == "Watch: " + HEAD


def test_a_watch_link_over_the_real_headline_stays_furniture():
    m = meta_of(f"Now Playing\nWatch: Ferry crews at work on the river\n02:14\n\n{HEAD}\n\nBy Ada Linde\n\n{STORY}")
    assert m.title == HEAD


# --- authors --------------------------------------------------------------------------


def test_a_live_blogs_shifts_are_not_part_of_the_names():
    m = meta_of(f"Live\n{HEAD}: latest updates\nWork will start in May, council says\n\nAda Linde (now) and Ivo Dane (earlier)\n"
                f"Tue 4 Mar 2025 09.12 GMT\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD + ": latest updates", ("Ada Linde", "Ivo Dane"))


def test_a_name_alone_under_the_headline_is_the_byline():
    assert meta_of(f"{HEAD}\nSabine Reid\n\n{STORY}").authors == ("Sabine Reid",)


def test_a_name_alone_over_the_headline_is_the_byline():
    assert meta_of(f"Local\nSabine Reid\n\n{HEAD}\n\n{STORY}").authors == ("Sabine Reid",)


def test_a_caption_under_the_headline_that_the_story_speaks_of_is_not_an_author():
    m = meta_of(f"{HEAD}\nMarrow Bridge\n\nBy Sabine Reid\n\n{STORY}")
    assert m.authors == ("Sabine Reid",)


@pytest.mark.parametrize("line, names, tail", [
    ("By Ada Linde and Marco Reyes", ["Ada Linde", "Marco Reyes"], None),
    ("Ada Linde, Marco Reyes | Harbour Daily", ["Ada Linde", "Marco Reyes"], "Harbour Daily"),
    ("Ada Linde / Harbour Daily", ["Ada Linde"], "Harbour Daily"),
    ("By Dr Ada Linde, Senior Correspondent", ["Dr Ada Linde"], "Senior Correspondent"),
    ("By: Ada Linde", ["Ada Linde"], None),
    ("By Ada Linde For The Kestrel Standard", ["Ada Linde"], "The Kestrel Standard"),
    ("By Ada Linde, Reuters", ["Ada Linde"], "Reuters"),
    ("By Ada Linde; Photographs by Ivo Dane", ["Ada Linde"], None),
    ("By Senior Reporter Ada Linde", ["Ada Linde"], "Senior Reporter"),
    ("By Staff Writer Ada Linde and Ivo Dane", ["Ada Linde", "Ivo Dane"], "Staff Writer"),
    ("Ada Linde · 5 min read", ["Ada Linde"], None),
    ("Author: Ada Linde", ["Ada Linde"], None),
    ("Posted by Ada Linde", ["Ada Linde"], None),
    ("By Ada Linde @adalinde", ["Ada Linde"], None),
    ("By Ada Linde (Reuters)", ["Ada Linde"], "Reuters"),
    ("Ada Linde - Staff Writer", ["Ada Linde"], "Staff Writer"),
    ("Ada Linde Staff Reporter", ["Ada Linde"], "Staff Reporter"),
    ("Ada Linde for The Marrow Courier", ["Ada Linde"], "The Marrow Courier"),
    ("By Ada Linde, Senior Writer, Marrow Courier", ["Ada Linde"], "Senior Writer, Marrow Courier"),
    ("FERRY FARES FROZEN FOR ANOTHER YEAR", None, None),  # a headline with "for", not a byline
    ("By Ada Linde, a senior reporter covering rivers", ["Ada Linde"], None),
    ("By Ada Linde and Ivo Dane, USA TODAY", ["Ada Linde", "Ivo Dane"], "USA TODAY"),
    ("Marrow Sports Desk", None, None),  # a desk, not a reporter with a role
    ("Marrow Broadcasting / By Ada Linde and Ivo Dane", ["Ada Linde", "Ivo Dane"], "Marrow Broadcasting"),
    ("ADA LINDE The Marrow Times", ["Ada Linde"], "The Marrow Times"),  # a name in capitals, then the paper
    ("Ada Linde at Marrow Park", ["Ada Linde"], None),
    ("Premier Division | Marrow 2-1 Kestrel", None, None),  # a competition and a score
])
def test_byline_shapes(line, names, tail):
    assert parse_byline(line) == ((names, tail) if names else None)


@pytest.mark.parametrize("byline", [
    "Ada Linde | Published: March 4, 2025", "by Ada Linde on March 4, 2025", "By Ada Linde / March 4, 2025 / 0 Comments",
])
def test_a_name_beside_a_date_is_the_byline(byline):
    m = meta_of(f"{HEAD}\n{byline}\n\n{STORY}")
    assert (m.title, m.authors, m.published) == (HEAD, ("Ada Linde",), "2025-03-04T00:00:00+00:00")


@pytest.mark.parametrize("line", [
    "By Marrow News Desk | Edited by Ivo Dane", "By Our Correspondent", "Marrow Sports Desk / Updated: Mar 4, 2025, 18:20 IST",
])
def test_a_desk_signing_the_story_is_no_author_and_no_headline(line):
    page = clean(f"{HEAD}\n{line}\n\n{STORY}")
    assert (extract(page).title, extract(page).authors, page.body) == (HEAD, (), [P1, P2, P3])


def test_a_name_by_the_date_under_a_long_standfirst_is_the_byline_not_a_menu_item():
    deck = "Councillors have backed a new bridge over the Marrow river after years of argument about its cost."
    m = meta_of(f"Sports News\nFerry Centre\n\n{HEAD}\n\n{deck}\n\nAda Linde\nLocal Reporter @adalinde\n"
                f"Tuesday 4 March 2025 18:00, UK\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Linde",))


def test_a_name_and_date_ending_in_a_full_stop():
    assert meta_of(f"{HEAD}\n\nAda Linde, 04 March 2025.\n\n{STORY}").authors == ("Ada Linde",)


def test_the_outlet_before_the_byline_names_the_site_and_is_no_headline():
    m = meta_of(f"Marrow Broadcasting / By Ada Linde\n\nTopic: Rivers\n\nPosted 4h ago4 hours ago, updated 3h ago3 hours ago\n\n"
                f"{HEAD}\n\n{STORY}")
    assert (m.title, m.source, m.authors, m.published_ago) == (HEAD, "Marrow Broadcasting", ("Ada Linde",), 14400.0)


def test_a_competition_and_score_over_the_headline_are_neither_headline_nor_author():
    m = meta_of(f"Premier Division | Marrow 2-1 Kestrel\n\n{HEAD}\n\nAda Linde at Marrow Park\nSun 2 Mar 2025 19.30 GMT\n\n{STORY}")
    assert (m.title, m.authors, m.source) == (HEAD, ("Ada Linde",), None)


def test_a_lone_name_over_the_outlet_and_town():
    m = meta_of(f"{HEAD}\n\nAda Linde\nMarrow News, Kestrel Bay\n\n4 March 2025\n\nShare\n\n{STORY}")
    assert (m.title, m.authors, m.source) == (HEAD, ("Ada Linde",), "Marrow News")


def test_a_blog_platforms_publication_line_names_the_site():
    text = f"{HEAD}\n\nAda Linde\nFollow\nPublished in Marrow Notes\n5 min read\n·\nMar 4, 2025\n\nListen\nShare\n\n{STORY}"
    m = meta_of(text)
    assert (m.title, m.authors, m.source, m.published) == (HEAD, ("Ada Linde",), "Marrow Notes", "2025-03-04T00:00:00+00:00")


def test_a_release_wire_between_slashes_in_a_dated_dateline():
    m = meta_of(f"{HEAD}\n\nMARROW CITY, March 4, 2025 /Kestrel Newswire/ -- {P1}\n\n{P2}")
    assert (m.source, m.published) == ("Kestrel Newswire", "2025-03-04T00:00:00+00:00")


def test_a_sport_before_a_reporters_role_is_no_outlet():
    assert meta_of(f"{HEAD}\nBy Ada Linde Football Reporter @adalinde\n\n{STORY}").source is None


def test_the_outlet_after_a_bylines_role_is_the_site_but_a_town_is_not():
    assert meta_of(f"{HEAD}\nBy Ada Linde, Senior Writer, Marrow Courier\n\n{STORY}").source == "Marrow Courier"
    assert meta_of(f"{HEAD}\nBy Ada Linde, Reporter, Kestrel Bay\n\n{STORY}").source is None


def test_a_byline_with_reading_time_and_date_keeps_the_name():
    m = meta_of(f"{HEAD}\nSabine Reid · 3 min read · March 4, 2025\n\n{STORY}")
    assert (m.authors, m.published) == (("Sabine Reid",), "2025-03-04T00:00:00+00:00")


def test_an_agency_byline_gives_no_author_and_credits_the_wire():
    m = meta_of(f"{HEAD}\n\nBy AP\nMarch 4, 2025\n\n{STORY}")
    assert m.authors == () and m.credit == "AP"


# --- dates --------------------------------------------------------------------------


def test_a_labelled_month_is_read_as_that_month():
    m = meta_of(f" date 2024-03 {P1}\n\n{P2}")
    assert (m.published, m.published_text) == ("2024-03-01T00:00:00+00:00", "date 2024-03")


def test_a_month_and_year_alone_on_a_line_is_that_month():
    assert meta_of(f"{HEAD}\nMarch 2024\n\n{STORY}").published == "2024-03-01T00:00:00+00:00"


def test_the_pages_own_date_beats_a_bare_date_label():
    m = meta_of(f" date 2025-03-09 {HEAD}\nUpdated March 4, 2025\n\n{STORY}")
    assert m.published == "2025-03-04T00:00:00+00:00"


def test_a_bare_date_label_beats_a_relative_date():
    m = meta_of(f" date 2025-03-04 {HEAD}\n2 days ago\n\n{STORY}")
    assert (m.published, m.published_ago) == ("2025-03-04T00:00:00+00:00", None)


def test_a_date_printed_twice_with_no_space_between_is_read():
    m = meta_of(f"{HEAD}\nPublished On 4 Mar 20254 Mar 2025\n\n{STORY}")
    assert (m.title, m.published) == (HEAD, "2025-03-04T00:00:00+00:00")


@pytest.mark.parametrize("line, instant", [
    ("Published: 18/04/2025", "2025-04-18T00:00:00+00:00"),  # slashes read where one side cannot be a month
    ("04/18/2025 9:30 AM EDT", "2025-04-18T09:30:00-04:00"),
    ("Updated 18-04-2025 10:15 IST", "2025-04-18T10:15:00+05:30"),
    ("4:41 pm on 4 March 2025", "2025-03-04T16:41:00+00:00"),
    ("Updated 18:41, 04-Mar-2025", "2025-03-04T18:41:00+00:00"),
    ("Issued on: 04/03/2025 - 18:41", "2025-03-04T18:41:00+00:00"),  # a 24-hour clock: day first
    ("Updated 04/03/2025", None),  # no clock: either way round
    ("Source: Xinhua | 2025-03-04 18:41:00 | Editor: Ivo Dane", "2025-03-04T18:41:00+00:00"),
    ("03/04/2025March 4, 2025", "2025-03-04T00:00:00+00:00"),  # the written date says which day the digits meant
    ("March 4, 20256:41 PM GMT+8Updated 2 hours ago", "2025-03-04T18:41:00+08:00"),
])
def test_more_date_stamps(line, instant):
    m = meta_of(f"{HEAD}\n{line}\n\n{STORY}")
    assert (m.title, m.published) == (HEAD, instant)


def test_a_slashed_date_either_way_round_is_no_date_but_still_no_story():
    page = clean(f"{HEAD}\nUpdated 04/03/2025\n\n{STORY}")
    assert extract(page).published is None and page.body == [P1, P2, P3]


def test_a_name_glued_to_the_time_keeps_both():
    m = meta_of(f"{HEAD}\nAda Linde04:41, Mar 04 2025\n\n{STORY}")
    assert (m.authors, m.published) == (("Ada Linde",), "2025-03-04T04:41:00+00:00")


def test_a_date_with_a_time_beats_the_same_day_without_one():
    m = meta_of(f" date 2025-03-04 {HEAD}\nPublished Tuesday, March 4, 2025 7:14AM EST\n\n{STORY}")
    assert m.published == "2025-03-04T07:14:00-05:00"


# --- the credit in the model and the JSON --------------------------------------------


def test_the_credit_is_kept_by_the_analysis_and_shown_in_json(tmp_path):
    from briefing.model import Analysis
    from briefing.present.render.json import render_json
    from briefing.session import Options, load_briefing

    path = tmp_path / "bridge.txt"
    path.write_text(f"{HEAD}\n\nOSLO (Reuters) - {P1}\n\n{P2}\n\n© 2025 The Marrow Courier. All rights reserved.\n")
    briefing, _now = load_briefing(Options(paths=(str(path),), no_cache=True, jobs=1))
    entry = briefing.entries[0]
    assert entry.article.credit == "Reuters"
    assert Analysis.from_dict(json.loads(json.dumps(entry.analysis.to_dict()))).article.credit == "Reuters"
    assert json.loads(render_json(briefing))["articles"][0]["credit"] == "Reuters"


# --- furniture below the story never reaches the summary ------------------------------


def test_a_comment_section_under_the_story_is_not_story():
    rules = ("(0) comments\nWelcome to the discussion.\nLog In\nKeep it civil. Please avoid language that would "
             "offend another reader.\nBe kind. Threats against another person will not be tolerated here.")
    page = clean(f"{HEAD}\n\n{STORY}\n\n{rules}")
    assert page.body == [P1, P2, P3]


def test_template_tags_left_unfilled_are_dropped():
    page = clean(f"{HEAD}\n{{{{#rendered}}}} {{{{/rendered}}}}\n{P1}\n{{{{#rendered}}}} {{{{/rendered}}}}\n{P2}")
    assert page.body == [P1, P2]


def test_teasers_of_other_stories_under_more_stories_are_not_story():
    promos = ("More Stories\nHARBOUR FESTIVAL RETURNS FOR A TENTH SUMMER\nBy: Ivo Dane The harbour festival will "
              "return in July with three stages and a night market, organisers said...\n"
              "FERRY FARES FROZEN FOR ANOTHER YEAR\nBy Karen Voss The island ferry company has frozen its fares...")
    page = clean(f"{HEAD}\n\n{STORY}\n\n{promos}")
    assert page.body == [P1, P2, P3]
