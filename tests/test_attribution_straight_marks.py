"""Quotations printed in straight single marks ('like this'), as some papers set them in an article
with no double mark anywhere, and a quotation opened by ' that closes with a double mark at the paragraph's end
(examples written for these tests)."""

from briefing.article.attribution import extract
from briefing.article.attribution.marks import find_quotes


def quoted(text):
    return [text[q.open:q.close + 1] for q in find_quotes(text, singles=True)]


def test_single_marks_pair_at_word_start_and_word_end():
    text = "'Every dock in Kessel is short of pilots,' she said. 'When will the board pay?'"
    assert quoted(text) == ["'Every dock in Kessel is short of pilots,'", "'When will the board pay?'"]


def test_apostrophes_inside_words_and_after_a_plural_are_not_marks():
    text = "Brand said a strike would be 'futile' and the pilots' pay won't rise. 'Ports cannot pay,' he said."
    assert quoted(text) == ["'futile'", "'Ports cannot pay,'"]


def test_a_lone_apostrophe_opens_nothing():
    assert quoted("He played in a '90s band and the pilots' club.") == []


def test_single_marks_are_not_read_beside_double_marks():
    assert quoted("\"The quay is 'closed',\" she said.") == ["\"The quay is 'closed',\""]


def test_a_single_mark_closed_by_a_double_mark_at_the_end():
    text = "'We began well, scored early but then our players froze.\""
    assert quoted(text) == [text]


def test_a_quotation_in_single_marks_is_direct_speech():
    found = extract(["Dock organiser Ivo Brand backed her call. 'Pilots have had enough. They care, but nobody "
                     "cares for them,' he said."])
    assert [(s.speaker, s.kind, s.text) for s in found] == [
        ("Ivo Brand", "direct", "Pilots have had enough. They care, but nobody cares for them")]


def test_a_short_heading_in_single_marks_is_no_quotation():
    assert quoted("'Quiet Days on the Kessel Quay.'") == []
    assert extract(["Ana Veer runs the Kessel ferries.", "'Quiet Days on the Kessel Quay.'"]) == []


def test_single_marks_quote_nothing_in_an_article_that_uses_double_marks():
    found = extract(["Kessel board calls pilots' pay 'fair and final.'",
                     "Dock organiser Ivo Brand backed her call. \"Pilots have had enough,\" he said."])
    assert [(s.speaker, s.kind) for s in found] == [("Kessel board", "indirect"), ("Ivo Brand", "direct")]
    assert find_quotes("Kessel board calls the pay 'fair and final.'") == []


def test_a_short_quotation_with_its_attribution_after_it_is_no_heading():
    found = extract(["Ivo Brand scored twice in the final at Kessel Park.", "'We won it for the town,' said Brand."])
    assert [(s.speaker, s.text) for s in found] == [("Ivo Brand", "We won it for the town")]
