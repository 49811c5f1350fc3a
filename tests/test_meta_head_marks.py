"""Headlines beside the marks other parts of a page leave on their line or over it: a video page's transcript
box, a trail of links ending in its separator (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of


def test_a_transcript_boxs_heading_gives_the_headline_without_its_label():
    text = f"Speech to Text for {HEAD}\n\n{P1.lower()} {P2.lower()}"
    assert meta_of(text).title == HEAD


def test_a_trail_of_links_ending_in_its_separator_is_not_the_headline():
    text = (f"Local Stories, Notices and Archives >> Kestrel Post Articles >\n\n{HEAD}\n\nAda Finch\n\nMarch 9, 2026"
            f"\n\n{P1}\n\n{P2}\n\n{P3}")
    info = meta_of(text)
    assert info.title == HEAD


def test_a_photo_storys_label_opening_the_page_heads_its_headline():
    head = "Photos: Floods sweep away the Kessel footbridge after a night of rain"
    text = f"Type to search\n\n{head}\n\nMarch 9, 2026\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).title == head


def test_a_pictures_credit_naming_the_photographer_is_still_no_headline():
    text = f"Photos: Ada Finch and Ivo Dane\n\n{HEAD}\n\nMarch 9, 2026\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).title == HEAD


def test_a_short_headline_over_the_label_of_the_story_text_is_kept():
    text = f" date 2026-03-09 Pier reopens\n\nArticle content\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).title == "Pier reopens"


def test_a_section_label_glued_to_the_headline_is_cut_when_the_page_prints_the_headline_alone():
    text = (f"Local Marrow council backs the new bridge\n\nBy Ada Finch\n\nMAR 10, 2026\n\n{P1}\n\n{P2}\n\n{P3}"
            "\n\nShare this story\n\nMarrow council backs the new bridge")
    assert meta_of(text).title == "Marrow council backs the new bridge"


def test_a_headline_opening_with_a_section_word_keeps_it():
    text = f"World leaders gather in Kessel for the bridge talks\n\nBy Ada Finch\n\nMAR 10, 2026\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).title == "World leaders gather in Kessel for the bridge talks"


def test_the_line_over_the_sites_archive_notice_is_the_headline_not_the_promotion_over_it():
    text = ("Where to Watch Kestrel Eleven During the Harbour Regatta\n\nMarrow Council Backs New River Bridge\n\n"
            "This is an archived article: what it says may be out of date by now, so check its date stamp"
            f" before you rely on it.\n\n{P1}\n\n{P2}\n\n{P3}")
    assert meta_of(text).title == "Marrow Council Backs New River Bridge"


def test_a_page_title_stringing_section_tagline_site_and_day_after_the_headline_gives_way_to_the_headline():
    text = (f"{HEAD} | Local| News from the Marrow valley and beyond | KP | 09.03.2026\n\n{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}")
    assert meta_of(text).title == HEAD


def test_a_photo_caption_signed_by_its_agency_in_capitals_is_not_the_headline():
    caption = "Walkers cross the old Marrow bridge on Tuesday, a day before it closed for repairs. EPA"
    text = f"{caption}\n\n{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).title == HEAD


def test_a_round_ups_short_title_over_its_day_and_its_first_item_heading_is_the_headline():
    text = f"Harbour round-up\n\nMarch 9, 2026\n\nBridge vote passes:\n\n{P1}\n\n{P2}\n\nFerry fares to rise:\n\n{P3}"
    assert meta_of(text).title == "Harbour round-up"


def test_a_sign_up_boxs_field_label_in_the_sidebar_does_not_hide_a_short_headline():
    text = f"• Subscribe to our newsletter\n\nEmail address\n\n• Archives\n\n• Tags\n\nPier reopens\n\nMarch 9, 2026\n\nBy Ada Finch\n\n{P1}\n\n{P2}\n\n{P3}"
    info = meta_of(text)
    assert info.title == "Pier reopens"
    assert info.authors == ("Ada Finch",)


def test_a_title_naming_its_day_over_the_pages_stamp_is_the_headline():
    text = f"Harbour Digest 9 March 2026\n\nMarch 9, 2026 • 4 min read\n\n{P1}\n\n{P2}\n\n{P3}"
    info = meta_of(text)
    assert info.title == "Harbour Digest 9 March 2026"
    assert info.published.startswith("2026-03-09")
