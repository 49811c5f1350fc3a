"""Title, outlet, authors and date in the shapes real pages paste them (our own invented examples)."""

import json

import pytest

from briefing.article import outlet_names
from briefing.article.clean import clean, parse_byline
from briefing.article.meta import extract

P1 = "The town council approved a new bridge over the Marrow river on Tuesday after a two-hour debate."
P2 = "Work will start in May and the bridge should open to cyclists and walkers by the end of next year."
P3 = '"We have waited a long time for this," said councillor Ada Finch, who proposed the plan.'
STORY = "\n\n".join([P1, P2, P3])
HEAD = "Marrow council backs new river bridge"


def meta_of(text):
    return extract(clean(text))


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


# --- outlet -------------------------------------------------------------------------


def test_an_agency_desk_byline_credits_the_wire():
    m = meta_of(f"{HEAD}\nBy Reuters Staff\n\n{STORY}")
    assert (m.authors, m.credit) == ((), "Reuters")


def test_a_wire_story_on_another_site_keeps_both():
    text = f"{HEAD}\n\nOSLO (Reuters) - {P1}\n\n{P2}\n\n© 2025 The Marrow Courier. All rights reserved."
    m = meta_of(text)
    assert (m.source, m.credit) == ("The Marrow Courier", "Reuters")


def test_a_wire_named_only_in_the_dateline_is_the_outlet():
    m = meta_of(f"{HEAD}\n\nOSLO (REUTERS) - {P1}\n\n{P2}")
    assert (m.source, m.credit) == ("Reuters", "Reuters")


def test_a_dateline_credit_names_the_wire_then_the_site():
    m = meta_of(f"{HEAD}\n\nMarrow, (KNA - Marrow Courier / Kestrel Post - 4th Mar, 2025 ) : {P1}\n\n{P2}")
    assert (m.source, m.credit) == ("Marrow Courier", "KNA")


def test_the_site_named_alone_on_a_line():
    assert meta_of(f"{HEAD}\nUpdated: 2025-03-04 08:30\n(marrowcourier.com)\n\n{STORY}").source == "Marrowcourier"


def test_a_breadcrumb_or_a_section_is_never_the_outlet():
    assert meta_of(f"News /\nWorld\n{HEAD}\n\n{STORY}").source is None


@pytest.mark.parametrize("written", ["REUTERS", "Thomson Reuters", "Reuters", "reuters.com"])
def test_one_outlet_has_one_name(written):
    assert outlet_names.display(written) == "Reuters"


def test_unknown_outlets_keep_their_own_name():
    assert outlet_names.display("The Marrow Courier") == "The Marrow Courier"


def test_a_stations_call_letters_name_it_over_its_licensees_copyright():
    text = f"Skip to content\nWMRW\nWeather\nWatch Live\n\n{HEAD}\n\nAda Linde\nMarch 4, 2025\n\n{STORY}\n\n© 2025 Marrow Valley Public Media"
    assert meta_of(text).source == "WMRW"


def test_a_wires_copyright_credits_the_wire_not_the_site():
    text = (f"KMRW\n\n{HEAD}\n\nMARROW, Ore. (AP) — {P1}\n\n{P2}\n\n"
            "Copyright 2025 The Associated Press. All rights reserved.")
    m = meta_of(text)
    assert (m.source, m.credit) == ("KMRW", "AP")


@pytest.mark.parametrize("evidence", [
    "The Marrow Sentinel logo\nSubscribe",  # the logo's alt text over the page
    "Subscribe",  # or a reporter's address under the byline
])
def test_a_media_groups_copyright_gives_way_to_the_paper_it_names(evidence):
    text = (f"{evidence}\nLocal\n\n{HEAD}\n\nAda Linde\nalinde@marrowsentinel.com\nMarch 4, 2025\n\n{STORY}\n\n"
            "© 2025 Marrow Media Group")
    assert outlet_names.canonical(meta_of(text).source) is None
    assert meta_of(text).source.removeprefix("The ") == "Marrow Sentinel"


@pytest.mark.parametrize("prompt, named", [
    ("Get the Marrow Evening Echo newsletter, free in your inbox every weekday.", "Marrow Evening Echo"),
    ("Sign up for the Marrow Courier morning briefing", "Marrow Courier"),
    ("Top stories on Kestrl right now", "Kestrl"),
    ("Top stories on kestrl right now", "kestrl"),  # an app that spells its name in lower case
    ("Download the Marrow Courier app", "Marrow Courier"),
    ("Get the First Light newsletter", None),  # a newsletter's own name is not the site's
    ("Download the Kestrel Rovers app", None),  # nor is a club's app
    ("Top stories on this site", None),
])
def test_a_sign_up_or_app_prompt_names_the_site(prompt, named):
    assert meta_of(f"{HEAD}\n\nBy Ada Linde\n\n{STORY}\n\n{prompt}").source == named


def test_the_pages_own_address_under_a_share_button_names_the_site():
    url = "https://www.marrowcourier.co.uk/news/marrow-council-backs-new-river-bridge-4471"
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nShare this article\n{url}\nCopy link").source == "marrowcourier.co.uk"


def test_another_pages_address_names_no_site():
    url = "https://www.harbourfacts.org/reports/ferry-timetables-2025"
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nSee also\n{url}").source is None


def test_a_staff_photographers_credit_names_the_site():
    caption = "Cyclists wait at the ferry ramp on Monday. (Photo: Ada Linde/Marrow Echo)"
    assert meta_of(f"{caption}\n\n{HEAD}\n\nAda Linde\nMarch 4, 2025\n\n{STORY}").source == "Marrow Echo"


def test_another_photographers_credit_names_no_site():
    caption = "Cyclists wait at the ferry ramp on Monday. (Photo: Ivo Dane/Marrow Echo)"
    assert meta_of(f"{caption}\n\n{HEAD}\n\nAda Linde\nMarch 4, 2025\n\n{STORY}").source is None


def test_the_outlet_printed_under_the_byline_with_the_reporters_town():
    m = meta_of(f"Home\nNews\nSport\n\n{HEAD}\n\nBy Ada Linde\nMarrow Broadcasting, Kestrel Bay\n\nPublished\n2 hours ago\n\n{STORY}")
    assert (m.source, m.authors) == ("Marrow Broadcasting", ("Ada Linde",))


def test_a_role_under_the_byline_is_no_outlet():
    assert meta_of(f"{HEAD}\n\nBy Ada Linde\nSenior Reporter\n\n{STORY}").source is None


def test_a_blogs_name_over_a_tagline_saying_what_it_is():
    text = f"Marrow Field Notes\nA blog about the river and the people who live on it\n\nHome\nAbout\n\n{HEAD}\n\n{STORY}"
    assert meta_of(text).source == "Marrow Field Notes"


@pytest.mark.parametrize("pasted, title, named", [
    (HEAD + " | The Marrow Lantern", HEAD, "The Marrow Lantern"),
    (HEAD + " | Kestrl", HEAD, "Kestrl"),
    (HEAD + " | Ada Finch", HEAD + " | Ada Finch", None),  # a person, not a site
    (HEAD + " | Votes 2025", HEAD + " | Votes 2025", None),
])
def test_a_site_after_a_bar_needs_no_outlet_word(pasted, title, named):
    m = meta_of(f"{pasted}\n\n{STORY}")
    assert (m.title, m.source) == (title, named)


def test_a_site_naming_itself_before_the_date_in_the_dateline():
    m = meta_of(f"{HEAD}\n\nMarrow Law (March 4, 2025, 6:41 PM EST) -- {P1}\n\n{P2}")
    assert (m.source, m.published) == ("Marrow Law", "2025-03-04T18:41:00-05:00")
    assert clean(f"{HEAD}\n\nMarrow Law (March 4, 2025, 6:41 PM EST) -- {P1}\n\n{P2}").body[0] == P1


def test_a_place_before_the_date_in_the_dateline_is_no_site():
    assert meta_of(f"{HEAD}\n\nMARROW (March 4, 2025) -- {P1}\n\n{P2}").source is None


def test_a_wire_beside_the_date_is_credited():
    m = meta_of(f"{HEAD}\n\nPTI / Updated: Mar 4, 2025, 18:20 IST\n\n{STORY}")
    assert (m.credit, m.published) == ("PTI", "2025-03-04T18:20:00+05:30")


def test_news_agencies_in_general_name_no_outlet():
    page = clean(f"{HEAD}\n\n{STORY}\n\nSource: News agencies")
    assert extract(page).source is None and "Source: News agencies" not in page.body


def test_a_media_companys_legal_name_is_not_the_station():
    text = f"{HEAD}\n\nby: Ada Linde\n\n{STORY}\n\nCopyright 2025 Marrow Valley Media Inc. All rights reserved."
    assert meta_of(text).source is None


def test_inputs_from_a_wire_credit_it():
    page = clean(f"{HEAD}\n\n{STORY}\n\n(With inputs from PTI)")
    assert extract(page).credit == "PTI" and page.body == [P1, P2, P3]


def test_an_editors_initials_over_the_wires_credit_the_first_wire():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nald/ivd (AFP, Reuters)").credit == "AFP"


def test_a_copyright_names_the_site_not_its_software():
    text = f"{HEAD}\n\n{STORY}\n\nCopyright © 2025 Marrow Valley Tribune | Powered by Pressline"
    assert meta_of(text).source == "Marrow Valley Tribune"


def test_an_outlet_before_a_contributors_role():
    assert meta_of(f"{HEAD}\nBy Ada Linde, Marrow Daily Contributor\n\n{STORY}").source == "Marrow Daily"


def test_a_one_word_site_that_signs_the_story_again_with_an_outlet_word():
    m = meta_of(f"Kestrl\n\n{HEAD}\n\nKestrl News Services\nMar 4, 2025, 06:41 AM ET\n\n{STORY}")
    assert (m.title, m.source, m.authors) == (HEAD, "Kestrl", ())


@pytest.mark.parametrize("label", ["Starship", "Wireless", "Pressure"])
def test_a_one_word_topic_over_the_headline_is_no_site(label):
    assert meta_of(f"{label}\n\n{HEAD}\n\nAda Linde\nMarch 4, 2025\n\n{STORY}").source is None


def test_a_one_word_site_made_with_an_outlet_word_over_the_headline():
    m = meta_of(f"Newsmarrow\nKestrel Ledger\n\n{HEAD}\n\nAda Linde\nMon, Mar 4, 2025, 6:41 PM\n\n{STORY}")
    assert m.source == "Newsmarrow"


def test_a_follow_prompt_with_an_outlet_word_names_the_site_and_stays_out_of_the_story():
    page = clean(f"{HEAD}\n\n{STORY}\n\nFollow Marrow Rovers News on social media for the latest transfer news.")
    assert extract(page).source == "Marrow Rovers News" and len(page.body) == 3


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
