"""The outlet a page names as itself in small ways when no copyright, dateline or masthead settles it:
its name alone on a line, the page title's tail, its newsroom reporting, its own voice, the outlet
people told (our own invented examples)."""

from factories import HEAD, P1, P2, P3, P_LONG, meta_of

STORY = "\n\n".join([P_LONG, P1, P2, P3])
CAPTION = "Cyclists wait at the old Marrow crossing on a wet morning in March."


def test_a_credit_line_alone_under_the_caption_names_the_site():
    assert meta_of(f"{HEAD}\n\n{CAPTION}\n\nKestrel Valley Times\n\nRead time: 3 min\n\n{STORY}").source == "Kestrel Valley Times"


def test_the_page_titles_tail_names_the_site():
    text = f"{HEAD} | Local | Marrow Evening Post | 09.03.2026\n\n{HEAD}\n\n{STORY}"
    assert meta_of(text).source == "Marrow Evening Post"


def test_the_newsroom_reporting_names_the_site():
    investigation = "Investigations by Harbour Telegraph across the county on Monday showed long queues at the depots."
    assert meta_of(f"{HEAD}\n\n{P_LONG}\n\n{investigation}\n\n{P1}").source == "Harbour Telegraph"
    observed = "Fenland News Hub observed that the depots in the north of the county were busiest."
    assert meta_of(f"{HEAD}\n\n{P_LONG}\n\n{observed}\n\n{P1}").source == "Fenland News Hub"


def test_an_appeal_in_the_sites_own_voice_names_it():
    appeal = "The Fenmoor Chronicle is free to read because our readers choose to support us."
    assert meta_of(f"{HEAD}\n\n{appeal}\n\n{STORY}").source == "The Fenmoor Chronicle"
    quoted = '"The Fenmoor Chronicle got our side of it wrong," said the mayor.'
    assert meta_of(f"{HEAD}\n\n{quoted}\n\n{STORY}").source is None  # a quoted "our" is the mayor's


def test_one_outlet_told_is_not_enough_but_told_again_is():
    once = "The mayor told the Marrow Ledger the vote was close."
    assert meta_of(f"{HEAD}\n\n{P_LONG}\n\n{once}\n\n{P1}").source is None  # as often another paper's interview
    twice = "A second councillor told the Marrow Ledger she had voted against it."
    assert meta_of(f"{HEAD}\n\n{P_LONG}\n\n{once}\n\n{twice}\n\n{P1}").source == "Marrow Ledger"


def test_item_sources_of_a_listing_after_the_story_name_no_site():
    listing = (f"{P_LONG}\n\nCumbrook Gazette\n\nFire destroys barn near Pine Hollow\n\n{P2}\n\n"
               f"Tarn Valley Herald\n\nCounty clerk race draws four candidates\n\n{P3}")
    assert meta_of(f"{HEAD}\n\n{listing}").source is None


def test_a_prompt_to_follow_the_site_names_it_but_not_the_platform():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nJoin the Harbour Evening News WhatsApp channel").source == "Harbour Evening News"
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nNever miss another Facebook post from KQTH-TV").source == "KQTH"


def test_a_reporters_signature_with_the_sites_address_names_the_site():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nAda Finch/Marrowdaily.com").source == "Marrowdaily"


def test_a_byline_that_names_only_the_site_names_the_site():
    assert meta_of(f"{HEAD}\n09 March 2026 - 10:09 By Harbour Evening News\n\n{STORY}").source == "Harbour Evening News"
    assert meta_of(f"{HEAD}\nBy Staff The Canadian Press\n\n{STORY}").source != "Staff The Canadian Press"


def test_asking_the_reader_to_stay_with_the_site_names_it():
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nStay with KQTH.com and Channel 9 for updates.").source == "KQTH"
    # A single "told" names another paper as often as the site: one mention with no other sign names none.
    assert meta_of(f"{HEAD}\n\n{STORY}\n\nA neighbour told Channel 9 the water had risen fast.").source is None


def test_the_sites_privacy_notice_names_it_without_an_outlet_word():
    notice = "Kessel Focus uses tracking technologies to improve your reading. Read Kessel Focus's privacy policy."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{notice}").source == "Kessel Focus"


def test_a_newsroom_that_understands_names_itself_but_a_person_does_not():
    lead = "Northern Sound understands that the quay will stay shut until Friday."
    asked = "When contacted by Northern Sound, the harbour office said it would reopen soon."
    assert meta_of(f"{HEAD}\n\n{lead}\n\n{P_LONG}\n\n{lead}\n\n{asked}").source == "Northern Sound"
    person = "Ana Veer understands that the quay will stay shut until Friday."
    assert meta_of(f"{HEAD}\n\n{person}\n\n{P_LONG}\n\n{person}").source is None


def test_a_body_a_platform_or_a_person_in_the_story_is_no_newsroom():
    council = "Kessel Council understands the concerns of the traders on the quay."
    assert meta_of(f"{HEAD}\n\n{council}\n\n{P_LONG}\n\n{council}").source is None
    platform = "This video is hosted by YouTube. Read YouTube's privacy policy. YouTube uses cookies."
    assert meta_of(f"{HEAD}\n\n{STORY}\n\n{platform}").source is None
    engineer = "Ivo Brand, a ferry engineer, said the hull had been patched twice."
    knows = "Ivo Brand understands the hull well."
    assert meta_of(f"{HEAD}\n\n{knows}\n\n{engineer}\n\n{P_LONG}\n\n{knows}").source is None
    readers = "Readers stay with The Marrow Times despite the price rise, its editor said."
    assert meta_of(f"{HEAD}\n\n{P_LONG}\n\n{readers}\n\n{P1}").source is None  # the story's subject, not a prompt
