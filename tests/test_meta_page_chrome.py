"""Title, outlet, authors, date and wire credit where a page's chrome is pasted in odd shapes: links glued
together, toolbars, tag pages, a reporter's role line, kickers (our own invented examples)."""

from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article.clean import clean
from briefing.article.clean.lines import is_list_header, is_role_line, is_ui_line


def test_links_pasted_glued_together_are_no_headline():
    m = meta_of(f"Skip to main contentSkip to searchSkip to site footerAccessibility help for this site\n\n{HEAD}\n\n{STORY}")
    assert m.title == HEAD
    m = meta_of(f"Kestrel Tide TablesReturn to Kestrel Portal\n\n  • Start Page\n  • Weather\n\n{HEAD}\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ())


def test_a_headline_glued_to_a_button_keeps_its_words():
    m = meta_of(f"Marrow council backs new river bridgeSign in\n\n{STORY}")
    assert m.title == HEAD


def test_names_glued_in_capitals_inside_are_not_links():
    assert meta_of(f"McAllister backs new river bridge in YouTube video\n\n{STORY}").title == (
        "McAllister backs new river bridge in YouTube video")


def test_a_toolbar_of_buttons_is_no_byline_nor_story():
    text = f"{HEAD}\n\nPrint This Article | Single Page\n\nBy Ada Finch\n\nEmail This Article |\n\n{STORY}"
    m = meta_of(text)
    assert m.authors == ("Ada Finch",)
    assert clean(text).body[0] == P1 and P2 in clean(text).body


def test_a_tag_pages_header_is_no_headline():
    head = "Is the new bridge worth its cost? Marrow council holds firm on the budget"
    text = f"Latest stories with #marrowbridge\n\nKestrel News\n09-03-2026\n- Local\n- Kestrel News\n{head}\n{STORY}"
    m = meta_of(text)
    # The listing's card names its source among its tags: that is no masthead of the site.
    assert (m.title, m.source) == (head, None)


def test_a_kicker_before_the_headline_is_cut():
    assert meta_of(f"Harbour works | {HEAD} after a long debate\n\n{STORY}").title == f"{HEAD} after a long debate"
    # A section and a site keep their known roles: 'Headline | Site' still names the site.
    m = meta_of(f"{HEAD} after a long debate | Kestrel Post\n\n{STORY}")
    assert (m.title, m.source) == (f"{HEAD} after a long debate", "Kestrel Post")


def test_a_reporters_role_line_is_no_headline():
    text = f"Home / Local\n\n{HEAD}\n\nAda Finch\nBy Ada Finch\nSenior Reporter, Kestrel FM·Marrow Herald·\n9 Mar, 2026 07:15 PM\n\n{STORY}"
    m = meta_of(text)
    assert (m.title, m.authors) == (HEAD, ("Ada Finch",))


def test_a_subscription_prompt_is_not_story():
    text = f"{HEAD}\n\n{STORY}\n\nAccess to Marrow Plus articles requires a Plus subscription. Subscribe now to listen."
    assert not any("subscription" in p for p in clean(text).body)


def test_the_zone_after_the_updated_stamp_is_the_published_times_too():
    m = meta_of(f"{HEAD}\n\nMarch 9, 2026 11:14 am | Updated March 10, 2026 01:14 pm IST - Marrow\n\n{STORY}")
    assert m.published == "2026-03-09T11:14:00+05:30"


def test_a_reading_time_glued_to_the_stamp_leaves_the_stamp():
    text = f"{HEAD}\n\nBy Ada Finch\n9 Mar, 2026 07:15 PM3 mins to read\n\n{STORY}"
    assert (meta_of(text).published or "")[:16] == "2026-03-09T19:15"
    assert clean(text).body[0] == P1


def test_a_copyright_of_two_names_gives_the_site_the_page_repeats_and_credits_the_other():
    menu = "\n".join(f"  • {item}" for item in ("Start Page", "Weather", "About Marrow Portal", "Contact Marrow Portal"))
    m = meta_of(f"Marrow Portal News\n\n{menu}\n\n{HEAD}\n\n{STORY}\n\n© 2026 Kestrel FM, Marrow Portal")
    assert (m.source, m.credit) == ("Marrow Portal", "Kestrel FM")


def test_a_wire_dateline_with_no_dash_credits_the_wire():
    lead = "HARLOW (AP) Jurors met again on Wednesday to weigh the case against the former harbour master."
    m = meta_of(f"{HEAD}\n\n{lead}\n\n{P2}")
    assert m.credit == "AP"
    assert clean(f"{HEAD}\n\n{lead}\n\n{P2}").body[0].startswith("Jurors met again")
    # Capitals and a bracket that name no wire are the story's own words.
    own = "NATO (the alliance) Members met again on Wednesday to weigh the plan for the harbour defences."
    assert meta_of(f"{HEAD}\n\n{own}\n\n{P2}").credit is None


def test_a_photo_credit_glued_to_the_dateline_is_no_story():
    lead = "Photo by Ada Linde/Kestrel Images(HARLOW, Wex.) -- Jurors met again on Wednesday to weigh the case."
    body = clean(f"{HEAD}\n\n{lead}\n\n{P2}").body
    assert body[0].startswith("(HARLOW, Wex.) -- Jurors") and not any("Kestrel Images" in p for p in body)


def test_a_wire_byline_glued_to_by_credits_the_wire_and_names_no_writer():
    m = meta_of(f"Most Popular Sports\nAll Sports\nShow All\n\n{HEAD}\n\nByKyodo News Sport\n\nPublished 09/03/2026 at 15:32 GMT\n\n{STORY}")
    assert (m.title, m.authors, m.credit) == (HEAD, (), "Kyodo News")
    assert meta_of(f"{HEAD}\n\nByAda Finch\n\n{STORY}").authors == ("Ada Finch",)


def test_a_list_storys_last_crosshead_with_a_dash_is_no_byline():
    part = "He limped off in the second half and the club fears a long spell out of the side."
    text = (f"{HEAD}\n\n{P1}\n\nRHEA HOLM - MARROW CITY and NORLAND\n\n{part}\n\n{P2}\n\n"
            f"IVO DANE - KESTREL ROVERS and WEXLAND\n\nBoth are out for a month, the club says, and")
    m = meta_of(text)
    assert (m.authors, m.source) == ((), None)


def test_a_short_headline_under_a_teams_stamp_over_a_list_story():
    deck = ("Our writers pick the innings that mattered most over the years, and here Kestrelball recalls "
            "11 of the most memorable of them all. Tell us yours.")
    text = (f"Kestrelball XI March 9, 2026\n\nCenturies of Runs\n\n{deck}\n\n"
            f"Ada Finch - Marrow 1968\n{P1} {P2}\n\nIvo Dane - Harwick 1989\n{P2} {P1}")
    m = meta_of(text)
    assert (m.title, m.authors, m.source) == ("Centuries of Runs", (), "Kestrelball")
    assert (m.published or "")[:10] == "2026-03-09"


def test_someone_recalling_a_day_names_no_outlet():
    line = "It was a long night, and here Ada Finch recalls how the river rose over the quay by morning."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{line}\n\n{P2}").source is None


def test_a_networks_interview_on_a_member_stations_page_credits_the_network():
    lead = "CBC's Ada Finch talks with Ivo Dane, the harbour master of Marrow, about the storm that closed the port."
    m = meta_of(f"{HEAD}\n\n{lead}\n\n{P2}")
    assert m.credit == "CBC News"
    # Someone's own interview with a person is no network's segment.
    own = "Marrow's Ada Finch talks with Ivo Dane, the harbour master, about the storm that closed the port."
    assert meta_of(f"{HEAD}\n\n{own}\n\n{P2}").credit is None


def test_unnamed_sources_speak_to_the_newsroom_that_reports_them():
    lead = "The bridge vote was delayed by a week after a late objection, council sources told Kestrel TV Thursday."
    assert meta_of(f"{HEAD}\n\n{lead}\n\n{P2}").source == "Kestrel TV"
    # A named person's words to an outlet, or sources speaking to investigators, name no outlet.
    named = "The bridge vote was delayed by a week after a late objection, Ada Finch told Kestrel TV Thursday."
    assert meta_of(f"{HEAD}\n\n{named}\n\n{P2}").source is None
    agents = "The bridge vote was delayed by a week after a late objection, sources told Marrow Police on Thursday."
    assert meta_of(f"{HEAD}\n\n{agents}\n\n{P2}").source is None


def test_a_portals_clock_over_its_menu_is_not_the_storys_date():
    menu = "\n".join(f"  • {item}" for item in ("Start Page", "Sport", "Weather", "Finance", "Jobs", "Horoscopes",
                                                 "Lotto Results", "Photo Gallery", "Dating", "Login"))
    m = meta_of(f"News | Business\n9 Mar 2026 17:53\nMarrow Portal News\n\n{menu}\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.published) == (HEAD, None)
    # The stamp under the headline still dates the story.
    m = meta_of(f"{menu}\n\n{HEAD}\n\n9 Mar 2026 17:53\n\n{STORY}")
    assert (m.published or "")[:16] == "2026-03-09T17:53"


def test_chrome_rules_leave_names_and_sentences_alone():
    # A button beside the writer's name is no toolbar, a role before a name no role line.
    assert not is_ui_line("Print this article | Ada Finch") and not is_ui_line("Print this article | By Ivo Dane")
    assert not is_role_line("Staff Writer, Ada Finch") and is_role_line("Staff Writer, Marrow Herald")
    # A brand glued inside a sentence is no link bar.
    line = "Readers of the WordSearch page sent more than four hundred letters about the bridge last month."
    assert line in clean(f"{HEAD}\n\n{P1}\n\n{line}\n\n{P2}").body
    # A list header and a section is a header only when the header has two words: 'Popular Science' is a name.
    assert is_list_header("Most Read Business") and not is_list_header("Popular Science")


def test_a_menu_listing_the_groups_titles_names_none_of_them_as_the_site():
    menu = "\n".join(f"  • {item}" for item in ("Latest news", "Opinion", "Farming", "Marrow Herald Plus", "Weather",
                                                 "Kestrel Network", "Advertise", "Radio Harwick", "Podcasts"))
    assert meta_of(f"{menu}\n\nHome / Farming\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}").source is None
    # One title among the labels is still the site.
    menu = "\n".join(f"  • {item}" for item in ("Latest news", "Opinion", "Farming", "Brackworth Echo", "Weather"))
    assert meta_of(f"{menu}\n\nHome / Farming\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}").source == "Brackworth Echo"


def test_lines_that_are_never_the_headline():
    # A blog's previous/next links, over the post's date and headline.
    nav = '« "Ferry timetables, a winter guide" | Main | Notes on the week in harbour news »'
    assert meta_of(f"{nav}\n\nMarch 9, 2026\n\n{HEAD}\n\n{STORY}").title == HEAD
    # A media player's readout between the headline and the story.
    m = meta_of(f"Kestrel News Share\n\n{HEAD}\n\nPosted , updated\nWatch\nDuration: 3 minutes 12 seconds\n\n{STORY}")
    assert m.title == HEAD
    # A photo caption whose credit is glued to its last word.
    assert meta_of(f"{HEAD}\n\nCouncil\n\nCouncillor Ada Finch on the old bridge© Marrow Images\n\n{STORY}").title == HEAD
    # A bullet glued to its item is a sidebar's list, under the story's headline and its first paragraph.
    long_p1 = P1 + " " + P2 + " " + P2
    text = f"{HEAD}\n\n{long_p1}\n\nSign up for our Newsletter\n\n•Save the old ferry! Write to the council\n\n• Back the town's tree plan"
    assert meta_of(text).title == HEAD


def test_a_comment_header_quoting_the_headline_does_not_make_it_the_lead():
    head = "Ferry to Kestrel Isle returns after a winter of repairs"
    text = f"{head}\n\n{STORY}\n\nTwo Comments on “{head}”\n\nIvo Dane says:\n\nGlad to see it back."
    assert meta_of(text).title == head


def test_a_digest_items_source_in_brackets_credits_that_outlet():
    item = ("When the river runs low, growers along the Marrow have to choose which fields to water first. "
            "Some have sold part of their herds to pay for water. (The Guardian)")
    m = meta_of(f"Kestrel Growers Union\n\nDRY SUMMER SQUEEZES MARROW VALLEY GROWERS –\n\n{item}")
    assert m.title == "DRY SUMMER SQUEEZES MARROW VALLEY GROWERS" and m.credit == "The Guardian"
    # A bracketed name that is no known outlet stays in the story.
    assert meta_of(f"{HEAD}\n\n{P1} (Ada Finch)\n\n{P2}").credit is None


def test_a_wire_named_before_inputs_is_credited():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n(With AFP inputs)").credit == "AFP"
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n(With inputs from Reuters)").credit == "Reuters"


def test_a_share_button_after_the_mastheads_name_is_not_part_of_it():
    assert meta_of(f"Kestrel Valley News Share\n\n{HEAD}\n\nPosted , updated\n\n{STORY}").source == "Kestrel Valley News"


def test_a_topic_label_over_the_headline_the_story_tells_is_no_headline():
    head = "Kestrel Rovers coach says his side deserved more from the derby"
    story = ("Kestrel Rovers lost the derby by a single goal on Saturday, and their coach said afterwards that his side "
             "deserved more from the match.\n\nThe coach praised his defenders and said the derby had been decided by one mistake.")
    text = f"HKL- Harbour Kestrelball League\n\n{head}\n\nPublished at :March 9, 2026 at 4:47 AM\n\n(Courtesy : HKL Media)\n\n{story}"
    assert meta_of(text).title == head


def test_a_posted_stamp_closed_by_a_colon_dates_the_story_it_opens():
    m = meta_of(f"{HEAD}\n\nPosted March 10, 2026: {P1} {P2}")
    assert (m.title, (m.published or "")[:10]) == (HEAD, "2026-03-10")


def test_a_newsrooms_desk_signing_the_story_names_the_site():
    m = meta_of(f"{HEAD}\n\n{STORY}\n\nKestrel Ledger News Desk (AF)")
    assert (m.source, m.authors) == ("Kestrel Ledger", ())
    text = f"{HEAD}\n\nBy Marrow Today Web Desk: {P1}\n\n{P2}"
    m = meta_of(text)
    assert (m.source, m.authors) == ("Marrow Today", ())
    assert clean(text).body[0] == P1
    # A desk that names no outlet names no site.
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nBy Our News Desk").source is None


def test_a_magazines_name_over_its_issue_line_names_the_site_and_month():
    m = meta_of(f"{HEAD}\n\nMarch 2026 | FEATURE | TRANSPORT\n\nKestrel Harbour Review Magazine\n\nMarch 2026 Issue\n\n{STORY}")
    assert (m.title, m.source, (m.published or "")[:7]) == (HEAD, "Kestrel Harbour Review", "2026-03")


def test_a_writers_byline_run_into_the_lead_is_parted_from_it():
    text = f"{HEAD}\n\nby Ada Finch {P1}\n\n{P2}"
    m = meta_of(text)
    assert m.authors == ("Ada Finch",) and clean(text).body[0] == P1
    # A sentence that opens with "By" and a name is left whole when the name is no known given name.
    line = "By Kestrel Bridge Authority rules the council must consult residents before any work starts."
    assert meta_of(f"{HEAD}\n\n{line}\n\n{P2}").authors == ()


def test_a_by_line_naming_a_data_agency_is_never_the_headline():
    m = meta_of(f" date 2026-03-09 English\nBy Statsline\n\nTarnside, March 9: {P1}\n\n{P2}\n\n{P3}")
    assert m.title is None


def test_share_button_text_is_no_author():
    m = meta_of(f"{HEAD}\nPublished: Mar. 9, 2026 at 4:23 PM EST\nEmail This Link\nShare on Pinterest\n\n{P1}\n\n{P2}")
    assert m.authors == ()


def test_a_picture_in_brackets_is_a_caption_not_a_headline():
    text = f"[Photo: Councillor Ada Finch at the Marrow quay]\n\n{STORY}"
    assert meta_of(text).title is None  # the page gave no headline
    assert all("[Photo" not in p for p in clean(text).body)
    assert all("[Video" not in p for p in clean(f"{HEAD}\n\n{P1}\n\n[Video: The vote, in full]\n\n{P2}").body)


def test_an_app_banner_is_no_headline_byline_or_masthead():
    text = f"App Icon\nThe Kessel Standard e-Paper\n★★★★ - on Play Store\nDownload App\n\n{HEAD}\n\n{STORY}"
    m = meta_of(text)
    assert (m.title, m.source, m.authors) == (HEAD, "The Kessel Standard", ())


def test_an_agency_and_its_town_alone_on_a_line_credit_the_agency():
    m = meta_of(f"Associated Press Harlow\n\n{HEAD}\n\nLast Updated: Mar 9 2026 | 4:28 PM\n\n{STORY}")
    assert (m.title, m.source, m.credit) == (HEAD, "AP", "AP")


def test_app_stores_in_the_story_are_story():
    charts = "On the App Store, the Kessel puzzle game climbed to third place within a week of its launch."
    text = f"{HEAD}\n\n{P1}\n\n{charts}\n\n{P2}"
    assert charts in clean(text).body
