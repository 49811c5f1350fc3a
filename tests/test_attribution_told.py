"""After “…,” Lind told …, the words up to the end of the sentence name whom she told, not more of
what she said. The examples are our own."""

from briefing.article.attribution import extract
from briefing.article.attribution.after_quotes import quoted_attributions
from briefing.article.attribution.tokens import read_paragraph


def test_a_long_hearer_after_told_is_no_content_and_the_quotation_is_hers():
    # The tagger read the whole sentence as what was said: the speaker and whom she told come out of it.
    text = ("“The whole timetable is upside down,” Lind told a residents meeting being held in an old chapel in "
            "East Tarnside. “We are behind now.”")
    par = read_paragraph(text)
    end = next(i for i, t in enumerate(par.tokens) if t.text == ".")
    labels = ["B-CON"] + ["I-CON"] * (end - 1) + ["O"] * (len(par.tokens) - end)
    out = quoted_attributions(par, labels)
    role = {t.text: label for t, label in zip(par.tokens, out)}
    assert (role["Lind"], role["told"]) == ("B-SRC", "B-CUE")
    assert not any(label.endswith("CON") for t, label in zip(par.tokens, out) if t.text in ("chapel", "residents"))


def test_the_quotations_around_a_long_hearer_are_the_speakers():
    found = [(s.speaker, s.kind) for s in extract([
        "Ana Lind and Carl Dorn spoke on Monday.",
        "“The whole timetable is upside down,” Lind told a residents' evening being hosted in an old chapel on "
        "the East Quay. “We are behind now, but by spring the ferries will catch up.”",
    ])]
    assert found == [("Ana Lind", "direct"), ("Ana Lind", "direct")]
