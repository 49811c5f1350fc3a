"""Who speaks in ", telling reporters: “…”" when the sentence's subject is a description of a person
named before ("The 41-year-old", "The coach") rather than a name (examples written for these tests)."""

from briefing.article.attribution import extract

BEFORE = "Once the final whistle went, Ivo Brand was pressed on his plans and answered: “Today is about the lads, not me.”"


def speakers_of(paragraphs, needle):
    return [s.speaker for s in extract(paragraphs) if needle in s.text]


def test_an_age_description_before_a_participle_of_saying_is_the_person_in_view():
    paragraphs = [BEFORE, "The 41-year-old was quick to praise Kessel, telling reporters: “People at home have to "
                  "accept that this was a very good Kessel side.",
                  "“Give them some credit. It would be wrong to make anything else the main story.”"]
    assert speakers_of(paragraphs, "very good Kessel side") == ["Ivo Brand"]
    assert speakers_of(paragraphs, "Give them some credit") == ["Ivo Brand"]


def test_a_role_description_before_a_participle_of_saying_is_the_one_who_holds_it():
    paragraphs = ["Kessel coach Ivo Brand was pleased after the win over Marrow on Sunday.",
                  "The coach then praised his players, telling reporters: “They ran for every ball all game long.”"]
    assert speakers_of(paragraphs, "every ball") == ["Ivo Brand"]


def test_a_thing_before_a_participle_is_not_a_speaker():
    paragraphs = [BEFORE, "The report came out on Monday, telling readers: “Nine of ten ferries were late this year.”"]
    assert "Ivo Brand" not in speakers_of(paragraphs, "ferries were late")
