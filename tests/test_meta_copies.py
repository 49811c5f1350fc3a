"""Title, outlet, authors and date on pages as people copy them: select-all from a browser (trending rows,
menus, footers), from the headline down, reader mode, app shares, read-later exports, saved HTML
(our own invented examples; see test_meta_pages and the test_meta_shapes* modules)."""

import pytest
from factories import HEAD, STORY, meta_of

from briefing.article.clean import clean

# --- headlines ----------------------------------------------------------------------

TRENDING = "Harbour Fair Returns In August\nStorm Damage Photos\nBest Chowder On The Coast"
OTHERS = "Man charged after Kessel petrol station robbery\nSpring thaw brings flood watch for Kessel Creek"


@pytest.mark.parametrize("top", [
    f"Trending\n{OTHERS}\nTop Stories\nCounty to fund 200 new care beds\nMarrow Weekly\nHome\nLocal\nWeather",
    f"Marrow Weekly\nNews\nSport\nObituaries\nThings To Do\nTrending Now\n{TRENDING}\nAdvertisement",
    f"Trending\n{OTHERS}\nMarrow Weekly\nHome\nLocal\nSport\nWeather",
])
def test_a_trending_row_over_the_menu_or_in_it_is_not_the_headline(top):
    standfirst = "Councillors voted 9-2 after a debate that ran past midnight on Monday"
    m = meta_of(f"{top}\n\n{HEAD}\n\n{standfirst}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.authors) == (HEAD, ("Ada Finch",))


def test_a_scoreboard_over_the_match_report_is_not_its_headline():
    head = "Marrow Athletic 3-1 Kessel Rovers: Okafor double sends Athletic top"
    board = "FT\nMarrow Athletic 3\nOkafor 12', 67', Lind 80'\nKessel Rovers 1\nDane 44' (pen)\nAttendance: 18,402"
    m = meta_of(f"Football\nScores & Fixtures\nTables\n\n{head}\n\nReport\n\n{board}\n\nAda Finch\nFootball reporter\n"
                f"Sunday 8 March 2026 19:05, UK\n\n{STORY}")
    assert (m.title, m.authors) == (head, ("Ada Finch",))


# --- saved HTML pages ---------------------------------------------------------------

def _html_meta(page: str):
    from briefing.article import html
    from briefing.article.meta import extract

    text, found = html.extract(page)
    return extract(clean(text, "html", found))


def _page(head: str, tags: str, header: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    return (f"<html><head><title>Marrow Weekly | News and sport for the valley</title>{tags}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div class='content'><h1>{head}</h1>{header}"
            f"<p>The bridge will be the first new crossing on the river since 1962, the council said in a statement on Tuesday.</p>"
            f"{story}</div><footer><p>Marrow Weekly, 4 Quay Street, Marrow</p></footer></body></html>")


def test_a_saved_page_whose_tags_are_the_site_templates_is_read_from_what_it_prints():
    tags = ('<meta property="og:title" content="Subscribe to the Marrow Weekly from just 1 a week">'
            '<meta name="author" content="Marrow Weekly Digital">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "WebPage", '
            '"name": "Marrow Weekly", "datePublished": "2019-05-01T00:00:00Z"}</script>')
    header = "<div class='meta'><span>By Ada Finch</span> <span>Published 9 March 2026, 10:15</span></div>"
    m = _html_meta(_page(HEAD, tags, header))
    assert (m.title, m.authors, (m.published or "")[:16]) == (HEAD, ("Ada Finch",), "2026-03-09T10:15")


def _bare(head: str = "", top: str = "", h1: str = f"<h1>{HEAD}</h1>", wrap: str = "article") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    lead = "<p>The bridge will be the first new crossing on the river since 1962, the council said in a statement on Tuesday.</p>"
    return (f"<html><head><title>{HEAD} | Marrow Courier</title>{head}</head><body><header><a href='/'>Marrow Courier</a>"
            f"</header><{wrap}>{h1}{top}{lead}{story}</{wrap}><footer><p>© 2026 Marrow Courier</p></footer></body></html>")


def test_a_saved_page_with_no_tags_is_not_dated_by_its_copyright_year_and_its_title_names_the_site():
    m = _html_meta(_bare())
    assert (m.title, m.source, m.published) == (HEAD, "Marrow Courier", None)


def test_a_saved_page_whose_h1_is_the_logo_keeps_the_headline_of_its_title():
    m = _html_meta(_bare(h1=f"<h1 class='logo'>Marrow Courier</h1><h2>{HEAD}</h2>",
                         top="<p class='byline'>By Ada Finch</p><p>March 9, 2026</p>", wrap="div"))
    assert (m.title, m.source, m.authors) == (HEAD, "Marrow Courier", ("Ada Finch",))


@pytest.mark.parametrize("ld", [
    '{"@graph": [{"@type": "WebPage", "datePublished": "2019-01-01T00:00:00Z"}, {"@type": "NewsArticle", '
    '"datePublished": "2026-03-09T10:00:00Z", "author": [{"@type": "Person", "name": "Ada Finch"}]}]}',
    '{"@type": "NewsArticle", "datePublished": "2026-03-09T10:00:00Z", "author": [{"@type": "Person", "name": "Ada Finch"}, '
    '{"@type": "Organization", "name": "Marrow Courier"}]}',
])
def test_a_saved_pages_article_json_ld_gives_the_people_and_the_time_not_the_template(ld):
    m = _html_meta(_bare(head=f'<script type="application/ld+json">{ld}</script>'))
    assert (m.authors, m.published) == (("Ada Finch",), "2026-03-09T10:00:00+00:00")


def test_a_name_in_the_templates_author_element_is_the_byline_over_an_organisation_in_the_tags():
    head = '<meta name="author" content="Marrow Courier Staff"><meta property="article:published_time" content="2026-03-09T10:00:00Z">'
    assert _html_meta(_bare(head=head, top="<span class='author-name'>Ada Finch</span>")).authors == ("Ada Finch",)


def test_a_saved_page_modified_date_does_not_beat_its_printed_published_day():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2026-03-10T10:00:00Z"}</script>'
    m = _html_meta(_bare(head=ld, top="<p>By Ada Finch</p><p>Published 9 March 2026</p>"))
    assert (m.published or "")[:10] == "2026-03-09"


def test_a_saved_pages_article_tags_still_win_over_its_printed_stamp():
    tags = ('<meta property="og:title" content="Marrow council backs new river bridge">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Marrow council backs new river bridge", '
            '"datePublished": "2026-03-09T11:20:00-03:00", "author": {"@type": "Person", "name": "Ada Finch"}}</script>')
    header = "<div class='byline'>By <a href='/a/finch'>Ada Finch</a> and Ivo Dane</div><time>9 March 2026, 11:20</time>"
    m = _html_meta(_page(HEAD, tags, header))
    assert (m.title, m.authors, m.published) == (HEAD, ("Ada Finch", "Ivo Dane"), "2026-03-09T11:20:00-03:00")


# --- outlets ------------------------------------------------------------------------


def test_the_mastheads_name_over_the_menu_is_not_run_together_with_the_menu():
    page = (f"UK edition\nThe Marrow Herald\nNews\nOpinion\nSport\n\n{HEAD}\n\nAda Finch North of England correspondent\n"
            f"Mon 9 Mar 2026 14.05 GMT\n\n{STORY}\n\nAbout us\nContact us\n© 2026 Marrow Herald Media Limited. All rights reserved.")
    assert meta_of(page).source in ("The Marrow Herald", "Marrow Herald")


@pytest.mark.parametrize("skip", ["Skip to key events", "Skip to footer", "Skip to search"])
def test_a_skip_link_at_the_top_of_a_select_all_paste_is_not_the_masthead(skip):
    page = f"Skip to main content\n{skip}\nMarrow Weekly\nNews\nSport\nWeather\n\n{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}"
    assert meta_of(page).source == "Marrow Weekly"


# --- bylines ------------------------------------------------------------------------


@pytest.mark.parametrize("byline, names", [
    ("By Inês van der Berg and Lucía de la Fuente Ortega", ("Inês van der Berg", "Lucía de la Fuente Ortega")),
    ("By María de los Ángeles Ruiz", ("María de los Ángeles Ruiz",)),
    ("By Joaquim dos Santos Vaz and Aoife Ní Bhriain", ("Joaquim dos Santos Vaz", "Aoife Ní Bhriain")),
])
def test_names_with_particles_count_their_names_not_their_particles(byline, names):
    m = meta_of(f"{HEAD}\n\n{byline}\n09.03.2026, 14:05 CET\n\n{STORY}")
    assert (m.title, m.authors, m.published) == (HEAD, names, "2026-03-09T14:05:00+01:00")


# --- dates --------------------------------------------------------------------------


def test_a_live_blogs_first_published_line_dates_it_not_its_latest_entry():
    page = (f"Live\n{HEAD}: live updates\n\nAda Finch (now) and Ivo Dane (earlier)\nMon 9 Mar 2026 16.42 GMT\n"
            f"First published on Mon 9 Mar 2026 07.58 GMT\n\n16.42 GMT\n{STORY}")
    m = meta_of(page)
    assert (m.authors, m.published) == (("Ada Finch", "Ivo Dane"), "2026-03-09T07:58:00+00:00")


# --- read-later exports -------------------------------------------------------------


def _md_meta(text: str):
    from briefing.article.meta import extract

    return extract(clean(text, "markdown"))


def test_a_read_later_export_dates_the_story_by_date_published_not_the_day_it_was_saved():
    page = (f"---\nid: 7f3c2a19\ntitle: {HEAD}\nauthor: Ada Finch\nsiteName: The Marrow Courier\n"
            f"url: https://marrowcourier.example/news/bridge\ndate_published: 2026-03-09T07:30:00+02:00\n"
            f"date_saved: 2026-03-10T21:14:03Z\nstate: unread\n---\n\n# {HEAD}\n\n{STORY}")
    m = _md_meta(page)
    assert (m.title, m.source, m.authors, m.published) == (
        HEAD, "The Marrow Courier", ("Ada Finch",), "2026-03-09T07:30:00+02:00")


def test_a_web_clippers_source_address_that_spells_the_headline_names_the_site():
    page = (f'---\ntitle: "{HEAD}"\nsource: "https://www.marrowcourier.co.uk/news/local/marrow-council-backs-new-river-bridge-4821"\n'
            f'author:\n  - "[[Ada Finch]]"\npublished: 2026-03-09\ncreated: 2026-03-10\ntags:\n  - "clippings"\n---\n\n{STORY}')
    m = _md_meta(page)
    assert (m.title, m.source, m.authors, (m.published or "")[:10]) == (HEAD, "marrowcourier.co.uk", ("Ada Finch",), "2026-03-09")


@pytest.mark.parametrize("tail", ["Shared from the Marrow Voice app", "Sent via the Marrow Voice app\nGet the app: https://marrowvoice.example/app"])
def test_a_mobile_apps_share_line_names_the_site(tail):
    m = meta_of(f"{HEAD}\n\nAda Finch\nMar 9, 2026\n\n{STORY}\n\n{tail}")
    assert (m.title, m.source, m.authors) == (HEAD, "Marrow Voice", ("Ada Finch",))


def test_the_writers_address_under_a_story_copied_from_the_headline_down_names_the_site():
    page = f"{HEAD}\n\nBy Ada Finch\nMar 9, 2026\n\n{STORY}\n\nContact Ada Finch at afinch@marrowledger.com or 555-0142."
    m = meta_of(page)
    assert (m.source, m.authors) == ("Marrowledger", ("Ada Finch",))
    assert not any("afinch@" in p for p in clean(page).body)


@pytest.mark.parametrize("address", ["ada.finch@gmail.com", "news@marrowledger.com"])
def test_a_mail_service_or_someone_elses_address_names_no_site(address):
    page = f"{HEAD}\n\nBy Ada Finch\nMar 9, 2026\n\n{STORY}\n\nReaders can send tips to the campaign at {address}."
    assert meta_of(page).source is None


def test_the_sites_name_alone_over_the_footer_links_names_the_site():
    page = f"{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}\n\nThe Marrow Observer\nCorrections policy\nContact us\nPrivacy"
    assert meta_of(page).source == "The Marrow Observer"


@pytest.mark.parametrize("note", [
    "A version of this obituary appeared in print in The Marrow Tribune on March 9, 2026.",
    "A version of this article appears in print in the Marrow Tribune.",
])
def test_a_print_edition_note_under_the_story_names_the_paper_and_leaves_the_story(note):
    page = f"Obituaries\n\n{HEAD}\n\nBy Ada Finch\nMarch 8, 2026\n\n{STORY}\n\n{note}"
    assert meta_of(page).source in ("The Marrow Tribune", "Marrow Tribune")
    assert note not in clean(page).body


# --- wires --------------------------------------------------------------------------


@pytest.mark.parametrize("masthead, source", [("Newsnook\nHome\nWorld\nBusiness\n\n", "Newsnook"), ("", "AFP")])
def test_a_story_two_wires_wrote_credits_both_by_their_own_names(masthead, source):
    lead = "MARROW, Kessel (AFP/Reuters) — " + STORY
    m = meta_of(f"{masthead}{HEAD}\n\nUpdated: 09 Mar 2026, 15:22\n\n{lead}")
    assert (m.title, m.source, m.credit) == (HEAD, source, "AFP, Reuters")


@pytest.mark.parametrize("foot, source", [
    ("© Copyright 2026 - The Marrow Courier", "The Marrow Courier"),
    ("Marrow Courier © 2026", "Marrow Courier"),
    ("Marrow Courier © 2026. All rights reserved.", "Marrow Courier"),
    ("All content © 2026 Marrow Courier Ltd unless otherwise stated", "Marrow Courier"),
    ("The Marrow Courier\n14 Quay Street, Marrow MR1 4QS\nTel 01234 567890", "The Marrow Courier"),
    ("Got a story? Contact the Marrow Courier newsdesk on 01234 567890", "Marrow Courier"),
    ("Email the newsroom: newsdesk@marrowcourier.co.uk", "marrowcourier.co.uk"),
    ("Read this story in the Marrow Voice app", "Marrow Voice"),
])
def test_the_foot_of_a_paste_copied_from_the_headline_down_names_the_site(foot, source):
    assert meta_of(f"{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}\n\n{foot}").source == source


def test_a_photographers_copyright_is_a_photo_credit_not_the_site():
    m = meta_of(f"{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}\n\nIvo Dane © 2026")
    assert m.source is None


def test_a_byline_for_the_paper_names_the_writer_and_the_paper():
    m = meta_of(f"{HEAD}\n\nBy Ada Finch for the Marrow Courier\nMarch 9, 2026\n\n{STORY}")
    assert (m.authors, m.source) == (("Ada Finch",), "The Marrow Courier")


# --- reader views and shares --------------------------------------------------------


@pytest.mark.parametrize("minutes", ["5–6 minutes", "4-5 min read", "Listen · 5:32"])
def test_a_reader_views_site_name_and_minutes_frame_the_writers_name(minutes):
    m = meta_of(f"marrowcourier.com\n{HEAD}\nAda Finch\n{minutes}\n\n{STORY}")
    assert (m.title, m.source, m.authors, m.published) == (HEAD, "Marrowcourier", ("Ada Finch",), None)


def test_a_read_later_lists_name_source_and_day_line_gives_all_three():
    m = _md_meta(f"# {HEAD}\n\n*Ada Finch* · marrowcourier.com · March 9, 2026\n\n{STORY}")
    assert (m.title, m.source, m.authors, (m.published or "")[:10]) == (HEAD, "Marrowcourier", ("Ada Finch",), "2026-03-09")


def test_a_note_apps_export_with_wiki_links_and_a_one_line_list_of_authors():
    readwise = (f"# {HEAD}\n\n## Metadata\n- Author: [[Ada Finch]]\n- Full Title: {HEAD}\n- Category: #articles\n"
                f"- URL: https://marrowcourier.com/news/marrow-council-backs-new-river-bridge\n\n## Highlights\n\n{STORY}")
    assert _md_meta(readwise).authors == ("Ada Finch",)
    front = f'---\ntitle: "{HEAD}"\nauthors: ["[[Ada Finch]]", "Ivo Dane"]\npublished: 2026-03-09\n---\n\n{STORY}'
    assert _md_meta(front).authors == ("Ada Finch", "Ivo Dane")


def test_a_headline_shared_with_its_address_on_the_same_line_is_the_headline_alone():
    m = meta_of(f"{HEAD} https://marrowvoice.com/news/marrow-council-backs-new-river-bridge-123\n\n{STORY}")
    assert (m.title, m.source) == (HEAD, "Marrowvoice")


@pytest.mark.parametrize("button", ["Share 412", "Comment 38", "Listen (4 min)", "Continue reading below", "Follow this author"])
def test_buttons_and_counts_a_select_all_paste_keeps_are_not_story_text(button):
    page = clean(f"{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n{button}\n\n{STORY}\n\n{button}\n\nThe bridge will cost 4 million.")
    assert button not in page.body


@pytest.mark.parametrize("ticker", ["BREAKING: Main road closed after lorry fire near Kessel", "Just in: Kessel ferry cancelled for the rest of the day"])
def test_a_breaking_news_ticker_over_the_menu_is_not_the_headline(ticker):
    standfirst = "Councillors voted 9-2 after a debate that ran past midnight on Monday"
    m = meta_of(f"Marrow Weekly\nNews\nSport\n{ticker}\n\n{HEAD}\n\n{standfirst}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert m.title == HEAD


def test_a_headline_that_asks_a_question_is_still_the_headline():
    head = "Will Marrow's new river bridge ever be built?"
    m = meta_of(f"Marrow Weekly\n\n{head}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}")
    assert (m.title, m.authors) == (head, ("Ada Finch",))
    assert head not in clean(f"Marrow Weekly\n\n{head}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}").body


@pytest.mark.parametrize("byline, names", [
    ("Guest column by Ada Finch", ("Ada Finch",)),
    ("Analysis by Ada Finch, Marrow Weekly", ("Ada Finch",)),
    ("By Jean-Luc d'Arcy", ("Jean-Luc d'Arcy",)),
    ("By Ada Finch and the Marrow Weekly staff", ("Ada Finch",)),
    ("Ada Finch\nIvo Dane", ("Ada Finch", "Ivo Dane")),
])
def test_more_bylines_as_pages_print_them(byline, names):
    assert meta_of(f"Marrow Weekly\n\n{HEAD}\n\n{byline}\nMarch 9, 2026\n\n{STORY}").authors == names


# --- other dates on the page -------------------------------------------------------

RELATED = "Related\nBridge plan unveiled at packed meeting\nMarch 2, 2026\nCouncil sets budget for next year\nFebruary 20, 2026"


@pytest.mark.parametrize("under", ["By Ada Finch\nMarch 9, 2026", "March 9, 2026"])
def test_a_list_of_other_stories_each_over_its_day_does_not_date_the_page(under):
    m = meta_of(f"Marrow Weekly\n{RELATED}\n\n{HEAD}\n\n{under}\n\n{STORY}")
    assert (m.title, (m.published or "")[:10]) == (HEAD, "2026-03-09")


def test_the_times_of_readers_comments_do_not_date_the_page():
    page = f"{HEAD}\n\nBy Ada Finch\n\n{STORY}\n\nComments (2)\nivo_d\nMarch 10, 2026 at 9:14 am\nGreat news for the town.\nReply"
    m = meta_of(page)
    assert (m.published, m.authors) == (None, ("Ada Finch",))


def test_a_fact_boxs_dates_do_not_date_the_page():
    m = meta_of(f"{HEAD}\n\nBy Ada Finch\n\nBorn: October 14, 1937\nDied: March 1, 2026\n\n{STORY}")
    assert m.published is None


@pytest.mark.parametrize("credit_line", ["By AFP and Reuters\nMarch 9, 2026", "— With AFP, Reuters", "Source: AFP, Reuters"])
def test_two_wires_credited_over_or_under_the_story_are_both_the_credit_and_neither_the_site(credit_line):
    page = (f"Newsnook\nWorld\n\n{HEAD}\n\n{credit_line}\n\n{STORY}" if credit_line.startswith("By")
            else f"Newsnook\nWorld\n\n{HEAD}\n\n{STORY}\n\n{credit_line}")
    m = meta_of(page)
    assert (m.title, m.source, m.credit, m.authors) == (HEAD, "Newsnook", "AFP, Reuters", ())


def test_a_rugby_scoreboards_scorers_line_is_not_the_headline():
    head = "Marrow Blues 24-27 Kessel: late try sends visitors through to final"
    board = "Marrow Blues 24\nTries: Fale 12, Okafor 55 Cons: Deane 1 Pens: Deane 4\nKessel 27\nTries: Vuko 30, Barr 64, Lind 79"
    m = meta_of(f"Rugby Union\n{head}\nMatch report\n{board}\nAda Finch at Arden Park\nSun 8 Mar 2026 18.30 GMT\n{STORY}")
    assert m.title == head


@pytest.mark.parametrize("foot", ["Marrow Gazette\nContact\nAdvertise\nPrivacy", "Marrow Gazette\nTerms\nAccessibility\nCookies"])
def test_the_sites_name_over_one_word_footer_links_names_the_site(foot):
    page = clean(f"{HEAD}\n\nBy Ada Finch\nMarch 9, 2026\n\n{STORY}\n\n{foot}")
    assert extract_source(page) == "Marrow Gazette" and "Privacy" not in page.body


def test_an_app_share_line_over_the_headline_names_the_site():
    assert meta_of(f"Shared from the Marrow Pulse app\n{HEAD}\nAda Finch\n9 Mar 2026\n{STORY}").source == "Marrow Pulse"


def extract_source(page):
    from briefing.article.meta import extract

    return extract(page).source
