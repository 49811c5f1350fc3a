"""The article list as data: filter, sort and group, fast on thousands of articles."""

from datetime import datetime

from tui_factories import NOW_DT, dam_briefing, entry, said

from briefing.tui.listing import Listing, short_date


def test_groups_keep_story_members_together_in_the_sort_order():
    listing = Listing.of(dam_briefing(), NOW_DT)
    rows = listing.rows(sort="title")
    # Groups are ordered by their first member under the sort; members follow their heading.
    kinds = [("H " + r.group.title) if r.group else ("  " + r.item.title) for r in rows]
    assert kinds == [
        "H Calder library reopens after flood repairs",
        "  Calder library reopens after flood repairs",
        "  Flooded Calder library to reopen",
        "H Dam talks collapse as Velmora walks out",
        "  Dam talks collapse as Velmora walks out",
        "  Hanlun starts filling Sarn Gorge reservoir",
        "  Velmora warns of 'slow siege' as dam fills",
        "  Port Aven ferry adds night sailings",
    ]
    assert all(r.member for r in rows if r.item and "ferry" not in r.item.title)


def test_a_story_with_one_match_left_is_shown_as_a_plain_article():
    listing = Listing.of(dam_briefing(), NOW_DT)
    rows = listing.rows("velmora walks")
    assert [(r.group is None, r.item.title if r.item else None) for r in rows] == [
        (True, "Dam talks collapse as Velmora walks out")]
    rows = listing.rows("velmora")
    assert rows[0].group is not None and rows[0].group.total == 3 and len(rows[0].group.items) == 2


def test_short_dates_are_relative_only_within_a_week():
    now = datetime.fromisoformat("2026-03-09T12:00:00+00:00")
    assert short_date("2026-03-09T11:30:00+00:00", now) == "30 min ago"
    assert short_date("2026-03-08T12:00:00+00:00", now) == "1 d ago"
    assert short_date("2026-02-20T12:00:00-05:00", now) == "2026-02-20"
    assert short_date(None, now) == "undated"


def test_filtering_two_thousand_articles_keeps_every_match():
    # What a keystroke costs on this list is printed by bench/costs.py.
    base = dam_briefing()
    entries = []
    for i in range(2000):
        e = base.entries[i % len(base.entries)]
        entries.append(entry(f"/n/{i}.txt", f"{e.article.title} {i}", e.article.source, e.published,
                             list(e.article.paragraphs) * 8, [said("Ana Ruiz", "We will not sign.")]))
    listing = Listing(entries, (), NOW_DT)
    for query in ("v", "ve", "vel", "velm", "velmora"):
        rows = listing.rows(query, "outlet")
        matching = [e for e in entries
                    if query in " ".join([e.article.title, e.article.source, "Ana Ruiz", *e.article.paragraphs]).casefold()]
        assert {r.item.path for r in rows if r.item} == {e.article.path for e in matching}
