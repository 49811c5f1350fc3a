"""The outlet and the wire credit, in the shapes real pages name them (our own invented examples)."""

import pytest
from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article import outlet_names
from briefing.article.clean import clean
from briefing.article.meta import extract

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


def test_an_editors_initials_over_the_wires_credit_each_wire():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nald/ivd (AFP, Reuters)").credit == "AFP, Reuters"


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


def test_a_magazines_issue_line_names_it_and_is_not_the_headline():
    m = meta_of(f"{HEAD}\n\nMarch 4, 2026\n\nFrom the March-April 2026 issue of Kestrel & Quill\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "Kestrel & Quill")


@pytest.mark.parametrize("heading, named", [
    ("More from Quillwise", "Quillwise"),
    ("More from Harbour Lantern Media", "Harbour Lantern Media"),
    ("More from Ada Finch", None),  # the writer's other stories
    ("More News from Harbours", None),  # a section's other stories
])
def test_a_more_from_heading_under_the_story_names_the_site(heading, named):
    related = "Ferry fares to rise in spring\n\nNew library opens on Quay Street"
    assert meta_of(f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\n{heading}\n\n{related}").source == named


def test_a_dateline_with_its_month_in_capitals_credits_the_site():
    text = f"{HEAD}\n\nHARLOW, MAR 04 (Kestrel Newsline) — {P1}\n\n{P2}"
    assert meta_of(text).source == "Kestrel Newsline"
    assert clean(text).body[0] == P1


@pytest.mark.parametrize("credit, named", [("(KQTH)", "KQTH"), ("(WHO)", None)])
def test_a_stations_call_letters_before_the_first_sentence_name_the_station(credit, named):
    text = f"{HEAD}\n\n{credit} {P1}\n\n{P2}"
    assert meta_of(text).source == named
    assert clean(text).body[0] == (P1 if named else f"{credit} {P1}")


@pytest.mark.parametrize("credit, named", [
    ("Source: Ivo Dane | Kestrel Central", "Kestrel Central"),
    ("Ferries wait at the quay. Photo by Ivo Dane, Kestrel Central", "Kestrel Central"),
    ("Photo by Ivo Dane, Kestrel Images", None),  # a picture library
    ("Photo: Ivo Dane | Reuters", None),  # a wire's picture on another site's story
    ("Source: Ivo Dane | Ada Linde", None),  # two photographers
    ("Photo by Ivo Dane, Marrow Transit via Flickr", None),  # a platform carried it
])
def test_a_photographers_credit_names_the_site_they_shoot_for(credit, named):
    assert meta_of(f"{HEAD}\n\nBy Ada Finch\n\n{credit}\n\n{STORY}").source == named


@pytest.mark.parametrize("sentence, named", [
    ("Kestrel TV's Ada Linde reported from the quay on Tuesday morning.", "Kestrel TV"),
    ("Marrow Today’s Ivo Dane reported this story from the town hall.", "Marrow Today"),
    ("The Kestrel Ledger's Ada Linde reported that the vote was close.", None),  # another paper's scoop
    ('"Kestrel TV\'s Ada Linde reported from the quay," the mayor said.', None),  # someone else's words
])
def test_the_outlets_own_reporter_filing_from_the_scene_names_it(sentence, named):
    assert meta_of(f"{HEAD}\n\n{P1} {sentence}\n\n{P2}\n\n{P3}").source == named


def test_a_known_outlet_with_its_edition_after_it_is_that_outlet():
    display = outlet_names.display
    assert display("Dhaka Tribune (Chattogram)") == "Dhaka Tribune"
    assert display("Dhaka Tribune ST (Chattogram)") == "Dhaka Tribune"
    assert display("Dhaka Tribune Weekend") == "Dhaka Tribune Weekend"  # another title, not an edition's code
    assert display("AFP, Reuters") == "AFP, Reuters"  # two names, not one and its edition
    assert display("Dhaka Weekly Courier") == "Dhaka Weekly Courier"  # no known name before the rest


def test_two_stations_sharing_a_newsroom_in_the_dateline_name_the_first():
    m = meta_of(f"{HEAD}\n\nHARLOW, Mont. (KQTH/WKRV) - {P1}\n\n{P2}")
    assert (m.source, m.credit) == ("KQTH", None)  # the station's own story, no wire's
    assert clean(f"{HEAD}\n\nHARLOW, Mont. (KQTH/WKRV) - {P1}\n\n{P2}").body[0] == P1


def test_an_outlet_under_a_role_with_no_name_is_the_site_though_a_wire_wrote_the_story():
    m = meta_of(f"{HEAD}\n\nStaff Writer\nKessel Daily Ledger\n\nHARLOW (AP) — {P1}\n\n{P2}")
    assert (m.source, m.credit, tuple(m.authors)) == ("Kessel Daily Ledger", "AP", ())


def test_a_place_and_the_agencys_initials_alone_over_the_story_credit_the_agency():
    m = meta_of(f"Harlow-KNA\n{P1}\n\n{P2}\n\n{P3}")
    assert (m.source, m.credit) == ("KNA", "KNA")  # no other site named: the agency's own page
    assert clean(f"Harlow-KNA\n{P1}\n\n{P2}\n\n{P3}").body[0] == P1
