"""After “…,” Lind told …, the words up to the end of the sentence name whom she told, not more of
what she said. The examples are our own."""

from briefing.article.attribution import extract


def test_a_long_hearer_after_told_is_no_content_and_the_quotations_are_hers():
    found = [(s.speaker, s.kind) for s in extract([
        "Ana Lind and Carl Dorn spoke on Monday.",
        "“Everything we're doing is wrong,” Lind told a caucus meeting being held in a Catholic church in "
        "West Tarnside. “We're in trouble, but we're going to turn it around.”",
    ])]
    assert found == [("Ana Lind", "direct"), ("Ana Lind", "direct")]

