"""The linking stage on its own: given the tagger's labels for a paragraph, which words go with
which cue and source. The labels are written by hand, the way the tagger sometimes reads real
copy; the sentences are our own."""

import pytest

from briefing.article.attribution import after_quotes, extract
from briefing.article.attribution.spans import link, spans_of
from briefing.article.attribution.tokens import read_paragraph


def labelled(text, marks):
    """`marks` maps a word's first index to (label, how many words): ("CON", 4) labels 4 tokens."""
    par = read_paragraph(text)
    labels = ["O"] * len(par.tokens)
    for start, (role, n) in marks.items():
        for k in range(start, start + n):
            labels[k] = ("B-" if k == start else "I-") + role
    return par, labels


def contents(par, att):
    return [" ".join(t.text for t in par.tokens[c.start:c.end]) for c in att.contents]


def test_a_sentence_before_according_to_is_dropped_when_the_cues_own_sentence_has_the_words():
    par, labels = labelled(
        "The samples suggest the valley held water, perhaps a lake. According to the agency, the melt once flooded the valley floor.",
        {0: ("CON", 11), 12: ("CUE", 2), 14: ("SRC", 2), 17: ("CON", 7)})
    [att] = link(par, 0, labels, None)
    assert contents(par, att) == ["the melt once flooded the valley floor"]


def test_the_clause_before_but_is_dropped_when_the_speaker_after_it_has_words_of_their_own():
    par, labels = labelled(
        "Ilse Quist has skipped the Dunmore event, but Mara Quist said her sister backed the comeback.",
        {0: ("CON", 7), 9: ("SRC", 2), 11: ("CUE", 1), 12: ("CON", 5)})
    [att] = link(par, 0, labels, None)
    assert contents(par, att) == ["her sister backed the comeback"]


@pytest.mark.parametrize("joiner", ["while", "although", "whereas", "though", "yet", "then"])
def test_the_clause_before_another_joining_word_is_dropped_too(joiner):
    par, labels = labelled(
        f"Ilse Quist has skipped the Dunmore event, {joiner} Mara Quist said her sister backed the comeback.",
        {0: ("CON", 7), 9: ("SRC", 2), 11: ("CUE", 1), 12: ("CON", 5)})
    [att] = link(par, 0, labels, None)
    assert contents(par, att) == ["her sister backed the comeback"]


def test_a_quotation_closed_by_a_description_and_a_name_is_credited_to_the_name():
    par, labels = labelled("“Who gets to say which toys are safe?” asked Harbour pediatrician Dr. Ana Lind.", {})
    marked = after_quotes.quoted_attributions(par, labels)
    source = [t.text for t, label in zip(par.tokens, marked) if label.endswith("SRC")]
    assert source[-2:] == ["Ana", "Lind"] and source[0] == "Harbour"


def test_a_described_source_after_a_quotation_goes_on_through_its_qualifier_to_the_cue():
    par, labels = labelled("“So why didn't the firm pay its share?” a narrator in the council's ad asks.", {})
    marked = after_quotes.quoted_attributions(par, labels)
    source = [t.text for t, label in zip(par.tokens, marked) if label.endswith("SRC")]
    assert source == ["a", "narrator", "in", "the", "council's", "ad"]


def test_a_reported_clause_the_tagger_stopped_at_a_title_with_a_dot_runs_on_to_its_sentence_end():
    from briefing.article.attribution.clauses import unfinished_contents

    text = "The fishermen said the view held by Mrs. Lind was not as popular as it once was."
    par, labels = labelled(text, {0: ("SRC", 2), 2: ("CUE", 1), 3: ("CON", 5)})
    out = unfinished_contents(par, labels)
    said = [t.text for t, label in zip(par.tokens, out) if label.endswith("CON")]
    assert " ".join(said) == "the view held by Mrs . Lind was not as popular as it once was"


def test_a_second_speaker_after_a_comma_inside_a_content_opens_a_statement_of_their_own():
    from briefing.article.attribution.clauses import second_speakers

    text = "Kessler said the ferry would keep running, but on Monday he said the service would end in May."
    par, labels = labelled(text, {0: ("SRC", 1), 1: ("CUE", 1), 2: ("CON", 17)})
    [first, second] = link(par, 0, second_speakers(par, labels), None)
    assert contents(par, first) == ["the ferry would keep running"]
    assert contents(par, second) == ["the service would end in May"]
    assert " ".join(t.text for t in par.tokens[second.source.start:second.source.end]) == "he"
    poll = "Most voters said they were worried about the harbour, and four in ten said the ferry should be sold."
    par, labels = labelled(poll, {0: ("SRC", 2), 2: ("CUE", 1), 3: ("CON", 17)})
    [_, second] = link(par, 0, second_speakers(par, labels), None)
    assert " ".join(t.text for t in par.tokens[second.source.start:second.source.end]) == "four in ten"


def test_a_clause_after_that_or_a_relative_inside_a_content_is_no_second_speaker():
    from briefing.article.attribution.clauses import second_speakers

    text = "Lind said the plan was sound, and above all a sign that she claims the quay for the town."
    par, labels = labelled(text, {0: ("SRC", 1), 1: ("CUE", 1), 2: ("CON", 18)})
    assert second_speakers(par, labels) == labels
    text = "Lind said the deal, which Kessler signed in March, would bring the ferry back."
    par, labels = labelled(text, {0: ("SRC", 1), 1: ("CUE", 1), 2: ("CON", 14)})
    assert second_speakers(par, labels) == labels


def test_who_heard_it_and_where_it_was_said_before_that_are_not_what_was_said():
    from briefing.article.attribution.missing_contents import complete_contents

    def completed(text, cue_at):
        par, labels = labelled(text, {0: ("SRC", 1), cue_at: ("CUE", 1)})
        return " ".join(t.text for t, label in zip(par.tokens, complete_contents(par, labels)) if label.endswith("CON"))

    told = "Lind told The Tarn Gazette newspaper of Marrow on Saturday that she cast her vote for Kessler."
    assert completed(told, 1) == "she cast her vote for Kessler"
    wrote = "Kessler wrote in a guest column for the Marrow Courier that the ferry fares would double."
    assert completed(wrote, 1) == "the ferry fares would double"
    relative = "Kessler said on Tuesday a plan that injects money into the ferry was ready."
    assert completed(relative, 1) == "on Tuesday a plan that injects money into the ferry was ready"


def test_a_source_the_tagger_ran_past_its_sentence_is_cut_at_the_full_stop():
    from briefing.article.attribution.clauses import sources_in_sentences

    text = "Fares rose 3 percent in May, according to the Harbour Office. Four ferries reported delays."
    par, labels = labelled(text, {0: ("CON", 6), 7: ("CUE", 2), 9: ("SRC", 6), 15: ("CUE", 1)})
    out = sources_in_sentences(par, labels)
    sources = [" ".join(t.text for t in par.tokens[s.start:s.end]) for s in spans_of(out) if s.role == "SRC"]
    assert sources == ["the Harbour Office", "Four ferries"]


def test_a_that_after_a_noun_the_content_already_holds_opens_a_relative_clause_not_what_was_said():
    from briefing.article.attribution.missing_contents import complete_contents

    text = "Kessler said Monday the fares that Tarnside set were too low."
    par, labels = labelled(text, {0: ("SRC", 1), 1: ("CUE", 1)})
    said = " ".join(t.text for t, label in zip(par.tokens, complete_contents(par, labels)) if label.endswith("CON"))
    assert said.endswith("the fares that Tarnside set were too low")


def test_a_plain_attribution_after_a_linking_adverb_or_an_opening_phrase_is_read():
    found = [(s.speaker, s.text) for s in extract([
        "However, harbour commissioner Ivo Brand had earlier indicated that two ferries sank near the quay.",
        "With the rise in cases, the health minister, Ana Veer, pointed out that the clinics would stay open all week.",
        "Meanwhile the minister affirmed that no lives had been lost in the storm.",
        "However, the board approved the plan to close the quay.",
    ])]
    assert found == [("Ivo Brand", "two ferries sank near the quay"),
                     ("Ana Veer", "the clinics would stay open all week"),
                     ("Ana Veer", "no lives had been lost in the storm")]


def test_a_short_aside_in_brackets_does_not_hide_the_attribution_around_it():
    found = [(s.speaker, s.text) for s in extract([
        "Committee chair Ana Veer (Lab, Marrow Ward) said members were satisfied the points had been raised.",
        "Ferries will resume in May after the repairs, the state Harbour Agency (HPA) reported on Sunday.",
    ])]
    assert found == [("Ana Veer", "members were satisfied the points had been raised"),
                     ("Harbour Agency", "Ferries will resume in May after the repairs")]


def test_what_a_statement_was_said_of_is_not_what_was_said():
    found = [(s.speaker, s.text) for s in extract([
        "Now is no time for a big rise in fares, Ana Veer said of the new harbour levy.",
        "Ivo Brand said of the levy that it was too high for the small boats.",
        "In a later vote, Ana Veer spoke of the dangers of cheap fares for the small boats.",
    ])]
    assert found[:2] == [("Ana Veer", "Now is no time for a big rise in fares"),
                         ("Ivo Brand", "it was too high for the small boats")]
    assert all(text != "In a later vote" for _who, text in found)


def test_what_a_speaker_answers_goes_with_the_cue_and_the_answer_is_what_was_said():
    found = [(s.speaker, s.text) for s in extract([
        "The crew rejected suggestions that its best players were faking injuries to avoid the tour.",
        "Ana Veer dismissed the idea that she would resign before the vote.",
    ])]
    assert found == [("The crew", "its best players were faking injuries to avoid the tour"),
                     ("Ana Veer", "she would resign before the vote")]


def test_the_idea_said_is_what_was_said_and_a_relative_that_opens_no_claim():
    found = [(s.speaker, s.text) for s in extract([
        "The union said the idea that wages would rise was a fantasy.",
        "The minister rejected the report that was published by the Marrow Institute on Monday.",
    ])]
    assert ("The union", "the idea that wages would rise was a fantasy") in found
    assert all(text != "was published by the Marrow Institute on Monday" for _who, text in found)


def test_a_quotations_gloss_in_brackets_stays_with_the_quotation():
    found = [(s.speaker, s.kind, s.text) for s in extract(
        ["“Wir bleiben hier” (We are staying here), said Lena Osk, who runs the Kessel bakery."])]
    assert found[0][:2] == ("Lena Osk", "direct")


def test_a_papers_report_closing_the_sentence_reports_all_of_it():
    found = [(s.speaker, s.text) for s in extract(
        ["Judge Ana Veer said the notices were sensational, the Marrow Gazette reports, citing a wire service."])]
    assert sorted(found) == [("Ana Veer", "the notices were sensational"),
                             ("Marrow Gazette", "Judge Ana Veer said the notices were sensational")]


def test_saying_goodbye_or_a_few_words_reports_nothing():
    found = [(s.speaker, s.text) for s in extract([
        "Meanwhile Kessel said goodbye to its last tram after ninety years of service.",
        "The mayor said a few words before the ribbon was cut at the quay.",
        "Ana Veer said little would change for the ferry crews in the new year.",
    ])]
    assert found == [("Ana Veer", "little would change for the ferry crews in the new year")]
