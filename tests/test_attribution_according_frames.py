"""Sentences framed by "according to" with a clause about the source after it: "CLAUSE, at least according to
Ana Veer, who announced today that …": our own examples."""

from briefing.article.attribution import extract


def said(paragraphs):
    return [(s.speaker, s.text) for s in extract(paragraphs)]


def test_the_clause_before_at_least_according_to_is_what_was_said():
    found = said(["Tolls in Kessel will fall by a small amount next month, at least according to Finance Minister "
                  "Ana Veer, who happily announced today that the budget has room for it."])
    assert found == [("Ana Veer", "Tolls in Kessel will fall by a small amount next month"),
                     ("Ana Veer", "the budget has room for it")]


def test_a_relative_clause_that_only_describes_the_source_is_no_statement():
    assert said(["Ferries will run late on Sundays, according to Ana Veer, who runs the harbour office."]) \
        == [("Ana Veer", "Ferries will run late on Sundays")]
