"""The outlet named once in its own voice: a promise to update, its policy, its product, its disclaimer;
copyright lines in rarer shapes; and names that are never the outlet (a platform, a role). Our own
invented examples."""

from factories import HEAD, P1, P2, P3, meta_of

from briefing.article.meta.outlet import outlet_from_copyright

STORY = f"{HEAD}\n\n{P1}\n\n{P2}\n\n{P3}"


def test_a_promise_to_update_the_story_names_the_site():
    text = f"{STORY}\n\nThe Kessel Gazette will update this story as more details come in."
    assert meta_of(text).source == "The Kessel Gazette"


def test_a_promise_of_more_information_names_the_site():
    text = f"{STORY}\n\nMarrow Courier will have more information when the council meets again."
    assert meta_of(text).source == "Marrow Courier"


def test_the_newsrooms_naming_policy_names_the_site():
    text = f"{HEAD}\n\n{P1}\n\nThe Harbour Tribune generally does not name people who have not been charged.\n\n{P2}\n\n{P3}"
    assert meta_of(text).source == "The Harbour Tribune"


def test_the_newsrooms_belief_names_the_site():
    text = f"{HEAD}\n\n{P1}\n\nThe Kessel Times believes the plan was drawn up a year ago.\n\n{P2}\n\n{P3}"
    assert meta_of(text).source == "The Kessel Times"


def test_another_paper_mid_sentence_is_not_the_site():
    text = (f"{HEAD}\n\n{P1}\n\nA councillor said the Kessel Times believes whatever it is told.\n\n{P2}\n\n{P3}")
    assert meta_of(text).source is None


def test_a_council_that_will_update_residents_is_not_the_site():
    text = f"{STORY}\n\nMarrow Council will update residents when the work begins."
    assert meta_of(text).source is None


def test_a_subscription_to_the_papers_e_paper_names_the_site():
    text = f"{STORY}\n\nSubscribe now and read the Harbour Express E-paper on any device"
    assert meta_of(text).source == "Harbour Express"


def test_a_comment_disclaimer_names_the_site_over_the_datelines_wire():
    text = (f"{HEAD}\n\nMARROW (AP) — {P1}\n\n{P2}\n\n{P3}\n\n"
            "Readers' remarks below are theirs alone and never represent the views of The Kessel Ledger.")
    info = meta_of(text)
    assert info.source == "The Kessel Ledger"
    assert info.credit == "AP"


def test_a_columnists_disclaimer_naming_a_university_is_not_the_site():
    text = (f"{STORY}\n\nThe views in this piece are the writer's own and do not reflect the views of Marrow University.")
    assert meta_of(text).source is None


def test_a_follow_prompt_for_a_two_word_platform_does_not_name_the_site():
    text = f"{STORY}\n\nStay in the loop: follow our Google News channel for every update."
    assert meta_of(text).source is None


def test_a_lone_staff_reporter_signature_is_not_the_site():
    text = f"{HEAD}\n\nStaff Reporter\n\n{P1}\n\n{P2}\n\n{P3}\n\nStaff Reporter"
    assert meta_of(text).source is None


def test_a_staff_reporter_of_a_named_paper_still_gives_the_paper():
    text = f"{HEAD}\n\nBy Ana Veer, Staff Reporter, Kessel Ledger\n\n{P1}\n\n{P2}\n\n{P3}"
    assert meta_of(text).source == "Kessel Ledger"


def test_a_reuse_notice_in_capitals_after_the_reservation_is_cut():
    line = "COPYRIGHT 2026 BY CHANNEL 9000. ALL RIGHTS RESERVED. NO PART MAY BE REUSED WITHOUT LEAVE."
    assert outlet_from_copyright(line) == "CHANNEL 9000"


def test_an_at_sign_before_the_sites_address_is_its_copyright():
    assert outlet_from_copyright("@ www.kesselnow.com All Rights Reserved") == "kesselnow.com"


def test_ordinary_copyright_lines_read_as_before():
    assert outlet_from_copyright("© 2026 The Harbour Times Ltd. All rights reserved.") == "The Harbour Times"
    assert outlet_from_copyright("All rights reserved. © 2026 Kessel Post") == "Kessel Post"
    assert outlet_from_copyright("Copyright 2026 Kessel Post. All Rights Reserved. Powered by Pressline") == "Kessel Post"
    assert outlet_from_copyright("© Ana Veer/Marrow Photos") is None


def test_a_story_about_another_paper_does_not_make_it_the_site():
    text = (f"{HEAD}\n\n{P1}\n\nThe Marrow Gazette was told by the court to pay the fine within a month.\n\n"
            f"The Marrow Gazette does not name its sources, Ivo Brand said outside the court.\n\n{P2}\n\n{P3}")
    assert meta_of(text).source is None


def test_a_story_sentence_about_a_papers_e_paper_is_no_prompt_to_subscribe():
    text = f"{STORY}\n\nReaders can subscribe to the Marrow Gazette E-paper from Monday, the company said."
    assert meta_of(text).source is None
