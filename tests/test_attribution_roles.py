"""Who a description stands for ("the artist", "her father", "His lawyer"): the person the
article gives that role, and nobody on a weaker hint. The examples are written for these tests."""

from factories import speakers

from briefing.article.attribution import extract


def test_a_role_written_in_lower_case_before_a_lone_name_makes_the_description_that_person():
    found = speakers([
        "A hall in Port Anselm is selling prints by street artist Orrin without his consent, its owners admit.",
        "“Nobody asked me first,” the Norvish street artist wrote on his website.",
        "Later the artist said he would not go to court over the prints.",
    ])
    assert found == ["Orrin", "Orrin"]


def test_a_word_before_a_noun_is_no_lone_name_even_after_a_role_word():
    found = speakers([
        "A major Norvish art fair opened on Friday.",
        "“We sold every ticket,” the major said.",
    ])
    assert "Norvish" not in found


def test_a_description_named_later_needs_every_word_of_it_in_that_persons_role():
    found = speakers([
        "“We will not wait for the ferry board,” the Calder governor said on Monday.",
        "Norland governor Ana Lind did not answer calls.",
    ])
    assert found == ["the Calder governor"]


def test_a_description_named_later_is_that_person_when_nobody_else_holds_the_role():
    found = speakers([
        "“The pier will open in May,” the harbour commissioner told reporters.",
        "The harbour commissioner, Rui Santo, took office last year.",
    ])
    assert found == ["Rui Santo"]


def test_his_lawyer_is_not_whoever_was_last_called_a_lawyer():
    found = speakers([
        "Ana Lind's lawyer Tomas Brandt filed the papers on Monday.",
        "The court also heard from Ivo Ode, who missed the hearing. His lawyer said the delay was not his client's fault.",
    ])
    assert found[-1] == "His lawyer"


def test_her_father_is_the_man_named_as_her_father():
    found = speakers([
        "Mira Lind, a student of 19, went missing in March.",
        "“The whole town woke up that night,” Lind's father, Ivo Lind, said on Sunday.",
        "“She believed in the new quay,” her father said.",
    ])
    assert found == ["Ivo Lind", "Ivo Lind"]


def test_a_described_speaker_named_further_on_with_the_same_description_is_that_person():
    found = speakers([
        "A Cuban ferry union spokesman said the strike would go ahead on Monday.",
        "The union official who called the strike – Rui Santo, a spokesman for the ferry union – later switched "
        "off his phone.",
        "“This is a rumour,” said Ana Lind, a spokeswoman for the port.",
    ])
    assert found == ["Rui Santo", "Ana Lind"]


def test_a_described_speaker_is_not_somebody_named_later_on_a_name_alone():
    found = speakers([
        "A Treasury official said the bonds would be sold in May.",
        "Treasury official Ana Lind said on Friday that no date had been set.",
    ])
    assert found[0] != "Ana Lind"


def test_a_role_typed_with_a_slip_is_still_that_role():
    found = speakers([
        "Harbour Minnister Anna Vik said the new quay would open in May.",
        "The minister added that the ferry timetable would not change before the summer.",
    ])
    assert found == ["Anna Vik", "Anna Vik"]


def test_a_given_name_in_a_title_written_in_capitals_is_part_of_the_name():
    found = speakers([
        "HARBOUR MINISTER ANNA Vik has said the quay works are running late.",
        "The minister said the contractor would be asked for a new date.",
    ])
    assert found == ["Anna Vik", "Anna Vik"]


def test_a_friend_or_colleague_named_by_relation_is_the_speaker_as_written():
    found = [(s.speaker, s.text) for s in extract([
        "Tomas Ekberg trained as a diver in Calder Bay and drowned on a survey in March.",
        "“Nobody in our class laughed louder or swam faster,” his childhood friend told the Calder Courier.",
        "“He checked my air every single dive, even when I was the instructor,” his colleague wrote on Facebook.",
    ])]
    assert found == [("his childhood friend", "Nobody in our class laughed louder or swam faster"),
                     ("his colleague", "He checked my air every single dive, even when I was the instructor")]


def test_the_paper_a_speaker_told_is_no_second_speaker():
    found = [(s.speaker, s.text) for s in extract([
        "“Every word I said at the hearing still holds,” the harbour senator told THE WEEKLY COURIER on Thursday.",
    ])]
    assert found == [("the harbour senator", "Every word I said at the hearing still holds")]


def test_a_possessive_before_plural_roles_a_campaign_or_a_title_with_of_names_a_speaker():
    found = [(s.speaker, s.text) for s in extract([
        "Ana Brisk lost the vote on the harbour levy by eleven votes.",
        "But her advisers said the count in the east ward would be challenged.",
        "Her campaign said it would ask for a recount on Monday morning.",
        "Her chief of staff said the count had been rushed by the clerks.",
    ])]
    assert found == [("her advisers", "the count in the east ward would be challenged"),
                     ("Her campaign", "it would ask for a recount"),
                     ("Her chief of staff", "the count had been rushed by the clerks")]


def test_a_title_without_an_article_is_the_person_who_holds_it():
    found = speakers([
        "Kessel Bakeries CEO Ivo Brand announced the closure on Friday.",
        "Kessel Bakeries CEO said in a court filing that the strike had crippled the company.",
        "Ana Lind, an analyst at Harbour Bank, expects rates to fall.",
        "Analysts said the outlook had darkened since the spring.",
    ])
    assert found[:2] == ["Ivo Brand", "Ivo Brand"]
    assert "Ana Lind" not in found


def test_a_former_holder_is_not_the_title_today():
    found = speakers([
        "Former Kessel Bakeries CEO Ivo Brand left the firm in 2019.",
        "Kessel Bakeries CEO said in a court filing that the strike had crippled the company.",
    ])
    assert "Ivo Brand" not in found
