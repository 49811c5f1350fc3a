"""Metadata on page shapes of stations, desks, captions and stamps (issue #17), in our own invented words."""

import pytest
from factories import HEAD, P1, P2, STORY, meta_of

from briefing.article.clean import clean
from briefing.article.outlet_names import display


def test_a_link_to_watch_the_network_is_no_masthead_and_the_stations_dateline_names_it():
    lead = "KESSEL (KesselNow) - The harbour board voted on Tuesday to close the north quay for a month."
    m = meta_of(f"Watch Kestrel News\n\n{HEAD}\n\n{lead}\n\n{P2}")
    assert m.source == "KesselNow"


def test_a_prompt_to_follow_the_site_with_its_platforms_is_not_story():
    page = clean(f"{HEAD}\n\nFollow KESTRELNOW.COM: Facebook | Twitter\n\n{STORY}")
    assert page.body[0] == P1


@pytest.mark.parametrize("name", ["WKSL-TV", "WKSL-TV 16", "WKSL-FM", "WKSL"])
def test_a_station_under_its_band_has_one_name(name):
    assert display(name) == "WKSL"


@pytest.mark.parametrize("name", ["KISS 92", "WAVE 9", "KBS 1", "WKSL 16", "Rock 106.1"])
def test_a_brand_with_a_number_keeps_its_name(name):
    assert display(name) == name


def test_a_numeric_offset_of_the_americas_reads_a_slashed_date_month_first():
    # "11/08" with a clock and "-05:00": the 8th of November, not the 11th of August; "percent" agrees.
    stamp = "Posted: 11/08/2026 09:55:00 -05:00"
    body = "Turnout rose by ten percent on the year, officials said."
    m = meta_of(f"{HEAD}\n\n{stamp}\n\n{P1}\n\n{body}")
    assert m.published.startswith("2026-11-08T09:55:00")


def test_an_offset_east_of_greenwich_reads_it_day_first():
    stamp = "Posted: 11/08/2026 09:55:00 +05:30"
    body = "Turnout rose by ten per cent on the year, officials said."
    assert meta_of(f"{HEAD}\n\n{stamp}\n\n{P1}\n\n{body}").published.startswith("2026-08-11")


@pytest.mark.parametrize("body", [
    "The hearing ran 09:00:00-10:00:00 and turnout rose by ten percent, officials said.",  # a time range
    "Ana Veer won in 4:03:22 +02:00 and Ivo Brand was third, +05:00; turnout rose by ten percent.",  # race gaps
])
def test_times_in_the_story_are_no_offset(body):
    # The page still does not say which way round it writes dates: "percent" alone is one clue.
    stamp = "Posted: 11/08/2026"
    assert meta_of(f"{HEAD}\n\n{stamp}\n\n{P1}\n\n{body}").published is None


def test_a_sites_desk_signing_with_a_slash_names_the_outlet_and_leaves_the_story():
    m = meta_of(f"{HEAD}\n\nKessel Bulletin / News Desk\n\n{STORY}")
    assert (m.source, m.authors) == ("Kessel Bulletin", ())
    assert clean(f"{HEAD}\n\nKessel Bulletin / News Desk\n\n{STORY}").body[0] == P1


@pytest.mark.parametrize("promo, shown", [
    ("Read the whole story in this weekend's Marrow Leader.", "Marrow Leader"),
    ("Read the full story in Sunday's Kessel Courier", "Kessel Courier"),
    ("Read the rest of the story in the print edition of The Harbour Post.", "Harbour Post"),
])
def test_a_print_papers_promise_of_the_rest_names_it(promo, shown):
    m = meta_of(f"{HEAD}\n\n{STORY}\n\n{promo}")
    assert m.source == shown


@pytest.mark.parametrize("line", ["Read the full story in full here.", "Read the full story in Spanish.",
                                  "Read the full report in Appendix B."])
def test_a_promise_without_a_papers_name_names_no_outlet(line):
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{line}").source is None


@pytest.mark.parametrize("line, shown", [
    ("This article first appeared in the Marrow Courier.", "Marrow Courier"),
    ("Published in the Harbour Gazette on March 9, 2026.", "Harbour Gazette"),
])
def test_a_first_appearance_with_a_small_the_still_names_the_paper(line, shown):
    assert (meta_of(f"{HEAD}\n\n{STORY}\n\n{line}").source or "").removeprefix("the ").rstrip(".") == shown


def test_a_caption_credited_with_pic_and_a_name_is_no_headline():
    caption = "The minister (in a grey coat) greets farmers at the Kessel fair. Pic Ana Veer (Kestrel Agency)"
    m = meta_of(f"{caption}\n\n{STORY}")
    assert m.title != caption


@pytest.mark.parametrize("head", ["Spring Is Here! Pics Show Kessel In Bloom", "Snow At Last! Pic Perfect Day In Marrow",
                                  "Who runs the port now? PA", "Watch out for fake news", "Listen to the farmers now",
                                  "Follow the money: Twitter rival opens office in Kessel"])
def test_headlines_that_look_like_credits_or_buttons_stay_headlines(head):
    assert meta_of(f"{head}\n\nBy Ana Veer\n\n{STORY}").title == head


def test_a_caption_closed_by_a_bare_pa_credit_is_no_headline():
    caption = "Ferries wait at the north quay of Kessel on Monday. PA"
    assert meta_of(f"{caption}\n\n{STORY}").title != caption


def test_a_blog_templates_site_icon_names_the_site_and_is_no_headline():
    m = meta_of(f"Site icon Kessel FM 99.4 – The Bay's Own Radio\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "Kessel FM 99.4")


def test_a_filter_label_is_no_outlet():
    m = meta_of(f"Filtered By: Topstories\n\nNews\n\n{HEAD}\n\n{STORY}")
    assert m.source is None


def test_a_short_line_over_a_picture_credit_is_its_caption_not_the_headline():
    # The caption comes twice, each time over its credit; the template's empty byline and stamp slots are no story.
    page = (f" date 2026-03-09 {HEAD}\n\nNews\n\nby:\n\nPosted: / Updated:\nQuay Road crash\n\n(Photo: WKSL)\n\n"
            f"KESSEL (WKSL) — {P1}\n\nQuay Road crash\n(Photo: WKSL)\n\n{P2}")
    m = meta_of(page)
    assert (m.title, m.source) == (HEAD, "WKSL")
    assert clean(page).body == [P1, P2]


def test_a_ticker_header_is_no_masthead_and_the_headline_under_it_stays():
    page = f"News update\n  • Ferry fares rise again |\n  • Mayor opens new library |\n\n{HEAD}\n\n{STORY}"
    assert (meta_of(page).source, meta_of(page).title) == (None, HEAD)


@pytest.mark.parametrize("credit", ["(Photo: Ana Veer)", "Image: Harbour Council", "Credit: Marrow Post"])
def test_a_headline_over_its_photos_credit_stays_the_headline(credit):
    head = "Kessel ferry fares to rise"
    assert meta_of(f"{head}\n{credit}\n\n{STORY}").title == head


def test_a_writer_signing_with_the_desk_is_no_outlet():
    m = meta_of(f"{HEAD}\n\nAna Veer / News Desk\n\n{STORY}")
    assert m.source is None


def test_a_bangladesh_stamp_keeps_its_zone():
    m = meta_of(f"{HEAD}\n\nPublished: 09 Mar 2026 11:16 PM BdST\n\n{STORY}")
    assert m.published == "2026-03-09T23:16:00+06:00"


def test_a_readers_comment_stamp_is_not_the_pages_date():
    text = f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\nHarbourFan says... March 9, 2026 at 11:09 a.m.\n\nWhat a shame for the town."
    assert meta_of(text).published is None
    dated = f"{HEAD}\n\nBy Ada Finch\nMarch 8, 2026\n\n{STORY}\n\nHarbourFan says... March 9, 2026 at 11:09 a.m."
    assert meta_of(dated).published.startswith("2026-03-08")
