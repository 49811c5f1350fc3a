"""One speaker per person or organisation across a briefing; speaker phrases split into name and role.

The names are invented for these tests.
"""

import json

from conftest import run_cli

from briefing.article.attribution.names import same_name
from briefing.article.attribution.phrases import parse_phrase
from briefing.assemble.align import align


def canon(mentions):
    speakers, mapping = align(mentions)
    return speakers, mapping


# --- phrases ---------------------------------------------------------------------------------------


def test_titles_roles_and_affiliations_are_kept_apart_from_names():
    m = parse_phrase("U.S. Secretary of Commerce Dana Whitlow")
    assert (m.kind, m.name, m.role) == ("person", "Dana Whitlow", "U.S. Secretary of Commerce")
    m = parse_phrase("Senior rates strategist Omar Faley at Tern Securities")
    assert (m.name, m.role) == ("Omar Faley", "Senior rates strategist at Tern Securities")
    m = parse_phrase("Omar Faley, senior rates strategist at Tern Securities, a broker")
    assert m.name == "Omar Faley" and m.role.startswith("senior rates strategist at Tern Securities")
    m = parse_phrase("Lakeside group CEO Rhea Monk")
    assert (m.kind, m.name) == ("person", "Rhea Monk")


def test_organisations_and_unnamed_roles():
    assert parse_phrase("The Orlin Water Board").kind == "org"
    assert parse_phrase("Harbour Watch, an independent group that tracks shipping").kind == "org"
    m = parse_phrase("state-run account Blue Compass")
    assert (m.kind, m.name) == ("org", "Blue Compass")
    m = parse_phrase("A Health Ministry spokesperson")
    assert m.kind == "role" and m.name == "Health Ministry spokesperson"
    assert parse_phrase("the spokesperson").definite


def test_clauses_are_not_speakers():
    assert parse_phrase("Shares of Tern Securities fell after its chief executive") is None
    assert parse_phrase("It said average prices") is None
    assert parse_phrase("Monday") is None


# --- across articles -------------------------------------------------------------------------------


def test_full_name_surname_and_titled_name_are_one_speaker():
    speakers, mapping = canon([
        ("a.txt", "person", "Corin Bessel", "Treasury Secretary"),
        ("b.txt", "person", "Bessel", None),
        ("c.txt", "person", "Corin Bessel", None),
    ])
    assert mapping[("b.txt", "Bessel")] == "Corin Bessel"
    (sp,) = [s for s in speakers if s.name == "Corin Bessel"]
    assert sp.articles == ("a.txt", "b.txt", "c.txt")
    assert "Bessel" in sp.aliases
    assert "Treasury Secretary" in sp.roles
    assert len(speakers) == 1


def test_spelling_variants_of_one_account_merge():
    speakers, mapping = canon([
        ("a.txt", "org", "Yuyan Tianji", None),
        ("b.txt", "org", "Yuyan Tiangji", None),
        ("c.txt", "org", "Yuyantianji", None),
        ("d.txt", "org", "Harbour Watch", None),
        ("e.txt", "org", "HarbourWatch", None),
    ])
    assert len({mapping[("a.txt", "Yuyan Tianji")], mapping[("b.txt", "Yuyan Tiangji")], mapping[("c.txt", "Yuyantianji")]}) == 1
    assert mapping[("d.txt", "Harbour Watch")] == mapping[("e.txt", "HarbourWatch")]
    assert len(speakers) == 2


def test_people_sharing_a_surname_stay_apart():
    speakers, mapping = canon([
        ("a.txt", "person", "Tomas Reyk", "chief executive of Norrow Ports"),
        ("b.txt", "person", "Ilse Reyk", "shipping analyst at Lodestar"),
        ("c.txt", "person", "Reyk", "shipping analyst at Lodestar"),
        ("d.txt", "person", "Reyk", None),
    ])
    assert mapping[("a.txt", "Tomas Reyk")] != mapping[("b.txt", "Ilse Reyk")]
    # The surname with a role that agrees goes to that person; a bare surname is left alone.
    assert mapping[("c.txt", "Reyk")] == "Ilse Reyk"
    assert mapping[("d.txt", "Reyk")] not in ("Tomas Reyk", "Ilse Reyk")


def test_chinese_family_name_first():
    _, mapping = canon([("a.txt", "person", "Guo Minzhe", None), ("b.txt", "person", "Guo", None)])
    assert mapping[("b.txt", "Guo")] == "Guo Minzhe"


def test_short_different_given_names_do_not_merge():
    assert not same_name("Zhang Wei", "Zhang Wen")
    assert same_name("Lan Mei-yu", "Lan Meiyu")


def test_a_country_and_its_government_are_one_speaker():
    _, mapping = canon([
        ("a.txt", "org", "Government of Norvia", None),
        ("b.txt", "org", "Norvia", None),
        ("c.txt", "org", "Republic of Norvia", None),
    ])
    assert len({mapping[("a.txt", "Government of Norvia")], mapping[("b.txt", "Norvia")], mapping[("c.txt", "Republic of Norvia")]}) == 1


def test_generic_descriptions_are_not_merged_across_articles():
    speakers, mapping = canon([("a.txt", "org", "the ministry", None), ("b.txt", "org", "the ministry", None)])
    assert mapping[("a.txt", "the ministry")] != mapping[("b.txt", "the ministry")]
    assert len({s.name for s in speakers}) == 2


def test_quotes_json_uses_the_canonical_speaker(tmp_path):
    (tmp_path / "one.txt").write_text(
        "Port strike ends\n\nHarbour Minister Selma Okon said the port would reopen on Monday.\n\n"
        "“Every crane will be working by noon,” Okon said.\n",
        encoding="utf-8",
    )
    (tmp_path / "two.txt").write_text(
        "Ships return to the port\n\n“We kept our promise,” said Okon, speaking at the quay.\n\n"
        "Selma Okon added that no jobs had been lost.\n",
        encoding="utf-8",
    )
    result = run_cli("quotes", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    rows = json.loads(result.stdout)
    assert rows and {r["speaker"] for r in rows} == {"Selma Okon"}
    assert {r["kind"] for r in rows} == {"direct", "indirect"}


def test_the_words_an_article_used_become_aliases():
    speakers, _ = canon([
        ("a.txt", "person", "Wen Shuyi", "Foreign Ministry spokeswoman", "Wen"),
        ("b.txt", "person", "Wen Shuyi", None, "WEN SHUYI"),
        ("b.txt", "person", "Wen Shuyi", None, "she"),
    ])
    (sp,) = speakers
    # A form differing only in case ("WEN SHUYI" in a transcript) is the name itself, not an alias.
    assert set(sp.aliases) == {"Wen"}


def test_a_surname_is_the_person_not_a_building_named_after_them():
    from briefing.article.attribution import extract
    paragraphs = [
        "Oskar Brandt, a developer, opened the doors of the new Brandt Tower on Monday.",
        "“We built it for the neighbourhood, not for the skyline,” Mr. Brandt said.",
    ]
    assert [s.speaker for s in extract(paragraphs)] == ["Oskar Brandt"]


def test_a_courtesy_title_keeps_two_relatives_apart():
    from briefing.article.attribution import extract
    paragraphs = [
        "Anders Holm founded the ferry company in 1990. Today Ingrid Holm runs it.",
        "“The winter timetable will not change,” Ingrid Holm said.",
        "“We have no plans to sell the boats,” Mr. Holm said.",
    ]
    assert [s.speaker for s in extract(paragraphs)] == ["Ingrid Holm", "Anders Holm"]


def test_a_bare_surname_is_the_relative_who_has_been_speaking():
    from briefing.article.attribution import extract
    paragraphs = [
        "“The mill will reopen in May,” said Viktor Aalto, who owns it.",
        "His wife, Marja Aalto, keeps the books.",
        "“We have orders for a year already,” Aalto said.",
    ]
    assert [s.speaker for s in extract(paragraphs)] == ["Viktor Aalto", "Viktor Aalto"]


def test_a_name_with_a_particle_is_one_person_and_the_role_finds_it():
    from briefing.article.attribution import extract
    paragraphs = [
        "Van Buuren backs the tram plan.",
        "The plan was welcomed by Mayor Jonas van Buuren on Tuesday, and by Eduardo Reyes, a councillor.",
        "“The trams will run by spring,” the mayor said.",
    ]
    assert [s.speaker for s in extract(paragraphs)] == ["Jonas van Buuren"]


def test_a_person_goes_by_the_full_name_the_articles_use_most():
    mentions = [
        ("a.txt", "person", "Ana Maria Lind", None),
        ("b.txt", "person", "Ana Lind", None),
        ("c.txt", "person", "Ana Lind", None),
        ("d.txt", "person", "Lind", None),
    ]
    speakers, mapping = canon(mentions)
    assert [s.name for s in speakers] == ["Ana Lind"]
    assert "Ana Maria Lind" in speakers[0].aliases
    assert mapping[("a.txt", "Ana Maria Lind")] == "Ana Lind"


def test_two_generic_descriptions_are_told_apart_by_their_outlet():
    mentions = [("x/reuters-1.txt", "role", "the ministry", None), ("x/post-2.txt", "role", "the ministry", None)]
    speakers, _ = align(mentions, {"x/post-2.txt": "Harbour Post"})
    assert sorted(s.name for s in speakers) in (["the ministry", "the ministry (Harbour Post)"],
                                                 ["the ministry", "the ministry (reuters-1)"])
    assert not any("post-2" in s.name for s in speakers)
