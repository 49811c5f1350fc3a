"""Sentences framed by "according to": the source is the phrase after it, and what was said is
the rest of the sentence, whichever side of it that stands.

The tagger reads most of these, but it often draws the frame wrong: a sentence-opening noun
phrase taken for a speaker ("Harbour chief Ivo Brand, 61, won the seat, according to the
commission"), the first clause swallowed into the source ("According to Lind, research shows
…"), or no comma before the cue and nothing marked at all. This pass redraws the frame only
where the tagger misread it, when the source may speak (a name, a person, a body, a document)
and the sentence holds no other cue of its own.
"""

from __future__ import annotations

from functools import cache

from briefing import lexicon
from briefing.article.attribution import reading_view
from briefing.article.attribution.tokens import Paragraph, Token

# Where the source phrase after "according to" ends: "according to the board, which …".
_SOURCE_ENDS = frozenset({",", ";", ":", "—", "–", "(", "who", "which", "whose"})
# "…, but according to her father, it also …": a clause after these is framed like a fronted one.
_CLAUSE_LINKS = frozenset({"but", "and", "yet", "while"})
_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they"})
_RELATIVES = frozenset({"who", "which", "whose"})
_INSIDE_PHRASE = frozenset({"of", "the", "a", "an"})  # a content that starts after these starts inside a phrase
_MAX_SOURCE = 14  # tokens of a source phrase before its closing comma
_MIN_CONTENT = 3  # tokens (words) of what was said


def frames(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with each "according to" sentence framed as source, cue and content."""
    out = list(labels)
    toks = par.tokens
    for i in range(len(toks) - 2):
        if toks[i].text.lower() != "according" or toks[i + 1].text.lower() != "to" or toks[i].quoted:
            continue
        unit = toks[i].unit
        first = next(m for m in range(i + 1) if toks[m].unit == unit)
        if _by_the_figures(toks, out, first, i):
            continue
        last = max(m for m in range(i, len(toks)) if toks[m].unit == unit) + 1
        src_end = i + 2
        while src_end < last and toks[src_end].text.lower() not in _SOURCE_ENDS \
                and not toks[src_end].quoted and toks[src_end].mark != "open":
            src_end += 1
        while src_end > i + 2 and toks[src_end - 1].text in (".", "!", "?"):
            src_end -= 1  # the sentence's full stop ("the U.S. Courts.": a dot inside the name stays)
        if src_end == i + 2 or src_end - i - 2 > _MAX_SOURCE or not _speaker_like(toks[i + 2:src_end]):
            continue
        lead = _previous_word(toks, first, i)
        relative = aside = False
        if lead is None or lead.lower() in _CLAUSE_LINKS and src_end < last and toks[src_end].text == ",":
            # "According to Lind, research shows …" / "…, but according to her father, it also …"
            span = _fronted(par, out, src_end + 1, last)
            cleared = (_run_start(out, first, i), span[1]) if span is not None else None
        else:
            # "The crew cited brake issues, according to an update from the board."; but "While …,
            # according to X, what was said" read as such by the tagger stays as it is
            # "…, according to Harbour Minister Ivo Brand who is …": a relative clause on the source is
            # no content after it
            relative = src_end < last and toks[src_end].text.lower() in _RELATIVES and out[src_end].endswith("CON")
            # "…, at least according to Ana Veer, who said that …": the clause before is hers too, and the
            # relative clause after keeps what the tagger read in it
            aside = not relative and src_end + 1 < last and toks[src_end].text == "," \
                and toks[src_end + 1].text.lower() in _RELATIVES and out[src_end + 1] == "B-CON"
            span = None if _content_after(out, src_end, last) and not relative and not aside \
                else _postposed(par, out, _past_dateline(par, first), _past_hedge(toks, i))
            cleared = (first, first if aside else _run_end(out, src_end, last))
        if span is None or cleared is None or not (relative or aside or _misread(par, out, i, span)
                                                   or not _source_marked(out, i + 2, src_end)):
            continue
        for m in range(*cleared):
            out[m] = "O"
        if aside:
            _relative_statement(par, out, src_end + 1)
        _label(out, span, "CON")
        _label(out, (i, i + 2), "CUE")
        _label(out, (i + 2, src_end), "SRC")
    return out


def _by_the_figures(toks: tuple[Token, ...], labels: list[str], first: int, i: int) -> bool:
    """"Veer said, noting that the rate is set at each meeting according to the data": inside a reported clause,
    with no comma before it, "according to" the data or figures tells how a thing is done, not who says so. The
    phrase joins the content before it (True); any other frame is left to the rest of this pass (False)."""
    if i == 0 or not labels[i - 1].endswith("CON") or toks[i - 1].text in (",", ";", ":") \
            or not any(label.endswith("CUE") for label in labels[first:i - 1]):
        return False
    end = i + 2
    while end < len(toks) and toks[end].unit == toks[i].unit and toks[end].text.isalpha() and toks[end].text.islower():
        end += 1
    words = [t.text for t in toks[i + 2:end]]
    if not words or words[0] not in ("the", "its", "their") or words[-1] not in lexicon.lower("finding_nouns"):
        return False
    for m in range(i, end):
        labels[m] = "I-CON"
    return True


def _misread(par: Paragraph, labels: list[str], i: int, span: tuple[int, int]) -> bool:
    """True when the tagger did not read the frame: "according" is no cue, what was said holds a
    source, nothing of it is marked, or the mark starts inside a noun phrase ("the campus of the
    University of [Norvik …]"). A frame it read is left as it drew it, with its own bounds of
    what was said ("…, with 56 percent of voters behind her, according to a poll")."""
    inside = labels[span[0]:span[1]]
    read = _read_source(labels, i, span)
    if labels[i] != "B-CUE" or read is False:
        return True
    if read or any(label.endswith("SRC") for label in inside):
        return not read
    start = next((m for m in range(*span) if labels[m].endswith("CON")), None)
    if start is None:
        return True
    before = par.tokens[start - 1].text if start > span[0] else ""
    return before.lower() in _INSIDE_PHRASE or before[:1].isupper() and par.tokens[start].text[:1].isupper()


def _source_marked(labels: list[str], start: int, end: int) -> bool:
    """False when the tagger read the source after "according to" as part of the cue ("…,”
    according to Brand."): nothing of it is marked a source."""
    return any(label.endswith("SRC") for label in labels[start:end])


def _read_source(labels: list[str], i: int, span: tuple[int, int]) -> bool | None:
    """For a fronted frame ("According to …, what was said"): True when the tagger marked a source
    right after the cue that ends where its content begins (a source with commas of its own, "E. J.
    Ode's book, and other sources,"); False when it ran its source into what was said; None for a
    frame with what was said before the cue."""
    if span[0] < i:
        return None
    if labels[i + 2] != "B-SRC":
        return False
    k = i + 3
    while k < span[1] and labels[k] == "I-SRC":
        k += 1
    while k < len(labels) and labels[k] == "O":
        k += 1
    return k < len(labels) and labels[k] == "B-CON"


def _speaker_like(words) -> bool:
    """A phrase that may name who said it: a name, a pronoun, or a person, body or document
    ("the harbour board", "a filing"); not "certain parameters" or "the timetable"."""
    nouns = _speaker_nouns()
    for t in words:
        low = t.text.lower()
        if t.text[:1].isupper() or low in _PRONOUNS or low in nouns or low.endswith("s") and low[:-1] in nouns:
            return True
    return False


@cache
def _speaker_nouns() -> frozenset[str]:
    return (lexicon.lower("role_nouns") | lexicon.lower("org_nouns") | lexicon.lower("document_nouns")
            | lexicon.lower("speech_nouns"))


def _run_start(labels: list[str], first: int, i: int) -> int:
    """Where a content the tagger ran through "…, but according to" begins (`i` when none did)."""
    k = i
    while k > first and labels[k - 1] == "I-CON":
        k -= 1
    return k - 1 if k > first and labels[k - 1] == "B-CON" else i


def _run_end(labels: list[str], end: int, last: int) -> int:
    """Where the tagger's misread frame ends after the source: the rest of the sentence when it
    holds no cue of its own ("…, according to brokers, and some operators have …, which adds …"),
    else past the content or source it ran on with ("…, with half of them in …")."""
    if not any(label.endswith("CUE") for label in labels[end:last]):
        return last
    while end < last and labels[end] in ("I-CON", "I-SRC"):
        end += 1
    return end


def _content_after(labels: list[str], end: int, last: int) -> bool:
    """True when the tagger marked what was said right after the source ("…, according to X, two …")."""
    while end < last and labels[end] == "O":
        end += 1
    return end < last and labels[end] == "B-CON"


def _previous_word(toks, first: int, i: int) -> str | None:
    """The token before "according" in its sentence (None at the sentence's start, past marks)."""
    k = i - 1
    while k >= first and not toks[k].text[:1].isalnum() and toks[k].text != ",":
        k -= 1
    return toks[k].text if k >= first else None


def _fronted(par: Paragraph, labels: list[str], start: int, last: int) -> tuple[int, int] | None:
    """What was said after "According to X,": to the sentence's end, or to ", but" (the clause
    after it is the narrator's or another attribution's)."""
    toks = par.tokens
    if start >= last:
        return None
    end = start
    while end < last and not (toks[end].text.lower() == "but" and toks[end - 1].text == ","):
        end += 1
    if toks[end - 1].text == "," and end < last:
        end -= 1
    return _checked(par, labels, start, end)


def _past_dateline(par: Paragraph, first: int) -> int:
    """The sentence's first token after the paragraph's dateline ("KESTREL (Harbour Wire) - ")."""
    end = reading_view.dateline_end(par)
    while first < len(par.tokens) and par.tokens[first].start < end:
        first += 1
    return first


def _relative_statement(par: Paragraph, out: list[str], who: int) -> None:
    """"…, who announced today that CLAUSE": the relative clause read as one content is a statement of its
    own, "who" its source and the words up to "that" its cue."""
    toks = par.tokens
    that = next((k for k in range(who + 2, min(len(toks), who + 7)) if toks[k].text.lower() == "that"), None)
    if that is None or that + 1 >= len(toks) or any(out[k] != "I-CON" for k in range(who + 1, that + 2)):
        return
    out[who] = "B-SRC"
    _label(out, (who + 1, that + 1), "CUE")
    out[that + 1] = "B-CON"


_HEDGES = frozenset({"at", "least", "even", "only", "mostly", "largely"})  # "…, at least according to X"


def _past_hedge(toks: tuple[Token, ...], i: int) -> int:
    """Where the clause before "according" ends, before a hedge on the attribution ("at least")."""
    while i > 0 and toks[i - 1].text.lower() in _HEDGES:
        i -= 1
    return i


def _postposed(par: Paragraph, labels: list[str], first: int, i: int) -> tuple[int, int] | None:
    """What was said before "…, according to X": the sentence up to the cue."""
    return _checked(par, labels, first, i)


def _checked(par: Paragraph, labels: list[str], start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the content without its edge marks, or None when it is too short or holds
    a cue of its own ("Lind said …, according to a report" is Lind's statement, which the report
    carries; "…, called “the port city” by its people, …": the tagger's reading stands)."""
    toks = par.tokens
    while start < end and not toks[start].text[:1].isalnum() and not toks[start].quoted \
            and toks[start].mark != "open":
        start += 1
    while end > start and toks[end - 1].text in (",", ".", ";", ":", "—", "–", "-"):
        end -= 1
    if sum(1 for t in toks[start:end] if t.text[:1].isalnum()) < _MIN_CONTENT:
        return None
    if any(labels[m] == "B-CUE" for m in range(start, end)):
        return None
    return start, end


def _label(labels: list[str], span: tuple[int, int], kind: str) -> None:
    for m in range(*span):
        labels[m] = ("B-" if m == span[0] else "I-") + kind


_REPORTING = frozenset({"reports", "reported", "says", "said", "writes", "wrote", "reporting"})
_CITING = frozenset({"citing", "quoting"})


def trailing_reports(par: Paragraph, labels: list[str]) -> list[str]:
    """"Judge Veer said the notices were sensational, the Marrow Gazette reports, citing a wire.": the paper's
    report closes the sentence, and what it reports is all of the sentence before it, the judge's words
    with the judge (the tagger reads the paper's name and its verb as one source, or as more of the
    judge's words, and "citing" as a cue)."""
    out = list(labels)
    toks = par.tokens
    # (only commas are relabelled below, each after the first content: where that is never moves)
    first_content = next((k for k, label in enumerate(out) if label.endswith("CON")), len(out))
    for i in range(2, len(toks) - 1):
        if toks[i - 1].text != "," or out[i] not in ("B-SRC", "I-CON") or toks[i].quoted or first_content >= i - 1:
            continue
        verb = _name_then_report(toks, i)
        if verb is None:
            continue
        end = verb + 1
        tail = end + 1 if end < len(toks) and toks[end].text == "," else end
        if tail < len(toks) and toks[tail].text.lower() in _CITING:
            end = max(m for m in range(tail, len(toks)) if toks[m].unit == toks[i].unit) + 1
        elif tail < len(toks) and toks[tail].unit == toks[i].unit and toks[tail].text not in (".", "!", "?"):
            continue  # "…, the Gazette reported on Monday that …" is the tagger's to read
        out[i - 1] = "O"
        out[i:verb] = ["B-SRC"] + ["I-SRC"] * (verb - i - 1)
        out[verb] = "B-CUE"
        for m in range(verb + 1, end):
            out[m] = "O"  # "…, citing a wire service": the paper's source, not a statement
    return out


def _name_then_report(toks: tuple[Token, ...], i: int) -> int | None:
    """Where the verb stands in "the Marrow Gazette reports" or "Kessel News (sub. req.) reported" from `i`."""
    k = i + 1 if toks[i].text.lower() == "the" else i
    if k >= len(toks) or not toks[k].text[:1].isupper():
        return None
    while k < len(toks) and k - i <= 8 and (toks[k].text[:1].isupper() or toks[k].text[:1].isdigit()):
        k += 1
    if k < len(toks) and toks[k].text == "(":
        k = next((m + 1 for m in range(k, min(len(toks), k + 8)) if toks[m].text == ")"), k)
    return k if k < len(toks) and toks[k].text.lower() in _REPORTING and toks[k].unit == toks[i].unit else None
