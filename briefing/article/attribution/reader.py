"""Reading one article for who said what, in a few named steps.

    for each paragraph, in order:
        read it          tokens, quotations and sentences (tokens.read_paragraph)
        note the names   people and organisations named in its narrative (entities)
        read the layout  transcript turns, credit lines, quotes listed under a speaker (turns)
        tag it           source / cue / content labels (tagger), where a cue or a quotation is,
                         completed for plain shapes the tagger left unmarked (backstop)
        link the spans   contents to cues to sources (spans.link)
        resolve          each source to the speaker it stands for (resolve)
        state            one Statement per attribution, unless it is none (filters)
    at the end:
        settle           each statement takes its speaker's fullest name and kind, and a
                         description takes the name the article gave it later
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefing import lexicon
from briefing.article.attribution import (
    according,
    after_quotes,
    backstop,
    carried,
    clauses,
    cues,
    descriptors,
    filters,
    infinitives,
    inverted,
    joined_cues,
    lead_ins,
    missing_contents,
    occasions,
    owned_claims,
    reading_view,
    settle,
    source_phrase,
    tagger,
    turns,
)
from briefing.article.attribution.companies import as_company
from briefing.article.attribution.content import (
    content_text,
    cue_outside_quotes,
    plain,
    quoted_pieces,
    quoted_share,
    sentence_groups,
    speech_cue,
    text_of,
    worth_tagging,
    writer_tail,
)
from briefing.article.attribution.entities import Entities, Entity, tidy_role
from briefing.article.attribution.genders import role_gender
from briefing.article.attribution.name_runs import (
    appositive_role,
    in_topic_opening,
    lone_name,
    names_in,
    role_before,
    with_asides,
)
from briefing.article.attribution.names import given_names, place_name, without_debris
from briefing.article.attribution.phrases import (
    ORG,
    PERSON,
    PRONOUN,
    ROLE,
    UNKNOWN,
    Mention,
    describe,
    is_group_noun,
    parse_phrase,
)
from briefing.article.attribution.resolve import Speaker, resolve, subject_pronoun
from briefing.article.attribution.role_text import shown_role
from briefing.article.attribution.spans import Attribution, Span, clause_subject, link
from briefing.article.attribution.spelled import joined_sources, note_spelled, respelled
from briefing.article.attribution.tokens import Paragraph, read_paragraph
from briefing.article.attribution.unnamed_speakers import note_unnamed_speakers
from briefing.model import DIRECT, INDIRECT, Statement

MAX_PARAGRAPH = 20_000  # characters of one paragraph that are read for statements
MIN_WORDS = 3  # shorter contents are fragments, not statements
_SHARES = frozenset({"many", "most", "several"})  # "…, and many said …": part of the group that spoke
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
# "according to Tom Park", "Tom Park said": capitalised words inside a sentence, not opening it
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:’'\"”)] )[A-Z][\w-]*")
_OPENING_ENDINGS = ("ing", "ed", "ly")
_DETERMINERS = frozenset({"this", "that", "these", "those", "last", "the", "a", "an", "each", "every"})
_WIDER_REACH = 8  # tokens from a source cut short to its cue that may still be its speaker's phrase
_CAPITAL_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
_DATELINE_PARAGRAPHS = 3  # a dateline stands in one of the first paragraphs (after a title, a byline, a stamp)
_POSSESSIVE_END = re.compile(r"['’]s?$")
_WRITER = re.compile(r"I['’](?:m|ve|d|ll)\b")
# "kick-off at Harbour Arena", "the cover of Silver Gull": a name after these is rarely a later "he"
_ROLE_PRONOUN_REACH = 2  # sentences after a described speaker that "he" or "she" may still be them


class Reader:
    """The state of one article's reading: who has been named and who spoke last."""

    def __init__(self) -> None:
        self.people = Entities()
        self.position = 0  # running sentence number across paragraphs
        self.last: Attribution | None = None
        self.last_speaker: Entity | None = None
        self.last_role: tuple[Speaker, int] | None = None  # "the spokesperson said …", and where: "he" may be them
        self.said: dict[int, tuple[Speaker | None, str | None]] = {}  # id(Attribution) -> (speaker, cue)
        self.heading_speaker: Speaker | None = None  # "Key quotes from Lind:" names the speaker of the items below
        self.open_quote: tuple[int, str] | None = None  # a quotation left open, not yet credited: (paragraph, text)
        self.credits: list[tuple[Statement, Speaker]] = []
        self.common: set[str] = set()  # the words the article writes in lower case somewhere
        self.inner: set[str] = set()  # the words it capitalises inside a sentence, lower-cased
        self.capitals: Counter[str] = Counter()  # how often each capitalised word is written
        self.turns: list[turns.Turn | None] = []  # each paragraph's transcript turn, read once
        self.shouted_turns = 0  # paragraphs opening with a label in capitals ("LIND: …"): a transcript has several
        self.starts: list[int] = []  # each paragraph's first sentence position
        self.singles = False  # no double quote mark anywhere: 'straight single' marks quote

    # --- the steps ---------------------------------------------------------------------------

    def read(self, index: int, text: str) -> None:
        par = read_paragraph(text[:MAX_PARAGRAPH], self.singles)
        self.starts.append(self.position)
        if not par.tokens or filters.caption(text):
            self.position += len(par.units)
            return
        base = self.position
        events_before = len(self.people.events)
        self.note_names(par, base)
        note_unnamed_speakers(par, base, self.people)
        self.note_subjects(par, base)
        if not self.layout(par, index, base, events_before):
            self.tag_and_state(par, index, base)
        self.keep_open_quote(par, index)
        self.position = base + len(par.units)

    def note_names(self, par: Paragraph, base: int) -> None:
        """Record the people and organisations named in the narrative (not inside quotations).
        A line in title case ("Mayor Backs New Quay") and a dateline ("KESTREL BAY —") name nobody."""
        if _title_case(par):
            return
        dateline = reading_view.dateline_end(par)
        for start, end, subject, aside in with_asides(par.tokens, list(names_in(par.tokens))):
            if par.tokens[start].start < dateline:
                continue
            if self._opening_word(par, start) and self._not_a_name(par.tokens[start].text):
                start += 1  # "Like Lind, Ode …": the word that opens the sentence names nobody
                if start == end or not par.tokens[start].text[:1].isupper():
                    continue
            named = _POSSESSIVE_END.sub("", par.text[par.tokens[start].start:par.tokens[end - 1].end])
            mention = as_company(named, self._known_name(parse_phrase(named), par.tokens[start].text))  # "President Ana Marsh's"
            if mention is None or mention.kind not in (PERSON, ORG, UNKNOWN):
                continue
            described = role_before(par.tokens, start)
            if described is not None and end - start == 1 and not lone_name(par.tokens, start):
                described = None  # "a major Russian art show": a word before a noun describes the noun
            if end - start == 1 and self.people.find(mention.name) is None and described is None:
                continue  # a lone capitalised word names somebody only once the article has ("painter Orrin")
            if described is not None and mention.kind == UNKNOWN:
                mention = replace(mention, kind=PERSON)
            role = appositive_role(par.tokens, start, end) or described
            mention = respelled(mention, self.people)  # "Dr. Kelvin" after "Dr. Marta Kelvinn"
            entity = self.people.named(mention, base + par.tokens[start].unit, subject=subject, described=role,
                                       offset=par.tokens[start].start, aside=aside or in_topic_opening(par.tokens, start),
                                       placed=place_name(par.tokens, start, end))
            if entity is not None:
                entity.add_role(role)
                if entity.gender is None and entity.kind == PERSON:
                    entity.gender = role_gender(role)  # "her husband, Milton Berg": a man
                entity.guessed = entity.guessed and role_gender(role) != entity.gender  # "Ana Lind, the spokeswoman"
        note_spelled(par, self.people, base)  # "the Kessel Centre for Port Safety (KCPS)"

    def note_subjects(self, par: Paragraph, base: int) -> None:
        """A sentence of the narrative that opens on "He" or "She" keeps the person it stands for in view."""
        for i, tok in enumerate(par.tokens):
            if tok.text not in ("He", "She") or tok.quoted or i > 0 and par.tokens[i - 1].unit == tok.unit:
                continue
            entity = subject_pronoun(tok.text, self.people, base + tok.unit, self.last_speaker, tok.start)
            if entity is not None:
                self.people.again(entity, base + tok.unit, tok.start)

    def layout(self, par: Paragraph, index: int, base: int, events_before: int) -> bool:
        """Statements marked by layout (transcript turns, credit lines, headed lists); False when
        the paragraph is ordinary prose for the tagger."""
        text = par.text
        turn = self.turns[index]
        if turn is not None and self.shouted_turns <= 1 and turn.label.isupper() and turn.label not in ("Q", "A") \
                and reading_view.dateline_end(par) \
                and (index <= _DATELINE_PARAGRAPHS and not turns.first_person(turn.text) or turns.reporter_opening(turn.text)):
            turn = None  # "KESTREL BAY: Ana Lind has signed …" opening a story that has no transcript: a dateline
        elif turn is not None and index <= _DATELINE_REACH and sum(1 for t in self.turns if t is not None) == 1 \
                and (turns.reported_inside(turn.text) or turns.reporter_opening(turn.text, any_past=True)) \
                and not turns.first_person(turn.text):
            turn = None  # "Port Anselm: In a rebuttal to …, Minister Ivo Brand on Thursday accused …": a dateline
        if turn is not None:
            self.heading_speaker = None
            if turn.label == "Q":
                return True  # an interviewer's question is not a statement
            speaker = self._labelled(turn.label, base)
            if speaker is not None:
                self.add(speaker, turn.text, DIRECT, index, ":")
                return True
        credit = turns.credit_line(text)
        if credit is not None:
            speaker = self._resolved(credit[1], base)
            if speaker is not None:
                self.add(speaker, credit[0], DIRECT, index, "—")
                return True
        item = turns.list_item(text)
        quoted_only = bool(par.quotes) and par.quotes[0].open <= 1 and not cue_outside_quotes(par)
        if self.heading_speaker is not None and (item is not None or quoted_only):
            self.add(self.heading_speaker, item or text, DIRECT, index, ":")
            return True
        self.heading_speaker = None
        if turns.heading(text):
            named = [e for e in self.people.events[events_before:] if e.position >= base]
            if named:
                self.heading_speaker = Speaker.of(named[0].entity)
        return False

    def tag_and_state(self, par: Paragraph, index: int, base: int) -> None:
        labels = clauses.sources_in_sentences(par, reading_view.past_dateline(par, lambda seen: reading_view.past_asides(seen, tagger.tag))) if worth_tagging(par) \
            else ["O"] * len(par.tokens)
        labels = filters.silent_cues(par, labels)
        labels = backstop.reported_saying(par, backstop.short_cues(par, reading_view.mask_dateline(par, labels)))
        labels = joined_sources(par, descriptors.issued_sources(par, occasions.occasion_tails(par, labels)))
        labels = inverted.noun_cues(par, inverted.quotation_sources(par, inverted.inverted_attributions(par, labels)))
        labels = inverted.parenthetical_subjects(par, inverted.parenthetical_sources(par, labels))
        labels = inverted.subordinate_sources(par, labels)
        labels = backstop.plain_attributions(par, missing_contents.complete_contents(par, labels))
        labels = clauses.second_speakers(par, joined_cues.second_cues(par, clauses.venue_before_that(par, clauses.time_before_that(par, labels))))
        labels = clauses.unfinished_contents(par, according.frames(par, clauses.according_to_sentences(par, labels)))
        labels = inverted.closing_cues(par, owned_claims.possessed_claims(par, according.trailing_reports(par, labels)))
        labels = clauses.no_object_sources(par, clauses.appositive_names(par, clauses.participle_cues(par, labels)))
        labels = infinitives.infinitive_cues(par, labels)
        labels = lead_ins.marked(par, after_quotes.quoted_attributions(par, labels))
        carried = self.last is not None and self.last.para == index - 1
        labels = backstop.without_hearer(par, after_quotes.continued_quotations(par, labels, carried))
        labels = backstop.content_starts(par, backstop.short_inner_attributions(par, clauses.relative_heads(par, labels)))
        labels = inverted.cited_informants(par, inverted.owned_sources(par, labels))
        for att in link(par, index, labels, self.last):
            self.state(par, att, base)
            self.last = att
        lead = lead_ins.colon_lead(par, labels)
        if lead is not None and lead[0] is not None:
            # "The Harbour Courier reports:" — the quotations in the paragraphs below are its words (its source,
            # not the first name of a heading: "When the High Court's order came up, Justice Veer said:").
            source = lead[0]
            self.heading_speaker = self._resolved(text_of(par, source), base + par.tokens[source.start].unit)

    def state(self, par: Paragraph, att: Attribution, base: int) -> None:
        around = [s for s in (att.source, att.cue) if s is not None]
        text = content_text(par, att.contents, around)
        if filters.not_a_statement(par, att, len(text.split())):
            return
        if len(text.split()) < MIN_WORDS:
            if any(par.tokens[i].quoted for i in range(att.contents[0].start, att.contents[0].end)):
                # "“No,” Lind said. “The ferry stays.”": too short to list, but the quotation that
                # goes on after it is still hers.
                self.speaker(par, att, base)
            return
        # Direct: the words are the speaker's own, in quotation marks from the first word on; a
        # clause of the narrative with a quoted phrase in it ("the deal as “a pause”") is reported.
        first = next((par.tokens[i] for i in range(att.contents[0].start, att.contents[0].end)
                      if par.tokens[i].text[:1].isalnum()), None)
        quoted = first is not None and first.quoted
        # "“…,” Lind said during a visit to the quay": the writer's words after the quotation do not
        # make the quotation reported speech, however long they run.
        said = [s for s in att.contents if not writer_tail(par, att.contents, s, att.cue)] or att.contents
        kind = DIRECT if quoted and quoted_share(par, said) >= 0.5 else INDIRECT
        reported = ""
        if kind == DIRECT:
            kept, aside = quoted_pieces(par, att.contents)
            if len(kept) < len(att.contents):
                text, reported = content_text(par, kept, around), content_text(par, aside, around)
        speaker, cue = self.speaker(par, att, base)
        if len(reported.split()) >= MIN_WORDS and speaker is not None:
            self.add(speaker, reported, INDIRECT, att.para, cue)
        if kind == INDIRECT and (speaker is None or not speech_cue(cue)):
            return  # reported thoughts and findings ("X believes", "polls show") are not statements
        if kind == DIRECT and self.open_quote is not None and par.tokens[att.contents[0].start].start <= 1:
            # The rest of a quotation left open at the end of the paragraph before.
            opened, words = self.open_quote
            self.add(speaker, f"{words} {text}", kind, opened, cue)
            self.open_quote = None
            return
        if kind == DIRECT and not reported:
            pieces = [content_text(par, group, around) for group in sentence_groups(par, att.contents)]
            if len(pieces) > 1 and all(len(piece.split()) > MIN_WORDS for piece in pieces):
                # "“A,” Lind said. “B.”": two sentences, two quotations (a short one stays with the other:
                # "“No,” Lind said. “The ferry stays.”" is one); after "“…?” a reporter asked Lind.", the
                # answer is Lind's
                asked = self._asked(par, att, base) if pieces[0].endswith("?") else None
                for n, piece in enumerate(pieces):
                    answer = n > 0 and asked is not None and not piece.endswith("?")
                    self.add(asked if answer else speaker, piece, kind, att.para, cue)
                return
        self.add(speaker, text, kind, att.para, cue)

    def _asked(self, par: Paragraph, att: Attribution, base: int) -> Speaker | None:
        """Who was asked, named right after "asked" ("a reporter asked Ivo Brand."), or None."""
        if att.cue is None or cues.lemma(par.tokens[att.cue.end - 1].text) != "ask":
            return None
        start = end = att.cue.end
        toks = par.tokens
        while end < len(toks) and toks[end].unit == toks[start - 1].unit and toks[end].text[:1].isalnum():
            end += 1
        if not start < end <= start + 4 or not (toks[start].text[:1].isupper() or toks[start].text == "the"):
            return None  # nobody named, or more of the sentence follows ("asked Lind whether …")
        return self._resolved(text_of(par, Span("SRC", start, end)), base + toks[start].unit)

    def keep_open_quote(self, par: Paragraph, index: int) -> None:
        """A quotation still open at the paragraph's end, not credited yet, waits for the next paragraph."""
        last = par.quotes[-1] if par.quotes else None
        if last is None or last.closed:
            self.open_quote = None
            return
        words = plain(last.text(par.text))
        if any(words[:40] in st.text for st, _ in self.credits[-3:]):
            self.open_quote = None  # already credited in its own paragraph
            return
        if self.open_quote is not None:
            words = f"{self.open_quote[1]} {words}"
            index = self.open_quote[0]
        self.open_quote = (index, words)

    # --- speakers ------------------------------------------------------------------------------

    def speaker(self, par: Paragraph, att: Attribution, base: int) -> tuple[Speaker | None, str | None]:
        """The speaker and cue words of an attribution (those of its origin, for a carried quotation)."""
        if att.origin is not None:
            return carried.speaker(self.people, self.starts, par, att, base, self.said.get(id(att.origin), (None, None)))
        found = None
        manner = False
        if att.source is not None:
            written = source_phrase.past_clause(text_of(par, att.source))
            source = par.tokens[att.source.start]
            if self._opening_word(par, att.source.start):
                alone = self._no_name_alone(par, att)
                written = (alone and self._wider_source(par, att)) \
                    or source_phrase.past_opening_word(written, self._not_a_name(source.text), alone)
            manner = source_phrase.manner_word(written)
            if not written or _raised(par, att) and self._opening_word(par, att.source.start) \
                    or source.start < reading_view.dateline_end(par) or manner:
                pass  # "Asked …", "Needless to say, …", "Port Anselm (NSN)": no speaker
            elif att.within is not None and written[:1].islower() and parse_phrase(written) is None:
                # "Holt said the posts merely repeated …": the posts are not Holt's, whoever spoke last.
                found = Speaker(" ".join(written.split()).strip(" ,;:"), ORG)
            else:
                found = self._resolved(written, base + source.unit, source.start)
            if found is None and written.strip().lower() == "who":
                found = self._who(par, att.source.start, base + source.unit)
            if found is None and written.strip().lower() in _SHARES:
                found = self._share_of_group(att)
        if found is None and att.cue is not None:
            found = self._clause_subject(par, att, base, manner)
        cue = text_of(par, att.cue) if att.cue is not None else None
        self.said[id(att)] = (found, cue)
        return found, cue

    def _share_of_group(self, att: Attribution) -> Speaker | None:
        """"Residents said …, and many said …": "many" are some of the group that spoke just before."""
        last = self.said.get(id(self.last), (None, None))[0] if self.last is not None and self.last.para == att.para else None
        return last if last is not None and last.kind != PERSON and last.name.split()[-1].endswith("s") else None

    def _clause_subject(self, par: Paragraph, att: Attribution, base: int, unmarked: bool = False) -> Speaker | None:
        """The name that is the subject of the cue's sentence, when the source the tagger marked names
        no one ("Speaking on Sunday, Lind said …")."""
        assert att.cue is not None
        subject = clause_subject(par, att.cue.start)
        if subject is None or att.source is not None and att.source.start >= subject.start and not unmarked:
            return None  # the marked source is the subject itself, or stands after it
        written = text_of(par, subject)
        mention = parse_phrase(written)
        if self.people.find(written) is None and (mention is None or mention.kind != PERSON):
            return None  # "Shortly", "Outgoing Kessel": no one the article names
        return self._resolved(written, base + par.tokens[subject.start].unit, subject.start)

    def _opening_word(self, par: Paragraph, index: int) -> bool:
        """True when token `index` opens its sentence and is capitalised only for that: a word that
        might be a name, but the article never capitalises it after a lower-case word, it is no given
        name, group noun or name the article gave ("Therefore, …", "Hours later, …", "Asked …")."""
        toks = par.tokens
        tok = toks[index]
        k = index - 1
        while k >= 0 and toks[k].unit == tok.unit and not toks[k].text[:1].isalnum():
            k -= 1
        if k >= 0 and toks[k].unit == tok.unit or tok.quoted:
            return False
        mention = parse_phrase(tok.text)
        word = tok.text.lower()
        return (mention is not None and mention.kind == UNKNOWN and word not in self.inner
                and word not in given_names() and not is_group_noun(tok.text) and self.people.find(tok.text) is None)

    def _no_name_alone(self, par: Paragraph, att: Attribution) -> bool:
        """A word opening its sentence as the whole source, capitalised nowhere else in the article,
        that reads as no name: a plural of things ("Scenes from the film were shown"), or a word
        followed by a lower-case word that is neither the cue, an adverb nor an auxiliary, or by a
        noun of speech ("Harsh remarks were heard"; "Lind also said", "Lind has said" keep their name)."""
        assert att.source is not None
        toks, i = par.tokens, att.source.start
        if att.source.end - i != 1 or self.capitals[toks[i].text] > 1 or i + 1 >= len(toks):
            return False
        after = toks[i + 1]
        in_cue = att.cue is not None and att.cue.start <= i + 1 < att.cue.end
        if toks[i].text.lower().endswith("s"):
            # "Projections suggest …", "Inquiries have found …" are their sources; "Scenes from …" is none
            verb = next((t.text for t in toks[i + 1:i + 3] if t.text not in lexicon.words("auxiliary_verbs")), "")
            return cues.lemma(verb) is None and source_phrase.thing_plural(toks[i].text)
        if in_cue and after.text in lexicon.words("speech_nouns"):
            return True  # "Bitter remarks were posted": the word describes the remarks
        return (after.unit == toks[i].unit and after.text[:1].islower() and not in_cue
                and not after.text.endswith("ly") and after.text not in _subject_followers())

    @staticmethod
    def _wider_source(par: Paragraph, att: Attribution) -> str | None:
        """The longest run of words from a source cut short that names a person: "Democratic nominee
        Ana Lind chimed in, saying …" was marked "Democratic" alone."""
        assert att.source is not None
        toks, i = par.tokens, att.source.start
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if nxt.islower() and nxt.endswith("s") and not nxt.endswith("ss") and (att.cue is None or att.cue.start == i + 2):
            return par.text[toks[i].start:toks[i + 1].end]  # "Cement makers argue": a group named by its trade
        last = min(len(toks), i + _WIDER_REACH, att.cue.start if att.cue is not None and att.cue.start > i else len(toks))
        for end in range(last, i + 2, -1):
            if toks[end - 1].unit != toks[i].unit or not toks[end - 1].text[:1].isupper():
                continue
            phrase = par.text[toks[i].start:toks[end - 1].end]
            mention = parse_phrase(phrase)
            if mention is not None and mention.kind == PERSON:
                return phrase
        return None

    def _not_a_name(self, word: str) -> bool:
        """A word that opens a sentence before a name, not the name's first part: one the article
        also writes in lower case ("Like Lind, …"), or shaped like a participle or an adverb
        ("Speaking Friday", "Eventually Ode")."""
        low = word.lower()
        return low in self.common or len(low) > 4 and low.endswith(_OPENING_ENDINGS)

    def _who(self, par: Paragraph, start: int, position: int) -> Speaker | None:
        """"A senior diplomat, who asked not to be named, said …": the description before "who"."""
        if start < 2 or par.tokens[start - 1].text != ",":
            return None
        first = start - 1
        while first > 0 and par.tokens[first - 1].unit == par.tokens[start].unit and par.tokens[first - 1].text not in ",;:":
            first -= 1
        phrase = par.text[par.tokens[first].start:par.tokens[start - 2].end]
        if len(phrase.split()) > 6:
            return None  # a clause, not a description: "The talks could offer a way out, who …"
        mention = describe(phrase)
        return self._resolved(phrase, position) if mention is not None and mention.kind in (ROLE, ORG) else None

    def _labelled(self, label: str, base: int) -> Speaker | None:
        if label == "Q":
            return None  # the interviewer's question
        if label == "A":
            return Speaker.of(self.last_speaker) if self.last_speaker else None
        return self._resolved(label.title() if label.isupper() else label, base)

    def _resolved(self, written: str, position: int, offset: int = -1) -> Speaker | None:
        written = source_phrase.tidy(written)
        if _WRITER.match(written):
            return None  # "I'm told …": the writer, who is no speaker in the story's own words
        mention = source_phrase.description_then_name(written) or source_phrase.titled_role(written) \
            or self._known_name(source_phrase.with_descriptor(written, parse_phrase(written)) or describe(written),
                                written)
        if mention is None:
            return None
        if (mention.kind == UNKNOWN and " " not in mention.name and mention.name.lower() in self.common
                and not is_group_noun(mention.name) and self.people.find(mention.name) is None):
            return None  # "Show", "Waiting": a word the article also writes in lower case, not a name
        found = resolve(mention, written, self.people, position, self.last_speaker, offset)
        if found is None and mention.kind == PRONOUN and mention.name.lower() in ("he", "she") \
                and self.last_role is not None and position - self.last_role[1] <= _ROLE_PRONOUN_REACH:
            found = self.last_role[0]  # "… the spokesperson said. “…,” he added.": nobody else was named
        if found is not None:
            described = found.entity is None or found.entity.kind == ROLE
            self.last_role = (found, position) if described and _one_person(mention, found) else None
            if found.entity is not None and found.entity.kind == PERSON:
                self.last_speaker = found.entity
        return found

    def _known_name(self, mention: Mention | None, written: str) -> Mention | None:
        """"Dean said" after "Howard Dean": a capitalised role noun that is the surname of somebody
        the article named is that person, not a dean."""
        if mention is None or mention.kind not in (ROLE, ORG) or mention.definite or " " in mention.name \
                or mention.kind == ORG and not mention.name.islower():
            return mention  # "Park said" after "Lt. Kenny Park" reads as a park until the names are asked
        word = written.split()[0].strip(",.;:") if written.split() else ""
        if not word[:1].isupper() or word.lower() != mention.name.lower():
            return mention
        entity = self.people.find(word, PERSON)
        return Mention(PERSON, entity.name) if entity is not None and entity.kind == PERSON else mention

    # --- statements ------------------------------------------------------------------------------

    def add(self, speaker: Speaker | None, text: str, kind: str, paragraph: int, cue: str | None) -> None:
        text = plain(text)
        if len(text.split()) < MIN_WORDS or speaker is None:
            return  # who said what: words nobody can be credited with are not listed
        tidied = without_debris(speaker.name)
        if not tidied:
            return
        speaker = replace(speaker, name=tidied)
        role = shown_role(tidy_role(speaker.role))
        statement = Statement(
            speaker=speaker.name,
            text=text,
            kind=kind,
            paragraph=paragraph,
            role=role,
            cue=cue,
            speaker_kind=settle.kind_of(speaker.kind),
            aliases=(speaker.written,) if speaker.written and speaker.written != speaker.name else (),
        )
        self.credits.append((statement, speaker))
        if cue in (":", "—"):
            self.last = None  # a turn or a credit line carries nothing into the next quotation

    def settle(self) -> list[Statement]:
        return settle.settled(self.credits, self.people)


@functools.cache
def _subject_followers() -> frozenset[str]:
    """Words that may stand between a subject and its verb: "Lind also said", "Lind has said",
    "Lind this week called", "Lind on Monday said"."""
    return (lexicon.words("leading_adverbs") | lexicon.words("auxiliary_verbs") | lexicon.words("prepositions")
            | lexicon.words("time_words") | _DETERMINERS)


def _one_person(mention: Mention, found: Speaker) -> bool:
    """A description of one person ("the spokesperson", "a senior official"), not of a group or body."""
    noun = (mention.noun or "").lower()
    return found.kind == ROLE and mention.kind == ROLE and bool(noun) and (not noun.endswith("s") or noun.endswith("ss"))




_DATELINE_REACH = 8  # paragraphs (page furniture included) within which a lone "Place:" opens a story


def _shouted(turn: turns.Turn | None) -> bool:
    return turn is not None and turn.label.isupper() and turn.label not in ("Q", "A")


def _raised(par: Paragraph, att: Attribution) -> bool:
    """"Needless to say", "Fair to say": a cue that opens with "to" right after its source (a
    speaker's own cue has a verb of its own, "Lind declined to say", or is a headline's, "Lind to
    say …")."""
    cue, source = att.cue, att.source
    return (cue is not None and source is not None and cue.start == source.end
            and par.tokens[cue.start].text.lower() == "to")


def _title_case(par: Paragraph) -> bool:
    words = [t.text for t in par.tokens if t.text[:1].isalpha() and not t.quoted]
    if len(words) < 4:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    # "Former Gov. Ana Lind is endorsing Piet Ode.": names, but a long lower-case word makes it a sentence
    return capitalised >= 0.7 * len(words) and not any(w[:1].islower() and len(w) > 4 for w in words)


def extract(paragraphs: Sequence[str]) -> list[Statement]:
    """Every statement of an article, in reading order."""
    reader = Reader()
    for text in paragraphs:
        reader.common.update(_LOWER_WORD.findall(text[:MAX_PARAGRAPH]))
        reader.inner.update(w.lower() for w in _INNER_CAPITAL.findall(text[:MAX_PARAGRAPH]))
        reader.capitals.update(_CAPITAL_WORD.findall(text[:MAX_PARAGRAPH]))
    reader.turns = [turns.transcript_turn(text[:MAX_PARAGRAPH], reader.common) for text in paragraphs]
    reader.shouted_turns = sum(1 for turn in reader.turns if _shouted(turn))
    reader.singles = not any(mark in text for text in paragraphs for mark in '"“”«»„')
    for index, text in enumerate(paragraphs):
        reader.read(index, text)
    return filters.without_repeats(reader.settle())
