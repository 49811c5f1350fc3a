"""What every front end shows of an entry: its summary, its headline, its place and its dates."""

from factories import analysis, briefing, entry

from briefing.model import display_title, newest_first
from briefing.present import views

STORY = ["The ferry to Holm ran again on Monday.", "Repairs took a week.", "Fares stay the same.",
         "The harbour master thanked the crews.", "A second ferry joins in May."]


def test_a_summary_is_the_best_sentences_in_article_order():
    ranked = analysis(STORY, ranking=[3, 0, 4, 1, 2])
    assert ranked.summary(3) == (STORY[0], STORY[3], STORY[4])
    assert ranked.summary(0) == ()


def test_slimmed_keeps_what_a_summary_shows_and_the_first_sentence():
    slim = analysis(STORY, ranking=[3, 2, 4, 1, 0]).slimmed(2)
    assert slim.sentences == (STORY[0], "", STORY[2], STORY[3], "")
    assert slim.summary(2) == (STORY[2], STORY[3]) and slim.article.paragraphs == ()


def test_an_untitled_article_shows_its_first_sentence_marked():
    titled = entry("a.txt", "Ferry back", None, None, STORY)
    untitled = entry("b.txt", None, None, None, ["The   ferry\nto Holm " + "ran again " * 12])
    empty = entry("/news/c.txt", None, None, None, [])
    assert display_title(titled) == "Ferry back"
    assert display_title(untitled).startswith("[untitled] The ferry to Holm ran again")  # white space folded
    assert len(display_title(untitled)) <= len("[untitled] ") + 90 and display_title(untitled).endswith(" r…")
    assert display_title(empty) == "[untitled] c.txt"
    assert views.title(titled) == "Ferry back"


def test_entries_sort_newest_first_undated_last_then_by_path():
    dated = [entry(p, None, None, when, STORY) for p, when in (
        ("b.txt", "2026-03-01T10:00:00+00:00"), ("a.txt", None), ("c.txt", "2026-03-02T09:00:00+01:00"),
        ("d.txt", "2026-03-01T10:00:00+00:00"), ("e.txt", "not a date"))]
    assert [e.path for e in sorted(dated, key=newest_first)] == ["c.txt", "b.txt", "d.txt", "a.txt", "e.txt"]


def test_the_date_range_of_entries():
    def on(*days):
        return [entry(f"{i}.txt", None, None, day, STORY) for i, day in enumerate(days)]

    assert views.date_range(on()) == "undated"
    assert views.date_range(on(None)) == "undated"
    assert views.date_range(on("2026-03-04T20:31:00-05:00", None)) == "2026-03-04"
    assert views.date_range(on("2026-03-09T08:00:00+00:00", "2026-03-02T23:00:00+00:00")) == "2026-03-02 to 2026-03-09"
    assert views.date_range(briefing(on("2026-03-05T08:00:00+00:00")).entries) == "2026-03-05"
