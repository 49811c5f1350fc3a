"""A page template's unfilled slots ('{{commentsTotal}}') are no part of the headline or the story (our own
invented examples)."""

from factories import P1, P2, P3, meta_of


def test_an_unfilled_comment_count_slot_is_cut_from_the_headline():
    info = meta_of(f"Kessel harbour reopens after the storm ({{{{commentsTotal}}}})\n\n{P1}\n\n{P2}\n\n{P3}")
    assert info.title == "Kessel harbour reopens after the storm"


def test_only_a_slots_name_in_double_braces_is_cut():
    from briefing.article.clean.lines import without_placeholders

    assert without_placeholders("Harbour reopens {{ ads.slot }}") == "Harbour reopens"
    assert without_placeholders("Kessel sets {budget} for the quay") == "Kessel sets {budget} for the quay"
    assert without_placeholders("Marrow reopens its ferry") == "Marrow reopens its ferry"
