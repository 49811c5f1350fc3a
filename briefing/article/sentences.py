"""Our sentence splitter and word tokenizer: news-aware and free of NLTK data.

sumy's own Tokenizer("english") needs NLTK's punkt data, which an offline machine
lacks, so sumy is given a `Tokenizer` instance of ours instead.

A candidate boundary is terminal punctuation (. ! ? … or ". . .") with any
closing quotes or brackets after it, followed by white space. It is a boundary
when the next word starts a sentence (a capital letter or a digit, possibly
behind an opening quote or bracket) and the word before the full stop is not an
abbreviation that carries on. Each line is split on its own: a line without
final punctuation (a headline, a list item) is a sentence by itself.
"""

from __future__ import annotations

import re

# Abbreviations that never end a sentence: titles before a name ("Gov. Anders
# Whitlow", "Lt. Col. Priya Haskett") and Latin or reference shorthand ("e.g.",
# "cf. the 2019 case", "approx. 90 m").
_TITLES = frozenset(
    "mr mrs ms messrs dr prof sen sens rep reps gov gen lt col capt cmdr cdr sgt cpl pvt adm maj "
    "rev hon pres supt insp det atty amb fr vs v fig figs approx cf e.g i.e viz ca".split()
)
# Abbreviations that often end a sentence too: a break is made only when the next
# word is a typical sentence opener ("…sold to Halvorsen Freight Inc. The losing
# bidder…" but "Brightwater Inc. and Calloway Corp. announced…").
_SOFT = frozenset(
    "inc corp co ltd llc plc bros jr sr etc al st ave blvd rd hwy ft mt lb lbs oz tbsp tsp".split()
)
# Country and city abbreviations: carry on into the institution or office they
# qualify ("the U.S. Senate", "U.N. Security Council", "U.S. Ambassador Noreen
# Falk"); any other capitalised word after them starts a new sentence
# ("…imported into the E.U. Exporters in Varnland are worried.").
_PLACES = frozenset("u.s u.k u.n e.u d.c u.a.e n.y l.a".split())
_INSTITUTIONS = frozenset(
    """
    army navy air marine marines naval coast guard forces force military troops special central southern
    northern european pacific atlantic joint command congress congressional senate house capitol parliament
    government cabinet president presidential vice secretary attorney ambassador ambassadors embassy consulate
    envoy delegation mission department dept justice state treasury defense defence security intelligence
    homeland immigration customs border postal census geological environmental energy health human
    food drug trade commerce chamber federal national district circuit supreme high court courts magistrate
    judge general assembly council commission commissioner agency bureau office foreign home prime minister
    ministry fund bank reserve mint patent olympic olympics open opens masters soccer team women's men's
    constitution flag citizenship refugee children's world peacekeeping peacekeepers relief secret service
    marshals police mayor rep reps sen sens gov gen lt col capt adm maj sgt dr mr mrs ms steel airways
    """.split()
)
# a.m. and p.m. end a sentence unless a day, month or time zone follows ("6 a.m. Tuesday").
_TIMES = frozenset({"a.m", "p.m"})
_AFTER_TIME = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst cet cest utc eastern central pacific mountain local
    """.split()
)
# Months carry on into a day or year ("Jan. 15", "Oct. 12, Nov. 9"); otherwise
# they end the sentence ("…due to open in Sept. Work on the runway…").
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Number signs carry on into a number ("No. 5", "car No. 7"); "No." alone is a word.
_NUMBER_SIGNS = frozenset({"no", "nos", "vol", "pp"})
# Words that typically open a sentence.
_OPENERS = frozenset(
    """
    the a an he she it they we i you his her its their this that these those there but and in on at for as
    after before while when if meanwhile however still yet so some many most other others officials analysts
    one two both no our my what why how who shares prices stocks then now each every all neither nobody none
    its it's police authorities critics residents
    """.split()
)
# Speech verbs after a quoted question or exclamation: '“Why now?” Renfrew asked.'
_SPEECH = frozenset(
    """
    said says asked asks shouted shouts told tells added adds replied replies cried yelled screamed demanded
    wondered wrote writes exclaimed insisted pleaded called whispered muttered snapped laughed joked
    """.split()
)

_BEFORE_BRACKET = _PLACES | _TIMES | _SOFT

_CLOSERS = "\"'”’»)]"
_OPENING = "\"'“‘«(["
# A candidate end: terminal punctuation, then closing quotes/brackets, then space.
_END = re.compile(r"(?:\.{3}|\. \. \.|…|[.!?]+)[" + re.escape(_CLOSERS) + r"]*(?=\s)")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_FIRST_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


class Tokenizer:
    """The object sumy asks for: `to_sentences(paragraph)` and `to_words(sentence)`."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def words(text: str) -> list[str]:
    """Words and numbers, keeping inner apostrophes, hyphens and dots ("U.S.", "3.5bn", "don't")."""
    return _WORD.findall(text)


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences; lines without final punctuation stand alone."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            out.extend(_split_line(line))
    return out


def _split_line(text: str) -> list[str]:
    sentences = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if _is_boundary(text, match.start(), end):
            piece = text[start:end].strip()
            if piece:
                sentences.append(piece)
            start = end
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return sentences


def _is_boundary(text: str, punct_start: int, end: int) -> bool:
    # Only the next few words decide; slicing the whole rest of a long paragraph at
    # every full stop made an 11 MB article take minutes.
    after = text[end:end + 400].lstrip()
    if not after:
        return True
    marks = text[punct_start:end]
    inner = after.lstrip(_OPENING)
    nxt = inner[0] if inner else after[0]
    if not (nxt.isupper() or nxt.isdigit()):
        return False  # "“Will we go?” she asked." / ". . . and then" / "3.5bn"
    m = _FIRST_WORD.match(inner)
    next_word = m.group(0) if m else ""
    next_low = next_word.lower()
    if marks[0] in "?!" and marks[-1] in _CLOSERS and not after.startswith(tuple(_OPENING)):
        # '“Why now?” Renfrew asked.': a name and a speech verb finish the sentence.
        following = inner.split(None, 4)
        if next_low in _OPENERS:
            return True  # '…in your life?’ She said: …'
        for word in following[1:4]:
            w = word.strip(",.;:").lower()
            if w in _SPEECH:
                return False
            if not word[:1].isupper():
                break
        return True
    if marks.startswith(("...", ". . .", "…")) or marks[0] != ".":
        return True
    if any(c in _CLOSERS for c in marks):
        return True  # 'He said, “We will go.” Then ...'
    window = max(0, punct_start - 200)
    space = max(text.rfind(" ", window, punct_start), text.rfind("\t", window, punct_start), window - 1)
    word = text[space + 1:punct_start].lstrip(_OPENING)
    if not word:
        return True
    low = word.lower()
    if low in _BEFORE_BRACKET and after[0] == "(":
        return False  # "at 9:40 a.m. (4:40 a.m. ET)"
    if next_low.endswith(("'s", "’s")):
        next_low = next_low[:-2]  # "the U.S. President's message"
    if low in _PLACES:
        # "a U.S. UAV", "403 U.S. 602": an acronym or a number carries on the name.
        if next_low in _OPENERS:
            return True
        acronym = len(next_word) > 1 and next_word.isupper()
        return next_low not in _INSTITUTIONS and not acronym and not next_word[0].isdigit()
    if low in _TIMES:
        return next_low not in _AFTER_TIME
    if low in _MONTHS:
        return not next_word[0].isdigit()
    if low in _NUMBER_SIGNS:
        return not next_word[0].isdigit()
    if low in _SOFT:
        return next_low in _OPENERS
    if low in _TITLES:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "George W. Bush", "H. R. Oduya"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        # Other dotted abbreviations: "P.J. Hartigan", "R.J. Penhallow".
        return next_low in _OPENERS
    return True
