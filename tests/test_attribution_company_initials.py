"""A company's short form links to its registered name even when the article never writes the short form out
("Marrow Harbour Co." and later "MH said …"; a title-like first word such as "General" belongs to the company's
name), and a short form some papers write as a word ("Nukd" given in brackets) links like capitals do. A source
written as the short form in capitals is shown so (one written as a word, with the full name); "it said" or "the company said" after it is shown by the full name with the
short form after it. Look-alikes keep their own names. All in our own invented words."""

from briefing.article.attribution import extract
from briefing.article.attribution.names import spelled_out

OPENING = "The harbour was quiet on Monday morning as the ferries waited."


def speakers(paragraphs):
    return [s.speaker for s in extract(paragraphs)]


def test_initials_of_a_company_leave_out_its_legal_ending():
    assert spelled_out("MH", "Marrow Harbour Co.")
    assert spelled_out("KDC", "Kessel Dredging Corp.")
    assert spelled_out("KDC", "Kessel Dredging Company")  # the ending counted in, as before
    assert not spelled_out("MC", "Marrow Harbour Co.")
    assert not spelled_out("MH", "Marrow Harbour Trust")


def test_a_company_short_form_the_article_never_spelled_out_is_the_company():
    found = speakers([
        OPENING,
        "General Marrow Co. raised its forecast for the year on Thursday, and its shares rose.",
        "GM, whose ships carry grain and timber, said strong orders lifted profit in the quarter. It said the "
        "momentum would last into the winter.",
        "The company said it would buy back more of its shares this year.",
    ])
    assert found == ["GM", "General Marrow Co (GM)", "General Marrow Co (GM)"]


def test_a_short_form_written_as_a_word_in_brackets_is_the_body():
    found = speakers([
        OPENING,
        "The National Union of Kessel Dockers (Nukd) met the port board on Monday.",
        "Nukd added that it was worried the board would cut jobs in the spring. It said that talks would go on.",
    ])
    # written as a word, the short form alone does not read as a name: the full name is shown with it
    assert found == ["National Union of Kessel Dockers (Nukd)", "National Union of Kessel Dockers (Nukd)"]


def test_look_alikes_keep_their_own_names():
    # a person's name in brackets after a name is no short form, and a company with other initials stays apart
    found = speakers([
        OPENING,
        "Ana Veer (Kessel) said on Monday that the plan was sound and would pass the board.",
        "Marrow Harbour Co. opened a new berth, and KD said it would use the berth from May.",
    ])
    assert found == ["Ana Veer", "KD"]


def test_a_general_before_a_persons_name_stays_a_title():
    found = speakers([OPENING, "General Ivo Brand said on Monday that the troops would leave the port by May."])
    assert found == ["Ivo Brand"]


def test_a_short_form_in_capitals_in_brackets_is_still_shown_as_written():
    found = speakers([
        OPENING,
        "The Kessel Centre for Port Safety (KCPS) counted forty new cases in the harbour district.",
        "The KCPS said that teams had been sent to every ward of the town.",
    ])
    assert found == ["KCPS"]
