"""Where one statement ends and the next begins inside a sentence.

Passes over the tagger's labels that move the boundaries it draws: a time phrase before
"that" belongs to the cue, a second verb of saying after "and" opens a statement of its own,
and so does a second speaker after a comma ("…, but on Monday he said …"), a verb of saying
in "-ing" reports the sentence's subject, and a name after a preposition in an insert is not
the speaker.
"""

from __future__ import annotations

from functools import cache

from briefing import lexicon
from briefing.article.attribution import cues
from briefing.article.attribution.tokens import Paragraph, Token

SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "there"})


def not_a_clause(word: str) -> bool:
    """True for a word that cannot open what was said: a preposition or a manner adverb
    ("said into the phone", "told of the encounter", "spoke pleasantly")."""
    low = word.lower()
    return (low in lexicon.lower("prepositions") and low != "to") or (low.endswith("ly") and low.isalpha() and len(low) > 4)


_TIME_LINKS = frozenset({"last", "this", "next", "on", "in", "over", "during", "earlier", "late", "early", "the", "a",
                         "past", "recent",
                         "days", "weeks", "months", "years"})


def time_before_that(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a time phrase between a cue and "that" ("admitted last month that …") in
    the cue, not at the head of what was said."""
    out = list(labels)
    toks = par.tokens
    times = lexicon.lower("time_words")
    for i in range(1, len(toks)):
        if out[i] != "B-CON" or not out[i - 1].endswith("CUE"):
            continue
        k = i
        while k < len(toks) and k - i < 4 and out[k].endswith("CON") and not toks[k].quoted \
                and (toks[k].text.lower() in times or toks[k].text.lower() in _TIME_LINKS):
            k += 1
        if k == i or k >= len(toks) or toks[k].text.lower() != "that" or out[k] != "I-CON" \
                or not any(toks[m].text.lower().removesuffix("s") in times for m in range(i, k)):
            continue
        for m in range(i, k):
            out[m] = "I-CUE"
        out[k] = "B-CON"
    return out


_OBJECT_PREPOSITIONS = frozenset({"of", "for", "with", "about", "during", "at", "from", "against", "toward", "towards"})


def no_object_sources(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels without a source that stands after a preposition right before its cue ("Holt,
    speaking at the funeral of former Governor Ivo Brand, said …": Brand is no speaker)."""
    out = list(labels)
    toks = par.tokens
    for i in range(1, len(toks)):
        if out[i] != "B-SRC" or toks[i - 1].text.lower() not in _OBJECT_PREPOSITIONS:
            continue
        k = i
        while k + 1 < len(toks) and out[k + 1] == "I-SRC":
            k += 1
        if k + 1 < len(toks) and out[k + 1] == "B-CUE" and toks[k].text == "," \
                and any(toks[m].text == "," for m in range(max(0, i - 30), i)):
            for m in range(i, k + 1):
                out[m] = "O"
    return out


def sources_in_sentences(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a source the tagger ran past its sentence's end cut there: in "…, according
    to the Harbour Office. Four ferries — … — reported delays" the office is one source and the
    ferries another, and the full stop belongs to neither."""
    out = list(labels)
    toks = par.tokens
    for i in range(1, len(toks)):
        if out[i] != "I-SRC":
            continue
        if toks[i].unit != toks[i - 1].unit:
            out[i] = "B-SRC"
        elif toks[i].text in ".!?" and (i + 1 == len(toks) or toks[i + 1].unit != toks[i].unit):
            out[i] = "O"
    return out


_NAME_WORDS = 4  # "Ivo Brand", "Ana de la Vega": the words of a name before its appositive


def appositive_names(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a source that the tagger started at an appositive ("But Ivo Brand, a
    spokesperson for the Harbour Workers Union (HWU) said …") taking the name before it."""
    out = list(labels)
    toks = par.tokens
    adverbs = lexicon.lower("leading_adverbs")
    not_names = lexicon.lower("time_words") | lexicon.lower("prepositions") | lexicon.lower("month_names")
    for i in range(3, len(toks)):
        if out[i] != "B-SRC" or toks[i].text.lower() not in ("a", "an") or toks[i - 1].text != "," or toks[i].quoted:
            continue
        end = i
        while end + 1 < len(toks) and out[end + 1] == "I-SRC":
            end += 1
        if end + 1 >= len(toks) or out[end + 1] != "B-CUE":
            continue
        j = i - 1
        while j > 0 and i - j <= _NAME_WORDS and toks[j - 1].unit == toks[i].unit and toks[j - 1].text[:1].isupper() \
                and not toks[j - 1].quoted and out[j - 1][2:] in ("", "CON"):
            j -= 1
        if j > 0 and toks[j - 1].unit == toks[i].unit and toks[j - 1].text[:1].isupper():
            continue  # a longer run of capitals is no name
        if j < i - 1 and toks[j].text.lower() in adverbs:
            j += 1  # "But Ivo Brand, …": the word that opens the sentence is no part of the name
        if i - 1 - j < 2 or any(toks[m].text.lower() in not_names for m in range(j, i - 1)):
            continue  # one capitalised word is no full name, nor "In September"
        before = toks[j - 1].text.lower() if j > 0 and toks[j - 1].unit == toks[i].unit else ""
        if before not in ("", "that", "but", "and", ",") and before not in adverbs:
            continue  # "a town hall in Port Anselm, a young woman asked": a place, not the speaker
        out[j] = "B-SRC"
        for m in range(j + 1, i + 1):
            out[m] = "I-SRC"
    return out


_NAMING_OBJECT = frozenset({"cite", "point", "quote", "refer", "mention", "tout", "label"})


def _content_after_participle(par: Paragraph, out: list[str], i: int) -> int | None:
    """Where the content of a participle of saying at token `i` (", saying …") opens, or None when token `i`
    is no such cue or no content follows it."""
    toks = par.tokens
    if out[i] != "B-CUE" or toks[i - 1].text != "," or not toks[i].text.endswith("ing") or not cues.lemma(toks[i].text):
        return None
    k = i + 1
    while k < len(toks) and out[k] == "I-CUE":
        k += 1
    return k if k < len(toks) and out[k] == "B-CON" else None


def _participle_contents_to_the_end(par: Paragraph, out: list[str]) -> None:
    """", saying the offer was an insult to the crews.": what a participle of saying after a comma reports
    runs to the end of its clause (the next comma or the sentence's end) when the tagger stopped it short
    and left the rest unmarked."""
    toks = par.tokens
    for i in range(1, len(toks) - 2):
        k = _content_after_participle(par, out, i)
        if k is None:
            continue
        end = k + 1
        while end < len(toks) and out[end] == "I-CON":
            end += 1
        stop = end
        while stop < len(toks) and toks[stop].unit == toks[i].unit and toks[stop].text not in (";", ",", "—", "–"):
            stop += 1  # up to the next comma: ", and its members went home" is the story going on
        while stop > end and not toks[stop - 1].text[:1].isalnum():
            stop -= 1
        rest = toks[end:stop]
        if rest and all(out[m] == "O" for m in range(end, stop)) and not any(t.quoted or t.mark for t in rest) \
                and not any(cues.lemma(t.text) for t in rest):
            for m in range(end, stop):
                out[m] = "I-CON"


def _main_clause_not_content(par: Paragraph, out: list[str]) -> None:
    """"Many reporters tried to reach the mayor, saying the office had gone silent": the main clause before a
    participle of saying, read as content from the start of its sentence, is the narrative, not what was said."""
    toks = par.tokens
    for i in range(2, len(toks) - 1):
        if not out[i - 2].endswith("CON") or toks[i - 2].quoted or _content_after_participle(par, out, i) is None:
            continue
        start = i - 2
        while start > 0 and out[start - 1].endswith("CON") and toks[start - 1].unit == toks[i].unit:
            start -= 1
        opens = start == 0 or toks[start - 1].unit != toks[i].unit
        if opens and out[start] in ("B-CON", "I-CON") and not any(t.quoted or t.mark for t in toks[start:i - 1]):
            for m in range(start, i - 1):
                out[m] = "O"


def participle_cues(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a verb of saying in "-ing" after a comma marked in a sentence the tagger
    left bare ("Brand sought to calm the anger, claiming that his remarks were misread"), and a
    fronted one split from the main clause it ran into ("Noting that X, Lind underlined that Y")."""
    out = list(labels)
    toks = par.tokens
    cued = {toks[i].unit for i, label in enumerate(out) if label.endswith("CUE")}
    for i in range(1, len(toks) - 4):
        tok = toks[i]
        if not tok.text.endswith("ing") or not (toks[i - 1].text == "," or _written_that(par, i)) \
                or not tok.text.islower() or not cues.lemma(tok.text) or tok.unit in cued or tok.quoted:
            continue
        k = i + 1 + (toks[i + 1].text.lower() == "that")
        end = k
        while end < len(toks) and toks[end].unit == tok.unit and toks[end].text != ";":
            end += 1
        while end > k and not toks[end - 1].text[:1].isalnum() and not toks[end - 1].mark:
            end -= 1
        lemma = cues.lemma(tok.text) or ""
        if end - k < 4 or not_a_clause(toks[k].text) or toks[k].text.lower() == "to" \
                or lemma in lexicon.lower("object_verbs") or lemma in _NAMING_OBJECT:
            continue
        out[i] = "B-CUE"
        for m in range(i + 1, k):
            out[m] = "I-CUE"
        for m in range(k, end):
            out[m] = "B-CON" if m == k else "I-CON"
        cued.add(tok.unit)
    _participle_contents_to_the_end(par, out)
    _main_clause_not_content(par, out)
    for i in range(1, len(toks) - 3):
        if out[i] != "I-CON" or toks[i].text != "," or toks[i].quoted:
            continue
        start = i
        while start > 0 and out[start - 1].endswith("CON"):
            start -= 1
        if start == 0 or not out[start - 1].endswith("CUE") or not toks[start - 1].text.endswith("ing") \
                or start - 1 != next(m for m, t in enumerate(toks) if t.unit == toks[i].unit):
            continue  # only a participle that opens its sentence
        j = i + 1
        while j < len(toks) and out[j] == "I-CON" and toks[j].text[:1].isupper() and not toks[j].quoted:
            j += 1
        verb = toks[j].text if j < len(toks) else ""
        if j == i + 1 or out[j] != "I-CON" or not (verb.islower() and cues.lemma(verb) and verb.endswith(("ed", "s"))):
            continue
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1].text.lower() == "that")
        if k >= len(toks) or out[k] != "I-CON":
            continue
        out[i] = "O"
        for m in range(i + 1, j):
            out[m] = "B-SRC" if m == i + 1 else "I-SRC"
        out[j] = "B-CUE"
        for m in range(j + 1, k):
            out[m] = "I-CUE"
        out[k] = "B-CON"
    return out


def _written_that(par: Paragraph, i: int) -> bool:
    """"… signed a letter warning that …": a participle of saying that carries a letter's or a
    statement's clause, with no comma before it."""
    toks = par.tokens
    return i + 1 < len(toks) and toks[i + 1].text.lower() == "that" and toks[i - 1].text.lower() in _written_nouns()


@cache
def _written_nouns() -> frozenset[str]:
    return lexicon.lower("document_nouns") | lexicon.lower("speech_nouns")


_JOINS = frozenset({"and", "but", "while", "yet"})
_NOT_SUBJECTS = frozenset({"which", "who", "whom", "whose", "that", "as", "what", "where", "when", "if", "because"})
_PERFECT = frozenset({"has", "have", "had"})


def _finite_saying(word: str) -> bool:
    """'said', 'says', 'told', 'warned': a verb of saying with a tense of its own (not 'saying')."""
    return word.islower() and cues.lemma(word) is not None and not word.endswith("ing") \
        and (word.endswith(("ed", "s")) or word in ("said", "told", "wrote", "spoke"))


def _second_subject(toks: tuple[Token, ...], comma: int, verb: int) -> tuple[int, int] | None:
    """The subject of the verb of saying after the comma: a pronoun just before it ("…, on Monday
    he said"), or the whole stretch after "and"/"but" ("…, and four in ten said"); None when the
    stretch is no subject ("…, which Lind said", "…, as Lind said")."""
    start = comma + 1
    if toks[start].text.lower() in _JOINS:
        start += 1
    end = verb
    while end > start and toks[end - 1].text.lower() in _PERFECT:
        end -= 1
    if end <= start or end - start > 6 or toks[start].text.lower() in _NOT_SUBJECTS:
        return None
    words = [toks[m].text for m in range(start, end)]
    if any(not w[:1].isalnum() or toks[start + n].quoted for n, w in enumerate(words)):
        return None
    if words[-1].lower() in SUBJECT_PRONOUNS:
        # "…, and with it the feeling that she means …": a pronoun after "that" opens no statement
        return None if len(words) > 1 and words[-2].lower() in _NOT_SUBJECTS else (end - 1, end)
    if len(words) == 1 and words[0].lower() in _COUNTS or words[-1].lower() in ("them", "us", "those", "these"):
        return None  # "…, and several said …", "…, and most of them said …": no speaker the reader can name
    first, preps = words[0], lexicon.lower("prepositions")
    if first.lower() in preps or words[-1].lower() in preps or words[-1].lower() in _DETERMINERS:
        return None  # "…, an outcrop in the disputed sea": no subject before "disputed"
    if any(w.lower() in _NOT_SUBJECTS or _adverb(w) or (w.lower() in preps and w.lower() != "of"
                                                        and not words[n][:1].isdigit() and words[n].lower() not in
                                                        lexicon.lower("number_words"))
           for n, w in enumerate(words[1:])):
        return None  # "four in ten" and "most of the voters" are subjects, "a note to the board" is not
    if not (first[:1].isupper() or first[:1].isdigit() or first.lower() in _DETERMINERS
            or first.lower() in _COUNTS or first.lower() in lexicon.lower("number_words")):
        return None
    return start, end


def _adverb(word: str) -> bool:
    return word.islower() and word.endswith("ly") and len(word) > 4


_COUNTS = frozenset({"most", "many", "some", "others", "several", "more", "few", "nearly", "about", "almost"})


def _fronted(toks: tuple[Token, ...], head: int, comma: int) -> bool:
    """True when the comma closes a clause or phrase put before what was said ("that when she arrived,",
    "that, in March,", "that during the storm,"): the words since the content's start, its "that" or the
    comma before open with a link word or a preposition, so the clause after the comma is what was said."""
    start = comma - 1
    while start > head and toks[start - 1].text.lower() not in ("that", ",", ";"):
        start -= 1
    first = toks[start].text.lower()
    return first in lexicon.lower("prepositions") or first in FRONTING


FRONTING = frozenset({"after", "before", "once", "when", "whenever", "as", "if", "unless", "until", "since",
                       "because", "although", "though", "whether"})


def second_speakers(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a second attribution the tagger ran into a content split off after its comma:
    in "… he had won the vote, but on Monday he said the count was wrong" and "… they were worried,
    and four in ten said the port should close", what follows the comma is a statement of its own."""
    out = list(labels)
    toks = par.tokens
    for c in range(4, len(toks) - 6):
        if toks[c].text != "," or out[c] != "I-CON" or toks[c].quoted or toks[c + 1].start == toks[c].end:
            continue  # not the comma inside "31,000"
        head = c
        while head > 0 and out[head] != "B-CON":
            head -= 1
        if c - head < 4 or not any(out[m].endswith("CUE") for m in range(head - 1, -1, -1)
                                   if toks[m].unit == toks[head].unit):
            continue  # only what a cue before it reports: "Lind said A, and Kessler said B"
        if _fronted(toks, head, c):
            continue  # "said that when she arrived at the ward, the nurses told her …": one statement
        verb = next((m for m in range(c + 2, min(c + 10, len(toks))) if out[m] != "I-CON" or toks[m].quoted
                     or toks[m].text == "," or _finite_saying(toks[m].text)), None)
        if verb is None or out[verb] != "I-CON" or toks[verb].quoted or not _finite_saying(toks[verb].text):
            continue
        subject = _second_subject(toks, c, verb)
        body = verb + 1 + (verb + 1 < len(toks) and toks[verb + 1].text.lower() == "that")
        rest = [m for m in range(body, len(toks)) if out[m] == "I-CON" and toks[m].unit == toks[c].unit]
        if subject is None or len(rest) < 4 or rest[0] != body or not toks[body].text[:1].isalnum() \
                or toks[body].text.lower() == "to":  # "…, and the board continues to …"
            continue
        for m in range(c, body):
            out[m] = "O"
        for m in range(subject[0], subject[1]):
            out[m] = "B-SRC" if m == subject[0] else "I-SRC"
        for m in range(subject[1], body):
            out[m] = "B-CUE" if m == subject[1] else "I-CUE"
        out[body] = "B-CON"
    return out


# Where something was said: "in a statement", "on its website", "at a rally", "during a briefing".
VENUES = frozenset({"in", "on", "at", "during", "via", "through"})


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "weekly", "daily"})


def _verb_like(word: str, before: str) -> bool:
    """'using', 'showed', 'claims': a verb, unless a determiner makes it a noun ('the meeting', 'an interview')."""
    return (word.endswith(("ing", "ed")) or cues.lemma(word) is not None) and before.lower() not in _DETERMINERS


def venue_before_that(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with where, or to whom, it was said before "that" in the cue: "said in a notice on its
    website that …", "said in an interview with the state broadcaster that …", "told the meeting that …"."""
    out = list(labels)
    toks = par.tokens
    hearers = lexicon.lower("hearer_words")
    for i in range(1, len(toks)):
        j = i - 1
        while j > 0 and j >= i - 2 and out[j] == "O" and toks[j].text.lower() in hearers:
            j -= 1  # "told reporters afterwards that": the hearer already set aside
        if out[i] != "B-CON" or not out[j].endswith("CUE"):
            continue
        before = toks[j].text.lower()
        if not (before in VENUES or before in lexicon.lower("hearer_verbs") or toks[i].text.lower() in VENUES):
            continue
        k = i
        # A verb among them ("by using the example … to prove that") makes "that" part of what was said.
        while k < len(toks) and k - i < 8 and out[k].endswith("CON") and not toks[k].quoted \
                and toks[k].text[:1].isalnum() and toks[k].text.lower() not in ("that", "to", *SUBJECT_PRONOUNS) \
                and not _verb_like(toks[k].text, toks[k - 1].text):
            k += 1
        if k == i or k >= len(toks) or toks[k].text.lower() != "that" or out[k] != "I-CON":
            continue
        for m in range(j + 1, k):
            out[m] = "I-CUE"
        out[k] = "B-CON"
    return out


AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "should", "can",
                          "may", "might", "did", "does", "do", "remains", "remained"})


def _open_relative(toks: tuple[Token, ...], out: list[str], end: int) -> bool:
    """True when a content ends on a relative clause inserted after its subject, and the verb that
    subject waits for comes after the comma: "said the council, which has met since 1980, | had been …",
    or ends on the subject itself, before the clause: "said the council | , which has met since 1980, had …"."""
    if end + 2 < len(toks) and toks[end + 1].text == "," and toks[end + 2].text.lower() in ("which", "who") \
            and toks[end + 2].unit == toks[end].unit:
        close = next((m for m in range(end + 3, len(toks)) if toks[m].text == "," or toks[m].unit != toks[end].unit),
                     len(toks))
        return close + 1 < len(toks) and toks[close].text == "," and toks[close + 1].unit == toks[end].unit \
            and toks[close + 1].text.lower() in AUXILIARIES
    k = end
    while k > 0 and out[k].endswith("CON") and toks[k].unit == toks[end].unit:
        if toks[k].text.lower() in ("which", "who") and toks[k - 1].text == ",":
            after = end + 1 + (end + 1 < len(toks) and toks[end + 1].text == ",")
            return after < len(toks) and toks[after].text.lower() in AUXILIARIES and "," not in \
                [toks[m].text for m in range(k, end + 1)]
        k -= 1
    return False


def _abbreviation_dot(toks: tuple[Token, ...], end: int) -> bool:
    """True when a content ends on a word whose dot closes no sentence: the sentence splitter carried
    the sentence on past "Mrs." or "Sen." or "Dec." ("said the plan backed by Mrs. Lind was sound")."""
    dot = end + 1
    return dot + 1 < len(toks) and toks[dot].text == "." and toks[dot].start == toks[end].end \
        and toks[dot + 1].unit == toks[end].unit and toks[dot + 1].text[:1].isalnum()


_SCENE_AFTER = frozenset({"as", "while", "when", "after", "before", "because", "since", "although", "though"})


def scene_comma(toks: tuple[Token, ...], k: int) -> bool:
    """True when token k is a comma that opens a clause of the scene (", as ferries queued …"): where
    what was said ends."""
    return toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].text.lower() in _SCENE_AFTER


def _comma_goes_on(toks: tuple[Token, ...], end: int) -> bool:
    """True when a content ends just before a comma whose next word carries the clause on rather than
    closing it: a relative clause on its last noun (", where …", ", which …"), a contrast (", but …")
    or a change of figure (", down from …")."""
    if not (end + 3 < len(toks) and toks[end + 1].text == "," and toks[end + 3].unit == toks[end].unit
            and not toks[end + 2].quoted):
        return False
    word = toks[end + 2].text.lower()
    if word == "but":  # ", but required a fee": the same subject's second verb, not the writer's "but critics …"
        k = end + 3 + (_adverb(toks[end + 3].text) or toks[end + 3].text in ("rather", "still"))
        verb = toks[k].text if k < len(toks) else ""
        return verb.islower() and (verb.endswith("ed") or verb in lexicon.lower("past_tense_verbs") or verb in AUXILIARIES)
    # ", where roads need repairs" goes on with what was said; ", where he was speaking to farmers" is the
    # writer's scene around the speaker: a pronoun for its subject.
    return word in lexicon.lower("content_continuations") and toks[end + 3].text.lower() not in SUBJECT_PRONOUNS


def unfinished_contents(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a reported clause the tagger stopped at a preposition ("said it had been working
    with" before "Lumen since late February."), at the dot of an abbreviation ("said the plan backed
    by Mrs." before "Lind was sound") or after a relative clause inserted after its subject ("said the
    council, which has met since 1980," before "had been told") carried on to its sentence's end, when
    nothing else in the sentence is labelled."""
    out = list(labels)
    toks = par.tokens
    preps = lexicon.lower("prepositions")
    for i in range(len(toks) - 1):
        if not out[i].endswith("CON") or out[i + 1] != "O" or toks[i].quoted:
            continue
        relative = _open_relative(toks, out, i)
        goes_on = _comma_goes_on(toks, i)
        if toks[i].text.lower() not in preps and not relative and not goes_on and not _abbreviation_dot(toks, i):
            continue
        end = i + 1
        # after "the union, which …," the verb it waits for may be read as a cue of its own ("had rejected")
        while end < len(toks) and toks[end].unit == toks[i].unit and not toks[end].quoted \
                and (out[end] == "O" or relative and not out[end].endswith("SRC")) \
                and not (goes_on and end > i + 1 and scene_comma(toks, end)):
            end += 1
        if end < len(toks) and toks[end].unit == toks[i].unit and not (goes_on and scene_comma(toks, end)):
            continue  # something else follows in the sentence: leave the tagger's boundary
        if goes_on and any(cues.lemma(toks[m].text) for m in range(i + 2, end)):
            continue  # ", but Brand disagreed": a second voice, not more of the first
        while end > i + 1 and not toks[end - 1].text[:1].isalnum():
            end -= 1
        for m in range(i + 1, end):
            out[m] = "I-CON"
    return out


def according_to_sentences(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels of a sentence that ends "…, according to a filing" with everything before it as what
    the filing says, when the tagger read a subject and a verb that is no verb of saying there as a
    speaker and a cue ("The company will collect a fee …, according to a filing")."""
    out = list(labels)
    toks = par.tokens
    for i in range(1, len(toks) - 1):
        if out[i] != "B-CUE" or toks[i].text.lower() != "according" or toks[i + 1].text.lower() != "to":
            continue
        unit = toks[i].unit
        start = next(m for m in range(i + 1) if toks[m].unit == unit)
        before = range(start, i)
        # Each cue's head: its first word past the auxiliaries ("will collect a charge": "collect").
        heads = [next((toks[k].text for k in range(m, i) if toks[k].text.lower() not in AUXILIARIES), "")
                 for m in before if out[m] == "B-CUE"]
        if not heads or any(cues.lemma(w) or cues.is_noun(w) for w in heads) \
                or any(toks[m].quoted for m in before):
            continue
        end = i
        while end > start and not toks[end - 1].text[:1].isalnum():
            end -= 1  # the comma before "according"
        for m in range(start, i):
            out[m] = "O"
        for m in range(start, end):
            out[m] = "B-CON" if m == start else "I-CON"
    return out


def relative_heads(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with a source found inside a relative clause moved to the name the clause
    describes: in "Lind, who met her counterpart, Ivo Brand, last week, said …" Lind speaks."""
    out = list(labels)
    toks = par.tokens
    k = 0
    while k < len(toks):
        if not out[k].startswith("B-SRC"):
            k += 1
            continue
        end = k + 1
        while end < len(toks) and out[end] == "I-SRC":
            end += 1
        cue = end
        while cue < len(toks) and toks[cue].unit == toks[k].unit and not out[cue].endswith("CUE") and cue - end < 25:
            cue += 1
        head = relative_head(par, k, cue) if cue < len(toks) and out[cue].endswith("CUE") else None
        if head is not None and all(out[i] == "O" for i in range(*head)):
            for i in range(k, end):
                out[i] = "O"
            for i in range(*head):
                out[i] = ("B-" if i == head[0] else "I-") + "SRC"
        k = end
    return out


def relative_head(par: Paragraph, start: int, cue: int) -> tuple[int, int] | None:
    """(start, end) of the name opening the sentence before ", who" when token `start` stands
    inside that clause and the clause closes with a comma right before the cue at `cue`."""
    toks = par.tokens
    unit = toks[start].unit
    if cue < 1 or toks[cue - 1].text != "," or toks[cue].unit != unit or cue <= start:
        return None
    who = next((i for i in range(start - 1, 0, -1) if toks[i].unit != unit or toks[i].text.lower() == "who"), 0)
    if who <= 1 or toks[who].unit != unit or toks[who].text.lower() != "who" or toks[who - 1].text != ",":
        return None
    first = who - 1
    while first > 0 and toks[first - 1].unit == unit and toks[first - 1].text[:1].isupper() and not toks[first - 1].quoted:
        first -= 1
    if first == who - 1 or first > 0 and toks[first - 1].unit == unit:
        return None  # no name, or one that does not open its sentence
    return first, who - 1


def perceived_speaker(par: Paragraph, cue: int) -> tuple[int, int] | None:
    """"Voters are watching a seasoned senator, Ana Lind, argue that …": after a verb of seeing or
    hearing, the name right before a bare verb of saying is who speaks, not the sentence's subject."""
    toks = par.tokens
    word = toks[cue].text.lower()
    if cues.lemma(word) != word:
        return None  # "said", "argues": the verb of a subject of its own
    end = cue - 1 if cue > 0 and toks[cue - 1].text == "," else cue
    j = end
    while j > 0 and toks[j - 1].unit == toks[cue].unit and not toks[j - 1].quoted and toks[j - 1].text[:1].isupper():
        j -= 1
    seen = lexicon.lower("perception_verbs")
    if j == end or not any(toks[k].text.lower() in seen for k in range(max(0, j - 25), j) if toks[k].unit == toks[cue].unit):
        return None
    return j, end
