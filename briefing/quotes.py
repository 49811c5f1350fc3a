"""Who said what in one article: direct quotes and reported statements.

The article is read once, paragraph by paragraph and sentence by sentence, with a
small model of who has been mentioned so far (`_Context`), so that "he said",
"Li said" and "the spokesperson said" resolve to the full mention before them.

- Quote marks are paired by type in one pass per paragraph: curly marks by their
  shape, straight marks by what stands on either side of them (never by
  counting). A quote still open at the end of a paragraph continues when the
  next paragraph opens with a quote mark.
- A quote is credited to the speaker named next to it (after it: "…,” Dou
  said."; before it, in its sentence: "Akazawa told reporters, “…”"), or failing
  that to the speaker of the quote before it, in the paragraph or in the
  paragraph before.
- Reported speech is read from the narrative sentences: "X said (that) CLAUSE",
  "X told Y that CLAUSE", "CLAUSE, X said", "CLAUSE, said X, chief economist at
  Y", "according to X".

Linear time: every scan is a single pass, and every regular expression runs on
a bounded window (a sentence capped in length, or a few hundred characters next
to a quote), without nested quantifiers that could backtrack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.model import DIRECT, INDIRECT, Statement
from briefing.speakers import (
    DOC_NOUNS,
    GENDERED,
    ORG,
    ORG_NOUNS,
    PERSON,
    PRONOUN,
    ROLE,
    ROLE_NOUNS,
    UNKNOWN,
    Mention,
    fold,
    is_country,
    parse_phrase,
    same_name,
    tokens,
)

MIN_QUOTE_WORDS = 4  # shorter quotes with no speech verb next to them are scare quotes or titles
# A quote inside reported speech stands as a direct statement from this length on; shorter, it is part
# of the reported clause: Raman posted that the company had “tried for a year” to settle.
MIN_EMBEDDED_WORDS = 5
MAX_PARAGRAPH = 200_000  # characters of one paragraph that are read at all
MAX_SENTENCE = 1500  # longer "sentences" (tables, dumps) are not parsed for reported speech
WINDOW = 320  # characters next to a quote searched for its attribution

# Verbs that report speech, in the forms news copy uses.
REPORT_CUES = (
    "said says say told tells tell added adds noted notes reiterated reiterates warned warns argued argues "
    "stated states insisted insists posted posts wrote writes tweeted tweets stressed stresses emphasised "
    "emphasized emphasises emphasizes acknowledged acknowledges denied denies claimed claims announced "
    "announces explained explains cautioned cautions confirmed confirms suggested suggests predicted predicts "
    "recalled recalls responded observed remarked maintained maintains contended contends countered "
    "complained complains conceded concedes admitted admits declared declares revealed reveals disclosed "
    "indicated signalled signaled estimated estimates reported reports agreed vowed pledged promised assured "
    "informed reminded alleged alleges urged urges argued replied replies"
).split()
QUOTE_ONLY_CUES = "asked asks answered shouted joked quipped continued concluded laughed wondered exclaimed mused snapped sighed".split()
_MULTI = ("pointed out", "points out")
_ZERO_THAT = {"said", "says", "say", "told", "tells", "tell", "added", "adds"}
_TELL = {"told", "tells", "tell", "assured", "informed", "reminded", "warned", "urged", "warns", "urges"}
_PARTICIPLES = {"saying", "adding", "noting", "arguing", "warning", "insisting", "stressing", "explaining", "claiming", "telling", "writing", "declaring"}
_ALL_CUES = sorted(set(REPORT_CUES) | set(QUOTE_ONLY_CUES), key=len, reverse=True)
_CUE_RE = re.compile(r"(?<![\w’'-])(?:" + "|".join(_MULTI) + "|" + "|".join(_ALL_CUES) + r")(?![\w’'-])")
_PARTICIPLE_RE = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(_PARTICIPLES)) + r")(?![\w’'-])")
_ACCORDING_RE = re.compile(r"(?<![\w’'-])[Aa]ccording to\s")

_AUX = set(
    "is are was were be been has have had will would can could should may might must do does did shall "
    "won't wouldn't can't couldn't isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't".split()
)
_IRREGULAR_PAST = set(
    "made took gave saw came went fell rose grew left kept held found became began brought bought sold lost "
    "met paid put ran set sent spent stood won wrote knew told thought got meant felt hit cut led hid broke "
    "chose drew drove flew forgot froze heard hung laid let lay rode rang sank sat shook shot shut slid "
    "spoke stole struck swore swam threw understood woke wore withdrew".split()
)
_HEARERS = set(
    "reporters journalists lawmakers legislators parliament congress senators investors analysts clients "
    "listeners viewers readers supporters members delegates officials staff employees workers farmers "
    "residents voters students crowd audience committee court jury judge panel television radio media "
    "press conference briefing hearing meeting interviewer broadcaster newspaper".split()
)
_INTRO_WORDS = set(
    "in on at after before during following speaking asked when while although though despite since as "
    "however meanwhile separately earlier later last this instead still yet but and also elsewhere "
    "according addressing writing responding commenting interviewed reached contacted by with under from "
    "for to if once because unlike like besides amid over within without throughout".split()
)
_TRAILING_ADVERBS = set(
    "has had have also again later earlier previously then repeatedly once reportedly publicly privately "
    "separately recently initially subsequently further flatly firmly only simply quickly immediately still "
    "already too himself herself itself themselves".split()
)
_CAPTION = re.compile(
    r"^\s*\(?(?:photo|image|picture|caption|pictured|video|watch|credit|file photo|top image|graphic|illustration|"
    r"read more|read next|related|see also|listen|sign up|subscribe)\b\s*[:：|-]",
    re.IGNORECASE,
)
_CREDIT = re.compile(r"\((?:[^()]{0,80}(?:/|photo|getty|reuters|\bap\b|afp|epa|images?\b|courtesy)[^()]{0,80})\)\s*\.?\s*$", re.IGNORECASE)
_TURN = re.compile(r"([A-Z][A-Za-z .'’\-]{0,40}[A-Za-z.])(\s*\([^()]{1,40}\))?\s?:\s+(\S)")
_QUESTION_LABELS = {"question", "q", "reporter", "journalist", "audience member"}
_TURN_JUNK = set(
    "photo photos image video update note editor's editors note correction clarification disclaimer disclosure "
    "breaking exclusive analysis opinion watch read more related source sources q a warning advertisement "
    "what they said key points timeline background context credit caption live fact check".split()
)
_ABBREV = set(
    "mr mrs ms dr prof sen rep gov gen lt col capt cmdr sgt st jr sr rev hon pres supt insp adm maj messrs no "
    "nos vs v fig approx dept est ft mt ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec inc corp "
    "co ltd bros plc e.g i.e etc cf al".split()
)


# --- quote marks ---------------------------------------------------------------------------------------

_MARKS = re.compile('[“”"«»„]')


@dataclass
class Quote:
    para: int
    open: int  # index of the opening mark
    close: int  # index of the closing mark, or where the quote was cut off
    closed: bool  # a closing mark was found
    open_end: bool  # the paragraph ended inside the quote

    def text(self, paragraph: str) -> str:
        return paragraph[self.open + 1 : self.close].strip()


def _role_of_mark(p: str, i: int, ch: str) -> str:
    prev = p[i - 1] if i > 0 else " "
    nxt = p[i + 1] if i + 1 < len(p) else " "
    opens = not nxt.isspace() and (prev.isspace() or prev in "([{—–-/:;,\u00a0")
    closes = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-…’'")
    if ch in "“„«":
        # A curly opener used as a closer ("…stage“ said") is rare but real in pasted copy.
        return "close" if closes and not opens and ch == "“" else "open"
    if ch in "”»":
        return "open" if opens and not closes and ch == "”" else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def find_quotes(paragraph: str, para: int = 0) -> list[Quote]:
    """Pair the double quote marks of one paragraph in a single pass.

    “ pairs with ” (or a straight mark used as a closer: “…stage," state media said);
    a straight mark opens or closes by what stands on either side of it.
    """
    quotes: list[Quote] = []
    start = -1
    for m in _MARKS.finditer(paragraph):
        i, ch = m.start(), m.group()
        role = _role_of_mark(paragraph, i, ch)
        if start < 0:
            if role == "close":
                continue  # a stray closer, or an inch mark: 27" screen
            if ch == '"' and i > 0 and paragraph[i - 1].isdigit():
                continue
            start = i
        elif role in ("close", "either"):
            quotes.append(Quote(para, start, i, True, False))
            start = -1
        else:
            # Two openers in a row: the first quote was never closed; it ends where the next begins.
            quotes.append(Quote(para, start, i, False, False))
            start = i
    if start >= 0:
        quotes.append(Quote(para, start, len(paragraph), False, True))
    return quotes


def _words(text: str) -> int:
    return len(text.split())


# --- sentences -----------------------------------------------------------------------------------------

_END = re.compile(r"[.!?…]+[)\]’'”\"]*\s+")


def _sentences(para: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence spans of the narrative: quoted text is masked, so its full stops do not split."""
    masked = list(para) if quotes else None
    if masked is not None:
        for q in quotes:
            for k in range(q.open + 1, min(q.close, len(para))):
                masked[k] = "x"
        text = "".join(masked)
    else:
        text = para
    cuts = []
    for m in _END.finditer(text):
        end = m.end()
        if end >= len(text):
            continue
        nxt = text[end]
        if not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘(["):
            continue
        word_start = text.rfind(" ", max(0, m.start() - 20), m.start()) + 1
        word = text[word_start : m.start()].lower().strip("(\"“")
        if text[m.start()] == "." and (word in _ABBREV or len(word) == 1 and word.isalpha() or "." in word):
            continue  # Mr. Li, Scott K. Bessent, the U.S. Treasury
        cuts.append(end)
    # A closed quote that ends its own sentence ("…end.” Then") also ends the narrative sentence,
    # unless a speech verb follows at once ("…end?” Dou asked).
    for q in quotes:
        if not q.closed:
            continue
        inner = para[q.open + 1 : q.close].rstrip()
        after = para[q.close + 1 : q.close + 60]
        if inner[-1:] in ".!?" and after[:1] == " " and after[1:2].isupper():
            cm = _CUE_RE.search(" ".join(after.split()[:5]))
            tail = after[cm.end() :] if cm else ""
            # “…end.” She emphasised that …  is a new sentence; “…now?” Dou asked.  is not.
            if cm is None or tail.lstrip().startswith("that ") or _words(re.split(r"[.!?]", tail)[0]) > 6:
                cuts.append(q.close + 2)
    cuts = sorted(set(cuts))
    spans, start = [], 0
    for c in cuts:
        if c > start:
            spans.append((start, c))
            start = c
    spans.append((start, len(para)))
    return spans


# --- who is who in this article ------------------------------------------------------------------------

_SPOKES = {"spokesperson", "spokeswoman", "spokesman", "spokespeople", "spokesmen", "spokeswomen", "spokespersons"}
_OFFICIALISH = _SPOKES | {
    "official", "officials", "minister", "secretary", "officer", "ambassador", "envoy", "diplomat", "aide",
    "director", "commissioner", "source", "sources", "negotiator", "representative",
}
_FAMILIES = [
    _SPOKES,
    {"company", "firm", "corporation", "corp", "maker", "drugmaker", "carmaker", "manufacturer", "developer", "operator", "group", "builder"},
    {"post", "posts", "account", "accounts", "blog", "channel", "tweet"},
    {"group", "organisation", "organization", "charity", "campaign", "watch", "ngo", "monitor"},
    {"bank", "lender"},
    {"newspaper", "paper", "outlet", "broadcaster", "agency", "daily", "times", "journal", "post"},
    {"club", "team", "side", "fc", "united", "city", "rovers"},
    {"union", "unions"},
    {"analyst", "analysts", "economist", "economists", "strategist", "strategists"},
]
_ORG_TYPES = {
    "ministry", "department", "government", "council", "bank", "agency", "commission", "company", "corporation",
    "group", "union", "association", "authority", "board", "committee", "court", "parliament", "embassy", "police",
    "club", "firm", "account", "post", "party", "university", "institute", "fund", "newspaper", "network",
    "regulator", "delegation", "city", "team", "trust", "office",
}


_GENERIC_ORG_NOUNS = {
    "company", "firm", "group", "business", "brand", "maker", "retailer", "startup", "operator", "developer",
    "carmaker", "drugmaker", "manufacturer", "corporation", "authority", "organisation", "organization", "body",
    "institution", "association", "agency", "club", "team", "campaign", "charity", "lender", "network", "account",
    "post", "outlet", "broadcaster", "newspaper", "paper", "service",
}
_CONTINUING = {"added", "adds", "continued", "continues", "went on"}
_COMPANY_NOUNS = {"company", "firm", "group", "business", "brand", "maker", "retailer", "startup", "operator", "developer", "carmaker", "drugmaker", "manufacturer", "corporation"}


def _family(noun: str) -> set[str]:
    if noun == "leader":
        # "the French leader" after "French President Emmanuel Macron".
        return {"leader", "president", "premier", "chancellor", "minister", "head", "chief"}
    out = {noun, noun.rstrip("s")}
    for fam in _FAMILIES:
        if noun in fam:
            out |= fam
    return out


@dataclass(eq=False)
class _Entity:
    name: str
    kind: str  # PERSON, ORG, ROLE or UNKNOWN
    role: str | None = None
    gender: str | None = None
    nouns: set[str] = field(default_factory=set)  # what it can be called: "spokeswoman", "group", "account"
    seen: int = -1  # clock of the latest mention
    salient: int = -1  # clock of the latest mention as a speaker or sentence subject
    para: int = -1  # paragraph of the latest mention
    role_weak: bool = False  # the role came from a mention in passing, and a fuller one may replace it
    spoke: bool = False  # credited with a statement
    ambiguous: bool = False  # a capitalised name with nothing to say if it is a person or a company ("Lumen Mobile")
    provisional: str | None = None  # a description standing in for a name the article may give later
    born: int = 0  # the sentence that first named it
    forms: set[str] = field(default_factory=set)  # every name the article used for it ("Qiao", "QIAO MINGLUN")

    def out_kind(self) -> str:
        if self.kind == UNKNOWN:
            return PERSON if self.gender else ORG
        return self.kind

    def credit(self, cue: str | None) -> None:
        self.spoke = True
        if cue in ("posted", "posts", "tweeted", "tweets", "wrote", "writes"):
            self.nouns.update(("post", "tweet"))  # "…, the post said" after "X posted on Weibo"

    def add_role(self, role: str | None, weak: bool = False) -> None:
        if role and (not self.role or self.role_weak and not weak):
            self.role = role
            self.role_weak = weak
        if role and not self.gender and self.kind != ORG:
            # "her father, Tom Brix": a man.
            self.gender = next((GENDERED[w] for w in re.findall(r"[a-z]+", role.lower()) if w in GENDERED), None)
        if role:
            for w in _role_heads(role):
                # A person is "the spokeswoman", not "the bank" they work for.
                if w in ROLE_NOUNS or w in ORG_NOUNS and self.kind in (ORG, UNKNOWN):
                    self.nouns.add(w)


_HEAD_STOP = {"of", "that", "which", "who", "at", "in", "for", "with", "from", "based", "whose", "on", "to", "and", "under", "by"}


def _role_heads(role: str) -> list[str]:
    """The nouns a role is built on: "an independent group that tracks the river" → group;
    "Nordline chief executive" → executive; "which runs the checks under a government contract" → none."""
    heads = []
    for seg in re.split(r",\s*", role.lower())[:3]:
        words = [w.strip("’'\"“”()") for w in seg.split()]
        if not words or words[0] in {"which", "who", "whose", "that", "where"}:
            continue
        head = None
        for w in words:
            if w in _HEAD_STOP or head is not None and len(w) > 5 and w.endswith(("ed", "ing")):
                break
            if not w.endswith(("’s", "'s")) and w not in {"the", "a", "an", "its", "his", "her", "their", "our"}:
                head = w
        for w in words[: words.index(head) + 1] if head in words else []:
            if w in ROLE_NOUNS:
                heads.append(w)  # "chief executive": both words can name the role
        if head:
            heads.append(head)
    return heads


class _Context:
    """Everyone mentioned so far, with enough to resolve a re-mention.

    Lookups go through indexes (folded name, name token) or walk back over the most recently
    mentioned entities only, so a long article with thousands of names stays linear.
    """

    RECENT = 100  # how far back a pronoun or a description looks, in entities mentioned

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self.recent: dict[int, _Entity] = {}  # by id, least recently mentioned first
        self.by_fold: dict[str, list[_Entity]] = {}
        self.by_token: dict[str, list[_Entity]] = {}
        self.clock = 0
        self.para = 0
        self.para_start: dict[int, int] = {}
        self.last_speaker: _Entity | None = None
        self.create = True
        self.sentence = 0
        self.stated = False
        self.found_before = 0
        self.cue: str | None = None

    def tick(self) -> None:
        self.clock += 1

    def new_sentence(self, found: list) -> None:
        self.sentence += 1
        self.stated = len(found) != self.found_before  # the sentence just read gave a statement
        self.found_before = len(found)
        self.cue = None

    def new_paragraph(self, p: int) -> None:
        self.para = p
        self.tick()
        self.para_start[p] = self.clock

    def _since(self, paragraphs_back: int) -> int:
        return self.para_start.get(max(0, self.para - paragraphs_back), 0)

    def touch(self, e: _Entity, salient: bool) -> _Entity:
        self.tick()
        e.seen = self.clock
        e.para = self.para
        if salient:
            e.salient = self.clock
        self.recent.pop(id(e), None)
        self.recent[id(e)] = e
        return e

    def _recent(self, since: int):
        """Entities mentioned since the clock value `since`, latest first, at most RECENT of them."""
        for n, e in enumerate(reversed(self.recent.values())):
            if n >= self.RECENT or e.seen < since:
                return
            yield e

    def _index(self, e: _Entity) -> None:
        for key in {fold(e.name), _org_fold(e.name)}:
            bucket = self.by_fold.setdefault(key, [])
            if e not in bucket:
                bucket.append(e)
        for t in set(tokens(e.name)):
            bucket = self.by_token.setdefault(t, [])
            if e not in bucket:
                bucket.append(e)

    def _named(self, key: str) -> list[_Entity]:
        return self.by_fold.get(key, [])[-200:]

    def _with_token(self, tok: str) -> list[_Entity]:
        return self.by_token.get(tok, [])[-200:]  # a name shared by hundreds of entities: the latest ones

    def _rename(self, e: _Entity, name: str) -> None:
        e.forms.add(e.name)  # "Mnuchin" first, "Steven Mnuchin" later: both are names of one man
        e.name = name
        self._index(e)

    def _new(self, kind: str, name: str, role: str | None = None, gender: str | None = None, nouns: set[str] | None = None) -> _Entity:
        e = _Entity(name, kind, None, gender, set(nouns or ()))
        e.born = self.sentence
        e.add_role(role)
        for w in tokens(name):
            if w in ORG_NOUNS and kind == ORG:
                e.nouns.add(w)
        self.entities.append(e)
        self._index(e)
        return e

    # -- resolution

    def resolve(self, m: Mention, salient: bool = True, create: bool = True) -> _Entity | None:
        self.create = create
        e = self._resolve(m)
        self.create = True
        if e is not None:
            if m.kind != PRONOUN and not m.definite and m.name[:1].isupper():
                e.forms.add(m.name)
            if m.gender and not e.gender and e.kind != ORG:
                e.gender = m.gender
            if e.ambiguous and (m.role or m.gender or m.kind == PRONOUN and m.name in ("he", "she")):
                e.ambiguous = False
            if m.kind != PRONOUN and not m.definite:
                e.add_role(m.role, weak=not salient)
            self.touch(e, salient)
            if salient:
                self._register_affiliations(m.role)
                self._register_owner(m.role)
        return e

    def _resolve(self, m: Mention) -> _Entity | None:
        if m.kind == PRONOUN:
            return self._pronoun(m.name)
        if m.kind == ROLE or (m.kind == ORG and m.noun and (m.definite or not m.name[:1].isupper())):
            return self._description(m)
        toks = m.name.split()
        if m.kind == PERSON and len(toks) >= 2:
            return self._person(m)
        if len(toks) == 1 and m.kind in (PERSON, UNKNOWN, ORG):
            return self._single(m)
        return self._org(m)

    def _pronoun(self, word: str) -> _Entity | None:
        since = self._since(3)
        if word in ("he", "him", "she", "her"):
            g = "m" if word in ("he", "him") else "f"
            # A lone capitalised word ("Mnuchin", "Rice") is a candidate only once it has spoken.
            ok = [e for e in self._recent(since) if (e.kind in (PERSON, ROLE) or e.kind == UNKNOWN and e.spoke) and e.gender in (None, g)]
            best = max((e for e in ok if e.salient >= since), key=lambda e: e.salient, default=None)
            if self.cue not in _CONTINUING and not self.stated:
                # "Among the crowd was Ada Lind, who had driven in from the coast. “…,” she said": someone the
                # sentence just before introduced with a title or description, when it quoted nobody
                # ("he added" stays with the speaker; a bare capitalised name may be an event or a place).
                fresh = [e for e in ok if e.kind == PERSON and e.born == self.sentence - 1 and e.role and not e.spoke and not e.ambiguous]
                if len(fresh) == 1 and (best is None or best.salient < fresh[0].seen):
                    best = fresh[0]
            if best is None:
                best = max(ok, key=lambda e: e.seen, default=None)
            if best is not None:
                best.gender = best.gender or g
                if best.kind == UNKNOWN:
                    best.kind = PERSON
            return best
        if word in ("it", "its"):
            ok = [e for e in self._recent(since) if e.kind in (ORG, UNKNOWN) and not e.gender]
            best = max((e for e in ok if e.salient >= since), key=lambda e: e.salient, default=None)
            best = best or max(ok, key=lambda e: e.seen, default=None)
            if best is None:
                best = self._ambiguous_org()
            if best is not None and best.kind in (UNKNOWN, PERSON):
                best.kind, best.ambiguous = ORG, False
            return best
        if word in ("they", "them", "we", "i"):
            # Singular "they" for an unnamed official, plural for an organisation: the latest speaker.
            if self.last_speaker is not None and self.last_speaker.seen >= since:
                return self.last_speaker
            return max((e for e in self._recent(since) if e.salient >= since), key=lambda e: e.salient, default=None)
        return None

    def _ambiguous_org(self) -> _Entity | None:
        # "Lumen Mobile is recalling …. It said": a name that could be a company, met recently.
        since = self._since(3)
        pool = [e for e in self._recent(since) if e.kind == PERSON and e.ambiguous and (e.salient >= since or e.para == self.para)]
        return max(pool, key=lambda e: (e.salient, e.seen), default=None)

    def _person(self, m: Mention) -> _Entity:
        toks = tokens(m.name)
        cands = {id(e): e for t in {toks[0], toks[-1]} for e in self._with_token(t)}
        for e in sorted(cands.values(), key=lambda e: -e.seen):
            if e.kind not in (PERSON, UNKNOWN, ROLE):
                continue
            et = tokens(e.name)
            if len(et) >= 2 and (same_name(e.name, m.name) or et[0] == toks[0] and et[-1] == toks[-1]):
                if len(m.name) > len(e.name):
                    self._rename(e, m.name)
                e.kind = PERSON
                return e
        since = self._since(6)
        for e in sorted(cands.values(), key=lambda e: -e.seen):
            # A surname met alone first, the full name later: "Mnuchin ... Steven Mnuchin" (a person
            # on both sides: "Caldera said" is not upgraded by a stray "Whether Caldera").
            et = tokens(e.name)
            person_like = e.kind == PERSON or e.gender or m.role or m.gender
            if e.kind in (PERSON, UNKNOWN) and person_like and len(et) == 1 and et[0] in (toks[-1], toks[0]) and e.seen >= since:
                self._rename(e, m.name)
                e.kind = PERSON
                return e
        e = self._new(PERSON, m.name, m.role, m.gender)
        e.ambiguous = not (m.role or m.gender)
        return e

    def _single(self, m: Mention) -> _Entity:
        tok = fold(m.name)
        best = None
        for e in self._with_token(tok):
            et = tokens(e.name)
            if e.kind in (PERSON, UNKNOWN) and len(et) >= 2 and tok in (et[-1], et[0]):
                # The latest person with that surname ("Li said", "the elder Ruiz"); Chinese family names come first.
                score = (e.seen, et[-1] == tok)
                if best is None or score > best[0]:
                    best = (score, e)
        if best is not None:
            return best[1]
        for e in sorted(self._named(tok), key=lambda e: -e.seen):
            if fold(e.name) == tok:
                if m.kind == ORG and e.kind == UNKNOWN:
                    e.kind = ORG
                return e
        for e in sorted(self._with_token(tok), key=lambda e: -e.seen):
            et = tokens(e.name)
            if e.kind == ORG and len(et) >= 2 and (et[0] == tok or et[-1] == tok and m.definite):
                return e  # "Lumora" after "Lumora Systems"; "the Times" after "the Financial Times"
        kind = ORG if (m.kind == ORG or is_country(m.name)) else PERSON if m.kind == PERSON else UNKNOWN
        return self._new(kind, m.name, m.role, m.gender)

    def _org(self, m: Mention) -> _Entity:
        toks = tokens(m.name)
        cands = {id(e): e for key in {fold(m.name), _org_fold(m.name)} for e in self._named(key)}
        for t in toks:
            for e in self._with_token(t):
                cands[id(e)] = e
        ordered = sorted(cands.values(), key=lambda e: -e.seen)
        for e in ordered:
            if e.kind not in (ORG, UNKNOWN, PERSON):
                continue
            if same_name(e.name, m.name) or _org_fold(e.name) == _org_fold(m.name):
                if e.kind == UNKNOWN or e.kind == PERSON and e.salient < 0:
                    e.kind = ORG  # met in passing as a name, now plainly an organisation ("account Yuyuan Tantian")
                    e.add_role(e.role)
                    e.add_role(m.role)
                return e
        for e in ordered:
            et = tokens(e.name)
            if e.kind == ORG and len(toks) < len(et) and et[-len(toks):] == toks and len(toks) >= 2:
                return e  # "the Finance Ministry" after "Velmora's Finance Ministry"
        return self._new(ORG, m.name, m.role, None)

    def _description(self, m: Mention) -> _Entity | None:
        noun = (m.noun or "").lower()
        fam = _family(noun) if noun else set()
        since = self._since(8)
        if m.kind == ORG and m.name.lower().startswith("its "):
            # "…, its government said": the organisation just mentioned speaks.
            owner = self._pronoun("it")
            if owner is not None:
                return owner
        if noun in DOC_NOUNS:
            # "the statement said": whoever just issued it.
            near = self._since(2)
            if self.last_speaker is not None and self.last_speaker.seen >= near:
                return self.last_speaker
            return max((e for e in self._recent(near) if e.kind == ORG and e.salient >= near), key=lambda e: e.salient, default=None)
        if m.definite or not m.name[:1].isupper() and m.kind == ORG:
            # The noun in a name is evidence at any distance ("the agency" for the National Medicines
            # Agency met ten paragraphs earlier); a noun from a description only nearby.
            cands = {id(e): e for e in self._with_token(noun)} if noun else {}
            for e in self._recent(since):
                if e.nouns & fam:
                    cands[id(e)] = e
            pool = [e for e in cands.values() if noun in tokens(e.name) or e.nouns & fam]
            adjectives = {fold(w) for w in m.name.split()[1:-1] if w[:1].isupper()}
            if adjectives:
                # "the French leader": someone whose title says French.
                pool = [e for e in pool if adjectives <= set(tokens(e.role or "")) | set(tokens(e.name))]
            if m.kind == ROLE:
                pool = [e for e in pool if e.kind != ORG]
            else:
                pool = [e for e in pool if e.kind in (ORG, UNKNOWN) or noun in {"post", "account"}]
            if pool:
                return max(pool, key=lambda e: (e.salient, e.seen))
            if noun in ("ministry", "ministries"):
                derived = self._ministry_of_minister()
                if derived is not None:
                    return derived
            if m.kind == ROLE and (noun in {"official", "officials", "source", "sources"} or noun not in ROLE_NOUNS):
                # "the official" after an unnamed spokesperson; "the 58-year-old" after a named farmer.
                near = self._since(3)
                pool = [e for e in self._recent(near) if e.salient >= near and e.kind in (ROLE, PERSON, UNKNOWN)]
                if noun in {"official", "officials", "source", "sources"}:
                    pool = [e for e in pool if e.kind == ROLE or e.nouns & _OFFICIALISH]
                if pool:
                    return max(pool, key=lambda e: e.salient)
            if m.kind == ORG and fam & _GENERIC_ORG_NOUNS:
                # "The authority stated …" when no authority was named: the organisation in play, unless
                # it is plainly another kind ("the union" is not "the bank"). A ministry, a court or the
                # police are never a company met earlier.
                far = self._since(10)
                pool = [
                    e for e in self._recent(far)
                    if (e.kind == ORG or e.kind == UNKNOWN and e.spoke) and e.salient >= far and not ((e.nouns & _ORG_TYPES) - fam)
                    and not is_country(e.name)
                ]
                if pool:
                    return max(pool, key=lambda e: (e.salient, e.seen))
                amb = self._ambiguous_org() if self.create and fam & _COMPANY_NOUNS else None
                if amb is not None:
                    # "Lumen Mobile is recalling … the company said": the name was a company's.
                    amb.kind, amb.ambiguous = ORG, False
                    return amb
            # Nobody to point at: a description that stands for itself in this article.
            if not self.create:
                return None
            if m.kind == ROLE and m.name.lower().startswith("its "):
                # "…after its chief executive said": the chief executive of the organisation just named.
                owner = self._pronoun("it")
                if owner is not None and not owner.name.startswith("the "):
                    name = f"{owner.name} {m.name[4:]}"
                    for e in self._named(fold(name)):
                        if e.name == name:
                            return e
                    e = self._new(ROLE, name, m.role, m.gender, {noun} if noun else set())
                    e.provisional = m.name[4:]  # named later perhaps: "the bank's governor, Irena Kostova"
                    return e
            name = "the " + re.sub(r"^(?:the|its|their|this|that|his|her|our|my)\s+", "", m.name, flags=re.IGNORECASE)
            for e in self._named(fold(name)):
                if e.name == name:
                    return e
            return self._new(ROLE if m.kind == ROLE else ORG, name, m.role, m.gender, {noun} if noun else set())
        # Someone new: "A Water Resources Ministry spokesperson", "a senior official at the bank".
        if not self.create:
            return None
        name = m.name
        if noun in _SPOKES and not m.affiliation and _words(m.name) == 1:
            # "A spokesperson said" right after "The Rail Delivery Group said": the group's spokesperson.
            near = self._since(2)
            org = max((e for e in self._recent(near) if e.kind == ORG and e.salient >= near and not e.name.startswith("the ")), key=lambda e: e.salient, default=None)
            if org is not None:
                name = f"{org.name} {noun}"
        if m.affiliation:
            aff = parse_phrase(m.affiliation)
            org = self.resolve(aff, salient=False) if aff is not None and aff.kind in (ORG, UNKNOWN) else None
            if org is not None and org.kind in (ORG, UNKNOWN) and noun and not org.name.startswith("the "):
                name = f"{org.name} {noun}"  # "a senior official at the bank" → "Temsa Basin Development Bank official"
        name = name[:1].upper() + name[1:]
        for e in self._named(fold(name)):
            if e.name == name and e.kind == m.kind:
                return e
        e = self._new(m.kind if m.kind in (ROLE, ORG) else ROLE, name, m.role, m.gender, {noun} if noun else set())
        for w in tokens(m.name):
            if w in ROLE_NOUNS or w in _SPOKES:
                e.nouns.add(w)
        return e

    def _ministry_of_minister(self) -> _Entity | None:
        # "The ministry said" after "Water Resources Minister Dou Kaiming": the Water Resources Ministry.
        for e in self._recent(0):
            if e.role:
                mm = re.search(r"((?:[A-Z][\w’'-]*\s+){1,4})Minister\b", e.role)
                if mm:
                    words = [w for w in mm.group(1).split() if not w.endswith(("’s", "'s")) and w not in {"Deputy", "Vice", "Prime", "Former", "Acting"}]
                    if words:
                        return self._org(Mention(ORG, " ".join(words) + " Ministry"))
        return None

    def _register_affiliations(self, role: str | None) -> None:
        # "chief negotiator at the National Medicines Agency": the agency can be "the agency" later.
        if not role:
            return
        for mm in re.finditer(r"(?:[A-Z][\w’'&.-]*\s+){0,5}[A-Z][\w’'&.-]*", role[:300]):
            words = mm.group().split()
            if len(words) >= 2 and any(w.lower() in ORG_NOUNS for w in words):
                self.touch(self._org(Mention(ORG, re.sub(r"(?:’s|'s)$", "", mm.group()))), False)

    def _register_owner(self, role: str | None) -> None:
        # "Brightwell’s founder, Theo Lindqvist": Brightwell is an organisation (or a country).
        mm = re.match(r"^([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?([\w-]+)$", role or "")
        if mm and (mm.group(2).lower() in ROLE_NOUNS):
            name = mm.group(1)
            for e in self._named(fold(name)):
                if fold(e.name) == fold(name) and e.kind in (UNKNOWN, ORG):
                    e.kind = ORG
                    return
            self._new(ORG, name)

    def weak(self, m: Mention) -> None:
        """A name met in passing ("signed winger Mateo Ruiz"): kept for later surname re-mentions."""
        e = self._resolve(m)
        if e is not None:
            self.touch(e, False)
            if m.role:
                e.add_role(m.role, weak=True)


def _org_fold(name: str) -> str:
    return fold(re.sub(r"^(?:the)\s+", "", name, flags=re.IGNORECASE))


# --- speaker phrases in context ------------------------------------------------------------------------


def _split_segments(text: str) -> list[str]:
    return [s for s in re.split(r",\s+|\s+[—–]\s+|[—–]", text) if s.strip()]


def _subject_before(text: str, clauses: bool = True) -> Mention | None:
    """The speaker phrase that ends where a speech verb begins: "In Lisvard, the spokesman ..., Teodor Varga,".

    With `clauses`, the subject may be that of a later clause ("Shares fell after its chief executive").
    """
    t = re.sub(r"\s*\([^()]{0,40}\)", "", text[-WINDOW:]).strip()  # "Aven Strait Terminals ($AVST),"
    if not t:
        return None
    # Auxiliaries and adverbs between the subject and the verb: "has repeatedly", "also".
    words = t.split()
    while words and (words[-1].lower() in _TRAILING_ADVERBS or re.fullmatch(r"[a-z]+ly", words[-1]) and len(words) > 1 and words[-1] not in ROLE_NOUNS):
        words.pop()
    t = " ".join(words).strip()
    if not t:
        return None
    trailing_comma = t.endswith(",")
    segs = _split_segments(t.rstrip(","))
    # Parenthetical adverbials: "Tesshan, for its part," / "the bank, in a statement,".
    while len(segs) > 1 and _is_intro(segs[-1], trailing=True):
        segs.pop()
        trailing_comma = True
    # Introductory phrases: "In Port Anselm," "Speaking to the Gazette afterwards," "However,".
    while len(segs) > 1 and _is_intro(segs[0]):
        segs.pop(0)
    if not segs:
        return None
    if not trailing_comma and len(segs) >= 2 and re.match(r"^(?:who|which)\b", segs[-1].strip(), re.IGNORECASE):
        # "the foreign ministry’s Qiao Minglun, who on the first day warned that …": the relative's antecedent.
        m = parse_phrase(segs[-2].strip())
        return m if m is not None and m.kind in (PERSON, ORG, UNKNOWN) else None
    if not trailing_comma or len(segs) == 1:
        # The subject of the last clause: "Shares fell 6% after its chief executive" → "its chief executive".
        pieces = _SUBORDINATE.split(segs[-1].strip()) if clauses else [segs[-1].strip()]
        last = pieces[-1].strip()
        if len(pieces) > 1 and re.search(r"\s(?:and|or)\s+" + re.escape(last) + "$", " " + segs[-1].strip()) and not _has_verb(pieces[-2]) and _words(pieces[-2]) <= 5:
            return None  # "Velmora and Hanlun agreed": two speakers at once
        if _is_intro(last, alone=True):
            return None
        return parse_phrase(last)
    # "River Watch, an independent group that tracks ..., said": head plus appositives.
    for k in range(len(segs)):
        cand = segs[k:]
        head = cand[0].strip()
        m = parse_phrase(", ".join(cand))
        if m is not None and m.kind != PRONOUN and _plausible_head(head):
            return m
        if m is not None and m.kind == PRONOUN:
            return m
    return None


_SUBORDINATE = re.compile(
    r"(?:^|\s)(?:and|but|while|as|when|because|so|after|before|though|although|since|whereas|yet|then|where|"
    r"which|who|whom|or|until|once|if|unless|whether|than|that)\s+",
    re.IGNORECASE,
)


def _plausible_head(head: str) -> bool:
    words = head.split()
    if not words or len(words) > 12:
        return False
    return not _CUE_RE.search(head)


def _is_intro(seg: str, trailing: bool = False, alone: bool = False) -> bool:
    words = seg.strip().split()
    if not words:
        return True
    first = words[0].lower().strip("“\"(")
    if first in {"for"} and len(words) >= 3 and words[2].lower() == "part":
        return True  # "for its part"
    if trailing:
        return first in {"in", "on", "at", "during", "however", "meanwhile", "too", "though", "also", "speaking", "for", "nonetheless", "instead", "separately", "earlier", "later", "again"} or first in _SENTENCE_ADVERBS and len(words) == 1
    if first in _INTRO_WORDS and (first not in {"and", "but", "yet", "so", "also", "still"} or len(words) == 1):
        return True  # "In Port Anselm," — but "And the ministry’s Qiao Minglun" is a subject
    if first.endswith("ing") and not alone and len(words) > 1 and words[1].lower() in _INTRO_WORDS | _DET_OR_PRON:
        return True  # "Speaking at his unveiling", "Following the meeting" (not "Beijing has")
    if first in {"asked", "told", "pressed", "based", "reached", "contacted", "interviewed", "questioned"}:
        return True
    if first in {"on", "last", "this", "early", "late"} or first in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}:
        return True
    return len(words) == 1 and first.strip(",") in _SENTENCE_ADVERBS  # "Separately," (but "Kelly," and "Tally" are names)


_SENTENCE_ADVERBS = set(
    "separately meanwhile additionally finally notably ironically unsurprisingly similarly likewise consequently "
    "subsequently eventually ultimately currently recently previously initially originally importantly "
    "interestingly crucially significantly specifically clearly obviously apparently reportedly allegedly "
    "officially privately publicly earlier later still yet instead however nonetheless nevertheless overall "
    "increasingly frankly honestly personally historically traditionally typically generally usually normally "
    "separately elsewhere instead indeed moreover furthermore thus hence accordingly regardless".split()
)


def _leading_subject(sentence: str) -> Mention | None:
    """The subject at the start of a narrative sentence, for later pronouns and surnames.

    The subject ends at the first word that looks like a finite verb: "Brightwell’s founder, Theo
    Lindqvist, was less measured" → Theo Lindqvist (founder of Brightwell).
    """
    words = sentence[:400].split()
    tries = 0
    for i, w in enumerate(words[:25]):
        if i == 0 or not w[:1].islower():
            continue
        b = w.strip(",.;:()“”\"").lower()
        verbish = b in _AUX or b in _IRREGULAR_PAST or _CUE_RE.fullmatch(b) or (len(b) > 3 and b.endswith("ed") and "-" not in b)
        # "Roe shrugs at the argument": a present-tense verb right after a name.
        verbish = verbish or len(b) > 3 and b.endswith("s") and not b.endswith("ss") and words[i - 1][:1].isupper() and not words[i - 1].endswith(",")
        if not verbish or b in ORG_NOUNS or b in ROLE_NOUNS:
            continue
        tries += 1
        m = _subject_before(" ".join(words[:i]), clauses=False)
        if m is not None and m.kind != PRONOUN:
            return m
        if tries >= 2:
            break
    return None


_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:(?:de|da|van|von|der|bin|al|el|di|du|le|la|of|for)\s+)?){1,4}[A-Z][\w’'-]*")


def _names_in(text: str) -> list[tuple[int, Mention]]:
    """Capitalised names met in passing, with where they start: "signed winger Mateo Ruiz from …"."""
    out = []
    for mm in _NAME_RUN.finditer(text[:MAX_SENTENCE]):
        if len(out) >= 12:
            break
        run = mm.group()
        words = run.split()
        if words[0].lower() in {"the", "in", "on", "at", "a", "an", "but", "and", "after", "before", "when", "while", "as", "if", "for", "from", "by", "with", "his", "her", "its", "their", "this", "that"}:
            words = words[1:]
        if len(words) < 2:
            continue
        m = parse_phrase(" ".join(words))
        if m is None and "of" in words[:-1]:
            # "Shares of Aven Strait Terminals": the name after the common noun.
            rest = words[words.index("of") + 1 :]
            m = parse_phrase(" ".join(rest)) if len(rest) >= 2 else None
        if m is not None and m.kind in (PERSON, ORG) and len(m.name.split()) >= 2:
            if m.kind == PERSON and not m.role:
                role = _role_beside(text, mm.start(), mm.end())
                if role:
                    m = Mention(PERSON, m.name, role, m.gender)
            out.append((mm.start(), m))
    return out


def _role_beside(text: str, start: int, end: int) -> str | None:
    """The title in apposition to a name met in passing: "led by its trade commissioner, Elena Varga,"
    or "Miriam Halden, a rice farmer from Lessard who …"."""
    left = text[max(0, start - 90) : start].rstrip()
    if left.endswith(","):
        words = left[:-1].split()
        picked: list[str] = []
        for w in reversed(words[-6:]):
            b = w.lower().strip(",;:")
            if b in {"by", "to", "with", "from", "and", "of", "for", "in", "on", "at"} or w.endswith((",", ";", ":")):
                break
            picked.insert(0, w)
            if b in {"the", "its", "his", "her", "their", "a", "an"}:
                break
        if picked and picked[-1].lower().strip(",") in ROLE_NOUNS:
            return " ".join(picked)
    right = text[end : end + 120]
    rm = re.match(r"^,\s+((?:a|an|the)\s+[^,.;]{2,90})", right)
    if rm:
        seg = re.split(r"\s+(?:who|whose|which|that)\b", rm.group(1))[0]
        if any(w.lower() in ROLE_NOUNS for w in seg.split()[:6]):
            return seg
    return None


def _according_speaker(phrase: str) -> Mention | None:
    """"according to a notice on the authority's website" → the authority; "…the club's statement" → the club."""
    p = phrase.strip().rstrip(".,;:")
    p = re.split(r",\s+(?:which|who|whose|citing|adding|saying)\b", p)[0]
    m = re.search(r"\b(?:published|issued|released|filed|posted|sent|written|signed|put out|compiled)\s+by\s+(.{2,120})$", p)
    if m:
        return parse_phrase(m.group(1))
    m = re.search(r"\b(?:on|from|by|of)\s+((?:the|a|an)\s+)?([^,]{2,80}?)(?:’s|'s)\s+(?:website|account|page|feed|site|channel)\b", p)
    if m:
        return parse_phrase((m.group(1) or "") + m.group(2))
    m = re.match(r"^((?:the|a|an)\s+)?([^,]{2,80}?)(?:’s|'s)\s+(?:statement|website|filing|report|spokesperson|spokesman|spokeswoman|post|account|figures|data|estimates?|analysis|letter|notice|announcement|release|records|documents?|complaint)\b", p, re.IGNORECASE)
    if m:
        return parse_phrase((m.group(1) or "") + m.group(2))
    m = re.match(r"^(?:a|an|the)\s+(?:\w+\s+){0,2}(?:statement|report|filing|notice|summary|post|letter|release|note|document|complaint|survey|analysis|estimate|transcript)\s+(?:from|by|of)\s+(.{2,120})$", p, re.IGNORECASE)
    if m:
        return parse_phrase(m.group(1))
    if re.match(r"^(?:a|an|the)\s+(?:\w+\s+){0,2}(?:statement|report|filing|notice|summary|post|letter|release|note|document|complaint|survey|analysis|estimate|data|figures)\b", p, re.IGNORECASE):
        return None
    return parse_phrase(p)


# --- attribution of one quote --------------------------------------------------------------------------


@dataclass
class _Attribution:
    mention: Mention
    cue: str
    how: str  # "after", "adjacent" (X said: “…”), "embedded" (X said the union would “…”), "label"


_FUNCTION_STARTS = set(
    "than to from in on at by for with of and but or as that which who whom while when because after before if so "
    "into onto over under about against between through during without within is was are were has had have will "
    "would".split()
)


def _after(region: str, quote_text: str, next_quote: bool) -> _Attribution | None:
    """ “…,” Dou said. / “…,” said Rohan Mehta, chief economist at Y. / “…,” according to X."""
    r = region[:WINDOW]
    lead = len(r) - len(r.lstrip(" ,—–-\u00a0"))
    r = r[lead:].rstrip()
    if not r:
        return None
    r_end = r.rstrip(".;!?")
    am = _ACCORDING_RE.match(r)
    if am:
        m = _according_speaker(r_end[am.end():])
        return _Attribution(m, "according to", "after") if m else None
    cm = _CUE_RE.search(r)
    if cm is None:
        return None
    cue = cm.group()
    ends_sentence = quote_text.rstrip()[-1:] in ".!?"
    if cm.start() == 0:
        # Inverted: “…,” said Rohan Mehta, chief economist at Cardinal Bay Securities.
        rest = r_end[cm.end():]
        rest = re.split(r",\s+(?:adding|saying|noting|according|citing|who\s+(?:added|said))\b|\s+(?:in|during|at|on|after|before|when|while|as)\s+(?:a|an|the|his|her|its|their)\s+(?:\w+\s+){0,2}?(?:interview|statement|post|briefing|conference|speech|letter|note|podcast|call|email|message|hearing|meeting|session|video|appearance)\b", rest)[0]
        rest = re.sub(r"\s+(?:on|late on|early on|last|this|earlier|later)?\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|afterwards|later|earlier)\b.*$", "", rest)
        if not rest.strip() or rest.strip().lower().startswith("that"):
            return None
        m = parse_phrase(rest)
        if m is None:
            return None
        return _Attribution(m, cue, "after")
    subject = r[: cm.start()].strip()  # a trailing comma closes an appositive: “…,” Rep. Alan Prewitt, R-Ohio, wrote
    if len(subject.split()) > 16 or not subject:
        return None
    if ends_sentence and next_quote and re.search(r"[:,]\s*$", r):
        return None  # “…end.” She replied: “…” — the verb introduces the next quote
    if subject.split()[0].lower() in _FUNCTION_STARTS:
        return None  # a “hard line" than Paris, said Ode: the quote sits inside a clause
    m = _subject_before(subject)
    if m is None:
        return None
    # The subject must reach back to the quote: "…,” X said" not "…” The talks ended and X said".
    if any(w.lower() in {"and", "but", "which", "while", "because", "before", "after"} for w in subject.split()[:1]):
        return None
    return _Attribution(m, cue, "after")


def _before(region: str, sentence_start_text: str) -> _Attribution | None:
    """ Akazawa told reporters, “…” / Lan said: “…” / Ferro said the union would keep marching “…”."""
    r = region[-WINDOW:]
    if not r.strip():
        return None
    stripped = r.rstrip()
    # "according to X, “…”"
    am = None
    for am in _ACCORDING_RE.finditer(r):  # noqa: B007 - keeps the last match
        pass
    if am is not None and stripped.endswith(","):
        m = _according_speaker(stripped[am.end():].rstrip(","))
        if m:
            return _Attribution(m, "according to", "adjacent")
    cues = list(_CUE_RE.finditer(r))
    if cues and not r[: cues[0].start()].strip(" ,—–-\u00a0"):
        # Between two quotes: “It is late,” said Ana Pell, a driver, “and nobody is coming.”
        rest = r[cues[0].end():].strip().rstrip(",:;").strip()
        m = parse_phrase(rest) if rest and _words(rest) <= 16 else None
        if m is not None:
            return _Attribution(m, cues[0].group(), "adjacent")
    for cm in reversed(cues):
        between = r[cm.end():].strip()
        prev_word = r[: cm.start()].split()[-1:] if r[: cm.start()].split() else []
        if prev_word and prev_word[0].lower() in {"was", "were", "is", "are", "be", "been", "being", "not", "never", "to"}:
            continue  # "was told", "did not say", "declined to say"
        m = _subject_before(r[: cm.start()])
        if m is None:
            continue
        adjacent = not between or between.endswith((":", ",")) and _words(between) <= 10 and not re.search(r"\b(?:that|would|will|was|were|had|has|is|are)\b", between)
        if between.lower().startswith("that") or not adjacent:
            return _Attribution(m, cm.group(), "embedded")
        return _Attribution(m, cm.group(), "adjacent")
    pm = None
    for pm in _PARTICIPLE_RE.finditer(r):  # noqa: B007 - keeps the last match
        pass
    if pm is not None:
        # "Norvia urged its neighbours to act, saying they should “…”": the sentence's subject speaks.
        m = _leading_subject(sentence_start_text) or _subject_before(r[: pm.start()].split(",")[0])
        if m is not None:
            return _Attribution(m, pm.group(), "embedded")
    if stripped.endswith(":"):
        # "Henrik Solberg, Velmora's foreign minister: “…”" / "Ferreira was blunt: “…”"
        label = stripped[:-1].strip()
        m = parse_phrase(label) if _words(label) <= 14 else None
        if m is not None and m.kind in (PERSON, ORG, UNKNOWN) and not _CUE_RE.search(label):
            return _Attribution(m, "label", "adjacent")
        m = _leading_subject(sentence_start_text)
        if m is not None:
            return _Attribution(m, "colon", "adjacent")
    return None


# --- reported speech -----------------------------------------------------------------------------------

_THAT = re.compile(r"(?<![\w’'-])that\s+(\S+)")
_TIME_ADVERBIAL = re.compile(
    r"^(?:(?:late|early|earlier|later)\s+)?(?:on\s+|last\s+|this\s+|next\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|weekend)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
)
_PLACE_ADVERBIAL = re.compile(
    r"^(?:in|at|during|on|via|through|after|before|from|over)\s+(?:a|an|the|his|her|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:statement|interview|post|briefing|conference|speech|letter|note|podcast|call|email|message|"
    r"hearing|meeting|session|video|appearance|filing|report|bulletin|update|release|address|site|summit|event|"
    r"rally|press|account|website|blog|broadcast|programme|program|show|debate|forum|news conference)"
    r"(?:\s+(?:with|to|on|in|at|for|released|published|issued)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)?,?\s+"
)
_SIMPLE_ADVERBIAL = re.compile(r"^(?:on|in|at|via|to)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,?\s+(?=[a-zA-Z])")
_DET_OR_PRON = set("the a an this these those his her its their our my your he she it they we i there some any no every each all both many most several one two three".split())


def _clause_after(cue: str, after: str) -> str | None:
    """Where the reported clause begins after the verb, or None when no clause follows."""
    a = after[:MAX_SENTENCE]
    # An explicit "that" within the first words: the clause follows it (skipping a relative
    # "that": "said at a meeting that drew bankers that rates would fall").
    first_that = None
    relative_at = None  # where the first relative "that" begins: "a conference that included CEOs"
    for tm in _THAT.finditer(a[:220]):
        main = a[: tm.start() if relative_at is None else relative_at]
        if _has_verb(main):
            break  # "said the posts reiterated China's position that …": the clause began at the verb
        nxt = tm.group(1).strip("“\"‘,").lower()
        # Right after the verb, "that" opens the clause ("claimed that flows fell"); further on, a "that"
        # followed by a verb is relative ("at a conference that included CEOs").
        verb_next = nxt in _AUX or nxt in _IRREGULAR_PAST or len(nxt) > 3 and (nxt.endswith("ed") or nxt.endswith("s") and not nxt.endswith("ss"))
        good = not a[: tm.start()].strip() or not verb_next
        if first_that is None:
            first_that = tm
        if good:
            return a[tm.end(1) - len(tm.group(1)) :]
        if relative_at is None:
            relative_at = tm.start()
    if cue not in _ZERO_THAT:
        return None
    a = a.lstrip()
    if cue in _TELL:
        # The hearer: "told reporters", "told the Herald", "told Fox News", "told state television".
        om = re.match(r"^(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,5}", a)
        if om:
            a = a[om.end():]
        else:
            om = re.match(r"^(?:[\w’'-]+\s+){0,2}?([\w’'-]+)\s+", a)
            if not om or om.group(1).lower().rstrip("s") not in {h.rstrip("s") for h in _HEARERS}:
                return None
            a = a[om.end():]
    for _ in range(3):
        m = _TIME_ADVERBIAL.match(a) or _PLACE_ADVERBIAL.match(a) or _SIMPLE_ADVERBIAL.match(a)
        if not m:
            break
        a = a[m.end():]
    a = a.lstrip(", ")
    if a.lower().startswith("that "):
        a = a[5:]
    if not _finite(a) or _verb_first(a):
        return None
    return a


def _verb_first(clause: str) -> bool:
    """ "What Rousseff says is that …", "the sense Evangelista says lingers on": the verb was inside a clause."""
    words = [w.strip(",.;:“”\"").lower() for w in clause.split()[:2]]
    if not words:
        return False
    if words[0] in _AUX:
        return True
    # A verb with its particle ("… says holds up"), not a plural noun ("flows at Kessel", "talks on trade").
    return len(words) > 1 and words[0].endswith("s") and not words[0].endswith("ss") and words[1] in {"up", "out", "down", "off", "away", "back"}


def _has_verb(text: str) -> bool:
    for w in text.split():
        b = w.strip(",.;:“”\"()").lower()
        if b in _AUX or b in _IRREGULAR_PAST or (len(b) > 4 and b.endswith("ed") and "-" not in b and w[:1].islower()):
            return True
    return False


def _finite(clause: str) -> bool:
    words = [w.strip(",.;:“”\"()").lower() for w in clause.split()[:16]]
    if len(words) < 3:
        return False
    if words[0] in {"to", "for", "of", "with", "whether", "how", "what", "why", "when", "nothing", "so", "and", "but"}:
        return False
    for i, w in enumerate(words):
        if w in _AUX or w in _IRREGULAR_PAST:
            return True
        if i > 0 and len(w) > 3 and (w.endswith("ed") or w.endswith("s") and not w.endswith("ss") and words[i - 1] not in _DET_OR_PRON):
            return True
    return False


def _tidy(clause: str) -> str:
    c = clause.strip()
    c = re.sub(r"^that\s+", "", c)
    c = re.sub(r",\s+(?:according to|citing)\s+[^,]{1,120}$", "", c.rstrip(" ."))
    return c.rstrip(" .;:")


@dataclass
class _Reported:
    mention: Mention
    cue: str
    clause: str
    offset: int


def _reported(sentence: str) -> _Reported | None:
    s = sentence.strip()
    if len(s) > MAX_SENTENCE or _words(s) < 5:
        return None
    body = s.rstrip()
    while body[-1:] in ".!?":
        body = body[:-1]
    # "According to X, CLAUSE" / "CLAUSE, according to X."
    am = _ACCORDING_RE.match(body)
    if am:
        comma = body.find(",", am.end())
        if comma > 0:
            m = _according_speaker(body[am.end():comma])
            if m and _words(body[comma + 1:]) >= 4:
                return _Reported(m, "according to", body[comma + 1:], comma + 1)
    am = None
    for am in _ACCORDING_RE.finditer(body):  # noqa: B007 - keeps the last match
        pass
    if am is not None and am.start() > 0 and body[: am.start()].rstrip().endswith(","):
        clause = body[: am.start()].rstrip().rstrip(",")
        # "X said in an interview that …, according to the Courier": X speaks; the outlet only reports it.
        inner = _reported(clause) if _CUE_RE.search(clause) else None
        if inner is not None:
            return inner
        m = _according_speaker(body[am.end():])
        if m and _words(clause) >= 4:
            return _Reported(m, "according to", clause, 0)
    qm = _QUOTED_AS.search(body)
    if qm:
        # "The state news agency quoted Finance Minister Pavel Dragan as saying the government …";
        # "Dragan was quoted as saying that …".
        m = parse_phrase(qm.group("sp")) if qm.group("sp") else _subject_before(body[: qm.start()])
        clause = body[qm.end():]
        if m is not None and _words(clause) >= 3:
            return _Reported(m, "quoted", clause, qm.end())
        return None
    cues = list(_CUE_RE.finditer(body))
    if not cues:
        return None
    par = _parenthetical(body, cues)
    if par is not None:
        return par
    # Inverted: "CLAUSE, said Rohan Mehta, chief economist at Y." / "CLAUSE, the agency said on Tuesday."
    last = cues[-1]
    inv = _inverted(body, last)
    if inv is not None:
        return inv
    # Forward: "X said (that) CLAUSE", "X told Y that CLAUSE".
    for cm in cues[:3]:
        if cm.group() in QUOTE_ONLY_CUES:
            continue
        before = body[: cm.start()]
        prev = before.split()[-1:] if before.split() else []
        if prev and prev[0].lower() in {"was", "were", "is", "are", "be", "been", "being", "not", "never", "to", "n't", "didn't", "doesn't", "don't", "wasn't", "haven't", "hasn't"}:
            continue
        if _words(before) > 40:
            break
        m = _subject_before(before)
        if m is None and re.search(r"(?:,\s*|\s)(?:and|but)\s+(?:also\s+|later\s+)?$", before):
            # "Caldera welcomed an offer …, but said its fee would stay": the sentence's subject speaks.
            m = _leading_subject(before)
        if m is None:
            continue
        clause = _clause_after(cm.group(), body[cm.end():])
        if clause is None or _words(clause) < 3:
            continue
        if cm.group() in ("reported", "reports") and _CUE_RE.search(clause[:200]):
            # "The Herald reported that her brother, Sam Orr, said …": he speaks; the paper reports it.
            inner = _reported(clause)
            if inner is not None:
                return _Reported(inner.mention, inner.cue, inner.clause, len(body) - len(clause) + inner.offset)
        if clause.lower().startswith(("whether", "if ")) and not re.search(r"\bthat\s*$", body[: len(body) - len(clause)]) and cm.group() not in {"said", "says"}:
            continue  # "asked whether …" is a question; "estimates that if …" a statement
        return _Reported(m, cm.group(), clause, len(body) - len(clause))
    return None


_TAIL_ADVERBIAL = re.compile(
    r"^(?:\s+(?:on|in|at|during|late|early|last|this|earlier|later|after|before|from|via|to|through|over|with|afterwards|yesterday|today|tonight|again|too|also|when)\b[^,]{0,90})?"
    r"(?:,\s+(?:citing|adding|saying|noting|according|in|a|an|the|which|as)\b.{0,200})?$"
)


_WEAK_INVERTED = {"agreed", "vowed", "pledged", "promised", "urged", "urges", "reminded", "informed", "assured", "alleged", "asked", "asks", "denied", "denies"}
_SUBORDINATORS = {"after", "before", "when", "while", "as", "because", "since", "although", "though", "until", "once", "if", "unless", "whether", "and", "but", "or", "so", "than", "where", "which", "who"}


def _parenthetical(body: str, cues: list[re.Match]) -> _Reported | None:
    """ "That is enough, Ilse Brandt argued, to make the detour competitive": the clause around the verb."""
    for cm in cues:
        after = body[cm.end():]
        am = re.match(r"^(?:\s+(?:on|in|at|late|earlier|last)\s+[^,]{1,40})?,\s+(?=\S)", after)
        if not am:
            continue
        comma = body.rfind(",", 0, cm.start())
        if comma <= 0:
            continue
        subject = body[comma + 1 : cm.start()].strip()
        first, rest = body[:comma].strip(), after[am.end():].strip()
        if not subject or _words(subject) > 6 or _words(first) < 2 or _words(rest) < 3 or _CUE_RE.search(first):
            continue
        if subject.split()[0].lower() in _SUBORDINATORS:
            continue
        m = parse_phrase(subject)
        if m is None:
            continue
        return _Reported(m, cm.group(), first + " " + rest, 0)
    return None


_QUOTED_AS = re.compile(r"\b(?:(?:quoted|cited)\s+(?P<sp>[^,;:“”\"]{2,120}?)|(?:was|were|is|are|has been|had been)\s+(?:also\s+)?(?:quoted|cited))\s+as\s+saying\s*[,:]?\s+(?:that\s+)?")


def _plain_subject(text: str) -> Mention | None:
    """A subject that is only a noun phrase (with auxiliaries and appositives): never the tail of a clause,
    as in "…far higher than the mayor admitted"."""
    words = text.split()
    while words and words[-1].lower() in _TRAILING_ADVERBS:
        words.pop()
    t = " ".join(words)
    if not t or _SUBORDINATE.search(" " + t.split(",")[0]):
        return None
    return parse_phrase(t)


def _inverted(body: str, cm: re.Match) -> _Reported | None:
    cue = cm.group()
    before = body[: cm.start()]
    after = body[cm.end():]
    if before.rstrip().endswith(","):
        # "…, said Rohan Mehta, chief economist at Cardinal Bay Securities"
        clause = before.rstrip().rstrip(",")
        rest = re.split(r",\s+(?:adding|saying|noting|citing|who\s+added)\b", after)[0]
        rest = re.sub(r"\s+(?:on|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$", "", rest)
        if rest.strip() and _words(clause) >= 4 and not re.search(r"\b(?:would|will|was|were|had|has|is|are|that)\b", rest.split(",")[0]):
            m = parse_phrase(rest)
            if m is not None and (m.kind != ROLE or m.definite or m.name[:1].isupper() or True):
                return _Reported(m, cue, clause, 0)
        return None
    if cue in _WEAK_INVERTED or not _TAIL_ADVERBIAL.match(after) or re.search(r"\b(?:that|would|will|to)\b", after.split(",")[0]):
        return None  # "…, after the club agreed to put up its training ground": not an attribution
    # "CLAUSE, the agency said": the speaker sits between a comma and the verb. A description alone may
    # take the name before it: "…, Talia Brenner, the group's director, said".
    commas = [i for i, ch in enumerate(before) if ch == ","][-4:]
    best = None
    for ci in reversed(commas):
        subject = before[ci + 1 :].strip()
        if not subject or _words(subject) > 25 or subject.split()[0].lower() in _SUBORDINATORS:
            break
        m = _plain_subject(subject)  # "…, the Department for Transport has confirmed."
        if best is None:
            if m is None:
                continue
            best = (ci, m)
            if _has_name(subject):
                break  # "…, late Friday, Harbour police said": the police, not Friday
            continue
        # Only a person's title takes the name before it: in "…in Rostock, Germany, the firm has said"
        # the firm is not Germany.
        first = _split_segments(subject)[0]
        if best[1].kind == ROLE and m is not None and m.kind in (PERSON, UNKNOWN) and _has_name(first) and not is_country(first) and not any(w.lower().strip(",") in _TIME_NAMES for w in first.split()):
            best = (ci, m)
        break
    if best is None:
        return None
    ci, m = best
    clause = before[:ci]
    if _words(clause) < 4:
        return None
    return _Reported(m, cue, clause, 0)


_TIME_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _has_name(text: str) -> bool:
    return any(w[:1].isupper() for w in text.split()[1:]) or bool(text[:1].isupper() and text.split()[0].lower() not in {"the", "a", "an"})


# --- the article ---------------------------------------------------------------------------------------


@dataclass
class _Found:
    para: int
    pos: int
    text: str
    kind: str
    entity: _Entity | None
    cue: str | None


# "TESSHAN/PORT ANSELM, March 3 (Meridian Wire) – Hanlun began …", "CALDER - Bus and tram services …"
_DATELINE = re.compile(
    r"^(?:[A-Z]{2}[A-Z .'’/&-]{0,60}(?:,[^()\n–—-]{1,40})?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]{1,2}\s+(?=\S)"
    r"|\((?:CNN|AP|AFP|Reuters|Bloomberg|UPI|dpa|ANSA|EFE)\)\s*(?:[-–—]{1,2}\s*)?)"  # "(AP)Singer Ana Ruel …"
)


def _is_caption(para: str) -> bool:
    head = para[:200]
    if _CAPTION.match(head):
        return True
    return bool(_CREDIT.search(para[-200:])) and len(para) < 400


def _turn(para: str) -> tuple[str, str] | None:
    """ "LARRY KUDLOW: We are …" → ("LARRY KUDLOW", "We are …")."""
    m = _TURN.match(para[:80])
    if not m:
        return None
    name = m.group(1).strip()
    if name.lower().strip(". ") in _TURN_JUNK or any(w.lower() in _TURN_JUNK for w in name.split()[:1]):
        return None
    if len(name.split()) > 4:
        return None
    return name, para[m.start(3):]


def extract(paragraphs: list[str] | tuple[str, ...]) -> list[Statement]:
    """Every direct quote and reported statement in the article, in reading order."""
    paras = [_DATELINE.sub("", p[:MAX_PARAGRAPH], count=1) if isinstance(p, str) else "" for p in paragraphs]
    ctx = _Context()
    found: list[_Found] = []
    all_quotes = [find_quotes(p, i) for i, p in enumerate(paras)]
    turns = _transcript_turns(paras)
    consumed: dict[int, int] = {}  # paragraph -> quotes already read as part of an earlier chain
    prev_para_entity: _Entity | None = None
    for p, para in enumerate(paras):
        ctx.new_paragraph(p)
        if not para.strip():
            continue
        if p in turns and turns[p][0].lower() in _QUESTION_LABELS:
            continue  # a question put by a reporter: "QUESTION (CTV): Is that wrong?"
        if p in turns:
            label, text = turns[p]
            e = _turn_speaker(ctx, label)
            if e is not None:
                found.append(_Found(p, 0, text.strip(), DIRECT, e, "transcript"))
                ctx.last_speaker = e
                prev_para_entity = e
                continue
        caption = _is_caption(para)
        quotes = all_quotes[p]
        skip = consumed.get(p, 0)
        spans = _sentences(para, quotes)
        pending: list[tuple[int, Mention]] = []

        def flush(upto: int) -> None:
            while pending and pending[0][0] < upto:  # noqa: B023 - called only within this iteration
                ctx.weak(pending.pop(0)[1])  # noqa: B023

        para_entities: list[_Entity] = []
        last_quote_entity: _Entity | None = None
        qi = 0
        for s_start, s_end in spans:
            flush(len(para))  # the names the sentence before met in passing belong to it
            ctx.new_sentence(found)
            sentence = para[s_start:s_end]
            sq: list[int] = []
            first_q = qi
            while qi < len(quotes) and quotes[qi].open < s_end:
                if quotes[qi].open >= s_start:
                    sq.append(qi)
                qi += 1
            # The quotes that overlap this sentence: its own, and one opened before it that runs into it.
            near = quotes[max(0, first_q - 1) : qi]
            narrative_start = para[s_start : quotes[sq[0]].open] if sq else sentence
            subj = _leading_subject(narrative_start) if narrative_start.strip() and not caption else None
            if subj is not None:
                # A named subject is someone to remember; a description only points at someone known.
                e = ctx.resolve(subj, salient=True, create=subj.kind in (PERSON, ORG, UNKNOWN) and not subj.noun)
                if e is not None:
                    para_entities.append(e)
            elif narrative_start.strip() and not caption:
                # A narrative pronoun ("She had taken the overnight bus") keeps its referent in view.
                pm = re.match(r"^\s*(He|She)\s+(?!said|says|told|added)", narrative_start)
                if pm:
                    ctx.resolve(Mention(PRONOUN, pm.group(1).lower()), salient=True)
            # Names met in passing count from where they stand: in "Shares of Aven Strait Terminals fell after
            # its chief executive said …, a dispute with the Northern Union", "its" is the terminal operator.
            pending.extend((s_start + off, w) for off, w in (_names_in(_mask(sentence, near, s_start)) if not caption else []))
            has_long = False
            embedded_short = False
            has_long = any(_words(quotes[k].text(para)) >= MIN_QUOTE_WORDS for k in sq)
            last_in_sentence: _Entity | None = None
            for k in sq:
                q = quotes[k]
                if k < skip:
                    continue
                text, chain = _chain_text(paras, all_quotes, p, k)
                if chain:
                    consumed.update(chain)
                if not text:
                    continue
                long = _words(text) >= MIN_QUOTE_WORDS
                if caption:
                    continue
                prev_close = quotes[k - 1].close + 1 if k > 0 else 0
                next_open = quotes[k + 1].open if k + 1 < len(quotes) else len(para)
                after_region = para[q.close + 1 : min(next_open, s_end)] if q.closed else ""
                last_p, last_k = (max(chain), chain[max(chain)] - 1) if chain else (p, k)
                if chain:
                    lq = all_quotes[last_p][last_k]
                    lp = paras[last_p]
                    if lq.closed:
                        l_spans = _sentences(lp, all_quotes[last_p])
                        l_end = next((e for s, e in l_spans if s <= lq.close < e), len(lp))
                        l_next = all_quotes[last_p][last_k + 1].open if last_k + 1 < len(all_quotes[last_p]) else len(lp)
                        after_region = lp[lq.close + 1 : min(l_next, l_end)]
                    else:
                        after_region = ""
                before_region = para[max(s_start, prev_close) : q.open]
                flush(q.open)
                att = _after(after_region, text, k + 1 < len(quotes)) if after_region else None
                if att is None:
                    att = _before(before_region, para[s_start : q.open])
                if _work_title(text):
                    continue  # “To Kill a Mockingbird”, “Snow White and the Huntsman”: a title, whoever wrote it
                if att is not None and att.how == "embedded" and _words(text) < MIN_EMBEDDED_WORDS:
                    embedded_short = True
                    continue  # a phrase quoted inside reported speech: part of the indirect statement
                entity = None
                cue = att.cue if att else None
                if att is not None:
                    ctx.cue = att.cue
                    entity = ctx.resolve(att.mention, salient=True)
                if entity is None and att is None and last_in_sentence is not None and _words(before_region) <= 6 and not _CUE_RE.search(before_region):
                    # “opened the door” and that it was “now up to Estmark to walk through it”
                    if _words(text) >= MIN_EMBEDDED_WORDS:
                        entity, cue = last_in_sentence, "continues"
                if entity is None and att is None:
                    if not before_region.strip() and last_quote_entity is not None and _sentence_like(text, 1):
                        entity, cue = last_quote_entity, "continues"  # “…,” Ak said. “Then we rebuild.”
                    elif not long:
                        continue  # scare quotes, titles: the so-called “water war”
                    elif not before_region.strip():
                        if last_quote_entity is not None:
                            entity, cue = last_quote_entity, "continues"  # “…,” he said. “…”
                        elif k == 0 and para.lstrip()[:1] in "“\"«„" and prev_para_entity is not None:
                            entity, cue = prev_para_entity, "continues"  # a quote paragraph after the speaker's
                        elif para_entities and k == 0 and s_start > 0:
                            entity, cue = para_entities[-1], "continues"  # "Ferreira was blunt. “…”"
                        elif k == 0 and para.lstrip()[:1] in "“\"«„" and _sentence_like(text):
                            entity, cue = None, None  # a quoted paragraph with nobody to credit
                        else:
                            continue
                    else:
                        continue  # mid-sentence, no speech verb: a title or a name, not a statement
                    if entity is None and _title_case(text):
                        continue
                if entity is not None:
                    ctx.touch(entity, True)
                    ctx.last_speaker = entity
                    entity.credit(cue)
                    last_quote_entity = entity
                    last_in_sentence = entity
                found.append(_Found(p, q.open, text, DIRECT, entity, cue))
                if att is not None and att.how in ("after", "adjacent"):
                    has_long = True  # “Nobody pressures Hungary,” he told the AP: a quote, not reported speech
            if caption or has_long and not embedded_short or len(sentence) > MAX_SENTENCE:
                continue
            rep = _reported(sentence)
            if rep is None:
                continue
            flush(s_start + rep.offset if rep.offset else len(para))
            ctx.cue = rep.cue
            entity = ctx.resolve(rep.mention, salient=True)
            if entity is None:
                continue
            clause = _tidy(rep.clause)
            if _words(clause) < 3:
                continue
            ctx.last_speaker = entity
            entity.credit(rep.cue)
            para_entities.append(entity)
            first = clause.split()[0].lower() if clause.split() else ""
            if first in ("he", "she") and entity.kind in (PERSON, UNKNOWN, ROLE) and not entity.gender:
                # "Yusuf Kaya said he had lived in the village for 30 years": a man, and a person.
                entity.gender = "m" if first == "he" else "f"
                entity.kind = PERSON if entity.kind == UNKNOWN else entity.kind
                entity.ambiguous = False
            found.append(_Found(p, s_start + rep.offset, clause, INDIRECT, entity, rep.cue))
        flush(len(para) + 1)
        stated = [f for f in found if f.para == p and f.entity is not None]
        if stated:
            prev_para_entity = stated[-1].entity
        elif quotes or para_entities:
            prev_para_entity = None if not quotes else prev_para_entity
        else:
            prev_para_entity = None
    _resolve_forward(found, ctx)
    found.sort(key=lambda f: (f.para, f.pos))
    out = []
    for f in found:
        e = f.entity
        out.append(
            Statement(
                speaker=e.name if e else None,
                text=f.text,
                kind=f.kind,
                paragraph=f.para,
                role=e.role if e else None,
                cue=f.cue,
                speaker_kind=e.out_kind() if e else None,
                aliases=tuple(sorted(f for f in e.forms if f != e.name)) if e else (),
            )
        )
    return out


def _resolve_forward(found: list[_Found], ctx: _Context) -> None:
    """A description met before the name it stands for: "The trade commissioner told reporters …" in a
    standfirst, with "its trade commissioner, Elena Varga" two paragraphs later."""
    generic = {id(f.entity): f.entity for f in found if f.entity is not None and (f.entity.name.startswith("the ") or f.entity.provisional)}
    for e in list(generic.values())[:20]:
        want = set(tokens(e.provisional or e.name[4:])) - {"the", "a", "an"}
        if not want:
            continue
        if e.kind == ROLE:
            cands = [x for x in ctx.entities if x.kind == PERSON and x.role and want <= set(tokens(x.role))]
        else:
            cands = [x for x in ctx.entities if x.kind == ORG and x is not e and (want & x.nouns or want <= set(tokens(x.name)))]
        if len(cands) == 1:
            for f in found:
                if f.entity is e:
                    f.entity = cands[0]


def _mask(sentence: str, quotes: list[Quote], offset: int) -> str:
    if not quotes:
        return sentence
    chars = list(sentence)
    for q in quotes:
        lo, hi = max(q.open - offset, 0), min(q.close + 1 - offset, len(chars))
        for k in range(lo, hi):
            chars[k] = " "
    return "".join(chars)


def _chain_text(paras: list[str], all_quotes: list[list[Quote]], p: int, k: int) -> tuple[str, dict[int, int]]:
    """The text of a quote, joined with its continuations in the next paragraphs (“…¶“…”)."""
    q = all_quotes[p][k]
    parts = [q.text(paras[p])]
    chain: dict[int, int] = {}
    cur = q
    j = p
    while cur.open_end and j + 1 < len(paras) and len(chain) < 50:
        nxt_quotes = all_quotes[j + 1]
        if not nxt_quotes or paras[j + 1].lstrip()[:1] not in "“\"«„" or nxt_quotes[0].open != len(paras[j + 1]) - len(paras[j + 1].lstrip()):
            break
        j += 1
        cur = nxt_quotes[0]
        parts.append(cur.text(paras[j]))
        chain[j] = 1  # the first quote of paragraph j is part of this statement
    return " ".join(t for t in parts if t), chain


def _sentence_like(text: str, min_words: int = MIN_QUOTE_WORDS) -> bool:
    t = text.strip()
    return bool(t) and t[0].isupper() and t[-1:] in ".!?,…" and _words(t) >= min_words


def _work_title(text: str) -> bool:
    """A title in quote marks: most words capitalised and no sentence punctuation at the end."""
    t = text.strip()
    return bool(t) and t[-1:] not in ".,!?;:…" and _words(t) <= 10 and _title_case(t) and t[0].isupper()


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 2:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def _transcript_turns(paras: list[str]) -> dict[int, tuple[str, str]]:
    """Paragraphs that are turns of a transcript: all-caps names, or any name when several turns follow."""
    cands = {}
    for p, para in enumerate(paras):
        t = _turn(para)
        if t is not None:
            cands[p] = t
    upper = {p for p, (label, _) in cands.items() if label.replace(".", "").replace(" ", "").replace("-", "").replace("'", "").replace("’", "").isupper()}
    out = {}
    for p, (label, text) in cands.items():
        if label.lower() in _QUESTION_LABELS:
            out[p] = (label, text)
        elif p in upper:
            if len(label.replace(" ", "")) >= 3 and (len(label.split()) >= 2 or len(upper) >= 2):
                out[p] = (label, text)
        elif len(cands) >= 3 and len(label.split()) in (1, 2, 3) and text[:1] not in "“\"":
            m = parse_phrase(label)
            if m is not None and m.kind in (PERSON, UNKNOWN):
                out[p] = (label, text)
    return out


def _turn_speaker(ctx: _Context, label: str) -> _Entity | None:
    name = " ".join(w.capitalize() if w.isupper() else w for w in label.split())
    name = re.sub(r"(?<=[A-Za-z])(['’-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), name) if "-" in name else name
    m = parse_phrase(name)
    if m is None:
        return None
    if m.kind == UNKNOWN:
        m = Mention(PERSON, m.name, m.role)
    return ctx.resolve(m, salient=True)
