"""The page's own appeal for news tips is furniture; a story sentence about tips, with its speaker, stays in the story
(our own invented pages)."""

from factories import HEAD, P1, P2, P3

from briefing.article.clean import clean


def test_the_pages_appeal_for_tips_is_no_part_of_the_story():
    for appeal in ("Got a story tip? Write to us at desk@kesselpost.example", "Send us your news tips"):
        body = clean(f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{appeal}").body
        assert P3 in body and all(appeal not in para for para in body)


def test_a_story_sentence_about_tips_stays_in_the_story():
    said = [
        "If you have any tips about the damage, please call us on 0100 555 0199, the tram office said.",
        "Send tips about the tram works to the council's hotline, Rhea Dalby told residents on Tuesday.",
    ]
    for sentence in said:
        assert sentence in clean(f"{HEAD}\n\n{P1}\n\n{sentence}\n\n{P2}\n\n{P3}").body
