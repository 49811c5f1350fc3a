"""When nothing else names the site, a slot that only a page fills of itself does: its newsroom knowing or
promising, an author box's role at it, a prompt to follow it (our own invented pages). A lone 'told NAME',
'a NAME reporter' or a quoted slot is as often another paper's, and names none."""

from factories import HEAD, P1, P2, P3, P_LONG, meta_of


def _page(sentence: str, tail: str = "") -> str:
    return f"{HEAD}\n\n{P_LONG}\n\n{P1} {sentence}\n\n{P2}\n\n{P3}{tail}"


def test_the_newsroom_knowing_once_names_the_site():
    assert meta_of(_page("KMRV understands that the steel will arrive in May.")).source == "KMRV"
    assert meta_of(_page("Kessel Daily Ledger can confirm the order was signed.")).source == "Kessel Daily Ledger"


def test_an_author_box_role_or_a_follow_prompt_names_the_site():
    box = "\n\nAna Veer is a senior reporter at the Kessel Evening Ledger."
    assert meta_of(_page("", box)).source == "Kessel Evening Ledger"
    follow = "\n\nFollow the KMRV Facebook page for the latest news."
    assert meta_of(_page("", follow)).source == "KMRV"


def test_a_lone_told_or_another_papers_reporter_names_no_site():
    assert meta_of(_page("The mayor told Kessel Evening Ledger the vote was close.")).source is None
    assert meta_of(_page("When a Kessel Evening Ledger reporter asked, the mayor left.")).source is None


def test_a_quoted_or_a_bodys_slot_names_no_site():
    quoted = '"Kessel Evening Ledger has learned nothing," the mayor said.'
    assert meta_of(_page(quoted)).source is None
    assert meta_of(_page("Kessel Harbour Council understands the worry.")).source is None


def test_two_names_in_the_slots_name_no_site():
    both = "Kessel Evening Ledger understands the order was signed, and Marrow Daily Post can confirm it."
    assert meta_of(_page(both)).source is None


def test_a_body_that_will_update_its_timetable_names_no_site():
    # The newsroom promises to update its story; a tram network updating its timetable is news.
    assert meta_of(_page("Marrow Tram Network will update its timetable in the spring, a spokesman said.")).source is None
    assert meta_of(_page("Kessel Evening Ledger will update this story as the vote goes on.")).source == "Kessel Evening Ledger"


def test_a_reporter_named_in_the_story_names_no_site():
    # An author box starts with its writer or its role; a journalist among the people of the story does not.
    told = "\n\nLia Holm, a reporter at the Marrow Herald, was among those who spoke against the plan."
    assert meta_of(_page("", told)).source is None
