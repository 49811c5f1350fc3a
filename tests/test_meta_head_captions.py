"""A picture's caption or alt text under the headline is never the headline, even where a short line between
them ('Local', an alt word, an empty 'by:') makes the headline look like a masthead's tagline (our own
invented examples)."""

from factories import P2, P3, meta_of

from briefing.article.clean import clean

HEAD = "Two guards held over the night shooting at Kessel harbour"
LEAD = ("Police in Kessel said on Friday they had detained two harbour guards after a shooting near the east gate"
        " left a dock worker badly hurt late on Thursday.")
STORY = "\n\n".join([LEAD, P2, P3])


def test_a_file_photo_caption_under_an_alt_word_is_not_the_headline():
    text = f"×\n\nWidest Read Kessel Paper\n\n{HEAD}\n\nHarbour-Guard\n\nFile photo: Harbour guard\n\n{STORY}"
    page = clean(text)
    assert meta_of(text).title == HEAD
    assert "File photo: Harbour guard" not in page.body


def test_a_caption_closed_by_a_barred_picture_credit_is_not_the_headline():
    caption = ("Guards stand at the east gate of Kessel harbour during the strike of last year."
               " PHOTO | ANA VEER | KNG")
    text = f"Advertisement\n\n{HEAD}\n\nThursday March 12 2026\n\nharbour gate\n\n{caption}\n\nBy KESSEL\n\n{STORY}"
    assert meta_of(text).title == HEAD
    assert caption not in clean(text).body


def test_a_long_alt_text_of_two_sentences_is_not_the_headline():
    alt = ("Tape stretched across a dock at night with the words do not cross. It is dark, and the lights of"
           " patrol cars flash blue and red on the wet stones behind it")
    text = f" date 2026-03-12 {HEAD}\n\nLocal\n\nby:\n\nPosted: / Updated:\n\n{alt}\n\n{STORY}"
    assert meta_of(text).title == HEAD
    # it stays with the story: a lead that lost its last full stop has the same shape, and is never dropped
    assert LEAD in clean(text).body


def test_ordinary_heads_keep_their_headline():
    # a gallery's headline ("Photos: …") and a short two-sentence headline stay headlines
    gallery = "Photos: Kessel harbour lights up for the winter fair"
    assert meta_of(f"{gallery}\n\n{STORY}").title == gallery
    two = "Kessel harbour shut. Guards held after the night shooting"
    assert meta_of(f"{two}\n\nBy Ana Veer\n\n{STORY}").title == two
    assert meta_of(f"{HEAD}\n\nBy Ana Veer\n\n{STORY}").title == HEAD


def test_a_lead_broken_mid_sentence_or_a_lone_paragraph_stays_in_the_story():
    broken = ("The vote on the harbour budget is over at last. After the council put off its choice on the")
    broken += " matter twice this spring, the"
    rest = "plan passed on Tuesday by nine votes to two, and work on the quay starts in May."
    text = f"Kessel council passes the harbour budget\n\nBy Ana Veer\n\n{broken}\n\n{rest}\n\n{P2}\n\n{P3}"
    assert broken in clean(text).body
    alone = ("Ferry fares in Kessel rise by a tenth next month. The harbour board blames fuel, and says the rise is"
             " the last this year for riders in Marrow")
    assert clean(alone).body == [alone]


def test_a_lead_that_lost_its_last_full_stop_stays_the_stories_first_paragraph():
    lead = ("The pier was closed on Monday. Divers say the cracks run deep into three of the old stone piles"
            " and the board wants them mended before the winter storms reach Kessel harbour")
    page = clean(f"{HEAD}\n\n{lead}\n\n{P2}\n\n{P3}")
    assert page.body[0] == lead
