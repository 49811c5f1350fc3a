"""Headlines beside the marks other parts of a page leave on their line or over it: a video page's transcript
box, a trail of links ending in its separator (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of


def test_a_transcript_boxs_heading_gives_the_headline_without_its_label():
    text = f"Speech to Text for {HEAD}\n\n{P1.lower()} {P2.lower()}"
    assert meta_of(text).title == HEAD

