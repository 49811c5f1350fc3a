"""Speakers and cues in the middle or at the end of a sentence that the tagger read another way:
"“…,” said the elder Ms. Veer, …", ", Veer at Marrow Bank warned,", "a steep charge on every boat",
"what dock workers have taken to calling", "Some harbour pilots on Monday said" (our own examples)."""

from briefing.article.attribution import extract, inverted
from briefing.article.attribution.spans import spans_of
from briefing.article.attribution.tokens import read_paragraph


def said(paragraphs):
    return [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]


def test_the_name_after_a_quotation_and_its_cue_is_who_spoke_even_when_tagged_as_words():
    par = read_paragraph("“The ferry runs on hope now, not on timetables,” said the elder Ms. Veer, "
                         "waving at the empty pier.")
    close = next(i for i, t in enumerate(par.tokens) if t.mark == "close")
    misread = ["B-CON"] + ["I-CON"] * close + ["B-CUE", "B-CON"] + ["I-CON"] * (len(par.tokens) - close - 3)
    assert len(misread) == len(par.tokens)
    spans = {(s.role, " ".join(t.text for t in par.tokens[s.start:s.end]))
             for s in spans_of(inverted.quotation_sources(par, misread))}
    assert ("SRC", "the elder Ms . Veer") in spans, spans
    assert not any(role == "CON" and ("Veer" in text or "waving" in text) for role, text in spans), spans


def test_words_after_a_quotation_and_its_cue_that_go_on_as_a_clause_stay_what_was_said():
    par = read_paragraph("“We waited all winter,” says that the harbour will open in May.")
    close = next(i for i, t in enumerate(par.tokens) if t.mark == "close")
    labels = ["B-CON"] + ["I-CON"] * close + ["B-CUE", "B-CON"] + ["I-CON"] * (len(par.tokens) - close - 3)
    assert inverted.quotation_sources(par, labels) == labels


def test_a_noun_of_saying_after_a_is_no_speaker_and_cue():
    par = read_paragraph("Tolls for a pilot could stand, she said, but a steep charge on every boat "
                         "“would never survive a court.”")
    charge = next(i for i, t in enumerate(par.tokens) if t.text == "charge")
    misread = ["O"] * len(par.tokens)
    misread[charge - 2:charge + 2] = ["B-SRC", "I-SRC", "B-CUE", "I-CUE"]
    misread[charge + 2:] = ["B-CON"] + ["I-CON"] * (len(par.tokens) - charge - 3)
    spans = {(s.role, " ".join(t.text for t in par.tokens[s.start:s.end]))
             for s in spans_of(inverted.noun_cues(par, misread))}
    assert not any(role in ("SRC", "CUE") for role, _ in spans), spans
    assert any(role == "CON" and "survive" in text for role, text in spans), spans


def test_a_speaker_before_its_verb_in_its_bare_form_after_a_plural_stays():
    par = read_paragraph("A few analysts say the fee will not last.")
    labels = ["B-SRC", "I-SRC", "I-SRC", "B-CUE"] + ["B-CON"] + ["I-CON"] * (len(par.tokens) - 5)
    assert inverted.noun_cues(par, labels) == labels


def test_the_words_after_what_name_who_calls_a_thing_so():
    statements = said(["The price rise reflects what dock workers have taken to calling the “Kessel tax” "
                       "on every crate that lands."])
    assert not any(who and "reflects" in who for who, _kind, _text in statements), statements


def test_an_attribution_between_commas_inside_what_the_tagger_read_as_said_is_the_speaker():
    par = read_paragraph("The softer posts are no climb-down, Veer at Marrow Bank warned, since none of them "
                         "touched the fee.")
    labels = ["B-CON"] + ["I-CON"] * (len(par.tokens) - 2) + ["O"]
    spans = {(s.role, " ".join(t.text for t in par.tokens[s.start:s.end]))
             for s in spans_of(inverted.parenthetical_sources(par, labels))}
    assert ("SRC", "Veer at Marrow Bank") in spans and ("CUE", "warned") in spans, spans
    assert not any(role == "CON" and "Veer" in text for role, text in spans), spans


def test_a_clause_between_commas_is_no_attribution():
    par = read_paragraph("The softer posts, the port argued, and the quiet weeks were no climb-down at all.")
    labels = ["B-SRC", "I-SRC", "I-SRC", "O"] + ["B-CON"] + ["I-CON"] * (len(par.tokens) - 6) + ["O"]
    assert inverted.parenthetical_sources(par, labels) == labels


def test_the_day_after_a_speaker_is_not_part_of_the_speaker():
    assert said(["Some harbour pilots on Monday said the new channel was too narrow for the larger ferries."]) == [
        ("Some harbour pilots", "indirect", "the new channel was too narrow for the larger ferries")]


def test_a_speaker_after_a_clause_the_tagger_marked_as_said_is_read_with_its_cue():
    statements = said(["Ivo Brand runs the mill.", "The water rose faster than anyone had feared, said resident "
                       "Ana Veer in an interview."])
    assert ("Ana Veer", "indirect", "The water rose faster than anyone had feared") in statements, statements


def test_a_board_that_said_nothing_at_all_has_no_statement_and_passes_on_no_speaker():
    statements = said(["The council waited weeks for a reply, after months in which the board had said nothing at all.",
                       "“We are ready to listen now,” Veer said."])
    assert statements == [("Veer", "direct", "We are ready to listen now")]


def test_whom_a_paper_cites_between_commas_is_no_second_speaker():
    assert said(["The Ledger, citing two board members, said Brand had offered to resign."]) == [
        ("Ledger", "indirect", "Brand had offered to resign")]
    assert said(["The Ledger reported, citing people briefed on the talks, that Brand would resign."]) == [
        ("Ledger", "indirect", "Brand would resign")]


def test_the_clause_before_with_and_a_participle_of_saying_is_not_what_was_said():
    assert said(["The board approved the plan, with the mayor saying it would create two hundred jobs."]) == [
        ("the mayor", "indirect", "it would create two hundred jobs")]


def test_to_say_after_a_comma_reports_the_subject_of_the_sentence():
    statements = said(["Ana Veer chairs the school board.",
                       "Veer went on Kessel Radio on Monday, to say that the school would stay open."])
    assert statements == [("Ana Veer", "indirect", "the school would stay open")]


def test_and_said_after_the_subjects_own_verb_reports_the_subject():
    assert said(["The harbour board raised the berth fee and said it would review the charge in a year."]) == [
        ("The harbour board", "indirect", "it would review the charge in a year")]


def test_a_reported_subject_with_a_relative_clause_keeps_the_verb_after_it():
    assert said(["The board said the union, which represents 400 dockers, had rejected the offer."]) == [
        ("The board", "indirect", "the union, which represents 400 dockers, had rejected the offer")]


def test_a_subject_before_a_parenthetical_attribution_is_part_of_what_was_said():
    intro = "Ana Veer spoke at noon."
    assert said([intro, "The bridge, Veer said, would stay shut until spring."]) == [
        ("Ana Veer", "indirect", "The bridge would stay shut until spring")]
    told = said([intro, "The bridge, she told the council, would stay shut until spring."])
    assert [(who, text.replace(" …", "")) for who, _kind, text in told] == [
        ("Ana Veer", "The bridge would stay shut until spring")]


def test_an_appositive_between_commas_is_no_parenthetical_attribution():
    assert said(["Ivo Brand, a former press secretary for the mayor, is now head of the ferry company."]) == []


def test_a_verb_of_saying_after_after_reports_its_own_speaker_not_the_main_clause():
    statements = said(["Shares in Kessel Shipping fell after its chief executive said profits would halve."])
    assert [text for _who, _kind, text in statements] == ["profits would halve"]
    assert said(["Ana Veer said the fares rose after the board met in secret on Monday night."]) == [
        ("Ana Veer", "indirect", "the fares rose after the board met in secret on Monday night")]
