"""The site signing its own page where the shape, not an outlet word, says it is the site: a dateline's
credit with a number in it, a dateline that ends in the agency or the site's address, a copyright in lower
case, a donation or membership prompt, a live page's "From Outlet's Reporter", a byline whose writer slot
the template left empty (our own invented examples)."""

from factories import HEAD, P1, P2, P3, meta_of

from briefing.article.clean import clean

STORY = "\n\n".join([P2, P3])


def test_a_dateline_credit_with_a_number_names_the_site():
    text = f"{HEAD}\n\nMARROW (77 News) – {P1}\n\n{STORY}"
    assert meta_of(text).source == "77 News"
    assert clean(text).body[0].startswith("The town council")  # the dateline is not the story's first words  # the dateline is not the story's first words


def test_an_update_note_in_the_dateline_names_no_outlet():
    assert meta_of(f"{HEAD}\n\nMARROW (2nd UPDATE) – {P1}\n\n{STORY}").source is None


def test_a_place_then_the_agency_after_a_full_stop_is_a_dateline():
    text = f"{HEAD}\n\nKESSEL. HARBOURINFORM - {P1}\n\n{STORY}"
    assert meta_of(text).source == "HARBOURINFORM"  # an unknown name as the page spells it
    assert clean(text).body[0].startswith("The town council")
    # A sentence's own words after a place are no agency.
    assert meta_of(f"{HEAD}\n\nKESSEL. Officials - {P1}\n\n{STORY}").source is None


def test_the_sites_address_opening_the_story_names_it():
    text = f"{HEAD}\n\nMARROWPOST.com - {P1}\n\n{STORY}"
    assert meta_of(text).source == "MARROWPOST"
    assert clean(text).body[0].startswith("The town council")


def test_a_copyright_in_lower_case_names_the_site():
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{STORY}\n\nCopyright © 2025 kestrelnews").source == "kestrelnews"


def test_a_donation_appeal_names_the_site_and_leaves_the_story():
    appeal = "Support the local reporting you count on with a donation to Fenwatch today. Give Now!"
    text = f"{appeal}\n\n{HEAD}\n\n{P1}\n\n{STORY}"
    assert meta_of(text).source == "Fenwatch"
    assert not any("donation" in para for para in clean(text).body)


def test_a_membership_prompt_names_the_site_though_it_reads_like_a_name():
    text = f"{HEAD}\n\n{P1}\n\n{STORY}\n\nJoin Harbour Adviser for free\n\nAlready a Harbour Adviser member?"
    assert meta_of(text).source == "Harbour Adviser"


def test_a_group_to_join_on_a_platform_names_the_site_not_the_platform():
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{STORY}\n\nJoin NewsKestrel Whatsapp group").source == "NewsKestrel"


def test_a_subscription_offer_names_the_magazine():
    offer = "Try out a subscription to Marrow Gardens Monthly and pay just £5 for 3 issues today!"
    assert meta_of(f"{HEAD}\n\n{offer}\n\n{P1}\n\n{STORY}").source == "Marrow Gardens Monthly"


def test_a_live_pages_entry_signed_from_the_outlets_reporter():
    info = meta_of(f"{HEAD}\n\nFrom NBC's Ada Finch\n\n{P1}\n\n{STORY}")
    assert info.authors == ("Ada Finch",)
    assert info.source == "NBC News"  # the network's short name is its news arm's
    # "From Marrow's streets" opens a sentence, not a byline.
    assert meta_of(f"{HEAD}\n\nFrom Marrow's Old Quay to the new bridge is a short walk.\n\n{P1}").authors == ()


def test_a_byline_with_an_empty_writer_slot_names_the_site():
    assert meta_of(f"{HEAD}\n\nBy , Kestrel Digital\n\n{P1}\n\n{STORY}").source == "Kestrel Digital"


def test_a_year_less_date_in_the_dateline_names_no_outlet():
    assert meta_of(f"{HEAD}\n\nKESSEL, Norland (April 22) -- {P1}\n\n{STORY}").source is None


def test_a_logos_text_names_the_site_though_it_has_no_outlet_word():
    assert meta_of(f"Kestrel Now logo\n\n{HEAD}\n\n{P1}\n\n{STORY}").source == "Kestrel Now"
    # A platform's logo is not the site's.
    assert meta_of(f"Facebook logo\n\n{HEAD}\n\n{P1}\n\n{STORY}").source is None


def test_a_known_outlet_at_work_in_its_own_story_names_the_site():
    at_work = "The Independent is on the ground in Kessel as the floodwater keeps rising."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{at_work}\n\n{STORY}").source == "The Independent"


def test_a_long_newsletter_prompt_names_the_site_and_leaves_the_story():
    prompt = ("Sign up to our Harbour newsletter Sign up Thanks, you are on the list! With a digital subscription to"
              " The Marrow Courier, you can read every story on our site, see fewer adverts and join members' events"
              " in the valley. Learn More")
    text = f"{HEAD}\n\n{P1}\n\n{prompt}\n\n{STORY}"
    assert meta_of(text).source == "Marrow Courier"
    assert not any("subscription" in para for para in clean(text).body)


def test_the_heading_over_the_sites_newsletters_names_it():
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{STORY}\n\nFenholt Newsletters").source == "Fenholt"
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{STORY}\n\nAll Newsletters").source is None


def test_a_bookmark_link_before_the_masthead_is_not_part_of_its_name():
    menu = "Bookmark Kestrel-Gleaner.com\n\nNews\n\nSport\n\nBusiness"
    assert meta_of(f"{menu}\n\n{HEAD}\n\n{P1}\n\n{STORY}").source == "Kestrel-Gleaner"


def test_digest_headlines_section_labels_and_a_reporters_line_are_no_outlet():
    for line in ("News Roundup 9 March 2026", "Rest of the World News", "Women's College Basketball",
                 "Ada Carrow Reporter"):
        assert meta_of(f"{line}\n\n{HEAD}\n\n{P1}\n\n{STORY}").source is None, line


def test_a_writers_own_follow_prompt_names_no_site():
    bio = "Ivo Brand covers transport for the paper. Follow Ivo on Twitter at @ivobrand."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{STORY}\n\n{bio}").source is None


def test_a_comment_forms_platform_logo_names_no_site():
    form = "Leave a Reply\n\nWordPress.com Logo\n\nYou are signed in with your WordPress.com account."
    assert meta_of(f"{HEAD}\n\n{P1}\n\n{STORY}\n\n{form}").source is None


def test_the_newsrooms_staff_or_team_signing_names_the_site():
    assert meta_of(f"By Kestrel-Courier staff •\n\n{HEAD}\n\n{P1}\n\n{STORY}").source == "Kestrel-Courier"
    assert meta_of(f"{HEAD}\n\nBy Kestrel Courier Staff\n\n{P1}\n\n{STORY}").source == "Kestrel Courier"
    assert meta_of(f"{HEAD}\n\nBy Team Marrowbuzz\n\n{P1}\n\n{STORY}").source == "Marrowbuzz"


def test_a_writers_note_naming_the_paper_that_employs_her_names_the_site():
    for bio, site in (("Verley is HARBOURLIGHT’s deputy editor for news. He lives in Marrow with his family.", "HARBOURLIGHT"),
                      ("Tomas Verley is Marrowline’s senior reporter. He lives in Marrow.", "Marrowline")):
        assert meta_of(f"{HEAD}\n\nBy Tomas Verley\n\n{P1}\n\n{P2}\n\n{bio}").source == site, bio
    for other in ("Verley is Kessler’s eldest nephew and lives in Marrow.",  # no trade, no paper
                  "Verley is the Kessport Institute’s senior fellow for transport.",  # an op-ed writer's employer
                  "Verley is the Ferrymen’s Union’s chief negotiator.",
                  "Verley is GreenHarbour’s senior policy analyst.",
                  "Verley is Marrow University’s writer in residence."):
        assert meta_of(f"{HEAD}\n\nBy Tomas Verley\n\n{P1}\n\n{P2}\n\n{other}").source is None, other
