"""A caption that names the picture's holder and year is no headline, and the writer with her role under a
one-sentence deck signs the story (our own invented examples)."""

from factories import P1, P2, P3, meta_of

from briefing.article.clean.headline import caption_marked

HEAD = "WATCH LIVE AT 1 p.m.: Kessel harbour chief to speak on pilot held over ferry crash"
LEDE = "KESSEL, Norland – The Kessel harbour police will explain the arrest of one of their pilots at a news conference."
STORY = f"{LEDE}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_picture_credit_with_holder_and_year_does_not_win_the_headline():
    info = meta_of(f" date 2021-11-09 75º\n\n{HEAD}\n\nThe briefing starts at 1 p.m.\n\nAna Veer, Digital Journalist\n\n"
                   f"Kessel Harbour Police image (KMRW 2021)\n\n{STORY}")
    assert info.title == HEAD
    assert info.authors == ("Ana Veer",)


def test_the_writer_with_her_role_under_a_one_sentence_deck_signs_the_story():
    text = f"Kessel harbour chief to speak on pilot held over ferry crash\n\nThe briefing starts at 1 p.m.\n\nAna Veer, Digital Journalist\n\n{STORY}"
    assert meta_of(text).authors == ("Ana Veer",)


def test_caption_marks_need_the_holder_and_the_year_in_brackets():
    assert caption_marked("Kessel Harbour Police image (KMRW 2021)")
    assert caption_marked("A pilot boat at the quay. Photo (Ivo Brand 2019)")
    assert not caption_marked("Kessel council wins fight over harbour image (again)")
    assert not caption_marked("Marrow shows off its new image")


def test_a_name_and_role_deep_in_the_story_are_not_the_writer():
    text = (f"{HEAD}\n\n{LEDE}\n\n{P1}\n\nThe hearing is on Monday.\n\nIvo Brand, Harbour Master\n\n"
            f"{P2}\n\n{P3}")
    assert meta_of(text).authors == ()
