"""The linking stage on its own: given the tagger's labels for a paragraph, which words go with
which cue and source. The labels are written by hand, the way the tagger sometimes reads real
copy; the sentences are our own."""

from briefing.article.attribution import after_quotes
from briefing.article.attribution.spans import link
from briefing.article.attribution.tokens import read_paragraph


def labelled(text, marks):
    """`marks` maps a word's first index to (label, how many words): ("CON", 4) labels 4 tokens."""
    par = read_paragraph(text)
    labels = ["O"] * len(par.tokens)
    for start, (role, n) in marks.items():
        for k in range(start, start + n):
            labels[k] = ("B-" if k == start else "I-") + role
    return par, labels


def contents(par, att):
    return [" ".join(t.text for t in par.tokens[c.start:c.end]) for c in att.contents]


def test_a_sentence_before_according_to_is_dropped_when_the_cues_own_sentence_has_the_words():
    par, labels = labelled(
        "The samples suggest the valley held water, perhaps a lake. According to the agency, the melt once flooded the valley floor.",
        {0: ("CON", 11), 12: ("CUE", 2), 14: ("SRC", 2), 17: ("CON", 7)})
    [att] = link(par, 0, labels, None)
    assert contents(par, att) == ["the melt once flooded the valley floor"]


def test_the_clause_before_but_is_dropped_when_the_speaker_after_it_has_words_of_their_own():
    par, labels = labelled(
        "Ilse Quist has skipped the Dunmore event, but Mara Quist said her sister backed the comeback.",
        {0: ("CON", 7), 9: ("SRC", 2), 11: ("CUE", 1), 12: ("CON", 5)})
    [att] = link(par, 0, labels, None)
    assert contents(par, att) == ["her sister backed the comeback"]


def test_a_quotation_closed_by_a_description_and_a_name_is_credited_to_the_name():
    par, labels = labelled("“Who gets to say which toys are safe?” asked Harbour pediatrician Dr. Ana Lind.", {})
    marked = after_quotes.quoted_attributions(par, labels)
    source = [t.text for t, label in zip(par.tokens, marked) if label.endswith("SRC")]
    assert source[-2:] == ["Ana", "Lind"] and source[0] == "Harbour"


def test_a_described_source_after_a_quotation_goes_on_through_its_qualifier_to_the_cue():
    par, labels = labelled("“So why didn't the firm pay its share?” a narrator in the council's ad asks.", {})
    marked = after_quotes.quoted_attributions(par, labels)
    source = [t.text for t, label in zip(par.tokens, marked) if label.endswith("SRC")]
    assert source == ["a", "narrator", "in", "the", "council's", "ad"]
