"""A subject with lower-case words in it ("French food group Marrow", "Divers surveying 900 reefs")
before a verb of saying, when it was said and "that" (examples written for these tests)."""

from briefing.article.attribution import extract


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_company_described_before_its_name_reported_that():
    found = statements(["Kesselan bakery chain Marrow reported on Tuesday that its spring sales fell by a tenth "
                        "but that its new bread lines kept selling."])
    assert found == [("Marrow", "indirect",
                      "its spring sales fell by a tenth but that its new bread lines kept selling")]


def test_a_subject_with_a_participle_reported_that():
    found = statements(["Divers surveying 900 reefs around Kessel reported Monday that 95 percent have been hurt by "
                        "overfishing."])
    assert [text for _who, _kind, text in found] == ["95 percent have been hurt by overfishing"]


def test_a_clause_before_the_verb_is_no_subject():
    found = statements(["When the storm that hit Kessel ended, the harbour reported losses."])
    assert all(who != "When the storm" for who, _kind, _text in found)


def test_a_relative_clause_after_a_plural_noun_is_no_statement():
    found = statements(["His thin showing in the three ports that held ballots on Sunday left the Marrow plan in doubt."])
    assert found == []
