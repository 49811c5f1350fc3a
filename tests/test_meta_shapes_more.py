"""Title, outlet, authors and date in more shapes pasted pages take: stations named by their licensee,
newsletters, slashed dates read by the page's own convention, bylines with roles between the names
(our own invented examples; see test_meta_shapes and test_meta_shapes_world)."""

import pytest
from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article.clean import clean

# --- bylines ------------------------------------------------------------------------


@pytest.mark.parametrize("byline, names", [
    ("By Ada Finch, Political Editor, and Ivo Dane", ("Ada Finch", "Ivo Dane")),
    ("By Ada Finch, Health Editor & Ivo Dane, Science Reporter", ("Ada Finch", "Ivo Dane")),
    ("By Ada Finch, Senior Writer, Marrow Courier", ("Ada Finch",)),
])
def test_a_role_between_two_writers_joined_by_and_keeps_both(byline, names):
    assert meta_of(f"{HEAD}\n\n{byline}\n\n{STORY}").authors == names


# --- slashed dates, read the way the page writes its dates --------------------------

UK_STORY = ("Fares on the Marrow ferry will rise by 4 per cent from April, the operator said.\n\n"
            "A return ticket will cost £6.40, and the council said it would review the subsidy.\n\n" + P3)
US_STORY = ("The Marrow County sheriff's office said Thursday that the ferry would stop running at night.\n\n"
            "A return ticket will cost $6.40, an increase of 4 percent.\n\n" + P3)


@pytest.mark.parametrize("story, stamp, day", [
    (UK_STORY, "08/03/2026 14:20", "2026-03-08"),
    (UK_STORY, "Published 08/03/2026", "2026-03-08"),
    (US_STORY, "Published 03/06/2026 9:41 a.m.", "2026-03-06"),
    (US_STORY, "Updated 08/03/2026", "2026-08-03"),
])
def test_a_slashed_date_either_way_round_is_read_the_way_the_page_writes(story, stamp, day):
    assert (meta_of(f"{HEAD}\n\nBy Ada Finch\n{stamp}\n\n{story}").published or "")[:10] == day


def test_a_slashed_date_on_a_page_that_gives_no_clue_stays_unread():
    assert meta_of(f"{HEAD}\n\nBy Ada Finch\nPublished 08/03/2026\n\n{STORY}").published is None


@pytest.mark.parametrize("stamp, day", [
    ("Submitted by Ada Finch on Mon, 03/09/2026 - 16:05", "2026-03-09"),  # 3 September 2026 is a Thursday
    ("Thursday 03/09/2026", "2026-09-03"),
])
def test_the_weekday_beside_a_slashed_date_says_which_side_is_the_day(stamp, day):
    assert (meta_of(f"{HEAD}\n\n{stamp}\n\n{UK_STORY}").published or "")[:10] == day


# --- menus and headlines ------------------------------------------------------------


def test_a_menu_pasted_on_one_line_is_not_the_headline_and_a_capitals_headline_under_it_is():
    head = "COUNCIL BACKS NEW RIVER BRIDGE IN MARROW"
    m = meta_of(f"Home  News  Politics  Business  Sports  Entertainment\n\n{head}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.source, m.authors) == (head, None, ("Ada Finch",))


# --- outlets named in another language, writing in English -------------------------


@pytest.mark.parametrize("masthead, stamp, when", [
    ("La Voz de Puerto Marrow", "9 de marzo de 2026 | 13:40", "2026-03-09T13:40"),
    ("Le Courrier de Marrow", "Publié le 9 mars 2026, 14:05", "2026-03-09T14:05"),
    ("O Correio de Marrow", "9 de março de 2026 08:30", "2026-03-09T08:30"),
])
def test_an_outlet_named_in_its_own_language_with_its_dates_in_it(masthead, stamp, when):
    m = meta_of(f"{masthead}\nEnglish Edition\nPortada | Política | Economía\n\n{HEAD}\n\nRedacción\n{stamp}\n\n{STORY}")
    assert (m.title, m.source, m.authors, (m.published or "")[:16]) == (HEAD, masthead, (), when)


def test_a_foreign_month_name_is_read_only_as_part_of_a_whole_date():
    from briefing.article import dates

    assert dates.parse("Mars 2026 mission delayed again")[0] is None


# --- stations, newsletters and sites named in their own furniture -------------------


@pytest.mark.parametrize("line, shown", [
    ("Marrow Valley Public Media is a service of Carrow State University.", "Marrow Valley Public Media"),
    ("KVRN is a member station of NPR and PBS.", "KVRN"),
    ("Marrow Public Radio is licensed to the Marrow Valley College board of trustees.", "Marrow Public Radio"),
])
def test_a_stations_line_about_itself_names_it_and_leaves_the_story(line, shown):
    text = f"Watch Live\nSchedule\nSupport\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\n{line}\nYour station for the Marrow Valley"
    page = clean(text)
    assert meta_of(text).source == shown and line not in page.body


def test_a_service_of_a_council_in_the_story_is_no_station():
    line = "The Marrow ferry is a service of the county council, which sets the fares."
    text = f"{HEAD}\n\n{P1}\n\n{line}\n\n{P2}"
    assert meta_of(text).source is None and line in clean(text).body


@pytest.mark.parametrize("header", [
    "THE MARROW WEEK | Issue 88 | Monday 9 March 2026\nA newsletter from the Marrow Courier\nView in browser",
    "Morning Briefing\nThe morning briefing from the Marrow Courier",
])
def test_a_newsletter_names_the_paper_that_sends_it_not_its_own_title(header):
    footer = "You are receiving this email because you signed up for The Marrow Week. Unsubscribe | Manage preferences"
    text = f"{header}\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\n{footer}"
    m = meta_of(text)
    assert (m.title, m.source) == (HEAD, "Marrow Courier") and footer not in clean(text).body


def test_a_source_line_with_the_pages_address_names_the_site():
    text = f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\nSource: https://www.marrowledger.co.uk/news/2026/03/09/ferry-fares"
    assert meta_of(text).source == "marrowledger.co.uk"


def test_the_sites_name_among_the_menus_labels_is_the_outlet():
    m = meta_of(f"News\nLocal\nSport\nWhat's On\nMarrow Echo\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}")
    assert m.source == "Marrow Echo"


def test_a_hyphenated_papers_name_under_the_byline_is_the_outlet():
    m = meta_of(f"{HEAD}\n\nBy Ada Finch\nThe Marrow Courier-Press\nPublished March 9, 2026\n\n{STORY}")
    assert (m.source, m.authors) == ("The Marrow Courier-Press", ("Ada Finch",))


def test_an_editions_header_gives_the_day_it_went_out_but_a_menu_with_todays_date_does_not():
    edition = meta_of(f"THE MARROW WEEK | Issue 88 | Monday 9 March 2026\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}")
    menu = meta_of(f"News | Sport | Weather | Monday 9 March 2026\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}")
    assert ((edition.published or "")[:10], menu.published) == ("2026-03-09", None)


@pytest.mark.parametrize("line, shown", [
    ("The Evening Dispatch from the Marrow Ledger", "Marrow Ledger"),
    ("Weekend Roundup from Harbour Daily", "Harbour Daily"),
])
def test_a_newsletters_name_from_a_paper_over_the_headline_names_the_paper(line, shown):
    m = meta_of(f"{line}\n\nMonday, March 9, 2026\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, shown)


def test_a_dispatch_from_a_place_is_a_headline_not_a_newsletter():
    head = "Dispatch from Port Ellery"
    m = meta_of(f"{head}\n\nBy Ada Finch\n\n{STORY}")
    assert (m.title, m.source) == (head, None)


@pytest.mark.parametrize("note", [
    "Correction, March 10, 2026: An earlier version of this article gave the wrong date for the vote. It was on Tuesday.",
    "Clarification: This story has been changed to make clear who proposed the plan.",
    "An earlier version of this story misspelled the councillor's name.",
])
def test_a_correction_note_over_the_story_is_not_story_nor_its_date(note):
    text = f"{HEAD}\n\nBy Ada Finch\nPublished March 9, 2026\n\n{note}\n\n{STORY}"
    page = clean(text)
    assert note not in page.body and page.body[0] == P1 and (meta_of(text).published or "")[:10] == "2026-03-09"


# --- a logo's alternative text --------------------------------------------------------


@pytest.mark.parametrize("logo", [
    "The Marrow Clarion logo", "[Image: Marrow Clarion logo]", "Image: The Marrow Clarion logo",
    "Logo of The Marrow Clarion", "Logo: Marrow Clarion", "Go to the Marrow Clarion homepage",
])
def test_a_logos_alternative_text_names_the_site(logo):
    m = meta_of(f"{logo}\nNews\nSport\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}")
    assert (outlet_key(m.source), m.title) == ("Marrow Clarion", HEAD)


@pytest.mark.parametrize("button", ["Go to homepage", "Back to homepage", "Homepage"])
def test_a_home_button_over_the_menu_names_no_site(button):
    assert meta_of(f"{button}\nNews\nSport\n\n{HEAD}\n\nBy Ada Finch\n\n{STORY}").source is None


def outlet_key(name):
    return (name or "").removeprefix("The ")


@pytest.mark.parametrize("stamp, when", [
    ("09/03/2026 7:15am AEDT", "2026-03-09T07:15:00+11:00"),
    ("03/09/2026 11:02 p.m. CDT", "2026-03-09T23:02:00-05:00"),
])
def test_the_zone_after_a_slashed_stamp_says_which_country_writes_it(stamp, when):
    assert meta_of(f"{HEAD}\n\nBy Ada Finch\n{stamp}\n\n{STORY}").published == when


def test_a_companys_pt_prefix_is_no_pacific_time():
    lead = "PT Marrow Bank said it would lend the council the money for the bridge over the river."
    assert meta_of(f"{HEAD}\n\nBy Ada Finch\n03/09/2026\n\n{lead}\n\n{STORY}").published is None


@pytest.mark.parametrize("line", ["A service of Marrow Valley University", "Member station of NPR", "An NPR member station"])
def test_a_stations_licensee_or_network_line_over_the_headline_is_neither_headline_nor_outlet(line):
    m = meta_of(f"© 2026 Marrow Public Broadcasting\n{line}\nListen Live\n\n{HEAD}\n\nAda Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.source, m.authors) == (HEAD, "Marrow Public Broadcasting", ("Ada Finch",))


def test_a_service_of_remembrance_in_the_story_stays_in_the_story():
    line = "A service of remembrance will be held."
    assert line in clean(f"{HEAD}\n\n{P1}\n\n{line}\n\n{P2}").body


def test_call_letters_with_the_frequency_keep_their_capitals():
    assert meta_of(f"Member station of NPR\nKMRW 90.1\nListen Live\n\n{HEAD}\n\n{STORY}").source == "KMRW 90.1"
