"""An ad's label or the page's appeal for tips is no headline; a short headline right over the story is one
(our own invented examples)."""

from factories import P1, P2, P3, meta_of

LEDE = ("Two harbour pilots from Kessel told the inquiry on Monday that the ferry left the quay late, in fog, and "
        "with one of its two engines under repair since the spring, against the port's own rules.")
STORY = f"{LEDE}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_an_appeal_for_news_tips_over_the_byline_is_no_headline():
    info = meta_of(f"Latest News\n\nPopular Posts\n\nGot a story tip? Feel free to write to us by email\n\nBy: Ana Veer\n\n{STORY}")
    assert info.title is None
    assert info.authors == ("Ana Veer",)


def test_a_short_headline_under_an_ad_networks_label_is_the_headline():
    info = meta_of(f"Ads by Kesselads Ads by Kesselads\n\nCouncil Report\n\n{STORY}")
    assert info.title == "Council Report"
    assert info.source is None


def test_a_short_headline_under_a_lower_case_section_beats_the_sites_name():
    info = meta_of(f"Skip to Content\n\nSunday, May 5\n\nThe Marrow Daily Scholar\n\nworld\n\nFerry pilots testify\n\n{STORY}")
    assert info.title == "Ferry pilots testify"


def test_an_outlet_credit_under_the_writers_name_stays_no_headline():
    info = meta_of(f" date 2023-07-29 Ana Veer By\n\nKessel News Service\n\n{STORY}")
    assert info.title != "Kessel News Service"


def test_a_long_headline_over_a_short_deck_is_kept():
    head = "Ferry pilots tell the inquiry the crossing began late and in fog"
    info = meta_of(f"The Marrow Daily Scholar\n\nworld\n\n{head}\n\nPilots testify\n\n{STORY}")
    assert info.title == head


def test_a_name_over_the_story_is_no_headline():
    info = meta_of(f"Ads by Kesselads\n\nAna Veer\n\n{STORY}")
    assert info.title != "Ana Veer"


def test_a_headline_about_ads_or_tips_is_not_furniture():
    from briefing.article.clean.lines import is_ui_line

    assert is_ui_line("Ads by Kesselads Ads by Kesselads")
    assert not is_ui_line("Ads by rival parties flood Kessel radio before the vote")
    assert not is_ui_line("Tips for walkers on the Marrow coast path this summer")
