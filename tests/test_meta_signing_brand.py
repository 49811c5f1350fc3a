"""A one-word brand that signs the story alone, dated, and that the story names again is the site; a writer
signing by surname is not (our own invented pages)."""

from factories import HEAD, P1, P2, P_LONG, meta_of


def _page(byline: str, extra: str) -> str:
    return f"{HEAD}\n\n{byline}\n\n{extra}\n\n{P_LONG}\n\n{P1}\n\n{P2}"


def test_a_one_word_brand_signing_dated_and_named_again_is_the_site():
    page = _page("By Kesselrud 2/3/2026", "Video supplied to Kesselrud.")
    assert meta_of(page).source == "Kesselrud"


def test_a_brand_signing_but_never_named_again_is_not_enough():
    assert meta_of(_page("By Kesselrud 2/3/2026", "Video supplied by the council.")).source is None


def test_a_writer_signing_by_surname_is_no_site():
    said = '"The steel came late," Marlowe said on Tuesday.'
    assert meta_of(_page("By Marlowe 2/3/2026", said)).source is None


def test_a_given_name_signing_is_no_site():
    assert meta_of(_page("By Ana 2/3/2026", "Ana met the engineers at the depot.")).source is None


def test_a_writer_signing_by_surname_and_named_as_a_subject_is_no_site():
    # "Holmgren has covered the harbour": the writer's own line, not the site given or told something.
    page = _page("By Holmgren 2/3/2026", "Holmgren has covered the harbour for ten years.")
    assert meta_of(page).source is None
