"""Who said what inside one article: the statements a reader sees, and who each is credited to.

Every text here is written for these tests; the people and places are invented.
"""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.article.attribution import extract, joined_cues
from briefing.article.attribution.marks import find_quotes
from briefing.article.attribution.spans import spans_of
from briefing.article.attribution.tokens import read_paragraph


def said(paragraphs, kind=None):
    """(speaker, text) pairs, optionally of one kind."""
    return [(s.speaker, s.text) for s in extract(paragraphs) if kind is None or s.kind == kind]


def speaker_of(paragraphs, fragment):
    hits = [s for s in extract(paragraphs) if fragment in s.text]
    assert hits, f"no statement contains {fragment!r}: {said(paragraphs)}"
    return hits[0].speaker


# --- direct quotes ---------------------------------------------------------------------------------


def test_curly_and_straight_quotes_are_paired_by_their_own_kind():
    paras = [
        "“We will reopen the northern bridge by spring,” said Mara Quell, the city engineer.",
        '"The contractor has already ordered the steel for the new deck," Quell added.',
    ]
    out = said(paras, "direct")
    assert out == [
        ("Mara Quell", "We will reopen the northern bridge by spring"),
        ("Mara Quell", "The contractor has already ordered the steel for the new deck"),
    ]


def test_a_curly_quote_closed_by_a_straight_mark_still_ends_there():
    paras = ['“The harbour is calm and the ferries will sail at dawn," the port authority posted on its account.']
    (st_,) = extract(paras)
    assert st_.text == "The harbour is calm and the ferries will sail at dawn"
    assert st_.kind == "direct"


def test_a_quote_left_open_continues_into_the_next_quoted_paragraph():
    paras = [
        "Tobin Marsh, who runs the ferry line, was blunt.",
        "“We lost three crossings last week to the fog. Nobody can run a timetable like that.",
        "“If the council wants a reliable service, it has to pay for radar,” Marsh said.",
    ]
    direct = [s for s in extract(paras) if s.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker == "Tobin Marsh"
    assert direct[0].text.startswith("We lost three crossings")
    assert direct[0].text.endswith("it has to pay for radar")
    assert "timetable like that. If the council" in direct[0].text


def test_a_quote_split_by_its_attribution_within_a_sentence_is_one_statement_with_the_cut_shown():
    paras = ["“The dam is safe,” Ines Varro said, “but the spillway needs new gates before the rains.”"]
    assert said(paras, "direct") == [
        ("Ines Varro", "The dam is safe … but the spillway needs new gates before the rains."),
    ]


def test_quotations_in_two_sentences_around_their_attribution_are_two_statements():
    paras = ["“The dam is safe for now,” Ines Varro said. “But the spillway needs new gates before the rains.”",
             "“No,” Ivo Brand said. “The ferry stays where it is until the spring.”"]
    assert said(paras, "direct") == [
        ("Ines Varro", "The dam is safe for now"),
        ("Ines Varro", "But the spillway needs new gates before the rains."),
        ("Ivo Brand", "No … The ferry stays where it is until the spring."),  # a lone word stays with the rest
    ]


def test_nested_single_quotes_and_spaced_ellipses_stay_inside_the_quote():
    paras = ["“The sign said ‘closed for repairs’ . . . so we waited by the gate for an hour,” said Ana Pell, a driver."]
    (st_,) = extract(paras)
    assert st_.text == "The sign said ‘closed for repairs’ . . . so we waited by the gate for an hour"
    assert st_.speaker == "Ana Pell"


@pytest.mark.parametrize(
    "sentence",
    [
        "After the meeting, Rudo Amsel told reporters, “We agreed on a timetable for the next round.”",
        "Rudo Amsel said: “We agreed on a timetable for the next round.”",
        "Asked about the delay, Rudo Amsel said, “We agreed on a timetable for the next round.”",
    ],
)
def test_a_quote_introduced_by_a_comma_or_colon_goes_to_the_speaker_before_it(sentence):
    assert said([sentence], "direct") == [("Rudo Amsel", "We agreed on a timetable for the next round.")]


def test_he_said_after_a_quote_resolves_to_the_speaker_of_the_previous_paragraph():
    paras = [
        "Finance Minister Olek Strand told parliament that the budget would be balanced by 2028.",
        "“We are not going to borrow our way out of this,” he said.",
    ]
    assert speaker_of(paras, "borrow our way") == "Olek Strand"


def test_transcript_turns_are_direct_statements_of_the_named_speaker():
    paras = [
        "This transcript has been edited for length.",
        "PETRA LUND: Thank you for joining us. What happens to the port now?",
        "KAREL VOSS: We keep it open. The cranes are old, but they work.",
        "LUND: And the workers?",
        "VOSS: They will be paid in full until the end of the year.",
    ]
    out = said(paras, "direct")
    assert ("Karel Voss", "They will be paid in full until the end of the year.") in out
    assert ("Petra Lund", "And the workers?") in out
    assert all(s.kind == "direct" for s in extract(paras))


def test_name_and_title_before_a_colon_label_a_quote():
    paras = ["Hana Riel, chair of the harbour board: “We will publish every inspection report.”"]
    (st_,) = extract(paras)
    assert st_.speaker == "Hana Riel"
    assert "chair of the harbour board" in st_.role


def test_according_to_credits_the_source():
    paras = ["“Repairs will take at least six weeks,” according to a notice published by the Orlin Water Board."]
    (st_,) = extract(paras)
    assert st_.speaker == "Orlin Water Board"
    assert st_.kind == "direct"


# --- reported speech -------------------------------------------------------------------------------


def test_said_with_and_without_that():
    out = said(
        [
            "Mayor Lidia Sorn said the tram line would open in June.",
            "Sorn said that the first trams had already been delivered to the depot.",
        ],
        "indirect",
    )
    assert out == [
        ("Lidia Sorn", "the tram line would open in June"),
        ("Lidia Sorn", "the first trams had already been delivered to the depot"),
    ]


def test_told_someone_that():
    out = said(["Bram Ostel told the Valley Courier that the mill would hire forty workers."], "indirect")
    assert out == [("Bram Ostel", "the mill would hire forty workers")]


def test_inverted_attribution_with_appositive():
    out = said(
        ["Grain prices could rise by a fifth before the harvest, said Yara Tenn, chief economist at Osk Capital."],
        "indirect",
    )
    assert out == [("Yara Tenn", "Grain prices could rise by a fifth before the harvest")]
    (st_,) = extract(["Grain prices could rise by a fifth before the harvest, said Yara Tenn, chief economist at Osk Capital."])
    assert st_.role == "chief economist at Osk Capital"


def test_inverted_attribution_after_the_clause():
    out = said(["The second shift will start on Monday, the company said."], "indirect")
    assert out == [("the company", "The second shift will start on Monday")]


@pytest.mark.parametrize(
    "verb",
    ["said", "told reporters", "added", "noted", "reiterated", "warned", "argued", "stated", "insisted",
     "posted", "wrote", "tweeted", "stressed", "emphasised", "acknowledged", "denied", "pointed out",
     "cautioned", "explained", "claimed"],
)
def test_news_speech_verbs_report_a_statement(verb):
    (st_,) = extract([f"Councillor Emil Faro {verb} that the bridge tolls would fall next year."])
    assert st_.kind == "indirect"
    assert st_.speaker == "Emil Faro"
    assert st_.text == "the bridge tolls would fall next year"


def test_a_short_quoted_phrase_stays_inside_the_reported_statement():
    (st_,) = extract(["Saro Minh said the new rules were “plainly unfair” to small growers."])
    assert st_.kind == "indirect"
    assert st_.text == "the new rules were “plainly unfair” to small growers"


def test_a_reported_clause_keeps_the_long_quote_inside_it():
    out = [(s.kind, s.text) for s in extract(["Saro Minh said growers would fight “every clause of a rule that nobody asked for”."])]
    assert out == [("indirect", "growers would fight “every clause of a rule that nobody asked for”")]


def test_a_parenthetical_attribution_reports_the_whole_clause():
    (st_,) = extract(["That is enough, Ilka Berg argued, to make the longer route worth taking."])
    assert st_.speaker == "Ilka Berg"
    assert st_.text == "That is enough to make the longer route worth taking"


def test_a_one_word_subject_before_a_parenthetical_attribution_stays_in_what_was_said():
    statements = extract(["Ilka Berg took questions for an hour. Kessel, she said, had asked twice for a pilot "
                          "boat and had heard nothing back."])
    assert [(s.speaker, s.text) for s in statements] == [
        ("Ilka Berg", "Kessel had asked twice for a pilot boat and had heard nothing back")]


def test_a_one_word_opening_before_a_parenthetical_attribution_is_not_what_was_said():
    statements = extract(["Ilka Berg took questions for an hour. Yesterday, she said, the board met in secret "
                          "to settle the winter fares."])
    assert [s.text for s in statements] == ["the board met in secret to settle the winter fares"]


def test_a_statement_after_a_dateline_is_read_as_without_it():
    statements = extract(["KESSEL, March 3 – The Marrow Dockers Union on Tuesday called the new berth fee unfair "
                          "and said it was preparing a legal challenge, as ferry firms began moving some sailings."])
    assert [(s.speaker, s.text) for s in statements] == [("Marrow Dockers Union", "it was preparing a legal challenge")]


def test_and_said_after_a_first_statement_is_a_second_statement_of_the_same_speaker():
    par = read_paragraph("The dockers' union called the berth fee unlawful and said it was preparing a legal "
                         "challenge, as ferry firms began moving some sailings.")
    words = [t.text for t in par.tokens]
    called, fee_end = words.index("called"), words.index("and")
    labels = (["B-SRC"] + ["I-SRC"] * (called - 1) + ["B-CUE", "B-CON"] + ["I-CON"] * (fee_end - called - 2)
              + ["O"] * (len(words) - fee_end))
    relabelled = joined_cues.second_cues(par, labels)
    spans = {(s.role, " ".join(words[s.start:s.end])) for s in spans_of(relabelled)}
    assert ("CUE", "said") in spans and ("CON", "it was preparing a legal challenge") in spans, spans


def test_the_writers_remark_after_an_attribution_written_last_leaves_the_clause_before_as_said():
    statements = extract(["The Marrow ferry line will drop its night crossing from April and will cut two crews "
                          "besides, its owners said on Monday, a step that leaves the island towns with one boat."])
    assert [s.text for s in statements] == [
        "The Marrow ferry line will drop its night crossing from April and will cut two crews besides"]


def test_questions_denials_and_passives_are_not_statements():
    paras = [
        "Neither minister has said whether the talks will resume.",
        "Councillor Emil Faro was told that the bridge would close.",
        "The company declined to comment on the report.",
    ]
    assert extract(paras) == []


# --- speakers --------------------------------------------------------------------------------------


def test_a_title_before_a_name_is_the_role_not_the_name():
    (st_,) = extract(["Foreign Ministry spokeswoman Wen Shuyi said the talks would continue next week."])
    assert st_.speaker == "Wen Shuyi"
    assert st_.role == "Foreign Ministry spokeswoman"
    assert st_.speaker_kind == "person"


def test_an_appositive_after_a_name_is_the_role():
    (st_,) = extract(["Pavel Drost, co-founder of Lume Analytics, a research firm, said demand had peaked."])
    assert st_.speaker == "Pavel Drost"
    assert st_.role.startswith("co-founder of Lume Analytics")


def test_a_name_after_its_title_and_a_comma():
    (st_,) = extract(["The union's general secretary, Odile Brun, said members would vote on Friday."])
    assert st_.speaker == "Odile Brun"
    assert "general secretary" in st_.role


def test_an_organisation_and_its_later_it_said():
    paras = [
        "Carrow Rail said on Tuesday that services would be cut by a third.",
        "“Safety comes before the timetable,” it said.",
    ]
    out = extract(paras)
    assert [s.speaker for s in out] == ["Carrow Rail", "Carrow Rail"]
    assert out[0].speaker_kind == "org"


def test_a_social_media_account_is_an_organisation_and_the_post_is_its_voice():
    paras = [
        "“The northern border stays open to trade,” the state-backed account Red Lantern posted on Sunday.",
        "Exporters should not panic, the post said.",
    ]
    out = extract(paras)
    assert [(s.speaker, s.speaker_kind) for s in out] == [("Red Lantern", "org"), ("Red Lantern", "org")]


def test_an_unnamed_spokesperson_is_followed_through_the_spokesperson_and_the_official():
    paras = [
        "A Transport Ministry spokesperson said the new timetable was under review.",
        "“Nothing has been decided yet,” the spokesperson said.",
        "The official noted that trains would keep running during the review.",
    ]
    speakers = {s.speaker for s in extract(paras)}
    assert speakers == {"Transport Ministry spokesperson"}
    assert all(s.speaker_kind == "role" for s in extract(paras))


# --- resolution ------------------------------------------------------------------------------------


def test_surname_only_and_family_name_first():
    paras = [
        "Agriculture Minister Zhou Liwen said the rice reserve was full.",
        "Analyst Teresa Gomb said prices would hold.",
        "Zhou added that imports would be cut in the spring.",
        "Gomb noted that the reserve had never been larger.",
    ]
    assert speaker_of(paras, "imports would be cut") == "Zhou Liwen"
    assert speaker_of(paras, "never been larger") == "Teresa Gomb"


def test_pronouns_follow_gender_across_paragraphs():
    paras = [
        "The spokeswoman for the port, Dalia Renz, said the cranes were back in service.",
        "Dock workers' leader Anton Pirk said his members had not been consulted.",
        "“We found out from the radio,” he said.",
        "“The workers were told on Friday,” she said.",
    ]
    assert speaker_of(paras, "found out from the radio") == "Anton Pirk"
    assert speaker_of(paras, "told on Friday") == "Dalia Renz"


def test_two_people_with_one_surname_stay_apart_in_an_article():
    paras = [
        "Finance Minister Jonas Ekdal said the grant would be paid in March.",
        "Lena Ekdal, a baker in the old town, said she had not heard of the grant.",
        "“Nobody told us anything,” Ekdal said.",
        "The elder Ekdal, the minister, was not available for comment.",
    ]
    assert speaker_of(paras, "Nobody told us") == "Lena Ekdal"
    assert speaker_of(paras, "paid in March") == "Jonas Ekdal"


def test_an_unattributed_quote_paragraph_continues_the_previous_speaker():
    paras = [
        "“The orchard lost half its trees in the storm,” said Nadia Holm, who farms near the river.",
        "“We will replant, but it takes seven years before an apple tree pays for itself.”",
    ]
    assert [s.speaker for s in extract(paras)] == ["Nadia Holm", "Nadia Holm"]


def test_a_description_before_the_name_is_credited_once_the_name_appears():
    paras = [
        "The fisheries commissioner told reporters that quotas would be cut.",
        "The council sent its fisheries commissioner, Rui Santo, to the harbour on Monday.",
        "Santo said the cut would be small.",
    ]
    assert {s.speaker for s in extract(paras)} == {"Rui Santo"}


def test_particles_initials_and_a_leader_described_by_nationality():
    paras = [
        "Commission President Ilse van der Berg said the fund would open in May.",
        "“We keep our promises,” van der Berg told reporters.",
        "Norvish President Aurel Damas said the plan was sound. The Norvish leader added that talks would resume.",
        "J.K. Osei, a spokesman for the port, told the Courier: “Nobody is leaving.”",
    ]
    assert speaker_of(paras, "keep our promises") == "Ilse van der Berg"
    assert speaker_of(paras, "talks would resume") == "Aurel Damas"
    assert speaker_of(paras, "Nobody is leaving") == "J.K. Osei"
    assert not [s for s in extract(paras) if s.kind == "indirect" and "Osei" in s.text]


def test_a_possessive_looks_back_to_the_organisation_before_it():
    paras = ["Shares of Marlin Ports fell 5% after its chief executive said the company's cranes were too old."]
    (st_,) = extract(paras)
    assert st_.speaker == "Marlin Ports chief executive"


# --- not statements --------------------------------------------------------------------------------


def test_scare_quotes_and_titles_are_not_statements():
    paras = [
        "The so-called “bridge war” began when the documentary “Steel Rivers” was shown in the town hall.",
        "Residents call the estate “the island”.",
    ]
    assert extract(paras) == []


def test_photo_captions_are_not_statements():
    paras = [
        'Photo: Pickets hold a banner reading "Fair Pay For Every Shift" outside the depot. (Valley Courier/Ann Roe)',
        "Caption: Drivers said the strike would last “as long as it takes to be heard”.",
    ]
    assert extract(paras) == []


def test_a_reporters_question_in_a_transcript_is_not_a_statement():
    paras = [
        "QUESTION (Valley Courier): Will the plant close this year?",
        "ILSA MORR: Not this year, and not next year either. We have orders until 2030.",
        "QUESTION (Radio Orlin): And after that?",
        "ILSA MORR: After that it depends on the contract with the navy.",
    ]
    assert {s.speaker for s in extract(paras)} == {"Ilsa Morr"}


# --- robustness and speed --------------------------------------------------------------------------


def _text_of(n_chars):
    rng = random.Random(7)
    words = ["river", "council", "said", "Mara", "bridge", "told", "the", "that", "Quell", "would"]
    return " ".join(rng.choice(words) for _ in range(n_chars // 5 + 1))[:n_chars]


def test_a_megabyte_paragraph_without_punctuation_is_read():
    text = _text_of(1_000_000)
    assert len(text) >= 999_000
    extract([text])  # finishes, whatever it finds


def test_pairing_is_by_type_not_by_count():
    p = "“One,” he said, and “two”."
    assert [p[q.open + 1 : q.close] for q in find_quotes(p)] == ["One,", "two"]


_pieces = list("abcXYZ  ,.;:!?'’‘“”\"«»„—–-()\n") + ["said", " He ", " she ", "told ", "according to ", "Mr. ", " Ana Pell", " the spokesperson "]
_noisy = st.lists(st.sampled_from(_pieces), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_noisy, max_size=6))
def test_extract_never_raises_on_noisy_text(paragraphs):
    for st_ in extract(paragraphs):
        assert st_.kind in ("direct", "indirect")
        assert st_.text.strip()


def test_titles_of_works_in_quote_marks_are_not_statements():
    paras = [
        "Nell Harrow wrote “The Salt Road” in a single winter.",
        "“I wrote it to pay the rent,” Harrow said.",
    ]
    assert said(paras, "direct") == [("Nell Harrow", "I wrote it to pay the rent")]


def test_a_verb_inside_a_subject_clause_does_not_report_a_statement():
    assert extract(["What the minister says is that the budget will balance."]) == []


def test_a_quotation_typed_with_doubled_marks_is_shown_without_them():
    paras = ["''The quay will reopen in the spring,'' Ines Varro said on Monday.",
             "Ivo Brand called the plan ''a pause with a purpose'' and said the crews would wait for the vote."]
    assert said(paras, "direct") == [("Ines Varro", "The quay will reopen in the spring")]
    reported = [text for _, text in said(paras, "indirect")]
    assert reported and all("''" not in text for text in reported)
    assert any("“a pause with a purpose”" in text for text in reported)


def test_the_answer_after_a_question_and_its_asking_is_the_answer_of_the_one_asked():
    paras = ["“Is the port safe for the winter?” a reporter asked Ivo Brand. “It is safer than it was last year.”",
             "“Why now and why this pier?” Ana Veer asked. “Why not last year, when the cracks were found?”"]
    assert said(paras, "direct") == [
        ("a reporter", "Is the port safe for the winter?"),
        ("Ivo Brand", "It is safer than it was last year."),
        ("Ana Veer", "Why now and why this pier?"),
        ("Ana Veer", "Why not last year, when the cracks were found?"),
    ]
