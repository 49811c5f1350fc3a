"""A staff photographer's credit "(PERSON / OUTLET)" or "Photo by PERSON /OUTLET" names the site when nothing else
does; a wire's, a picture library's or a public body's credit never does (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

CAPTION = "Ferries wait at the quay in Kessel on Monday morning."


def _page(credit_line: str) -> str:
    return f"{HEAD}\n\n{credit_line}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_photographer_and_an_outlet_in_brackets_under_a_caption_name_the_site():
    assert meta_of(_page(f"{CAPTION}\n(Ivo Brand / Marrow Times)")).source == "Marrow Times"


def test_photo_by_a_photographer_and_a_run_together_outlet_names_the_site():
    assert meta_of(_page(f"{CAPTION} Photo by Ivo Brand /Kessel StarPost")).source == "Kessel StarPost"


def test_a_wire_photographer_names_no_site():
    assert meta_of(_page(f"{CAPTION}\n(Ivo Brand / Reuters)")).source in (None, "Reuters")


def test_a_public_body_handing_out_its_picture_names_no_site():
    assert meta_of(_page(f"{CAPTION}\n(Ivo Brand / Kessel Police Department)")).source is None


def test_a_picture_library_names_no_site():
    assert meta_of(_page(f"{CAPTION}\n(Ivo Brand / Harbour Images)")).source is None


def test_two_outlets_in_the_photo_credits_name_no_site():
    text = _page(f"{CAPTION}\n(Ivo Brand / Marrow Times)\n\nA crowd on the pier.\n(Ana Veer / Kessel Post)")
    assert meta_of(text).source is None
