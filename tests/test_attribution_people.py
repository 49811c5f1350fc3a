"""Who "he", "she" and a description stand for when the sentences before name places,
titles and bodies as well as people. The examples are written for these tests."""

from briefing.article.attribution import extract


def speakers(paragraphs):
    return [s.speaker for s in extract(paragraphs)]


def test_a_venue_named_just_before_is_not_the_he_of_the_next_quotation():
    found = speakers([
        "Coach Ivo Brandt said his striker hurt her knee in training on Tuesday.",
        "Only when the team sheets came out before kick-off at Brook Meadow was it clear she would miss the final.",
        "“I could not speak openly about it yesterday,” he said.",
    ])
    assert found[-1] == "Ivo Brandt"


def test_a_magazine_named_just_before_is_not_the_he_of_the_next_quotation():
    found = speakers([
        "Tomas Ekberg grew up in Calder Bay and started on stage at sixteen.",
        "He has been on the cover of Silver Gull, where his face sold out two printings.",
        "“My mother laughed at every joke I told, even the bad ones,” he once told an audience.",
    ])
    assert found[-1] == "Tomas Ekberg"
