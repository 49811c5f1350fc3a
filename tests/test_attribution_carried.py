"""A quotation alone in its paragraph carries on the last attribution, unless the narrative since has made a
new person its subject ("Marrow coach Ivo Brand was delighted with the draw." then "“…”"): sports and court
reports introduce each speaker so. Our own examples."""

from briefing.article.attribution import extract


def said(paragraphs):
    return [(s.speaker, s.text[:30]) for s in extract(paragraphs)]


KESSEL = ['"We started well but then we stopped running," Kessel coach Ana Veer said after the draw.',
          '"The young players felt the pressure in the second half."']


def test_a_lone_quotation_after_the_speaker_goes_on_with_her():
    assert said(KESSEL) == [("Ana Veer", "We started well but then we st"), ("Ana Veer", "The young players felt the pre")]


def test_a_lone_quotation_after_a_new_person_is_introduced_is_theirs():
    found = said(KESSEL + ["Marrow coach Ivo Brand was delighted with the point his side took home from the north.",
                           '"This result is huge for our town, and people will follow the club more now."'])
    assert found[-1] == ("Ivo Brand", "This result is huge for our to")


def test_a_place_or_a_programme_opening_the_narrative_is_no_new_speaker():
    found = said(KESSEL + ["Harbour Arena was full for the first time since the roof was mended last spring.",
                           '"The crowd kept pushing us on, even when we were tired."'])
    assert found[-1] == ("Ana Veer", "The crowd kept pushing us on, ")


def test_a_lone_quotation_that_speaks_of_the_new_person_stays_with_the_speaker_before():
    # the narrative turns to the player; the quotation praises him, so it is still the coach's
    for words in ('"He gave us everything tonight and the fans saw it."',
                  '"Ivo kept us in the game when we were tired."'):
        found = said(KESSEL + ["Striker Ivo Brand scored twice in the last ten minutes of the match.", words])
        assert found[-1][0] == "Ana Veer"
