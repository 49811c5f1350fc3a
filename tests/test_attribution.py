"""Who said what, stage by stage and end to end, on examples written for these tests.

The shapes come from what real news copy does (quote marks of every kind, cues
beyond "said", roles and pronouns, transcripts, credit lines, lists of quotes);
the words are our own.
"""

import pytest

from briefing.article.attribution import after_quotes, cues, extract, lead_ins
from briefing.article.attribution.marks import find_quotes
from briefing.article.attribution.phrases import ORG, PERSON, ROLE, describe, parse_phrase
from briefing.article.attribution.spans import spans_of
from briefing.article.attribution.tokens import read_paragraph
from briefing.assemble.align import align


def said(paragraphs, speaker=None):
    """(speaker, kind, text) of every statement; with `speaker`, only that speaker's texts."""
    found = [(s.speaker, s.kind, s.text) for s in extract(paragraphs)]
    if speaker is None:
        return found
    return [text for who, _kind, text in found if who == speaker]


def by(statements, words):
    """The speaker of the statement that holds `words` (a description without its "the", as
    "dockers' union" for "The dockers' union"; case as the sentence gave it)."""
    hits = [who for who, _kind, text in statements if words in text]
    assert hits, f"no statement holds {words!r}: {statements}"
    return hits[0]


def same(name, expected):
    """Speaker names compared as a reader would: case and a leading "the" aside."""
    def norm(s):
        s = (s or "").casefold()
        return s[4:] if s.startswith("the ") else s
    return norm(name) == norm(expected)


# --- quotation marks ---------------------------------------------------------------------------


def test_two_apostrophes_pair_as_quote_marks():
    text = "''The cranes stay idle until the inspectors sign off,'' said Ana Lind, the harbour master."
    [q] = find_quotes(text)
    assert q.text(text) == "The cranes stay idle until the inspectors sign off,"


def test_single_curly_marks_quote_but_apostrophes_do_not():
    text = "The council’s plan, Ode said, was ‘a map without roads’ and the mayor’s aides knew it."
    quotes = find_quotes(text)
    assert [q.text(text) for q in quotes] == ["a map without roads"]


def test_straight_marks_pair_by_what_stands_around_them():
    text = 'A 27" screen hung in the hall. "It never worked," the caretaker said.'
    assert [q.text(text) for q in find_quotes(text)] == ["It never worked,"]


def test_a_sentence_break_inside_a_quotation_keeps_the_sentence_whole():
    par = read_paragraph("“We waited a year. Now we build,” Lind said. The vote is on Friday.")
    assert len(par.units) == 2
    assert par.tokens[0].mark == "open" and par.tokens[1].quoted


def test_a_quotation_over_several_paragraphs_keeps_its_speaker():
    statements = said([
        "Ana Lind, the harbour master, said: “The cranes stay idle until the inspectors sign off. We have no choice.",
        "“Nobody here wants another winter like the last one,” she added.",
    ])
    assert by(statements, "cranes stay idle") == "Ana Lind"
    assert by(statements, "another winter like the last one") == "Ana Lind"


# --- cues ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("form, lemma", [
    ("claimed", "claim"), ("calls", "call"), ("urged", "urge"), ("asking", "ask"), ("warns", "warn"),
    ("reported", "report"), ("promised", "promise"), ("denies", "deny"), ("argued", "argue"),
    ("accused", "accuse"), ("insisted", "insist"), ("Said", "say"), ("told", "tell"), ("tweeted", "tweet"),
])
def test_verbs_of_saying_are_known_in_every_form(form, lemma):
    assert cues.lemma(form) == lemma


def test_believing_is_not_saying_and_phrases_are_cues():
    assert cues.lemma("believed") is None and cues.lemma("thinks") is None
    assert ("according", "to") in cues.phrases() and ("quoted", "as", "saying") in cues.phrases()
    assert cues.is_noun("statement") and not cues.is_noun("bridge")


def test_spans_of_turn_labels_into_runs():
    labels = ["B-CON", "I-CON", "O", "B-SRC", "B-CUE", "I-CUE", "O"]
    assert [(s.role, s.start, s.end) for s in spans_of(labels)] == [("CON", 0, 2), ("SRC", 3, 4), ("CUE", 4, 6)]


# --- speaker phrases ---------------------------------------------------------------------------


def test_a_speaker_phrase_is_a_name_a_role_or_an_organisation():
    lind = parse_phrase("Harbour Master Ana Lind")
    assert lind.kind == PERSON and lind.name == "Ana Lind" and "Harbour Master" in lind.role
    assert parse_phrase("the ministry").kind == ORG
    assert parse_phrase("On Tuesday") is None and parse_phrase("In Kestrel Bay") is None


def test_what_the_phrase_parser_cannot_name_is_described():
    assert describe("critics").kind == ROLE
    pair = describe("Lind and Ode")
    assert pair.kind == ORG and pair.name == "Lind and Ode"
    assert describe("Lind’s").name == "Lind"
    assert describe("who").kind == "pronoun"
    assert describe("in the Oval Room") is None


# --- reported speech -----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, speaker, words", [
    ("The dockers' union claimed that the new rota breaks the contract.", "The dockers' union", "the new rota breaks the contract"),
    ("Mayor Ana Lind urged the council to approve the loan before the spring.", "Ana Lind", "approve the loan"),
    ("Piet Ode warned that the ferry would stop running in March.", "Piet Ode", "the ferry would stop running in March"),
    ("Karel Voss denied that the ministry had seen the report.", "Karel Voss", "the ministry had seen the report"),
    ("Nadia Brandt argued that the tolls hurt the poorest drivers most.", "Nadia Brandt", "the tolls hurt the poorest drivers most"),
    ("Piet Ode accused the board of hiding the cost of the new quay.", "Piet Ode", "hiding the cost of the new quay"),
    ("The price of a ferry ticket will double by May, according to Karel Voss.", "Karel Voss", "ferry ticket will double by May"),
    ("Ana Lind insisted the berths would reopen before the end of the month.", "Ana Lind", "the berths would reopen"),
    ("Nadia Brandt promised that no worker would lose a job over the merger.", "Nadia Brandt", "no worker would lose a job"),
])
def test_reported_speech_with_cues_beyond_said(sentence, speaker, words):
    statements = said([sentence])
    assert same(by(statements, words), speaker)
    assert all(kind == "indirect" for who, kind, text in statements if words in text)


def test_reported_speech_is_cut_at_its_sentence():
    statements = said(["Ana Lind said the berths would reopen in May. The ferry company welcomed the news on Friday."])
    [text] = [t for who, k, t in statements if who == "Ana Lind"]
    assert "berths would reopen in May" in text and "welcomed" not in text


# --- direct quotes and their speakers ----------------------------------------------------------


def test_the_speaker_next_to_the_quote_wins_over_another_name_nearby():
    statements = said(["Ana Lind met Piet Ode at the quay on Monday.",
                       "“The deal is done and the cranes will move,” Ode told reporters afterwards."])
    assert by(statements, "The deal is done") == "Piet Ode"


def test_he_and_she_go_to_the_person_of_that_gender():
    statements = said(["Ana Lind and Piet Ode spoke to reporters after the vote on the new quay.",
                       "“We lost a whole year to this argument,” she said."])
    assert by(statements, "We lost a whole year") == "Ana Lind"


def test_a_role_goes_to_the_person_the_article_named_for_it():
    statements = said([
        "Karel Voss, the ministry spokesman, said the talks would resume on Monday.",
        "Later in the day the spokesman said the delegation had already left the capital.",
    ])
    assert by(statements, "the delegation had already left") == "Karel Voss"


def test_a_generic_group_speaks_only_when_nobody_is_named():
    statements = said(["Analysts said the rate cut was long overdue and would lift the housing market."])
    assert same(by(statements, "rate cut was long overdue"), "Analysts")


def test_transcript_turns_alternate_between_host_and_guest():
    statements = said([
        "Nadia Brandt spoke to the harbour master, Piet Ode, on Thursday evening.",
        "BRANDT: Where were you when the levee gave way?",
        "ODE: At the pumping station, like every night that week.",
        "BRANDT: And what did you see there?",
    ])
    assert by(statements, "At the pumping station") == "Piet Ode"
    assert by(statements, "Where were you when the levee") == "Nadia Brandt"


def test_questions_and_answers_credit_the_person_interviewed():
    statements = said([
        "The new harbour master, Piet Ode, said he would start with the cranes.",
        "Q: What will you change first?",
        "A: The night shifts, because nobody can work twelve hours in that cold.",
    ])
    assert by(statements, "The night shifts") == "Piet Ode"
    assert not [s for s in statements if "What will you change" in s[2]]


def test_quotes_listed_under_a_line_that_names_their_speaker():
    statements = said([
        "Key quotes from Ana Lind:",
        "- “We will not wait another winter for the money.”",
        "- “The cranes are old, but the people who run them are not.”",
    ])
    assert by(statements, "another winter for the money") == "Ana Lind"
    assert by(statements, "people who run them") == "Ana Lind"


def test_a_credit_line_after_a_quotation_names_its_speaker():
    statements = said(["“I have paid this toll every day for eleven years and I am done.” ― Mia Santos, a nurse"])
    assert by(statements, "paid this toll every day") == "Mia Santos"


def test_headings_and_datelines_are_never_speakers():
    statements = said([
        "KESTREL BAY (Harbour Wire) — The port authority said on Monday it would close two berths for repairs.",
        "Bottom line: the repairs will cost more than the berths earn in a year.",
    ])
    speakers = {who for who, _k, _t in statements}
    assert not speakers & {"Bottom line", "Bottom Line", "KESTREL BAY", "Kestrel Bay", "Harbour Wire"}


def test_the_account_speaks_not_the_platform_it_posts_on():
    statements = said(["In a post on Quillstream, the transport ministry said the line would reopen in June."])
    assert "Quillstream" not in {who for who, _k, _t in statements}


# --- the same speaker across articles -------------------------------------------------------------


def test_one_letter_of_transliteration_is_one_speaker_and_a_shared_surname_is_two():
    speakers, mapping = align([
        ("a.txt", PERSON, "Oleksandr Petrenko", None), ("b.txt", PERSON, "Oleksander Petrenko", None),
        ("a.txt", PERSON, "Ana Lind", None), ("b.txt", PERSON, "Mia Lind", None),
    ])
    assert mapping[("a.txt", "Oleksandr Petrenko")] == mapping[("b.txt", "Oleksander Petrenko")]
    assert mapping[("a.txt", "Ana Lind")] != mapping[("b.txt", "Mia Lind")]


def test_the_model_digest_that_versions_the_cache_is_the_models_own():
    import hashlib
    import os

    from briefing.article.attribution.tagger import MODEL_PATH

    with open(MODEL_PATH, "rb") as fh:
        actual = hashlib.sha256(fh.read()).hexdigest()
    with open(MODEL_PATH + ".sha256", encoding="ascii") as fh:
        recorded = fh.read().strip()
    assert recorded == actual, "retrain with bench/train_attribution.py, which writes both files"
    assert os.path.getsize(MODEL_PATH) <= 10 * 1024 * 1024


def test_an_organisations_description_and_its_documents_go_to_the_organisation():
    statements = said([
        "Brennmoor Water Company said on Monday that supplies in the east of the county were safe.",
        "The Brennmoor Anglers' Union disagreed and said the river was running too low for fish.",
        "The company later said no customer would pay for the repairs to the main.",
        "A notice on the company's website said the tankers would stay until Friday.",
    ])
    assert by(statements, "no customer would pay") == "Brennmoor Water Company"
    assert by(statements, "tankers would stay until Friday") == "Brennmoor Water Company"
    assert by(statements, "running too low for fish") == "Brennmoor Anglers' Union"


def test_a_dateline_with_a_date_and_an_agency_names_nobody():
    statements = said(["NORHAVEN/KIRSA, March 4 (Northstar News) – The harbour board said the new berths would open in May."])
    speakers = {who for who, _k, _t in statements}
    assert speakers and not speakers & {"NORHAVEN", "KIRSA", "Northstar News", "NORHAVEN/KIRSA"}


def test_according_to_at_the_head_of_a_sentence_and_a_clause_cut_at_a_semicolon():
    statements = said([
        "According to Mira Solheim, the ferry company had ignored three warnings about the ramp.",
        "Piet Ode said the ramp had been repaired twice; the inspectors arrived only on Friday.",
    ])
    assert by(statements, "ignored three warnings about the ramp") == "Mira Solheim"
    [ode] = [t for who, _k, t in statements if who == "Piet Ode"]
    assert "repaired twice" in ode and "inspectors" not in ode


# --- he and she ------------------------------------------------------------------------------------


def test_names_after_the_pronoun_in_its_sentence_are_not_who_spoke():
    statements = said([
        "Tomas Berg, the harbour master, has run the port for a decade. The port handled more ships this year.",
        "“Both of them want the same quay,” he said of Piet Lund and Jorge Ruiz.",
    ])
    assert by(statements, "same quay") == "Tomas Berg"


def test_he_is_the_first_person_of_the_sentence_before():
    statements = said([
        "“The budget is settled,” said Anton Greive, the finance chief.",
        "Speaking at the depot on Friday, Piet Lund went after Jorge Ruiz over the tram plan.",
        "He said, “Nobody asked the drivers what they think of it.”",
    ])
    assert by(statements, "Nobody asked the drivers") == "Piet Lund"


def test_who_is_the_name_just_before_it():
    statements = said([
        "The plan was drawn up by Marta Solis, who told Oskar Brandt that the weir would be rebuilt by spring.",
    ])
    assert by(statements, "weir would be rebuilt") == "Marta Solis"


def test_a_short_sentence_full_of_names_still_introduces_them():
    statements = said([
        "“The ferry will run all winter,” said Anton Greive, the harbour chief.",
        "Former Harbour Commissioner Piet Lund is backing Jorge Ruiz.",
        "Lund retired from the harbour board last year. He said the port needed “a steadier hand.”",
    ])
    assert by(statements, "steadier hand") == "Piet Lund"


def test_a_name_that_qualifies_another_is_not_who_he_stands_for():
    statements = said([
        "Piet Lind, the council leader, has called a vote on the tram plan.",
        "Lind spokesman Tomas Berg would not say when the vote would be held.",
        "“There is nothing new to announce,” he said.",
    ])
    assert by(statements, "nothing new to announce") == "Tomas Berg"


def test_a_surname_that_is_also_a_role_noun_is_the_person():
    statements = said([
        "“The clinic stays open,” said Rosa Marshal, who chairs the health board.",
        "Among those listening was Walter Dean, a retired surgeon.",
        "Dean, a member of the board since 2009, disagreed. “We cannot staff it,” he said.",
    ])
    assert by(statements, "We cannot staff it") == "Walter Dean"


def test_who_after_a_description_is_that_description():
    statements = said([
        "A senior port official, who asked not to be named, said the tolls would be dropped "
        "before the summer, whatever the ministry decides about Dravnik.",
    ])
    assert same(by(statements, "tolls would be dropped"), "a senior port official")


def test_an_appositive_kinship_noun_gives_the_gender():
    statements = said([
        "Ines Moreau, a retired teacher, has given money to three candidates this year.",
        "Along with her husband, Tavi Grenet, she has also hosted two fundraisers.",
        "She said, “I do not see any of them winning in the spring.”",
    ])
    assert by(statements, "winning in the spring") == "Ines Moreau"


def test_a_phrase_after_a_preposition_is_not_an_appositive_role():
    statements = said([
        "Brann Hollis, the ferry captain, was suspended on Monday.",
        "Hollis, through a spokeswoman, declined to comment.",
        "“I did nothing wrong,” he said later in a radio interview.",
    ])
    assert by(statements, "did nothing wrong") == "Brann Hollis"


def test_a_speaker_long_gone_gives_way_to_the_person_just_named():
    statements = said([
        "“The harbour will reopen,” said Anton Greive, the harbour chief.",
        "The harbour closed in March after the storm.",
        "Repairs have cost more than expected.",
        "Insurers are still counting the damage.",
        "Shipping lines have moved to other ports.",
        "Dock workers have been laid off.",
        "Some of them have found work in the town.",
        "The quay was rebuilt by a firm owned by Piet Lund and his brother.",
        "“We worked through the winter to get it done,” he said.",
    ])
    assert by(statements, "worked through the winter") == "Piet Lund"


# --- quotations after their attribution, in the same sentence --------------------------------------


@pytest.mark.parametrize("paragraphs, speaker, quote", [
    # a participle after the main clause: the sentence's subject speaks, past an opening phrase
    (["During a visit to the docks, Mayor Tomas Lints attacked the council over the budget, saying, "
      "“They are careless and far too slow with our money.”"],
     "Tomas Lints", "They are careless and far too slow with our money."),
    # the first word of the quotation is kept, "That" included
    (["Tomas Lints boasted, “That makes the new ferry the fastest on the coast.”"],
     "Tomas Lints", "That makes the new ferry the fastest on the coast."),
    # "as X, an appositive, put it,"
    (["As Jonas Veer, a port engineer at the Eastgate Institute, recently put it, "
      "“Did the council lower the fares or only the wages?”"],
     "Jonas Veer", "Did the council lower the fares or only the wages?"),
    # no comma between the verb and the quotation, after an opening phrase
    (["In a radio interview Tomas Lints declared “I think the old ferry may be obsolete by summer.”"],
     "Tomas Lints", "I think the old ferry may be obsolete by summer."),
    # a pronoun speaker in the next paragraph
    (["Ana Veer chairs the harbour board.", "She continued, “For all of us, the quay is a second home.”"],
     "Ana Veer", "For all of us, the quay is a second home."),
    # a few words between the cue and the comma: "told the Courier on Monday:"
    (["Ana Veer told the Harbour Courier on Monday: “Nobody on the board saw the bill before the vote.”"],
     "Ana Veer", "Nobody on the board saw the bill before the vote."),
])
def test_a_quotation_after_its_attribution_goes_to_the_speaker_before_it(paragraphs, speaker, quote):
    statements = said(paragraphs)
    assert (speaker, "direct", quote) in statements, statements


def test_examples_such_as_a_quotation_are_the_speakers_own_words():
    statements = said(["Ana Veer is ninety and has run the ferry kiosk for decades.",
                       "She still says things such as, “The harbour was busier when the boats were wooden.”"])
    assert ("Ana Veer", "direct", "The harbour was busier when the boats were wooden.") in statements


def test_a_second_quotation_after_a_participle_in_the_same_sentence():
    statements = said(["“We will fight this plan,” Tomas Lints said, raising a few questions of his own, "
                       "including, “Who will pay for the new quay when the grant runs out?”"])
    assert ("Tomas Lints", "direct", "We will fight this plan") in statements
    assert ("Tomas Lints", "direct", "Who will pay for the new quay when the grant runs out?") in statements


def test_a_name_given_in_quote_marks_after_a_naming_verb_is_not_a_statement():
    statements = said(["Tomas Lints called “The Harbour Renewal Plan” a waste of good money on Monday.",
                       "The bill, known as “The Clean Quay Act”, passed on Friday."])
    assert not [t for _w, kind, t in statements if kind == "direct"], statements


def test_a_speaker_after_the_quotation_read_as_content_is_the_source_again():
    """When the tagger reads "said Council President Ana Veer, summing up talks that …" as more of
    the quotation, the name is the source and the clause after it is narrative."""
    par = read_paragraph("“The budget is sound and the quay will open in spring,” said Council President "
                         "Ana Veer, summing up talks that ran until late on Friday.")
    close = next(i for i, t in enumerate(par.tokens) if t.mark == "close")
    misread = ["B-CON"] + ["I-CON"] * (close - 1) + ["I-CON", "B-CUE"] + ["I-CON"] * (len(par.tokens) - close - 2)
    labels = after_quotes.quoted_attributions(par, misread)
    spans = {(s.role, " ".join(t.text for t in par.tokens[s.start:s.end])) for s in spans_of(labels)}
    assert ("SRC", "Council President Ana Veer") in spans and ("CUE", "said") in spans
    assert not any(role == "CON" and "summing" in text for role, text in spans)


def test_a_paragraph_that_ends_with_a_colon_introduces_the_quotation_below():
    statements = said(["The Harbour Courier reports:",
                       "“The council voted on Tuesday to close the old ferry terminal by the end of the year.”"])
    assert [(who, kind) for who, kind, t in statements if t.startswith("The council voted")] == [
        ("Harbour Courier", "direct")]


def test_a_lead_in_that_ends_with_a_colon_is_not_itself_a_statement():
    statements = said(["Ana Veer, the harbour master, said in a statement on Monday:",
                       "“We regret the decision of the council but we will respect it.”"])
    assert statements == [("Ana Veer", "direct", "We regret the decision of the council but we will respect it.")]


def test_a_sentence_all_in_quotation_marks_goes_on_with_the_speaker_before_it():
    statements = said(["“The ferry will run again by May,” Ana Veer assured the crews on Monday, after weeks "
                       "in which the board had said nothing at all. “Nobody will lose a shift over this.”"])
    texts = [t for who, kind, t in statements if who == "Ana Veer" and kind == "direct"]
    assert any("Nobody will lose a shift over this." in t for t in texts), statements


def _read_without_the_tagger(text):
    """The (role, words) spans the backstops alone find in a paragraph the tagger left unmarked."""
    par = read_paragraph(text)
    labels = lead_ins.marked(par, after_quotes.quoted_attributions(par, ["O"] * len(par.tokens)))
    return {(s.role, " ".join(t.text for t in par.tokens[s.start:s.end])) for s in spans_of(labels)}


@pytest.mark.parametrize("text, source, cue, first_words", [
    ("During a visit to the docks, Mayor Tomas Lints attacked the council, saying, “They are far too slow.”",
     "Mayor Tomas Lints", "saying", "They are far"),
    ("Tomas Lints boasted, “That makes the new ferry the fastest on the coast.”", "Tomas Lints", "boasted", "That makes"),
    ("As Jonas Veer, a port engineer, recently put it, “Did the council lower the fares at all?”",
     "Jonas Veer", "put it", "Did the council"),
    ("In a radio interview Tomas Lints declared “I think the old ferry may be obsolete.”",
     "Tomas Lints", "declared", "I think"),
    ("She still says things such as, “The harbour was busier when the boats were wooden.”",
     "She", "says", "The harbour"),
    ("“Let us take this chance,” Ana Veer concluded, “to finish the quay before the storms.”",
     "Ana Veer", "concluded", "to finish"),
    ("“Promise me you will stay,” Ana Veer sings to the crowd before asking, “Who will sail with me at dawn?”",
     "Ana Veer", "asking", "Who will sail"),
    ("After the mayor mocked her plan, Ana Veer shot back, “At least I have a plan for the quay.”",
     "Ana Veer", "shot back", "At least I have"),
    ("But as the Harbour Courier pointed out, “The council has not published the tender in a year.”",
     "Harbour Courier", "pointed out", "The council has not"),
    ("According to Jonas Veer, “The old ferry burns twice the fuel of the new one.”",
     "Jonas Veer", "According to", "The old ferry"),
])
def test_the_backstops_alone_read_a_quotation_after_its_attribution(text, source, cue, first_words):
    spans = _read_without_the_tagger(text)
    assert ("SRC", source) in spans and ("CUE", cue) in spans, spans
    assert any(role == "CON" and words.startswith(first_words) for role, words in spans), spans


def test_a_description_after_an_inverted_cue_is_the_source():
    spans = _read_without_the_tagger("“The county cannot strike a voter from the rolls for staying at home,” "
                                     "said the verdict.")
    assert ("SRC", "the verdict") in spans and ("CUE", "said") in spans


def test_the_story_that_goes_on_after_an_attribution_is_not_the_speakers_words():
    par = read_paragraph("“She always picks up the phone for us,” Ana Veer said, and soon the crowd was cheering "
                         "and the band was packing up.")
    close = next(i for i, t in enumerate(par.tokens) if t.mark == "close")
    crowd = next(i for i, t in enumerate(par.tokens) if t.text == "crowd") - 1
    misread = (["B-CON"] + ["I-CON"] * close + ["B-SRC", "I-SRC", "B-CUE"] + ["O"] * (crowd - close - 4)
               + ["B-CON"] + ["I-CON"] * (len(par.tokens) - crowd - 1))
    assert len(misread) == len(par.tokens)
    labels = after_quotes.quoted_attributions(par, misread)
    spans = {(s.role, " ".join(t.text for t in par.tokens[s.start:s.end])) for s in spans_of(labels)}
    assert not any(role == "CON" and "crowd" in text for role, text in spans), spans
    assert ("SRC", "Ana Veer") in spans


def test_the_cue_that_introduces_a_quotation_wins_over_a_nearer_cue_after_it():
    statements = said(["The new advert closes on a clip of Tomas Lints saying at a forum last May, "
                       "“That makes me clever,” when Ana Veer blasted him for raising the fares."])
    assert ("Tomas Lints", "direct", "That makes me clever") in statements, statements


def test_a_long_appositive_between_the_name_and_the_cue_after_a_quotation():
    spans = _read_without_the_tagger("“The levy will pay for every new crane by spring,” Mara Kell, director of the "
                                     "Harbour Tax Centre and a professor at Eastgate University, said of the plan.")
    assert ("SRC", "Mara Kell") in spans and ("CUE", "said") in spans
    assert any(role == "CON" and text.startswith("The levy will pay") for role, text in spans)


def test_a_clause_before_a_cue_that_introduces_a_quotation_stays_out_of_the_quotation():
    statements = said(["When asked by the harbour committee about raising the ferry fares for the winter, "
                       "Ana Veer said: “Nobody in this town will pay more next year.”"])
    assert ("Ana Veer", "direct", "Nobody in this town will pay more next year.") in statements, statements


def test_a_paragraph_that_is_one_quotation_goes_on_from_the_attribution_just_before():
    par = read_paragraph("“Our cargo lists sit on an open server. Any clerk in the port can read them.”")
    spans = {(s.role, " ".join(t.text for t in par.tokens[s.start:s.end]))
             for s in spans_of(after_quotes.continued_quotations(par, ["O"] * len(par.tokens), carried=True))}
    assert any(role == "CON" and text.startswith("Our cargo lists sit") for role, text in spans)
    assert not spans_of(after_quotes.continued_quotations(par, ["O"] * len(par.tokens), carried=False))
