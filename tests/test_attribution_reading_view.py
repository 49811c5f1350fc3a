"""What the tagger reads of a paragraph: past its dateline, without its short asides in brackets
(our own invented sentences; the tag function here is a stand-in that shows what it was given)."""

from briefing.article.attribution.reading_view import dateline_end, mask_dateline, past_asides, past_dateline
from briefing.article.attribution.tokens import read_paragraph


def _seen(log):
    def tag(par):
        log.append([t.text for t in par.tokens])
        return ["B-SRC" if t.text == "Veer" else "B-CUE" if t.text == "said" else "O" for t in par.tokens]
    return tag


def test_a_short_aside_is_not_shown_to_the_tagger_and_goes_with_the_words_before_it():
    par = read_paragraph("Ana Veer (Lab, Marrow Ward) said the quay would reopen.")
    log: list = []
    labels = past_asides(par, _seen(log))
    assert "(" not in log[0] and "Lab" not in log[0]
    words = [t.text for t in par.tokens]
    assert labels[words.index("Lab")] == "I-SRC" and labels[words.index("said")] == "B-CUE"


def test_a_long_bracket_is_read_as_it_stands():
    par = read_paragraph("Ana Veer said (and the board agreed with her on every point of the plan) the quay would reopen.")
    log: list = []
    past_asides(par, _seen(log))
    assert "agreed" in log[0]


def test_the_dateline_is_not_shown_to_the_tagger_and_is_never_labelled():
    par = read_paragraph("KESSEL BAY (Harbour Wire) — Ana Veer said the quay would reopen.")
    assert dateline_end(par) > 0
    log: list = []
    labels = past_dateline(par, _seen(log))
    assert log[0][0] == "Ana" and labels[0] == "O"
    assert mask_dateline(par, ["B-SRC"] * len(par.tokens))[0] == "O"
