"""The site named by its logo's alternative text or by the author box's role line (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

STORY = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_logos_alt_text_naming_the_kind_of_site_gives_the_site():
    text = f"Logo of Kessel Herald newspaper Kessel Herald - {HEAD}\n\n{STORY}"
    assert meta_of(text).source == "Kessel Herald"


def test_a_role_line_in_the_author_box_gives_the_writers_site():
    text = f"{STORY}\n\nKessel Today Staffhttps://www.kesseltoday.example\n\nStaff reporter at KesselToday"
    assert meta_of(text).source == "KesselToday"


def test_a_role_line_naming_a_university_is_not_the_site():
    text = f"{STORY}\n\nIvo Brand\n\nSenior researcher at Marrow University"
    assert meta_of(text).source is None


def test_a_sentence_ending_with_a_workplace_is_not_a_role_line():
    text = f"{STORY}\n\nShe said a reporter at Harbour Lights had asked the same question."
    assert meta_of(text).source is None


def test_a_guest_writers_former_paper_is_not_the_site():
    text = f"{STORY}\n\nAna Veer\n\nFormer reporter at Kessel Times"
    assert meta_of(text).source is None
