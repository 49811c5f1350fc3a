"""What counts as a reported statement and where its words end: a verb that can act on a thing
("conceded 12 goals", "demanding a 6% rise") reports nothing when its object is a count or a sum,
and a number written with a thousands comma or a range dash is one word, never a cut (examples
written for these tests)."""

from briefing.article.attribution import extract
from briefing.article.attribution.tokens import read_paragraph


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_thousands_comma_is_inside_one_number():
    tokens = [t.text for t in read_paragraph("a fee of £1,750 or 12,000.50 for 1,2 or 3").tokens]
    assert tokens == ["a", "fee", "of", "£", "1,750", "or", "12,000.50", "for", "1", ",", "2", "or", "3"]


def test_an_age_range_is_one_word():
    assert [t.text for t in read_paragraph("staff aged 21–30 at Kessel").tokens] == ["staff", "aged", "21–30", "at", "Kessel"]


def test_a_reported_sum_is_not_cut_at_its_thousands_comma():
    found = statements(["Ana Veer said the fee would rise to £1,750 a year for staff aged 21–30 in the town."])
    assert found == [("Ana Veer", "indirect", "the fee would rise to £1,750 a year for staff aged 21–30 in the town")]
