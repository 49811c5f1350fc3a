"""Bylines, wire credits, stamps and headlines in more shapes real pastes take: a wire's beat line under its
writer, an agency's name beside its stamp, a paste cut off mid-line, sign-offs with the site's address,
browser notices and page titles over the story (our own invented examples)."""

from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article.clean import clean


def test_a_wire_beat_line_under_the_byline_credits_the_wire_and_is_no_second_writer():
    m = meta_of(f"By Ada Finch\nAP Science Writer\n\n{HEAD}\n\nMarch 9, 2026\n\n{STORY}")
    assert (m.authors, m.credit) == (("Ada Finch",), "AP")


def test_an_agency_full_name_beside_its_stamp_is_the_credit_and_the_date_not_a_writer():
    m = meta_of(f"{HEAD}\n\n{P1}\n\nAgence France-Presse March 9, 2026 11:20:05 GMT\n\n{P2}\n\n{P3}")
    assert (m.authors, m.credit, (m.published or "")[:16]) == ((), "AFP", "2026-03-09T11:20")


def test_a_paste_cut_off_after_a_name_and_a_comma_has_no_byline():
    text = f"{HEAD}\n\n{STORY}\n\nIvo Dane, Mar"
    m = meta_of(text)
    assert (m.authors, m.source) == ((), None)


def test_a_name_and_a_known_outlet_under_the_story_still_sign_it():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nIvo Dane, Reuters").credit == "Reuters"


def test_a_sign_off_with_the_site_address_after_a_slash_is_the_byline():
    m = meta_of(f"{HEAD}\n\n{P1}\n\n{P2}\n\nIvo Dane/Marrowledger.com\n\nFerry fares to rise\n\n{P3}")
    assert m.authors == ("Ivo Dane",)
    assert "Ivo Dane/Marrowledger.com" not in clean(f"{HEAD}\n\n{STORY}\n\nIvo Dane/Marrowledger.com").body


def test_a_picture_library_credit_with_an_address_is_no_byline():
    assert meta_of(f"{HEAD}\n\nKestrel Images/stockhouse.com\n\n{STORY}").authors == ()


def test_a_browser_notice_over_the_headline_is_not_the_headline():
    m = meta_of(f"Your web browser is no longer supported. Update it to read this site\n\n{HEAD}\n\n{STORY}")
    assert m.title == HEAD


def test_a_page_title_with_a_stray_stop_and_a_guillemet_suffix_gives_the_headline_and_the_site():
    m = meta_of(f". {HEAD} « KESTREL NOTES MAGAZINE\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "Kestrel Notes Magazine")


def test_a_kicker_in_capitals_opening_the_headline_beats_the_photo_caption_under_it():
    head = "THE BRIDGE IS COMING: Marrow council backs the crossing as rivals vow to fight on"
    text = (f"{head}\n\nada finch bridge\n\nIvo Dane/Kestrel Images\n\nCouncillor Ada Finch and Mayor Rhea Holm on the quay\n\n"
            f"{STORY}")
    assert meta_of(text).title == head


def test_an_icon_name_glued_to_the_stamp_is_dropped_and_the_stamp_beats_the_update_under_it():
    text = f"{HEAD}\n\nClockIconMar 9, 2026 at 7:00 p.m. UTC\nUpdated Apr 2, 2026 at 4:10 a.m. UTC\n\n{STORY}"
    m = meta_of(text)
    assert (m.published, m.published_text) == ("2026-03-09T19:00:00+00:00", "Mar 9, 2026 at 7:00 p.m. UTC")


def test_a_stamp_an_update_and_a_compilers_credit_on_one_line():
    line = "Monday, March 9, 2026 - 06:12 Updated 2 hours ago Edited by Ada Finch from Multiple Reports"
    m = meta_of(f"{HEAD}\n{line}\n{STORY}")
    assert (m.authors, m.published, m.title) == (("Ada Finch",), "2026-03-09T06:12:00+00:00", HEAD)
    assert line not in clean(f"{HEAD}\n{line}\n{STORY}").body


def test_an_editor_under_the_writer_is_still_no_author():
    m = meta_of(f"{HEAD}\n\nWritten by Ivo Dane\nEdited by Ada Finch\n\n{STORY}")
    assert m.authors == ("Ivo Dane",)


def test_a_dateline_with_a_dash_a_date_a_colon_and_the_time_dates_the_story():
    lead = f"Marrowby – March 9, 2026: 8.30am (Marrow Tide Times): {P1}"
    m = meta_of(f"{HEAD}\n\n{lead}\n\n{P2}\n\n{P3}")
    assert (m.published or "")[:16] == "2026-03-09T08:30"
    assert clean(f"{HEAD}\n\n{lead}\n\n{P2}").body[0] == P1


def test_a_colon_after_the_year_is_no_clock_without_am_or_pm():
    assert meta_of(f"{HEAD}\n\nPosted March 9, 2026: 10.30 of the budget went to roads and more to the harbour wall.\n\n{STORY}"
                   ).published != "2026-03-09T10:30:00+00:00"


def test_a_writers_name_after_the_date_marker_is_the_byline():
    m = meta_of(f" date 2026-03-09 Ada Finch\n\n{STORY.replace('Ada Finch', 'Rhea Holm')}")
    assert (m.authors, (m.published or "")[:10]) == (("Ada Finch",), "2026-03-09")


def test_a_byline_with_by_after_the_date_marker_is_the_byline_not_the_headline():
    m = meta_of(f" date 2026-03-09 By Ada Finch\n\n{STORY.replace('Ada Finch', 'Rhea Holm')}")
    assert (m.title, m.authors, (m.published or "")[:10]) == (None, ("Ada Finch",), "2026-03-09")


def test_a_name_after_the_date_marker_that_the_story_speaks_of_is_no_byline():
    assert meta_of(f" date 2026-03-09 Ada Finch\n\n{STORY}").authors == ()


def test_a_two_word_headline_over_a_byline_is_the_headline():
    m = meta_of(f"Bridge approved\n\nBy Ivo Dane\n\n{STORY}")
    assert (m.title, m.authors) == ("Bridge approved", ("Ivo Dane",))


def test_a_question_headline_over_its_standfirst_and_caption_and_a_name_beside_the_stamp():
    text = ("Why Does Marrow Need Another Bridge?\n\n"
            "The council says the old crossing cannot carry the traffic of a town that has doubled in ten years.\n\n"
            "Cyclists wait at the old bridge on Monday.Credit...Ivo Dane for The Kestrel Ledger\n\n"
            f"Rhea Holm\n\nMarch 9, 2026, 9:37 a.m. ET\n\n{STORY}")
    m = meta_of(text)
    assert (m.title, m.authors, (m.published or "")[:16]) == ("Why Does Marrow Need Another Bridge?", ("Rhea Holm",),
                                                              "2026-03-09T09:37")


def test_a_name_alone_under_the_photo_caption_is_the_byline():
    deck = "The council wants a second crossing by next year, and the harbour board agrees."
    caption = "Cyclists wait at the old bridge on Monday. (Photo: Ivo Dane/Kestrel Images)"
    assert meta_of(f"{HEAD}\n\n{deck}\n\n{caption}\n\nRhea Holm\n\n{STORY}").authors == ("Rhea Holm",)
    assert meta_of(f"{HEAD}\n\n{deck}\n\n{caption}\n\nAda Finch\n\n{STORY}").authors == ()  # the councillor quoted


def test_the_writers_box_under_the_story_names_the_byline_and_its_bio_is_not_the_story():
    bio = "Rhea Holm, editor of the Marrow Tide, has covered the harbour towns for ten years."
    text = f"{HEAD}\n\n{STORY}\n\nAbout the Author\n\nRhea Holm\n{bio}"
    assert meta_of(text).authors == ("Rhea Holm",)
    assert clean(text).body == [p for p in STORY.split("\n\n")]


def test_a_photo_credit_before_its_caption_is_a_caption_not_the_site():
    caption = "© Ivo Dane, AFP | Ferries wait at the Marrow quay during a storm drill on May 31, 2024."
    m = meta_of(f"{HEAD}\n\n{caption}\n\n{STORY}")
    assert (m.source, m.credit) == (None, None)
    assert caption not in clean(f"{HEAD}\n\n{caption}\n\n{STORY}").body
