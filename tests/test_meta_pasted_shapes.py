"""Title, outlet, authors, date and wire credit in more shapes that real pastes take: HTML left in the
text, credits glued to the story, menus and issue lines over the headline (our own invented examples)."""

import pytest
from factories import HEAD, P1, P2, P3, STORY, meta_of

from briefing.article.clean import clean


def test_html_entities_in_a_paste_are_decoded():
    page = clean(f"{HEAD}\n\n{P1}\n\nThe mayor&#39;s plan &amp; the budget were &lt;b&gt;both&lt;/b&gt; approved on Friday.\n\n{P2}")
    assert "The mayor's plan & the budget were both approved on Friday." in page.body


def test_a_wire_credit_in_italic_tags_is_the_credit():
    m = meta_of(f"{HEAD}\n\nShare\n<i> Bloomberg Business News</i>\n\n{STORY}")
    assert m.credit == "Bloomberg"
    assert not any("<i>" in p for p in clean(f"{HEAD}\n\n<i>{P1}</i>\n\n{P2}\n\n{P3}").body)


def test_an_ampersand_without_an_entity_stays():
    page = clean(f"{HEAD}\n\n{P1}\n\nShares of Marrow R&D Ltd and AT&T rose; Kestrel &nothing else moved.\n\n{P2}")
    assert "Shares of Marrow R&D Ltd and AT&T rose; Kestrel &nothing else moved." in page.body


def test_a_wire_sign_off_glued_to_the_last_quote_is_the_credit_not_story():
    text = f'{HEAD}\n\n{P1}\n\n{P2}\n\n"We will meet again in June," she said.-Bernama'
    m = meta_of(text)
    assert m.credit == "Bernama"
    assert clean(text).body[-1] == '"We will meet again in June," she said.'


def test_a_wire_byline_with_a_dashed_stamp_credits_the_wire_and_dates_the_story():
    m = meta_of(f"{HEAD}\n\nBy AFP - 9 March 2026 - 07:40\n\n{STORY}")
    assert (m.credit, m.authors, (m.published or "")[:16]) == ("AFP", (), "2026-03-09T07:40")


def test_a_bracketed_copyright_under_the_story_credits_the_partner_that_made_it():
    text = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3} [Copyright 2026 Kestrel Valley Public Radio]"
    m = meta_of(text)
    assert m.credit == "Kestrel Valley Public Radio"
    assert clean(text).body[-1] == P3


def test_a_dash_before_a_name_that_is_no_wire_stays_in_the_story():
    last = '"It was worth every late night and every argument in the chamber," she said.-Marrow'
    text = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{last}"
    assert meta_of(text).credit is None
    assert "agency" not in [label for label, _line in clean(text).furniture]


def test_a_trust_note_in_the_footer_names_the_station():
    m = meta_of(f"{HEAD}\n\n{STORY}\n\nWhy you can trust KVRM")
    assert m.source == "KVRM"


def test_a_player_caption_its_enlarge_button_and_its_credit_are_not_the_story():
    caption = "A ferry leaves the Marrow quay in heavy fog on Monday, March 2, 2026."
    text = f"{HEAD}\n\ncaption: {caption}\n\nEnlarge Icon\n\n{caption}\n\nAP Photo/Ivo Dane\n\n{STORY}"
    assert clean(text).body == [P1, P2, P3]


def test_a_breadcrumb_ending_in_a_topic_name_is_not_the_headline():
    deck = "Several boards want higher fees; some will spend on pipes, the north on its roads"
    m = meta_of(f"Local | Kestrel Harbour Board\n\n{HEAD}\n\n{deck}\n\n{STORY}")
    assert m.title == HEAD


def test_a_section_menu_on_the_date_marker_line_is_not_the_headline():
    menu = "News Sport Business Views Life Motors Farming Travel"
    m = meta_of(f" date 2026-03-09 {menu}\n{HEAD}\n\n{HEAD}\nBy Ada Finch\n\n{STORY}")
    assert (m.title, (m.published or "")[:10]) == (HEAD, "2026-03-09")


def test_a_headline_in_title_case_is_no_menu():
    head = "Kestrel Council Backs Bigger Harbour Wall Plan"
    assert meta_of(f"{head}\n\nBy Ada Finch\n\n{STORY}").title == head


def test_the_page_title_over_a_short_headline_gives_the_headline_and_the_site():
    text = (f"Kestrel Review\nDry Spell | Kestrel Review\nFeatures\nFrom KR, June 2026\n\nDry Spell\n\n"
            f"Rain has not fallen on the Marrow valley for ten weeks.\n\nBy Ada Finch & Ivo Dane\n\n{STORY}")
    m = meta_of(text)
    assert (m.title, m.authors) == ("Dry Spell", ("Ada Finch", "Ivo Dane"))
    assert (m.published or "")[:7] == "2026-06"


def test_a_site_suffix_on_the_page_title_names_the_site_over_a_wire_dateline():
    text = (f"{HEAD} – Harbour Metro\n\n{HEAD}\n\nBy Ada Finch\n\n"
            f"MARROW (Reuters) – {P1}\n\n{P2}\n\n{P3}")
    m = meta_of(text)
    assert (m.title, m.source, m.credit) == (HEAD, "Harbour Metro", "Reuters")


def test_a_page_title_naming_a_section_and_the_site_over_the_headline_gives_both_apart():
    text = f"{HEAD}, Local News - Harbour Metro\n\n{HEAD}\n\n{STORY}"
    m = meta_of(text)
    assert (m.title, m.source) == (HEAD, "Harbour Metro")


@pytest.mark.parametrize("crumb", ["Kessel", "Exclusive"])
def test_a_short_line_equal_to_the_headline_before_its_comma_is_no_headline(crumb):
    head = f"{crumb}, Marrow Sign Ferry Deal"
    m = meta_of(f"{head} - Harbour Metro\n\nHome\n\n{crumb}\n\n{head}\n\n{STORY}")
    assert m.title == head


def test_a_comma_inside_the_headline_is_no_section():
    head = "Ferry fares rise, and the night boat goes"
    m = meta_of(f"{head} - Harbour Metro\n\nFerry fares rise\n\n{STORY}")
    assert m.title != "Ferry fares rise"


def test_a_wire_passed_on_by_a_feed_service_is_credited_to_the_wire():
    m = meta_of(f"{HEAD}\n\nMARROW, Jun 20, 2026 (Reuters via Newsfeed) -- {P1}\n\n{P2}\n\n{P3}")
    assert (m.credit, m.source) == ("Reuters", "Reuters")


def test_a_picture_line_ending_in_a_credit_is_no_headline():
    m = meta_of(f"By Ada Finch\n\nBreaking: Marrow mayor quits after vote Credit: Kestrel Radio @kestrelradio\n\n{STORY}")
    assert m.title is None or "Credit" not in m.title


@pytest.mark.parametrize("head", ["Banks tighten credit: small firms feel the squeeze", "Markets Credit: a quiet week",
                                  "Tax Credit: Who Gains in Kessel", "Kessel Firms Face Tighter Credit: What It Means for You",
                                  "Kessel Credit: Union Wins Fight Over Loans"])
def test_a_headline_about_credit_keeps_its_word(head):
    assert meta_of(f"{head}\n\nBy Ada Finch\n\n{STORY}").title == head


def test_a_speaker_after_a_dash_on_the_page_title_is_no_site():
    text = f"Rates are far too high – Ivo Dane\n\nRates are far too high\n\n{STORY}"
    assert meta_of(text).source != "Ivo Dane"


def test_name_crossheads_of_a_list_story_are_not_its_writers():
    intro = "Five players will miss the run-in with injuries, and each of their clubs will feel the loss."
    part = "He limped off in the second half and the club fears a long spell out of the side."
    text = (f"{HEAD}\n\n{intro}\n\n{P1}\n\nRhea Holm (Marrow City)\n\n{part}\n\n{P2}\n\n"
            f"Ivo Dane and Tomas Berg (Kestrel Rovers)\n\nBoth are out for a month, the club says, and")
    assert meta_of(text).authors == ()


def test_a_writers_name_under_the_story_is_still_the_byline():
    text = f"{HEAD}\n\n{STORY}\n\nAda Finch and Ivo Dane"
    assert meta_of(text).authors == ("Ada Finch", "Ivo Dane")


def test_a_headline_and_its_standfirst_glued_on_the_date_marker_line_are_parted():
    head = "Marrow council backs new river bridge ahead of the 2026 budget"
    deck = "Councillors warn of cuts elsewhere as building costs climb and reserves run low"
    m = meta_of(f" date 2026-03-09 {head} {deck}\n\n{STORY}")
    assert (m.title, (m.published or "")[:10]) == (head, "2026-03-09")


def test_a_long_lead_sentence_on_the_date_marker_line_is_no_headline():
    lead = ("The town council approved a new bridge over the Marrow river on Tuesday after a long debate "
            "in which Kestrel members spoke for it.")
    page = clean(f" date 2026-03-09 {lead}\n\n{P2}\n\n{P3}")
    assert page.body[0] == lead


def test_the_newsroom_naming_itself_in_the_story_names_the_outlet():
    spoke = "One shop owner Marrow Valley News spoke to said the new rates would close her business."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{spoke}\n\n{P2}").source == "Marrow Valley News"
    brings = "Here, the Kestrel Sport Desk brings you the latest team news before the weekend."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{brings}\n\n{P2}").source == "Kestrel Sport Desk"


def test_someone_who_spoke_to_another_outlet_does_not_name_this_one():
    line = "A farmer who spoke to the Marrow Valley News said the river rose overnight, and a man Ivo Dane spoke to agreed."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{line}\n\n{P2}").source is None


def test_an_author_box_name_with_the_site_is_no_page_title():
    m = meta_of(f"Ada Finch | Kestrel Post\n\nAda Finch\n\n{HEAD}\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Finch",))


def test_a_dateline_with_the_state_in_brackets_credits_the_agency():
    m = meta_of(f"{HEAD}\n\nKestrel [Marrowshire], March 9 (ANI): {P1}\n\n{P2}\n\n{P3}")
    assert (m.source, m.credit) == ("ANI", "ANI")


def test_a_press_archives_scan_notice_is_not_the_story():
    notice = ("The following text may have been generated by Optical Character Recognition, with varying degrees"
              " of accuracy. Reader beware!")
    m = meta_of(f"{notice}\n\n{HEAD}\n\n{STORY}")
    assert m.title == HEAD
    assert notice not in clean(f"{notice}\n\n{HEAD}\n\n{STORY}").body
    lead = ("The following text was generated in under a minute, and four of five teachers marked it as a pupil's"
            " own work.")
    assert lead in clean(f"{HEAD}\n\n{lead}\n\n{STORY}").body  # a story about generated text is a story
