"""Bylines that carry the writer's role or a mark of the page beside her name (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of


def test_a_role_over_two_beats_joined_by_and_is_not_a_second_writer():
    text = f"{HEAD}\n\nAda Finch, health and science reporter\n\n{P1}\n\n{P2}\n\n{P3}"
    info = meta_of(text)
    assert info.authors == ("Ada Finch",)
    assert info.title == HEAD
