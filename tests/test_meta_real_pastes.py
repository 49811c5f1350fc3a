"""Metadata in shapes found on real pastes nobody here had seen (issue #17), each in our own invented words."""

from factories import HEAD, P1, P2, STORY, meta_of

from briefing.article.clean import clean
from briefing.article.meta import extract


def test_a_logo_link_with_its_alternative_text_glued_on_names_the_site_and_is_not_the_headline():
    # "<Site> - Back to home<Site>": the link's words and the logo image's alt text run together in a paste.
    m = meta_of(f"Skip to main content\nSign in\nThe Kessel Ledger - Back to homeThe Kessel Ledger\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "The Kessel Ledger")


def test_a_feed_mirror_header_names_the_site_and_its_first_story_gives_the_headline():
    # A copy of a paper's RSS channel on a mirror site: counters between items, the channel named over them.
    for channel in ("Channel: The Kessel Ledger", "Channel: Courts – The Kessel Ledger"):
        page = f"Quantcast\n{channel}\nViewing all 4120 articles\nBrowse latest View live\n\n{HEAD}\n\n$\n0\n0\n\n{STORY}"
        m = meta_of(page)
        assert (m.title, m.source) == (HEAD, "The Kessel Ledger")


def test_a_channel_line_that_names_no_outlet_is_not_the_site():
    m = meta_of(f"Channel: 4\n\n{HEAD}\n\n{STORY}")
    assert m.source is None


def test_an_author_follow_button_filled_with_the_site_name_names_the_outlet_not_an_author():
    m = meta_of(f"{HEAD}\n\nClick to follow\nThe Harbour Post\n{STORY}")
    assert (m.source, m.authors) == ("The Harbour Post", ())


def test_a_writer_under_the_follow_button_is_not_the_outlet():
    m = meta_of(f"{HEAD}\n\nClick to follow\nAna Veer\n{STORY}")
    assert m.source is None


def test_a_station_page_title_ending_with_its_town_names_the_station_not_the_town():
    m = meta_of(f"{HEAD} - WKSL News 4 - Kessel, MT\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "WKSL News 4")


def test_a_copyright_owned_or_licensed_by_a_newspaper_company_names_its_paper():
    notice = "Copyright owned or licensed by Kessel Ledger Newspapers Limited. All rights reserved."
    m = meta_of(f"To order copies of Kessel Ledger content, see our reprints page.\n\n{HEAD}\n\n{STORY}\n\n{notice}")
    assert m.source == "Kessel Ledger"


def test_more_from_a_site_and_its_partners_names_no_outlet():
    m = meta_of(f"{HEAD}\n\n{STORY}\n\nMore from The Ledger & Partners\n\nLOADING")
    assert m.source is None


def test_a_doubled_by_before_the_writer_and_her_paper_gives_both():
    m = meta_of(f"{HEAD}\n\nBy By Ana Veer / Kessel Press\n\n{STORY}")
    assert (m.authors, m.source) == (("Ana Veer",), "Kessel Press")


def test_a_wire_credit_glued_to_the_last_sentence_gives_the_reporter_and_leaves_the_story():
    for credit in ("(Reporting by Ana Veer in Kessel Editing by Ivo Brand)", "(Reporting by Ana Veer Editing by Ivo Brand)"):
        page = clean(f"{HEAD}\n\n{P1}\n\n{P2} {credit}")
        assert extract(page).authors == ("Ana Veer",)
        assert page.body[-1] == P2


def test_a_news_feed_ticker_over_the_headline_names_no_outlet():
    ticker = "March 2, 2026 - Harbour works begin The Kessel port authority said on Monday that the ... +++ " * 3
    m = meta_of(f"News Feed\n\n{ticker}\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, None)


def test_a_headline_printed_twice_on_one_line_is_the_headline_once():
    assert meta_of(f"{HEAD} {HEAD}\n\n{STORY}").title == HEAD


def test_a_headline_whose_words_repeat_is_kept_whole():
    assert meta_of(f"Marrow rows back Marrow rows back on toll plan\n\n{STORY}").title == "Marrow rows back Marrow rows back on toll plan"


def test_a_blog_post_line_gives_the_date_and_its_newsroom_team_names_the_site():
    page = clean(f"{HEAD}\n\nPosted March 9, 2026 by Kessel Diaspora News Team in Featured ~ 1,204 views\n\n{STORY}")
    m = extract(page)
    assert (m.published[:10], m.source, m.authors) == ("2026-03-09", "Kessel Diaspora News", ())
    assert page.body[0] == P1


def test_a_section_team_names_no_outlet():
    for byline in ("By News Team", "By Sports Team"):
        assert meta_of(f"{HEAD}\n\n{byline}\n\n{STORY}").source is None


def test_a_published_stamp_without_a_space_after_the_comma_gives_the_date():
    m = meta_of(f"{HEAD}\n\nKessel Agency WORLD\nPublished March 9,2026\nSubscribe\n\n{STORY}")
    assert (m.published or "")[:10] == "2026-03-09"


def test_a_station_dateline_on_the_marker_line_opens_the_story_and_names_the_station_not_a_wire():
    lead = "KESSEL COUNTY, Mont. (KQTH) - Kessel County is clearing up after a storm tore through the valley on Monday."
    page = clean(f" date 2026-03-09 {lead}\nSheriff Ana Veer says the storm hurt\n\"It took roofs off barns and sheds,\" she said.\n\n{STORY}")
    m = extract(page)
    assert (m.title, m.source, m.credit) == (None, "KQTH", None)
    assert page.body[0].startswith("Kessel County is clearing up")


def test_a_today_date_header_gives_way_to_the_story_stamp_with_its_time():
    m = meta_of(f"Sat, Mar 14, 2026\n{HEAD}\n\nBy\n\nMarch 9, 2026 - 5:05 PM\n\n{STORY}")
    assert m.published[:16] == "2026-03-09T17:05"


def test_a_today_date_header_gives_way_to_the_paste_marker():
    m = meta_of(f" date 2026-03-09 Friday, March 13, 2026\n{HEAD}\n\n{STORY}")
    assert m.published[:10] == "2026-03-09"


def test_a_weekday_stamp_alone_is_the_date():
    m = meta_of(f"Tuesday | March 10, 2026\n{HEAD}\n\n{STORY}")
    assert m.published[:10] == "2026-03-10"


def test_a_video_player_browser_notice_is_not_story_text():
    page = clean(f"{HEAD}\nMonday 9 March 2026 18:29, UK\nPlease use Firefox browser for a smoother clip player\n2:15\n{P1}\n\n{P2}")
    assert "Please use Firefox browser for a smoother clip player" not in page.body


def test_a_byline_slot_holding_only_the_outlet_names_it_and_leaves_the_story():
    page = clean(f"{HEAD}\n\nA deck under the headline says what the council decided and why.\n\nKessel Radio News ·\n{P1}\n\n{P2}")
    assert extract(page).source == "Kessel Radio News" and "Kessel Radio News ·" not in page.body


def test_a_section_with_a_separator_is_not_an_outlet():
    assert meta_of(f"{HEAD}\n\nWorld News ·\n{STORY}").source is None


def test_a_product_caption_named_in_the_headline_is_not_a_second_author():
    head = "Kessel X2, Marrow XT: The season's six new phones\nMakers launch phones with new features, unfazed by falling sales"
    m = meta_of(f"{head}\nBy Ana Veer\nPublished: Mar 9, 2026 09:55:32 AM IST\nMarrow XT\n{STORY}")
    assert m.authors == ("Ana Veer",)


def test_a_story_sentence_in_brackets_starting_with_reporting_by_stays_in_the_story():
    for aside in ("(Reporting by clubs to the league office was often late.)", "(Writing by hand was the rule until 1990.)"):
        page = clean(f"{HEAD}\n\nBy Ana Veer\n\n{P1}\n\n{P2} {aside}")
        assert page.body[-1] == f"{P2} {aside}" and extract(page).authors == ("Ana Veer",)


def test_a_story_sentence_opening_like_a_blog_post_line_stays_in_the_story():
    for lead in ("Posted on 3 March 2026 by Harbour Rail, the notice said trains would be cut.",
                 "Published on March 11, 2026 by the Kessel council, the plan adds nine bus lanes"):
        page = clean(f"{HEAD}\n\nBy Ana Veer\n\n{lead}\n\n{STORY}")
        assert page.body[0] == lead and extract(page).authors == ("Ana Veer",)


def test_a_story_sentence_asking_readers_to_use_a_browser_stays_in_the_story():
    lead = "Please use the latest browser version, officials told applicants at a briefing on Tuesday."
    assert lead in clean(f"{HEAD}\n\nBy Ana Veer\n\n{lead}\n\n{STORY}").body


def test_a_channel_line_in_a_story_listing_stays_in_the_story_and_names_no_outlet():
    page = clean(f"{HEAD}\n\nBy Ana Veer\n\n{P1}\n\nChannel: Kessel TV 4\nTime: 8pm to 10pm\n\n{P2}")
    assert "Channel: Kessel TV 4" in page.body and extract(page).source is None


def test_a_stamp_in_a_trending_list_under_the_weekday_date_is_not_the_story_date():
    m = meta_of(f"{HEAD}\nBy Ana Veer\nThursday, March 12, 2026\nTrending\nLibrary opens on Sundays\nMar 3, 2026 10:00 AM\n{STORY}")
    assert m.published[:10] == "2026-03-12"


def test_a_row_of_topic_follow_buttons_under_the_story_names_no_outlet():
    m = meta_of(f"{HEAD}\n\n{STORY}\nMore on this story\nFollow\nKessel News\nFollow\nWildfires")
    assert m.source is None


def test_a_crew_team_byline_names_no_outlet_unless_it_is_an_outlet_name():
    assert meta_of(f"{HEAD}\n\nBy Rovers Match Team\n\n{STORY}").source is None
    assert meta_of(f"{HEAD}\n\nBy Rovers Match Team\n\n{STORY}\n\n© 2026 Rovers Match").source == "Rovers Match"
    assert meta_of(f"{HEAD}\nPosted March 3, 2026 by Harbour Lifeboat Team in Rescues\n\n{STORY}").source == "Harbour Lifeboat"


def test_a_second_writer_on_the_line_under_the_first_is_an_author_though_the_headline_names_him():
    m = meta_of(f"Ivo Brand: why Marrow must fix its roads first\nBy Ana Veer\nIvo Brand\nMarch 9, 2026\n\n{STORY}")
    assert m.authors == ("Ana Veer", "Ivo Brand")


def test_station_call_letters_in_the_dateline_under_a_paper_masthead_are_the_credit_not_the_outlet():
    lead = "KESSEL COUNTY, Mont. (KQTH) - Kessel County is clearing up after a storm tore through the valley on Monday."
    m = meta_of(f"The Marrow Tribune\n\n{HEAD}\n\nBy Ana Veer\n\n{lead}\n\n{STORY}\n\n© 2026 The Marrow Tribune")
    assert (m.source, m.credit) == ("The Marrow Tribune", "KQTH")


def test_a_caption_signed_with_the_photographer_and_station_in_brackets_is_neither_headline_nor_byline():
    # A TV station's page: the section label, the headline, the stamp, then the photo's caption signed
    # "(Name, Station)" and the credit again alone, before the reporter's byline.
    caption = "Two people were hurt when a van hit a bus shelter in Kessel on Monday, March 9, 2026. (Ada Linde, KSTR TV)"
    page = (f"LOCAL NEWS\n\n{HEAD}\n\nMar 9, 2026, 4:15 PM | Updated: 4:40 pm\n\n{caption}\n\n(Ada Linde, KSTR TV)\n\n"
            f"BY IVO BRANDT\n\n{STORY}")
    m = meta_of(page)
    assert m.title == HEAD
    assert "Ada Linde" not in m.authors


def test_a_wire_dateline_with_a_full_date_and_no_place_dates_and_credits_the_story():
    lead = "April 9, 2026 (AFP) – The harbour board of Kessel said on Thursday it would close the north quay for a month."
    m = meta_of(f"{HEAD}\n\n{lead}\n\n{STORY}")
    assert (m.published[:10] if m.published else None, m.credit) == ("2026-04-09", "AFP")


def test_a_station_page_title_with_its_channel_and_slogans_names_the_station():
    page = f" date 2026-03-09 {HEAD} - WKSL-TV 16, Kessel's News Leader, FOX 21 -\n\n{HEAD}\n\nBy Ana Veer\n\n{STORY}"
    m = meta_of(page)
    assert (m.title, m.source) == (HEAD, "WKSL")  # call letters, as its dateline and copyright give them


def test_a_headline_with_a_comma_under_the_page_title_is_the_headline_not_a_byline():
    # "Harbour Mayors Unseated in Kessel, Marrow" reads like "Name in Place, Outlet"; the page's title shows otherwise.
    head = "Harbour Mayors Unseated in Kessel, Marrow"
    m = meta_of(f" date 2026-03-09 {head} - WKSL-TV 16, Kessel's News Leader, FOX 21 -\n\n{head}\n\n{STORY}")
    assert (m.title, m.authors) == (head, ())


def test_a_stock_picture_label_is_no_byline():
    m = meta_of(f"Representative Image\n\n{HEAD}\n\nKessel Wire | Updated: Mar 9, 2026 14:57 IST\n\n{STORY}")
    assert m.authors == ()
    assert m.title == HEAD


def test_a_blog_template_line_with_empty_fields_is_no_headline():
    m = meta_of(f"News\n\n{HEAD}\n\nPosted on Author Reporter Comment(0)\n\n{STORY}")
    assert m.title == HEAD
    assert clean(f"News\n\n{HEAD}\n\nPosted on Author Reporter Comment(0)\n\n{STORY}").body[0] == P1


def test_a_signature_or_an_affiliation_in_brackets_after_a_sentence_stays_story_text():
    for tail in ("(Ivo Lund, Marrow)", "(Ana Veer, Kessel Party)", "(Ana Veer, Kessel University)"):
        page = clean(f"{HEAD}\n\n{P1} {tail}\n\n{P2}")
        assert page.body[0].endswith(tail)


def test_a_dated_label_in_brackets_is_no_wire():
    for label in ("Video", "Opinion", "Kessel"):
        m = meta_of(f"{HEAD}\n\nApril 9, 2026 ({label}) – {STORY}")
        assert (m.credit, m.source) == (None, None)


def test_a_page_title_whose_tail_opens_with_capitals_that_are_no_call_letters_names_no_station():
    for tail in ("WILD 5, The Nature Hour", "KAI 12, Marrow Garden Club"):
        m = meta_of(f"{HEAD} - {tail}\n\n{HEAD}\n\nBy Ana Veer\n\n{STORY}")
        assert m.source is None


def test_a_byline_with_its_role_under_the_headline_stays_the_byline():
    m = meta_of(f"Tamsin Oake, Harbour Affairs Editor - The Kessel Ledger\n\n{HEAD}\n\nTamsin Oake, Harbour Affairs Editor\n\n{STORY}")
    assert m.authors == ("Tamsin Oake",)
