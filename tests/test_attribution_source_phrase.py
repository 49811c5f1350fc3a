"""The words of a source phrase that are not its speaker: a clause about the speaker, an occasion,
a request to stay unnamed. The examples are written for these tests."""

from briefing.article.attribution import extract
from briefing.article.attribution.phrases import parse_phrase
from briefing.article.attribution.source_phrase import tidy


def statements(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_a_clause_about_the_speaker_is_not_part_of_the_speaker():
    assert tidy("one owner of a bakery who would not give her name because her landlord reads the paper") == "one owner of a bakery"
    assert tidy("Councillor Ada Lorne who chairs the ferry board") == "Councillor Ada Lorne"


def test_a_name_that_holds_who_is_left_whole():
    assert tidy("Doctors Who Care") == "Doctors Who Care"


def test_a_quote_credited_to_a_speaker_with_a_clause_after_them_is_kept():
    found = statements([
        "“We were told lies from the first day,” said one owner of a bakery who would not give her name "
        "because her landlord reads the paper.",
    ])
    assert found == [("one owner of a bakery", "direct", "We were told lies from the first day")]


def test_a_named_speaker_with_a_clause_after_them_keeps_both_quotes():
    found = statements([
        "“Nobody on the ferry board saw the bill before Friday,” said Councillor Ada Lorne who chairs it. "
        "“We will be asking why at the next meeting.”",
    ])
    assert [(s, k) for s, k, _ in found] == [("Ada Lorne", "direct"), ("Ada Lorne", "direct")]


def test_asking_not_to_be_named_is_no_statement():
    found = statements([
        "“There is no way back for the bill now,” said one of the aides, who asked not to be named "
        "because the talks were private.",
    ])
    assert found == [("one of the aides", "direct", "There is no way back for the bill now")]


def test_an_adverb_that_opens_a_sentence_is_no_speaker():
    assert [parse_phrase(word) for word in ("Rather", "Perhaps", "Much", "Halfway")] == [None] * 4
    assert parse_phrase("Ana Lind") is not None


def test_an_unnamed_source_is_the_description_before_the_clause_about_anonymity():
    from briefing.article.attribution import extract

    found = [(s.speaker, s.kind, s.text) for s in extract([
        "“The dredging plan is finished,” said one person with knowledge of the harbour talks, who spoke on the "
        "condition of anonymity."])]
    assert found == [("one person with knowledge of the harbour talks", "direct", "The dredging plan is finished")]


def test_a_description_after_the_end_of_a_clause_is_the_speaker():
    # "… when I went to sea,” he worked for years as a trawler hand, the harbour master said
    assert tidy("Six months ago, the independent harbour master") == "the independent harbour master"
    assert tidy("a trawler hand, the harbour master") == "the harbour master"
    assert tidy("Ana Lind, the harbour master") == "Ana Lind, the harbour master"


def test_whom_a_source_spoke_to_and_how_a_document_goes_on_are_not_the_speaker():
    assert tidy("another port source speaking to the Tarn Gazette") == "another port source"
    assert tidy("The email goes on") == "The email"
    found = statements([
        "Ana Lind, the harbour master, spoke on Monday.",
        "“The pilots are investigating the loss of the ferry,” another port source speaking to the Tarn Gazette said.",
    ])
    assert [(speaker, kind) for speaker, kind, _text in found] == [("another port source", "direct")]


def test_the_words_that_open_the_sentence_are_no_part_of_the_source():
    assert tidy("Six months ago, the ferry company") == "the ferry company"
    assert tidy("The next month, a former harbour pilot") == "a former harbour pilot"
    assert tidy("Similarly, Ana Lind") == "Ana Lind"
    assert tidy("Subsequently, Harbour Master Ivo Brand") == "Harbour Master Ivo Brand"
    assert tidy("Tarnside's pilots, the union") == "Tarnside's pilots, the union"


def test_a_count_or_a_study_by_a_named_body_is_that_bodys_word():
    assert tidy("a count by the Tarn Gazette") == "the Tarn Gazette"
    assert tidy("a study by the Marrow Harbour Institute") == "the Marrow Harbour Institute"
    assert tidy("a study of the Marrow Ferry") == "a study of the Marrow Ferry"


def test_a_month_or_a_time_after_from_says_when_a_work_was_made_not_who_made_it():
    assert tidy("a study from May") == "a study from May"
    assert tidy("a poll from last spring") == "a poll from last spring"
    assert tidy("a count from 2024") == "a count from 2024"


def test_a_name_in_title_case_is_no_time_phrase_opening_the_sentence():
    assert tidy("Nine Weeks, the trio from Tarnside") == "Nine Weeks, the trio from Tarnside"
    assert tidy("Last Friday, the trio from Tarnside") == "the trio from Tarnside"


def test_a_description_after_the_name_a_role_speaks_for_leaves_the_whole_phrase_the_speaker():
    # the description is of whom the spokesman or lawyer speaks for, not the speaker
    assert tidy("A spokesman for Ana Lind, the former mayor") == "A spokesman for Ana Lind, the former mayor"
    found = statements([
        "A lawyer for Kestrel Shipping, the ferry operator, said the company would appeal.",
        "An aide to Kessler, the harbour minister, said the bill would be withdrawn.",
        "A friend of Lind, the late novelist, said she had finished a new book.",
        "“She will not stand again,” said a spokesman for Ana Lind, the former mayor.",
    ])
    assert [speaker for speaker, _kind, _text in found] == [
        "A lawyer for Kestrel Shipping, the ferry operator", "An aide to Kessler, the harbour minister",
        "A friend of Lind, the late novelist", "a spokesman for Ana Lind, the former mayor"]


def test_an_adverb_between_the_speaker_and_the_verb_is_no_part_of_the_speaker():
    assert tidy("The minister however") == "The minister" and tidy("Kessel Motors itself") == "Kessel Motors"
    assert tidy("The nurse later") == "The nurse" and tidy("KESSEL TODAY") == "KESSEL TODAY"  # a name in capitals stays
    found = statements([
        "The health minister, Ivo Brand, said the outbreak was under control.",
        "The minister however said that flights to and from Kessel would continue as normal.",
    ])
    assert found[-1] == ("Ivo Brand", "indirect", "flights to and from Kessel would continue as normal")
