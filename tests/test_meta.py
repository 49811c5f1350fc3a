"""Metadata as a careful reader would give it: right, or honestly empty."""

import importlib.util
import json
import os

import pytest
from conftest import DATA, ROOT, SAMPLES

from briefing.article.clean import clean
from briefing.article.meta import extract

P1 = "The town council approved a new bridge over the Marrow river on Tuesday after a two-hour debate."
P2 = "Work will start in May and the bridge should open to cyclists and walkers by the end of next year."
P3 = '"We have waited a long time for this," said councillor Ada Finch, who proposed the plan.'
STORY = "\n\n".join([P1, P2, P3])


def meta_of(text, fmt="text", html_meta=None):
    return extract(clean(text, fmt, html_meta))


# --- title ---------------------------------------------------------------------


def test_title_is_the_headline_not_the_section_label_above_it():
    m = meta_of("Politics\nMarrow council backs new river bridge\nBy Ada Linde\n\n" + STORY)
    assert m.title == "Marrow council backs new river bridge"


def test_title_skips_masthead_menu_and_tagline():
    text = (
        "The Marrow Courier\nNews you can trust since 1880\nHome | News | Sport | Business\nLocal\n"
        "Marrow council backs new river bridge\n\n" + STORY
    )
    m = meta_of(text)
    assert m.title == "Marrow council backs new river bridge"


def test_title_from_a_markdown_heading():
    m = meta_of("Local\n\n# Marrow council backs new river bridge\n\n" + STORY, "markdown")
    assert m.title == "Marrow council backs new river bridge"


def test_no_title_when_the_text_starts_with_the_story():
    m = meta_of(" date 2019-10-08 " + STORY + "\n\nTidewater Wire\n")
    assert m.title is None
    assert m.published == "2019-10-08T00:00:00+00:00"
    assert m.published_text == "date 2019-10-08"


def test_a_date_line_is_never_the_title():
    m = meta_of("Published March 3, 2025 6:48 PM EST\n\n" + STORY)
    assert m.title is None


def test_html_title_wins_and_its_site_suffix_is_dropped():
    m = meta_of(STORY, "html", {"title": "Marrow backs bridge | Marrow Courier", "sitename": "Marrow Courier"})
    assert m.title == "Marrow backs bridge" and m.source == "Marrow Courier"


# --- source --------------------------------------------------------------------


def test_source_from_a_copyright_line():
    m = meta_of("Marrow council backs new river bridge\n\n" + STORY + "\n\nCopyright The Marrow Courier Limited 2025\n")
    assert m.source == "The Marrow Courier"


def test_source_from_a_trailing_wire_signature():
    m = meta_of(STORY + "\n\nReuters\n")
    assert m.source == "Reuters"


def test_source_from_a_wire_opening():
    m = meta_of("Marrow backs bridge\n\n(Bloomberg) -- " + STORY)
    assert m.source == "Bloomberg"
    assert not clean("Marrow backs bridge\n\n(Bloomberg) -- " + STORY).body[0].startswith("(Bloomberg)")


def test_source_and_author_from_a_name_dot_outlet_byline():
    m = meta_of("Marrow council backs new river bridge\nAda Linde·Marrow Courier\n" + STORY)
    assert m.source == "Marrow Courier" and m.authors == ("Ada Linde",)


def test_source_from_a_masthead_with_an_outlet_word():
    m = meta_of("Marrow Gazette\nNews\nSport\nMarrow council backs new river bridge\n\n" + STORY)
    assert m.source == "Marrow Gazette"


def test_source_is_empty_rather_than_guessed():
    # A section label on top, a topic tag, a role after the name, a person's name at the end: no outlet.
    text = (
        "Portugal\nMarrow council backs new river bridge\nAda Linde, Staff Writer\n\n" + STORY
        + "\n\ntopics\nPortugal\n\nAda Linde\n"
    )
    assert meta_of(text).source is None


def test_source_from_copyright_drops_the_group_when_the_page_uses_the_short_name():
    text = "Marrow backs bridge\n\n" + STORY + "\n\nMore from Marrow Courier: Ferry fares rise\n\n© 2025 Marrow Courier Media Group\n"
    assert meta_of(text).source == "Marrow Courier"


# --- authors -------------------------------------------------------------------


@pytest.mark.parametrize(
    "byline, authors",
    [
        ("Ada Linde and **Tom Berg** in Marrow", ("Ada Linde", "Tom Berg")),
        ("By Ada Linde, Tom Berg and Lucía Ferrer", ("Ada Linde", "Tom Berg", "Lucía Ferrer")),
        ("BY ADA LINDE AND TOM BERG", ("Ada Linde", "Tom Berg")),
        ("ADA LINDE, Staff Writer", ("Ada Linde",)),
        ("Ada Linde · The Marrow Courier", ("Ada Linde",)),
        ("Ada Linde | Senior Transport Editor", ("Ada Linde",)),
        ("**Ada Linde**, Senior Correspondent · March 9, 2026 · 18:00 GMT+8", ("Ada Linde",)),
    ],
)
def test_authors_from_bylines(byline, authors):
    m = meta_of(f"Marrow council backs new river bridge\n\n{byline}\n\n{STORY}", "markdown")
    assert m.authors == authors


def test_byline_with_a_date_on_the_same_line_gives_both():
    m = meta_of("Marrow backs bridge\n\nAda Linde, Senior Correspondent · March 9, 2026 · 18:00 GMT+8\n\n" + STORY)
    assert m.authors == ("Ada Linde",)
    assert m.published == "2026-03-09T18:00:00+08:00"


def test_authors_from_a_wire_credit_but_not_additional_reporting():
    text = STORY + "\n\n(Reporting by Ada Linde in Marrow and Tom Berg in Oslo; Editing by Ivo Brandt)\n"
    assert meta_of(text).authors == ("Ada Linde", "Tom Berg")
    text = "Marrow backs bridge\n\nBy Ada Linde\n\n" + STORY + "\n\nAdditional reporting by Tom Berg in Oslo\n"
    assert meta_of(text).authors == ("Ada Linde",)


def test_additional_reporting_names_the_writer_of_an_unsigned_story():
    text = "Marrow backs bridge\n\n" + STORY + "\n\nAdditional reporting by Tom Berg in Oslo.\n"
    assert meta_of(text).authors == ("Tom Berg",)
    edited = "Marrow backs bridge\n\n" + STORY + "\n\n(Editing by Ivo Brandt)\n"
    assert meta_of(edited).authors == ()  # an editor wrote none of it


def test_additional_reporting_under_a_desk_a_wire_or_a_signature_names_no_writer():
    for head, foot in (("Marrow backs bridge\n\nBy Marrow Ledger Staff", "Additional reporting by Tom Berg."),
                       ("Marrow backs bridge", "(Additional reporting by Tom Berg; Editing by Ivo Brandt)"),
                       ("Marrow backs bridge", "— Ada Linde\n\nAdditional reporting by Tom Berg.")):
        assert "Tom Berg" not in meta_of(f"{head}\n\n{STORY}\n\n{foot}\n").authors, foot


def test_a_sentence_opening_is_not_a_byline():
    text = "Marrow backs bridge\n\n" + STORY + "\n\nIn Marrow, Mayor Ivo Brandt told a\nbriefing that the plan was sound.\n"
    assert meta_of(text).authors == ()


# --- published -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, instant",
    [
        ("2025-04-09T09:15:00Z", "2025-04-09T09:15:00+00:00"),
        ("Jul 02, 2025 | 8:31 PM GMT-04", "2025-07-02T20:31:00-04:00"),
        ("Updated Jul 02, 2025 | 8:31 PM GMT-04", "2025-07-02T20:31:00-04:00"),
        ("Thursday, May 1, 2025 4:05 am ET", "2025-05-01T04:05:00-04:00"),
        ("Tuesday, January 14, 2025 6:30 pm ET", "2025-01-14T18:30:00-05:00"),
        ("Published 8:02 PM EDT, Wed August 20, 2025", "2025-08-20T20:02:00-04:00"),
        ("Posted on 3 June 2024, 14:05 BST", "2024-06-03T14:05:00+01:00"),
        ("Published: 7 March 2025", "2025-03-07T00:00:00+00:00"),
        ("Wednesday 4 March 2026 21.10 CET", "2026-03-04T21:10:00+01:00"),
    ],
)
def test_published_from_date_lines(line, instant):
    m = meta_of(f"Marrow council backs new river bridge\nBy Ada Linde\n{line}\n\n{STORY}")
    assert m.published == instant
    assert m.published_text == line  # the words it came from, for the reader to check


def test_published_prefers_published_over_updated():
    text = "Marrow backs bridge\nUpdated March 4, 2025 9:00 AM GMT\nPublished March 3, 2025 6:00 PM GMT\n\n" + STORY
    assert meta_of(text).published == "2025-03-03T18:00:00+00:00"


@pytest.mark.parametrize("line, seconds", [("Published 10 HOURS AGO", 36000), ("4 hours ago", 14400), ("Updated 2 days ago", 172800)])
def test_relative_dates_are_kept_as_an_age(line, seconds):
    m = meta_of(f"Marrow council backs new river bridge\nBy Ada Linde\n{line}\n\n{STORY}")
    assert m.published is None and m.published_ago == seconds and m.published_text == line


def test_a_date_inside_the_story_is_never_the_publication_date():
    text = (
        "Marrow backs bridge\n\nThe council first discussed the bridge on March 3, 2019, and again in February.\n\n"
        "Work will start by June 2026, officials said on Tuesday.\n"
    )
    m = meta_of(text)
    assert m.published is None and m.published_ago is None


def test_html_date_with_time_and_offset():
    m = meta_of(STORY, "html", {"title": "Bridge", "date": "2025-04-23T07:45:00+01:00"})
    assert m.published == "2025-04-23T07:45:00+01:00"


# --- the gold sets ----------------------------------------------------------------


def _bench():
    spec = importlib.util.spec_from_file_location("bench_metadata", os.path.join(ROOT, "bench", "metadata.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(folder, gold_path):
    bench = _bench()
    with open(gold_path, encoding="utf-8") as fh:
        gold_all = json.load(fh)
    right = dict.fromkeys(bench.FIELDS, 0)
    boiler, lost = [], []
    for name, gold in gold_all.items():
        result = bench.run_one(os.path.join(folder, name))
        assert "error" not in result, (name, result)
        for field in bench.FIELDS:
            right[field] += bench.field_ok(field, result["meta"], gold)
        boiler += [(name, b) for b in bench.surviving_boilerplate(result["page"], gold.get("boilerplate") or [])]
        lost += [(name, p) for p in bench.lost_paragraphs(result["page"], gold.get("story_paragraphs") or [])[0]]
    return {f: right[f] / len(gold_all) for f in right}, boiler, lost


def test_gold_set_metadata_and_cleaning():
    folder = os.path.join(DATA, "metadata")
    accuracy, boiler, lost = _score(folder, os.path.join(folder, "gold.json"))
    assert accuracy["title"] >= 0.95 and accuracy["published"] >= 0.95, accuracy
    assert accuracy["source"] >= 0.9 and accuracy["authors"] >= 0.9, accuracy
    assert boiler == [] and lost == []


def test_bundled_samples_metadata():
    accuracy, _boiler, _lost = _score(SAMPLES, os.path.join(DATA, "samples_expected.json"))
    assert accuracy["title"] >= 0.95 and accuracy["published"] >= 0.95, accuracy
    assert accuracy["source"] >= 0.9 and accuracy["authors"] >= 0.9, accuracy


def test_front_matter_from_a_markdown_clipper():
    text = (
        '---\ntitle: "Marrow backs bridge"\nsource: "https://news.example/bridge"\nauthor:\n  - "[[Ada Linde]]"\n'
        "published: 2025-03-04T18:43:00+00:00\ntags:\n  - clippings\n---\n\n" + STORY
    )
    m = meta_of(text, "markdown")
    assert (m.title, m.authors, m.published, m.url) == (
        "Marrow backs bridge", ("Ada Linde",), "2025-03-04T18:43:00+00:00", "https://news.example/bridge")
    assert clean(text, "markdown").body == [P1, P2, P3]


def test_logo_link_names_the_outlet_and_nordic_company_forms_are_dropped():
    from briefing.article.clean import clean
    from briefing.article.meta import extract, outlet_from_copyright

    page = clean(
        "Skip to main content\nThe Kestrel Standard - Back to home\nSign in\n"
        "Ferry fares to rise in spring\nAda Lind\n\n"
        "Ferry fares on the island routes will rise by a tenth in April, the operator said on Monday.\n"
    )
    assert extract(page).source == "The Kestrel Standard"
    assert outlet_from_copyright("© Ostvik Ledger AS 2024") == "Ostvik Ledger"
