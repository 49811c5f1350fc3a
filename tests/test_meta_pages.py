"""Title, outlet, authors and date on whole pages as people paste them from many kinds of site:
two stamps on one line, notes under the story, breadcrumbs, consent banners, card lists, addresses
(our own invented examples; see test_meta_shapes, test_meta_shapes_world and test_meta_shapes_more)."""

import pytest
from factories import HEAD, STORY, meta_of

from briefing.article.clean import clean

# --- dates --------------------------------------------------------------------------


@pytest.mark.parametrize("stamp, when", [
    ("PUBLISHED: March 9, 2026 at 5:47 PM CDT | UPDATED: March 10, 2026 at 8:02 AM CDT", "2026-03-09T17:47:00-05:00"),
    ("Posted Mon 9 Mar 2026 at 5:12am, updated Mon 9 Mar 2026 at 9:30am", "2026-03-09T05:12:00+00:00"),
    ("Published: March 09, 2026 18:15 | Last updated: March 09, 2026 21:40", "2026-03-09T18:15:00+00:00"),
    ("Updated Tue 10 Mar 2026 at 9:30am, first posted Mon 9 Mar 2026 at 5:12am", "2026-03-09T05:12:00+00:00"),
])
def test_a_line_with_the_published_and_the_updated_stamp_dates_the_story_by_the_published_one(stamp, when):
    m = meta_of(f"Marrow Weekly\n\n{HEAD}\n\nBy Ada Finch\n{stamp}\n\n{STORY}")
    assert (m.title, m.published) == (HEAD, when)


def test_a_first_published_note_under_the_story_beats_a_relative_stamp_over_it():
    m = meta_of(f"{HEAD}\n\nAda Finch\n5 hrs ago\n\n{STORY}\n\nThis story was first published on 8 March 2026.")
    assert (m.published or "")[:10] == "2026-03-08"
    assert "first published" not in " ".join(clean(f"{HEAD}\n\n{STORY}\n\nThis story was first published on 8 March 2026.").body)


def test_a_relative_stamp_alone_still_gives_no_date():
    m = meta_of(f"{HEAD}\n\nAda Finch\n5 hrs ago\n\n{STORY}")
    assert (m.published, m.published_ago) == (None, 5 * 3600)


# --- bylines ------------------------------------------------------------------------


@pytest.mark.parametrize("byline", ["By Ada Finch | afinch@marrowledger.com | Marrow Ledger", "Ada Finch | afinch@marrowledger.com"])
def test_a_byline_with_the_writers_address_between_pipes_is_not_a_menu(byline):
    m = meta_of(f"{HEAD}\n\n{byline}\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Finch",))


@pytest.mark.parametrize("line, authors", [
    ("City News | Reported by Ada Finch, Edited by Ivo Dane | Updated: March 09, 2026 7:42 pm IST", ("Ada Finch",)),
    ("City News | Edited by Ivo Dane | Updated: March 09, 2026 7:42 pm IST", ()),
])
def test_a_stamp_line_with_the_section_the_reporter_and_the_editor_gives_the_reporter_and_the_date(line, authors):
    m = meta_of(f"{HEAD}\n\n{line}\n\n{STORY}")
    assert (m.title, m.authors, m.published) == (HEAD, authors, "2026-03-09T19:42:00+05:30")


# --- headlines ----------------------------------------------------------------------


@pytest.mark.parametrize("crumbs", ["Home › News › ", "Home / City News / ", "News | Local | "])
def test_a_breadcrumb_ending_with_the_headline_is_not_the_headline(crumbs):
    m = meta_of(f"Marrow Weekly\nNews\nSport\n\n{crumbs}{HEAD}\n\n{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Finch",))


CONSENT = ("We value your privacy\n"
           "We and our 512 partners store and/or access information on a device, such as cookies, and process personal "
           "data, such as unique identifiers and standard information sent by a device, for personalised advertising and "
           "content, ad and content measurement, audience research and services development.\n"
           "Accept all\nReject all\nManage preferences")


def test_a_consent_banner_between_the_headline_and_the_byline_is_neither_headline_nor_story():
    text = f"Marrow Weekly\nNews\nSport\n\n{HEAD}\n\nAdvertisement\n\n{CONSENT}\n\nBy Ada Finch\nSenior Reporter\nMarch 9, 2026\n\n{STORY}"
    m = meta_of(text)
    assert (m.title, m.authors, (m.published or "")[:10]) == (HEAD, ("Ada Finch",), "2026-03-09")
    body = " ".join(clean(text).body)
    assert "partners" not in body and "Senior Reporter" not in body


# --- outlets ------------------------------------------------------------------------


@pytest.mark.parametrize("masthead", ["Marrow Gazette-Times", "The Marrow Shimbun", "Marrow Ilbo"])
def test_a_masthead_with_an_outlet_word_in_a_pair_or_another_language_names_the_outlet(masthead):
    m = meta_of(f"{masthead}\nPolitics\nSociety\nSports\n\n{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, masthead)


def test_a_keep_up_with_the_latest_prompt_names_the_outlet():
    m = meta_of(f"{HEAD}\n\nAda Finch, Staff Reporter\nMarch 9, 2026\n\n{STORY}\n\n"
                "Keep up with the latest from the Marrow Courier: follow us on WhatsApp and Instagram.")
    assert m.source == "Marrow Courier"


def test_a_departments_name_over_its_menu_and_a_media_release_label_names_the_outlet():
    page = (f"Department of Marrow Waterways\nAbout us\nMedia centre\nPublications\nContact us\n\n"
            f"Media centre › Media releases\n\nMedia release\n\n{HEAD}\n\nMonday 9 March 2026\n\n{STORY}\n\nENDS")
    m = meta_of(page)
    assert (m.title, m.source, m.authors) == (HEAD, "Department of Marrow Waterways", ())


CARDS = ("Top stories near Marrow\n\nMarrow Record\nWater main break closes part of Quay Street\n2h\n\n"
         "Valley Journal\nThree candidates file for the open judge seat\n5h\n\n"
         "KMRW 7\nWarm week ahead before the rain returns\n1h")


def test_an_aggregators_cards_above_the_story_name_neither_the_site_nor_the_headline():
    m = meta_of(f"Newsreel\nFor you\nLocal\nFollowing\n\n{CARDS}\n\n{HEAD}\n\n3 hours ago\n\n"
                f"MARROW (AP) — {STORY}\n\nDownload the Newsreel app for news near you")
    assert (m.title, m.source, m.credit, m.published) == (HEAD, "Newsreel", "AP", None)


@pytest.mark.parametrize("masthead, foot", [
    ("THE LONG TABLE", "This feature appears in Issue 31 of The Long Table. Buy the issue here."),
    ("Hereabouts", "Download the Hereabouts app for news near you"),
])
def test_a_masthead_over_a_menu_and_named_again_further_down_names_the_site(masthead, foot):
    m = meta_of(f"{masthead}\nFood\nTravel\nCulture\n\n{HEAD}\n\nWords by Ada Finch\n\n9 March 2026\n\n{STORY}\n\n{foot}")
    assert (m.title, m.source, m.authors) == (HEAD, masthead.title() if masthead.isupper() else masthead, ("Ada Finch",))


@pytest.mark.parametrize("masthead, foot", [
    ("Locally", "Locally, the council has set aside money for repairs."),  # a sentence's first word
    ("Long Table", "The long table in the hall seats forty."),  # not in capitals
])
def test_a_masthead_named_again_only_as_an_ordinary_word_names_nothing(masthead, foot):
    m = meta_of(f"{masthead}\nFood\nTravel\nCulture\n\n{HEAD}\n\nBy Ada Finch\n9 March 2026\n\n{STORY}\n\n{foot}")
    assert m.source is None


# --- the page's address -------------------------------------------------------------


def test_the_day_in_the_pasted_address_dates_a_page_that_prints_no_date():
    url = "https://www.marrowledger.com/news/2026/03/09/marrow-council-backs-new-river-bridge/"
    m = meta_of(f"{url}\n\nMarrow Ledger\nNews\nSport\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}")
    assert (m.title, m.source, m.authors, (m.published or "")[:10]) == (HEAD, "Marrow Ledger", ("Ada Finch",), "2026-03-09")


def test_a_printed_date_beats_the_day_in_the_address():
    url = "https://www.marrowledger.com/news/2026/03/08/marrow-council-backs-new-river-bridge/"
    m = meta_of(f"{url}\n\n{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.published or "")[:10] == "2026-03-09"


def test_of_several_addresses_only_the_one_that_spells_the_headline_dates_the_page():
    other = "https://www.marrowledger.com/sport/2025/11/02/rovers-win-the-cup/"
    m = meta_of(f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\n{other}\n\n{other.replace('sport', 'news')}")
    assert m.published is None


def test_a_lone_address_of_another_story_does_not_date_the_page():
    m = meta_of(f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\nhttps://www.marrowledger.com/sport/2025/11/02/rovers-win-the-cup/")
    assert m.published is None


@pytest.mark.parametrize("credit", ["Photography by Ivo Dane", "Photographs by Ivo Dane", "Illustrations by Ivo Dane"])
def test_a_features_picture_credit_under_words_by_is_neither_story_nor_author(credit):
    for dek in ("A dek that says what the feature is about and why it matters now",
                "For forty years the ferry has carried the post. Next spring a new bridge will put it out of work."):
        text = f"{HEAD}\n\n{dek}\n\nWords by Ada Finch\n{credit}\n\n9 March 2026\n\n{STORY}"
        assert (meta_of(text).title, meta_of(text).authors) == (HEAD, ("Ada Finch",))
        assert "Ivo Dane" not in " ".join(clean(text).body)


@pytest.mark.parametrize("byline", ["Words: Ada Finch", "Text: Ada Finch", "Words by Ada Finch"])
def test_a_features_words_credit_is_its_byline(byline):
    m = meta_of(f"{HEAD}\n\n{byline}\nPhotos: Ivo Dane\n\n9 March 2026\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Finch",))


def test_a_stamp_line_with_the_desk_and_the_sites_address_names_the_site():
    m = meta_of(f"{HEAD}\n\nMarrow City Desk / MARROWLEDGER.COM / Updated: Mar 9, 2026, 19:42 IST\n\n{STORY}")
    assert (m.title, (m.source or "").casefold(), m.authors, m.published) == (HEAD, "marrowledger", (), "2026-03-09T19:42:00+05:30")


def test_a_from_line_under_a_release_names_the_issuer_and_is_not_the_headline():
    page = (f"Press release\n\n{HEAD}\n\nNew rules will protect the river's banks from erosion.\n\n"
            f"From:\nDepartment for Marrow Waterways and The Rt Hon Ada Finch MP\nPublished\n9 March 2026\n\n{STORY}")
    m = meta_of(page)
    assert (m.title, m.source, m.authors, (m.published or "")[:10]) == (HEAD, "Department for Marrow Waterways", (), "2026-03-09")


def test_a_headlines_suffix_naming_the_site_the_page_signs_is_cut():
    m = meta_of(f"{HEAD} – Hereabouts\n\nBy Ada Finch\n9 March 2026\n\n{STORY}\n\n© 2026 Hereabouts. All rights reserved.")
    assert (m.title, m.source) == (HEAD, "Hereabouts")


def test_a_headlines_dash_and_a_name_the_page_does_not_sign_stay():
    assert meta_of(f"{HEAD} – Hereabouts\n\nBy Ada Finch\n9 March 2026\n\n{STORY}").title == f"{HEAD} – Hereabouts"


@pytest.mark.parametrize("line", [
    "Source URL: https://www.marrowledger.com/2026/03/09/marrow-council-backs-new-river-bridge/",
    "<https://www.marrowledger.com/2026/03/09/marrow-council-backs-new-river-bridge/>",
])
def test_a_clippers_labelled_or_bracketed_address_dates_the_page(line):
    m = meta_of(f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\n{line}")
    assert (m.published or "")[:10] == "2026-03-09"
    assert "marrowledger" not in " ".join(clean(f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\n{line}").body)


def test_a_syndicated_feed_note_names_the_site_that_ran_it():
    m = meta_of(f"{HEAD}\n\n{STORY}\n\n(This story has not been edited by Marrow Times staff and is auto-generated "
                "from a syndicated feed.)")
    assert m.source == "Marrow Times"


# --- furniture inside and under the story ---------------------------------------------


@pytest.mark.parametrize("line", [
    "You have reached your limit of free articles this month.",
    "You've reached the maximum of free stories for this month.",
    "This feature appears in Issue 12 of The Marrow Review. Buy the issue here.",
    "Featured Video Of The Day",
    "Discover more from The Marrow Letter",
])
def test_paywall_print_and_platform_notes_are_not_story(line):
    story = STORY.replace("\n\n", f"\n\n{line}\n\n", 1)
    assert line.split(".")[0] not in " ".join(clean(f"{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{story}").body)


def test_a_track_the_latest_news_prompt_names_the_site():
    m = meta_of(f"{HEAD}\n\n{STORY}\n\nTrack Latest News Live on Marrow Dispatch and get news updates from around the world.")
    assert m.source == "Marrow Dispatch"


def test_a_place_over_the_menu_named_again_as_a_place_names_no_site():
    m = meta_of(f"Marrowfield\nFor you\nLocal\nFollowing\n\n{HEAD}\n\nBy Ada Finch\n9 March 2026\n\n{STORY}\n\n"
                "The ferry will also stop in Marrowfield twice a day.")
    assert m.source is None
