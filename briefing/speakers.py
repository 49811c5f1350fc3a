"""Speaker phrases (name vs role vs organisation) and one Speaker per entity across articles.

`parse_phrase` reads the words that name a speaker, e.g. "Foreign ministry
spokeswoman Hua Chunying" (name "Hua Chunying", role "Foreign ministry
spokeswoman"), "Andrew Polk, co-founder of Trivium China, an advisory group"
(the appositive is the role), "state media-affiliated account Yuyuan Tantian"
(an organisation), "A Chinese Commerce Department spokesperson" (an unnamed
role) or "the ministry" (a re-mention that the article context resolves).

`align` merges the speakers of all articles: "Scott Bessent" = "Bessent",
"Yuyuan Tantian" = "Yuyuan Tiantian" = "Yuyuantantian", while two people who
share a surname stay apart when their first names or roles differ.

Everything here works on a bounded phrase (at most a few dozen words), so the
cost is linear in the text that reaches it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefing.model import Speaker

PERSON, ORG, ROLE, PRONOUN, UNKNOWN = "person", "org", "role", "pronoun", "unknown"


def _words(text: str) -> set[str]:
    return set(text.split())


# Nouns that make a phrase a title or job: "spokeswoman", "economist", "Minister".
ROLE_NOUNS = _words(
    "spokesperson spokeswoman spokesman spokespeople spokespersons spokesmen spokeswomen minister ministers "
    "secretary president premier chancellor chairman chairwoman chairperson chair chief director executive "
    "ceo cfo coo cto cio ce md founder co-founder cofounder analyst analysts economist economists strategist "
    "strategists commissioner governor senator ambassador envoy official officials adviser advisor advisers "
    "advisors head leader professor researcher fellow negotiator mayor representative congressman "
    "congresswoman congressmember general admiral colonel captain commander officer manager partner lawyer "
    "attorney judge prosecutor inspector superintendent deputy vice king queen prince princess pope candidate "
    "councillor councilor councilman councilwoman lawmaker lawmakers legislator diplomat diplomats trader "
    "traders investor owner worker farmer resident student teacher doctor nurse scientist expert observer "
    "activist campaigner organiser organizer coach player striker winger goalkeeper defender host anchor "
    "editor reporter correspondent columnist author writer president-elect treasurer comptroller controller "
    "principal dean mp mep secretary-general director-general undersecretary under-secretary assistant aide "
    "aides staffer administrator hydrologist engineer physician surgeon economist pilot driver sheriff "
    "chancellor provost rector bishop archbishop cardinal imam rabbi pastor priest magistrate speaker whip "
    "delegate delegates consultant specialist historian lecturer academic architect planner sergeant "
    "lieutenant major spokesperson's manager's agent father mother son daughter wife husband brother sister "
    "widow chairmen board-member member members trustee president's treasurer secretary's user users commenter "
    "poster reader readers viewer follower fan fans witness passenger passengers customer customers patient "
    "victim survivor neighbour neighbor teenager pensioner veteran shopkeeper retiree motorist commuter "
    "commuters parent parents shipbroker shipbrokers broker brokers dealer dealers source sources elder "
    "photographer filmmaker artist designer actor actress singer musician rapper athlete poet novelist chef "
    "winner champion coordinator lecturer psychologist psychiatrist epidemiologist biologist physicist chemist "
    "astronomer astronaut journalist producer presenter commentator pundit blogger entrepreneur banker "
    "accountant auditor consultant contractor volunteer organizer organiser founder-ceo"
)
# Capitalised words that belong to titles, not names: "Secretary of State Dana Whitlow".
TITLE_WORDS = _words(
    "Foreign Finance Health State Defence Defense Treasury Commerce Trade Interior Justice Energy Education "
    "Transport Transportation Agriculture Home Homeland Labour Labor Environment Economy Economic Affairs "
    "Prime Deputy Vice Chief Senior Executive General Attorney Acting Former Interim Shadow National Security "
    "Industry Culture Tourism Housing Veterans Public Works Internal External Digital Climate Development "
    "Planning Fisheries Maritime Water Resources Science Technology Information Communications Infrastructure"
)
HONORIFICS = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "mx": None, "mx.": None,
    "dr": None, "dr.": None, "prof": None, "prof.": None, "sir": "m", "dame": "f", "lord": "m", "lady": "f",
    "rev": None, "rev.": None, "sen": None, "sen.": None, "rep": None, "rep.": None, "gov": None, "gov.": None,
    "gen": None, "gen.": None, "lt": None, "lt.": None, "col": None, "col.": None, "capt": None, "capt.": None,
    "sgt": None, "sgt.": None, "maj": None, "maj.": None, "adm": None, "adm.": None, "hon": None, "sheikh": "m",
    "president": None, "premier": None, "mayor": None, "judge": None, "justice": None, "chancellor": None,
}
GENDERED = {
    "spokeswoman": "f", "chairwoman": "f", "businesswoman": "f", "congresswoman": "f", "councilwoman": "f",
    "queen": "f", "princess": "f", "mother": "f", "wife": "f", "daughter": "f", "sister": "f", "widow": "f",
    "actress": "f", "grandmother": "f", "spokesman": "m", "chairman": "m", "businessman": "m",
    "congressman": "m", "councilman": "m", "king": "m", "prince": "m", "father": "m", "husband": "m",
    "son": "m", "brother": "m", "grandfather": "m", "actor": "m",
}
# Nouns that make a phrase an organisation: "the ministry", "Temsa Hydro Corporation".
ORG_NOUNS = _words(
    "ministry ministries department government governments council bank banks agency agencies commission "
    "office company companies corporation corp corp. inc inc. group groups union unions association authority "
    "board committee court parliament congress senate administration embassy police army military navy "
    "federation fund institute university party capital partners research bureau service services cabinet "
    "presidency kremlin secretariat organisation organization foundation trust exchange reserve account "
    "accounts newspaper network club league team firm ltd ltd. plc llc holdings securities investments "
    "advisory consultancy consulting industries airlines airways shipping media regulator tribunal coalition "
    "alliance assembly pentagon post posts watch transit systems therapeutics pharmaceuticals labs "
    "laboratories motors energy wealth management research city fc united rovers times journal gazette "
    "herald tribune daily wire press news radio television tv broadcaster outlet channel agency charity "
    "campaign watchdog lender operator maker drugmaker carmaker manufacturer developer delegation "
    "prosecutors ministry's government's company's bank's union's group's commission's council's "
    "authority's agency's club's firm's delegation's police's state-run state-owned chamber school "
    "hospital library museum airport port ports terminals shipowners republic kingdom emirate "
    "principality commonwealth sultanate cathedral church mosque temple synagogue college academy stadium arena "
    "station centre center hall palace castle prison county province district region village town borough "
    "square street road avenue bridge island peninsula valley mountain river strait sea ocean bay coast gulf "
    "dam canal harbour harbor park forest desert"
)
# The first word of a place that stands for its government: "Port Anselm said".
PLACE_WORDS = _words("Port Fort Mount Lake San Santa Saint St. St New Los Las El North South East West Upper Lower Greater Central")
# Countries, capitals and blocs, which speak through their governments ("China said", "Beijing has").
COUNTRIES = {
    w.replace("_", " ").lower()
    for w in (
        "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas "
        "Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei "
        "Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia "
        "Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon "
        "Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India "
        "Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait "
        "Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar "
        "Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro "
        "Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan "
        "Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa "
        "Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland "
        "Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine "
        "Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales "
        "North_Korea South_Korea United_States United_Kingdom New_Zealand Saudi_Arabia South_Africa Sri_Lanka "
        "Costa_Rica Hong_Kong El_Salvador Sierra_Leone Ivory_Coast Burkina_Faso Cape_Verde East_Timor "
        "Papua_New_Guinea United_Arab_Emirates Czech_Republic Dominican_Republic Vatican America U.S. US U.K. UK "
        "EU E.U. NATO UN U.N. WTO IMF OPEC ASEAN Beijing Washington Moscow Tokyo Seoul Pyongyang Taipei Brussels "
        "London Paris Berlin Kyiv Kiev Tehran Ankara Delhi New_Delhi Islamabad Ottawa Canberra Jerusalem Riyadh "
        "Cairo Hanoi Manila Jakarta Bangkok Brasilia Caracas Havana Kremlin Downing_Street White_House Whitehall "
        "Reuters Bloomberg AFP AP Xinhua TASS Kyodo Yonhap BBC CNN CNBC"
    ).split()
}
_PRONOUNS = {"he": "m", "she": "f", "it": "n", "they": "p", "i": "x", "we": "p", "him": "m", "her": "f"}
_DETERMINERS = _words("the a an one another its his her their our this that these those some two three several")
_PREPS = _words("at of from with for in to around near outside inside across over under between behind into onto through toward towards about against among by")
_PARTICLES = _words("de da van von der den di du la le bin bint al el ibn dos das del y ter ten")
# Words that never stand in a speaker phrase's head: they make it a clause ("the talks were", "if he").
_CLAUSE_WORDS = _words(
    "is are was were be been being has have had will would can could should may might must do does did not no "
    "never that which if when whether because than there who whom whose where while although though since "
    "until unless about against without also only just even still yet so then however but and or nor as "
    "me my mine you your we us our they them their it its he him his she her i by"
)
# Capitalised at the start of a sentence, but never a speaker's name on their own.
_NOT_NAMES = _words(
    "several many some most among both all each every other others such these those this that there here "
    "neither either none no few despite however meanwhile still yet also instead now then when while after "
    "before since although though because if unless until as once anyone everyone someone nobody everybody"
)
_TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today yesterday tonight tomorrow morning afternoon evening "
    "night week weekend month year earlier later"
)


@dataclass(frozen=True)
class Mention:
    kind: str  # PERSON, ORG, ROLE, PRONOUN or UNKNOWN (a lone capitalised word: "Lumora", "Dou")
    name: str  # "Hua Chunying", "Water Resources Ministry spokesperson", "the ministry", "he"
    role: str | None = None  # "Foreign ministry spokeswoman"; for ROLE, the phrase itself
    gender: str | None = None  # "m", "f" or None
    noun: str | None = None  # head noun of an unnamed role or organisation: "spokesperson", "ministry"
    definite: bool = False  # "the spokesperson" (a re-mention) rather than "a spokesperson" (someone new)
    affiliation: str | None = None  # "the bank" in "a senior official at the bank"


def _bare(word: str) -> str:
    return word.strip(",.;:!?()[]\"“”‘’'").lower()


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


def _acronym(word: str) -> bool:
    core = word.replace(".", "")
    return len(core) >= 2 and core.isupper() and core.isalpha() and len(core) <= 5


def _is_role(word: str) -> bool:
    b = _bare(word)
    if b in ROLE_NOUNS or b.rstrip("s") in ROLE_NOUNS and len(b) > 4:
        return True
    # "Editor-in-Chief", "commander-in-chief", "vice-chair"
    return "-" in b and any(part in ROLE_NOUNS for part in b.split("-") if len(part) > 3)


def _is_org_word(word: str) -> bool:
    return _bare(word) in ORG_NOUNS


def is_country(name: str) -> bool:
    return name.strip().lower().removeprefix("the ") in COUNTRIES


@lru_cache(maxsize=16384)
def parse_phrase(phrase: str) -> Mention | None:
    """Classify the words that name a speaker; None when they cannot be a speaker.

    A pure function of the phrase, memoised: an article tries the same few phrases
    ("he", "the spokesperson", "Qiao") for every sentence. Mention is immutable.
    """
    text = re.sub(r"\s+", " ", phrase).strip(" ,.;:\"“”'’‘—–-")
    if not text or len(text) > 300:
        return None
    low = text.lower()
    if low in _PRONOUNS:
        return Mention(PRONOUN, low, gender=_PRONOUNS[low] if _PRONOUNS[low] in "mf" else None)
    segments = [s.strip() for s in re.split(r",\s+|\s+[—–]\s+|\s+-\s+", text) if s.strip()]
    if not segments:
        return None
    head, rest = segments[0], segments[1:]
    # "the spokesman for the Velmoran delegation, Teodor Varga" / "Lessard's mayor, Anton Greive"
    if rest:
        first = _head(head)
        second = _head(rest[0])
        role_like = first is not None and (first.kind == ROLE or first.kind == ORG and first.noun is not None)
        if role_like and second and second.kind in (PERSON, ORG, UNKNOWN) and not second.definite:
            role = _join(" ".join(_strip_det(head.split())), second.role, *_appositive_roles(rest[1:]))
            if second.kind == ORG or first.kind == ORG:
                return Mention(ORG, second.name, role)  # "The port's owner, Caspian Holdings," "the operator, Aven Strait Terminals"
            return Mention(PERSON, second.name, role, first.gender or second.gender or _gender_of(rest), None)
    mention = _head(head)
    if mention is None:
        return None
    extra = _appositive_roles(rest)
    if extra:
        role = _join(mention.role if mention.kind != ROLE else None, *extra) if mention.kind != ROLE else mention.role
        kind = mention.kind
        if kind in (UNKNOWN, PERSON) and any(_org_appositive(e) for e in extra):
            kind = ORG  # "River Watch, an independent group that tracks the river"
        elif kind == UNKNOWN and any(_is_role(w) for e in extra for w in e.split()[:4]):
            kind = PERSON  # "Halden, a rice farmer"
        mention = Mention(kind, mention.name, role, mention.gender or _gender_of(rest), mention.noun, mention.definite, mention.affiliation)
    elif mention.gender is None and rest:
        mention = Mention(mention.kind, mention.name, mention.role, _gender_of(rest), mention.noun, mention.definite, mention.affiliation)
    return mention


def _gender_of(segments: list[str]) -> str | None:
    # "Miriam Halden, who drove to the bridge with her two sons": the appositive's pronoun.
    words = {_bare(w) for s in segments for w in s.split()}
    if words & {"she", "her", "hers", "herself"} and not words & {"he", "his", "him", "himself"}:
        return "f"
    if words & {"he", "his", "him", "himself"} and not words & {"she", "her", "hers", "herself"}:
        return "m"
    for w in words:
        if w in GENDERED:
            return GENDERED[w]
    return None


def _appositive_roles(segments: list[str]) -> list[str]:
    """Appositives that describe the speaker: "chief economist at X", not "58" or "in a statement"."""
    out = []
    for seg in segments:
        words = seg.split()
        first = _bare(words[0]) if words else ""
        if not words or seg.isdigit() or re.fullmatch(r"\d{1,3}", seg):
            continue  # an age: "Halden, 58,"
        if first.endswith("ing") and words[0][:1].islower() and len(first) > 5:
            continue  # "standing in the mud outside her kitchen"
        if first in {"who", "whose", "which", "that", "speaking", "in", "on", "during", "after", "before", "for",
                     "however", "meanwhile", "too", "though", "also", "citing", "adding", "saying", "noting", "when",
                     "while", "as", "and", "but"}:
            continue  # a relative clause or an adverbial: "who is not related to the minister", "in a statement"
        out.append(seg)
        if len(out) >= 2:
            break
    return out


def _org_appositive(seg: str) -> bool:
    """ "an independent group that tracks the river" describes an organisation; "the authority's chief
    executive" a person: the head noun is the last word before "of", "that", "at" ..."""
    words = [_bare(w) for w in seg.split()[:10]]
    if not words or words[0] not in {"a", "an", "the"}:
        return False
    head = None
    for w in words[1:]:
        if w in {"of", "that", "which", "who", "at", "in", "for", "with", "from", "based", "whose", "on", "to", "and"}:
            break
        if len(w) > 5 and w.endswith(("ed", "ing")) and head is not None:
            break  # "a social media account affiliated with …", "the company building the dam"
        head = w
    return head is not None and not _possessive(head) and head in ORG_NOUNS and head not in ROLE_NOUNS


def _join(*parts: str | None) -> str | None:
    got = [p.strip(" ,") for p in parts if p and p.strip(" ,")]
    return ", ".join(got) if got else None


_NAMEABLE = _words(
    "account accounts group company firm newspaper broadcaster outlet network channel blog website platform app "
    "charity campaign movement party coalition consultancy agency daily"
)
_SPEECH_VERBS = _words(
    "said says say told tells added adds noted notes warned warns argued argues posted posts wrote writes "
    "tweeted tweets stressed insisted claimed announced explained denied confirmed reported estimated"
)
_PAST = _words(
    "fell rose grew left kept held found became began brought bought sold lost met paid put ran set sent spent "
    "stood won knew thought got meant felt hit cut led broke chose drew drove flew heard hung laid let took gave "
    "saw came went made"
)
_LEADING_ADVERBS = _words(
    "yet but and so still meanwhile however instead now then also even only separately earlier later today "
    "elsewhere nonetheless nevertheless moreover indeed thus hence besides furthermore whether if when while "
    "although though because as since after before until unless whereas once where why how what who including "
    "notably especially particularly except"
)
# What an organisation speaks through: "the bank's statement said", "the filing said".
DOC_NOUNS = _words(
    "statement report reports filing letter release notice memo document tweet message email complaint lawsuit ruling "
    "judgment summary"
)
_PLACE_INITIALS = {"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A."}
_DET_START = _words("the a an its this that these those one another")


def _head(text: str) -> Mention | None:
    """The core noun phrase of a speaker phrase, without appositives."""
    text = re.sub(r"\s*\([^()]{0,40}\)", "", text).strip()  # "Aven Strait Terminals ($AVST)"
    words = text.split()
    if not words or len(words) > 14:
        return None
    while len(words) > 1 and _bare(words[0]) in _LEADING_ADVERBS:
        words = words[1:]  # "Yet Caldera announced …"
    if words[0][:1].isupper() and (_bare(words[0]) in ORG_NOUNS or _is_role(words[0])) and (
        len(words) == 1
        or words[1][:1].islower() and not _is_role(words[1])
        and not (_bare(words[1]) in {"of", "for"} and len(words) > 2 and words[2][:1].isupper())  # "Ministry of Maritime Affairs"
    ):
        # A common noun capitalised only because it starts the sentence: "Crowds gathered", "Police said".
        words = [words[0][0].lower() + words[0][1:]] + words[1:]
    low0 = _bare(words[0])
    if len(words) == 1:
        if low0 in _PRONOUNS:
            return Mention(PRONOUN, low0, gender=_PRONOUNS[low0] if _PRONOUNS[low0] in "mf" else None)
        if low0 in _TIME_WORDS or low0 in _NOT_NAMES or low0 in _LEADING_ADVERBS or low0 == "reports":
            return None
    elif low0 in {"he", "she", "it", "they", "we", "i", "you", "there", "here"}:
        return None  # "It said average waiting times": a clause, not a speaker
    elif low0 in {"her", "his", "their", "our", "my", "your"}:
        # "Her neighbour" names a role (and is followed by a name: "Her neighbour, Yusuf Kaya"); "Her members" does not.
        rest = words[1:]
        if len(rest) <= 3 and _is_role(rest[-1]) and not _bare(rest[-1]).endswith("s"):
            phrase = " ".join(words)
            return Mention(ROLE, phrase, phrase, None, _bare(rest[-1]), True)
        if len(rest) <= 2 and _is_org_word(rest[-1]) and low0 == "their":
            return Mention(ORG, " ".join(words), None, None, _bare(rest[-1]), True)  # "…, their union said"
        return None
    # Drop a trailing time phrase: "Mehta on Tuesday".
    for i in range(1, len(words)):
        if _bare(words[i]) in {"on", "late", "early", "last", "this"} and i + 1 < len(words) and _bare(words[i + 1]) in _TIME_WORDS:
            words = words[:i]
            break
    tags = [_tag(w, i, words) for i, w in enumerate(words)]
    for i, (w, t) in enumerate(zip(words, tags)):
        b = _bare(w)
        if w[:1].isupper() or t in ("P", "particle") or i == 0 and t == "D":
            continue
        if b in _CLAUSE_WORDS or b in _SPEECH_VERBS or b in _PAST:
            return None  # "the talks were", "that the detour": a clause, not a speaker
        if t == "L" and re.fullmatch(r"[a-z]+ed", b) and b not in {"unnamed", "retired", "elected", "embattled", "detained", "jailed", "unidentified"}:
            return None
    definite = low0 in {"the", "its", "this", "that", "these", "those"}
    runs = _proper_runs(words, tags)
    head = None
    for n_run, (start, end) in enumerate(reversed(runs)):
        prev_end = runs[len(runs) - n_run - 2][1] if len(runs) - n_run - 2 >= 0 else -1
        if prev_end >= 0 and any(tags[k] == "P" for k in range(prev_end, start)):
            continue  # "Lina Moss of the aid group Relief North": an affiliation
        j = start - 1
        while j >= 0 and tags[j] == "D":
            j -= 1
        if j >= 0 and tags[j] == "P":
            continue  # "at ANZ Research": an affiliation
        if start == 0 and end == 1 and len(words) > 2 and _bare(words[1]) == "of" and not _is_org_word(words[0]) and tags[0] == "C":
            continue  # "Shares of Aven Strait Terminals": a common noun that starts the sentence
        if tags[end - 1] == "M":
            continue  # "Velmora’s …": a possessor
        after = words[end:]
        if after and after[0][:1].islower() and _bare(after[0]) not in _PREPS:
            # A run before a lowercase noun modifies it ("Cordana president", "Lessard police") unless the noun
            # says what the name is: "the Save Fenwick Park campaign", "HarbourWatch account".
            if len(after) <= 2 and _bare(after[-1]) in _NAMEABLE:
                lead = " ".join(_strip_det(words[:start]))
                role = _join(" ".join(x for x in (lead, " ".join(after)) if x))
                return Mention(ORG, " ".join(w.strip(",;:") for w in words[start:end]), role, None, None, False)
            continue
        head = (start, end)
        break
    if head is not None:
        return _named(words, tags, head, definite)
    # No name: an unnamed role ("A Chinese Commerce Department spokesperson", "a senior official at
    # the bank") or organisation ("the ministry", "Lessard police", "the post").
    if low0 in {"her", "his", "their", "our", "my", "your"}:
        return None
    core = words
    affiliation = None
    for i, t in enumerate(tags):
        if t == "P" and i > 0:
            core = words[:i]
            affiliation = " ".join(words[i + 1:]) or None
            break
    # "A source familiar with the talks": the noun before its modifier.
    while len(core) > 1 and not (_is_role(core[-1]) or _is_org_word(core[-1])) and any(_is_role(w) for w in core[:-1]):
        core = core[:-1]
    if core and _bare(core[-1]) in DOC_NOUNS:
        # "The bank's statement said": the bank speaks; "the statement said": whoever issued it.
        owner = [w for w in core[:-1] if _possessive(w)]
        if owner:
            return parse_phrase(" ".join(core[: core.index(owner[-1]) + 1])[:-2].rstrip("’'"))
        if definite and len(_strip_det(core)) == 1:
            return Mention(ORG, " ".join(words), None, None, _bare(core[-1]), True)
        return None
    if not core or _possessive(core[-1]):
        return None  # "Harbour Workers Union's": a possessor, not a speaker
    last = _bare(core[-1])
    full = " ".join(_strip_det(words))
    if not _strip_det(core):
        return None
    gender = next((GENDERED[_bare(w)] for w in core if _bare(w) in GENDERED), None)
    # "the ministry" points back at someone; "the Calderan government" names its own speaker.
    named = any(w[:1].isupper() for w in _strip_det(core))
    if last in ORG_NOUNS or last.rstrip("s") in ORG_NOUNS and len(last) > 4:
        noun = last if last in ORG_NOUNS else last.rstrip("s")
        if named:
            return Mention(ORG, full, None, None, None, False, affiliation)
        if definite and len(_strip_det(core)) > 2:
            # "the state meteorological service" is someone new; "the company" points back.
            return Mention(ORG, full, None, None, None, False, affiliation)
        return Mention(ORG, full, None, None, noun, definite or last == "police", affiliation)
    if _is_role(last) or last.endswith("-old"):  # "the spokesperson", "the 58-year-old"
        return Mention(ROLE, full, full, gender, last, definite, affiliation)
    return None


_TITLEISH = ("R", "H", "T", "X")


def _named(words: list[str], tags: list[str], head: tuple[int, int], definite: bool) -> Mention | None:
    start, end = head
    run, run_tags = words[start:end], tags[start:end]
    before, tail = words[:start], words[end:]
    lead = [w for w in _strip_det(before) if _possessive(w)]
    clean_run = [w.strip(",;:") for w in run]
    # "Temsa Basin Development Bank", "Republic of Caldera", "Ministry of Maritime Affairs": an organisation.
    org_word = next((k for k, w in enumerate(run) if _is_org_word(w) and run_tags[k] != "R" and (k == len(run) - 1 or _bare(run[k + 1]) in {"of", "for"})), None)
    if _is_org_word(run[-1]) and run_tags[-1] != "R":
        org_word = len(run) - 1  # "Northern Shipowners’ Association"
    if org_word is not None:
        noun = _bare(run[-1]) if len(run) == 1 else None  # "the Ministry" is a description, "the Finance Ministry" a name
        name = " ".join(lead[-1:] + clean_run) if lead and lead[-1] == before[-1] else " ".join(clean_run)
        return Mention(ORG, name, _join(" ".join(tail) or None), None, noun, definite and noun is not None)
    # Titles inside the run: "U.S. Secretary of State Dana Whitlow", "Water Resources Minister Dou Kaiming";
    # a title word at the end is a name ("Jane Justice").
    def titleish(k: int) -> bool:
        return run_tags[k] in _TITLEISH or run_tags[k] == "P"
    cut = 0
    for k in range(len(run)):
        if titleish(k) and any(not titleish(x) for x in range(k + 1, len(run))):
            cut = k + 1
    name_words = clean_run[cut:]
    title = run[:cut]
    gender = None
    for w in before + title:
        b = _bare(w)
        gender = gender or (HONORIFICS.get(b) if b in HONORIFICS else GENDERED.get(b))
    role = " ".join(_strip_det(before) + title + tail) or None  # "Senior China strategist … at ANZ Research"
    if not name_words or all(titleish(cut + k) for k in range(len(name_words))):
        joined = " ".join(_strip_det(before) + run + tail)
        noun = next((_bare(w) for w in reversed(run) if _is_role(w)), _bare(run[-1]))
        return Mention(ROLE, joined, joined, gender, noun, definite)
    name = " ".join(name_words)
    org = _bare(name_words[0]).capitalize() in PLACE_WORDS and len(name_words) > 1 or is_country(name)
    # "account Yuyuan Tantian", "the company Lumora": the noun before the name says what it is.
    noun_before = before[-1] if before and not title and before[-1][:1].islower() else None
    if noun_before is not None and _is_org_word(noun_before) and not _is_role(noun_before):
        org = True
    if org:
        return Mention(ORG, name, role, None, None, definite)
    if len(name_words) == 1 and not title and not any(_is_role(w) for w in before):
        # "the Times" names an organisation; "the elder Ruiz" a person met before; "the Frenchman" and
        # "the Slovenian" describe someone already named.
        right_after_the = definite and len(before) == 1
        if right_after_the and _demonym(name_words[0]):
            return Mention(ROLE, " ".join(words), None, gender, _bare(name_words[0]), True)
        kind = ORG if right_after_the or _acronym(name_words[0]) else UNKNOWN
        return Mention(kind, name, role, gender, None, definite)
    return Mention(PERSON, name, role, gender, None, False)


def _demonym(word: str) -> bool:
    w = word.strip(",;:")
    if is_country(w) or _bare(w) in ORG_NOUNS or w in {"Guardian", "Christian", "Vatican", "Pentagon", "Kremlin", "Parisian"}:
        return False
    return w.endswith(("ian", "ean", "ese", "man", "woman", "ish")) and w[:1].isupper()


def _strip_det(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) and _bare(words[i]) in {"the", "a", "an", "one", "another", "unnamed", "anonymous"}:
        i += 1
    return words[i:]


def _tag(word: str, i: int, words: list[str]) -> str:
    b = _bare(word)
    if not b:
        return "L"
    if not word[:1].isupper():
        if b in _DETERMINERS:
            return "D"
        if b in _PREPS:
            return "P"
        if b in _PARTICLES:
            return "particle"
        if _is_role(word):
            return "R"
        if _is_org_word(word):
            return "O"
        return "L"
    if i == 0 and b in _DET_START:
        return "D"
    if b in HONORIFICS and b not in {"president", "premier", "mayor", "judge", "justice", "chancellor"}:
        return "H"  # "Mr", "Dr.", "Maj.", "Sen."
    if _is_role(word):
        return "R"
    if word.strip(",;:") in TITLE_WORDS:
        return "T"
    if re.fullmatch(r"(?:[A-Z]\.){1,3}", word.strip(",;:")) and word.strip(",;:").upper() not in _PLACE_INITIALS:
        return "C"  # initials: "J.D. Harlow", "John F. Kennedy"
    if _acronym(word) and i + 1 < len(words) and words[i + 1][:1].isupper() and not _is_org_word(words[i + 1]):
        return "X"  # "CE Arlo Penn", "U.S. Treasury Secretary"
    if word.endswith(("'s", "’s")):
        return "M"  # "Velmora’s" (a plural possessive stays in a name: "Rice Growers' Union")
    return "C"


def _proper_runs(words: list[str], tags: list[str]) -> list[tuple[int, int]]:
    """Capitalised stretches, with "of"/"for"/"and" and name particles inside them; a possessive ends one."""
    runs = []
    i, n = 0, len(words)
    caps = ("C", "R", "T", "H", "X", "M")
    def cap(k: int) -> bool:
        return tags[k] in caps and words[k][:1].isupper()

    while i < n:
        if not cap(i):
            i += 1
            continue
        j = i + 1
        if tags[i] != "M":
            while j < n:
                if cap(j):
                    j += 1
                    if tags[j - 1] == "M":
                        break
                elif tags[j] == "particle" and any(cap(k) for k in range(j + 1, min(n, j + 3))) and all(
                    tags[k] == "particle" for k in range(j, next(k for k in range(j + 1, min(n, j + 3)) if cap(k)))
                ):
                    j += 1  # "Ursula von der Leyen"
                elif j + 1 < n and cap(j + 1) and (
                    _bare(words[j]) in {"of", "for", "and", "&"} and (tags[j - 1] in ("R", "T") or _is_org_word(words[j - 1]))
                ):
                    j += 1
                else:
                    break
        runs.append((i, j))
        i = j
    return runs


# --- names -------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, spaces and punctuation folded: 'Yuyuan Tantian' → 'yuyuantantian'."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text.lower() if ch.isalnum())


@lru_cache(maxsize=65536)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(f for f in (fold(t) for t in name.split()) if f)


def tokens(name: str) -> list[str]:
    # Memoised: an article names the same few people hundreds of times.
    return list(_tokens(name))


def _edits_at_most(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance <= limit, in O(len * limit) (a diagonal band)."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    prev = {j: j for j in range(0, min(len(b), limit) + 1)}
    for i in range(1, len(a) + 1):
        cur = {}
        lo, hi = max(0, i - limit), min(len(b), i + limit)
        for j in range(lo, hi + 1):
            if j == 0:
                cur[j] = i
                continue
            best = prev.get(j - 1, limit + 1) + (a[i - 1] != b[j - 1])
            best = min(best, prev.get(j, limit + 1) + 1, cur.get(j - 1, limit + 1) + 1)
            cur[j] = best
        if min(cur.values()) > limit:
            return False
        prev = cur
    return prev.get(len(b), limit + 1) <= limit


def _token_close(a: str, b: str) -> bool:
    if a == b:
        return True
    n = min(len(a), len(b))
    if n >= 8:
        return _edits_at_most(a, b, 2)
    if n >= 5:
        return _edits_at_most(a, b, 1)
    return False


def same_name(a: str, b: str) -> bool:
    """Spelling variants of one name: 'Yuyuan Tantian' ~ 'Yuyuan Tiantian' ~ 'Yuyuantantian', 'Lan Mei-yu' ~ 'Lan Meiyu'."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    ta, tb = tokens(a), tokens(b)
    if len(ta) == len(tb) and len(ta) >= 2:
        # Token by token, at least one identical: 'Zhang Wei' and 'Zhang Wen' stay apart (short tokens must match).
        return any(x == y for x, y in zip(ta, tb)) and all(_token_close(x, y) for x, y in zip(ta, tb))
    if min(len(fa), len(fb)) >= 10 and (len(ta) == 1 or len(tb) == 1):
        return _edits_at_most(fa, fb, 2)  # 'Yuyuantantian' ~ 'Yuyuan Tiantian'
    return False


# --- across articles ---------------------------------------------------------------------------


@dataclass
class _Cluster:
    kind: str
    forms: dict[str, int]  # surface name -> mentions
    roles: dict[str, None]
    articles: dict[str, None]
    local: str | None = None  # set for generic descriptions ("the ministry"): never merged across articles

    def tokens(self) -> list[str]:
        return tokens(self.best())

    def best(self) -> str:
        # The fullest form; among equally full ones the most used, then the first seen.
        order = list(self.forms)
        return max(order, key=lambda f: (len(tokens(f)) if self.kind == PERSON else 0, self.forms[f], _capitalised(f), len(f), -order.index(f)))


def _capitalised(name: str) -> bool:
    return name[:1].isupper()


def _generic(name: str) -> bool:
    # "the ministry", "the spokesperson": a description, meaningful only inside its article.
    return not name[:1].isupper()


def _org_key(name: str) -> str:
    """An organisation's name without the words that vary between outlets: "the Government of Norvia",
    "Norvia's government", "the Republic of Norvia" and "Norvia" all give "norvia"."""
    n = name.strip()
    n = re.sub(r"^(?:the)\s+", "", n, flags=re.IGNORECASE)
    n = re.sub(r"^(?:government|republic|kingdom|state|people's republic|federal republic)\s+of\s+(?:the\s+)?", "", n, flags=re.IGNORECASE)
    n = re.sub(r"(?:'s|’s)?\s+government$", "", n, flags=re.IGNORECASE)
    n = re.sub(r"(?:'s|’s)\b", "", n)
    return fold(n)


class _Index:
    """Clusters found by folded name, by name token and by the first letters of a long folded name."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.by_key: dict[str, list[int]] = {}
        self.by_token: dict[str, list[int]] = {}  # first/last token of a person's name
        self.by_org_token: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}

    def index(self, idx: int, kind: str, name: str) -> None:
        def put(table: dict[str, list[int]], key: str) -> None:
            bucket = table.setdefault(key, [])
            if idx not in bucket:
                bucket.append(idx)

        put(self.by_key, _key(kind, name))
        put(self.by_key, fold(name))
        toks = tokens(name)
        if kind == PERSON and len(toks) >= 2:
            put(self.by_token, toks[0])
            put(self.by_token, toks[-1])
        if kind in (ORG, UNKNOWN, ROLE):
            for t in set(toks):
                put(self.by_org_token, t)
        f = fold(name)
        if len(f) >= 8:
            put(self.by_prefix, f[:4])


def align(mentions: list[tuple]) -> tuple[list[Speaker], dict[tuple[str, str], str]]:
    """Merge (article, kind, name, role) mentions into speakers.

    A mention may carry a fifth element, the words the article used for the speaker there
    ("Qiao", "ELENA VARGA"); those become aliases of the canonical speaker.

    Returns the speakers (most quoted first) and a map (article, name) → canonical name.
    Descriptions such as "the ministry" stay inside their own article.
    """
    counts: dict[tuple[str, str, str, str | None], int] = {}
    written: dict[tuple[str, str], set[str]] = {}  # (article, name) -> the forms the article used
    for m in mentions:
        key4 = (m[0], m[1], m[2], m[3])
        counts[key4] = counts.get(key4, 0) + 1
        if len(m) > 4 and m[4]:
            # One form ("Qiao") or several (every name the article used for the speaker).
            forms = (m[4],) if isinstance(m[4], str) else m[4]
            folded = fold(m[2])
            written.setdefault((m[0], m[2]), set()).update(f for f in forms if fold(f) != folded)
    ix = _Index()
    clusters = ix.clusters
    local: dict[tuple[str, str], int] = {}
    where: dict[tuple[str, str], int] = {}

    def add(idx: int, article: str, kind: str, name: str, role: str | None, n: int) -> None:
        c = clusters[idx]
        c.forms[name] = c.forms.get(name, 0) + n
        if role:
            c.roles[role] = None
        c.articles[article] = None
        where[(article, name)] = idx
        # A surname merged into a full name is not indexed: the next bare "Reyk" must choose again.
        if c.local is None and not (len(tokens(name)) == 1 and c.kind == PERSON and len(c.tokens()) > 1):
            ix.index(idx, c.kind if c.kind != UNKNOWN else kind, name)

    def new(kind: str, article: str, name: str, role: str | None, n: int, local_to: str | None = None) -> int:
        clusters.append(_Cluster(kind, {}, {}, {}, local_to))
        idx = len(clusters) - 1
        add(idx, article, kind, name, role, n)
        return idx

    # Fullest names first, so that a surname-only mention finds its full name.
    order = sorted(counts, key=lambda m: (_rank(m[1], m[2]), -len(tokens(m[2])), m[2], m[0]))
    for article, kind, name, role in order:
        n = counts[(article, kind, name, role)]
        if (article, name) in where:
            add(where[(article, name)], article, kind, name, role, n)
            continue
        if _generic(name):
            # "the ministry": meaningful only inside its own article.
            key = (article, fold(name))
            if key in local:
                add(local[key], article, kind, name, role, n)
            else:
                local[key] = new(kind, article, name, role, n, local_to=article)
            continue
        idx = _find(ix, kind, name, role)
        if idx is None:
            new(kind, article, name, role, n)
        else:
            c = clusters[idx]
            if c.kind == UNKNOWN and kind in (PERSON, ORG):
                c.kind = kind
            add(idx, article, kind, name, role, n)

    # Canonical names must be unique: two generic "the ministry" speakers get their article's name.
    names: dict[int, str] = {}
    taken: set[str] = set()
    for idx, c in enumerate(clusters):
        best = base = c.best()
        if best in taken:
            best = base = f"{base} ({os.path.splitext(os.path.basename(next(iter(c.articles))))[0]})"
        n = 2
        while best in taken:
            best = f"{base} {n}"
            n += 1
        taken.add(best)
        names[idx] = best
    mapping = {key: names[idx] for key, idx in where.items()}
    totals: dict[int, int] = {}
    for (article, _kind, name, _role), n in counts.items():
        idx = where.get((article, name))
        if idx is not None:
            totals[idx] = totals.get(idx, 0) + n
    # The forms each article wrote, grouped by speaker once (not scanned again per speaker).
    written_by: dict[int, set[str]] = {}
    for (a, n), forms in written.items():
        idx = where.get((a, n))
        if idx is not None:
            written_by.setdefault(idx, set()).update(forms)
    speakers = [
        Speaker(
            name=names[idx],
            aliases=tuple(sorted(
                {f for f in c.forms if f != names[idx]}
                | {w for w in written_by.get(idx, ()) if _alias_worthy(w, names[idx])}
            )),
            roles=tuple(sorted(c.roles)),
            articles=tuple(sorted(c.articles)),
        )
        for idx, c in enumerate(clusters)
    ]
    rank = {names[i]: totals.get(i, 0) for i in range(len(clusters))}
    speakers.sort(key=lambda s: (-rank.get(s.name, 0), s.name))
    return speakers, mapping


def _alias_worthy(form: str, canonical: str) -> bool:
    # "Qiao", "ELENA VARGA", "Treasury Secretary Scott Bessent" are aliases; "he" and "the official" are not.
    f = form.strip()
    return bool(f) and f != canonical and f[:1].isupper() and f.lower() not in {"he", "she", "it", "they", "we", "i"}


def _rank(kind: str, name: str) -> int:
    toks = tokens(name)
    if kind == PERSON and len(toks) >= 2:
        return 0
    if kind in (ORG, ROLE) and len(toks) >= 2:
        return 1
    return 2


def _key(kind: str, name: str) -> str:
    return _org_key(name) if kind in (ORG, UNKNOWN) else fold(name)


def _find(ix: _Index, kind: str, name: str, role: str | None) -> int | None:
    clusters = ix.clusters
    toks = tokens(name)
    if not toks:
        return None
    # Same name, folded ("Harbour Watch" = "HarbourWatch", "Lan Mei-yu" = "Lan Meiyu", "Norvia" = "Government of Norvia").
    for key in dict.fromkeys((_key(kind, name), fold(name), _org_key(name))):
        for idx in ix.by_key.get(key, []):
            if _kinds_agree(clusters[idx].kind, kind):
                return idx
    if kind == PERSON and len(toks) >= 2:
        for idx in _unique(ix.by_token.get(toks[-1], []) + ix.by_token.get(toks[0], [])):
            c = clusters[idx]
            ctoks = c.tokens()
            # "Corin Bessel" = "Corin J. Bessel": same first and last name.
            if len(ctoks) >= 2 and toks[0] == ctoks[0] and toks[-1] == ctoks[-1]:
                return idx
            if any(same_name(f, name) for f in c.forms):
                return idx
        return None
    if kind in (ORG, ROLE, UNKNOWN):
        # Spelling variants ("Yuyan Tianji" ~ "Yuyan Tiangji" ~ "Yuyantianji") and one organisation with or
        # without its country ("Water Resources Ministry" inside "Hanlun Water Resources Ministry").
        cands = _unique([i for t in toks for i in ix.by_org_token.get(t, [])] + ix.by_prefix.get(fold(name)[:4], []))
        for i in cands:
            if clusters[i].local is None and _kinds_agree(clusters[i].kind, kind) and clusters[i].kind != PERSON and any(same_name(f, name) for f in clusters[i].forms):
                return i
        if kind == ORG and len(toks) >= 2:
            contains = [i for i in cands if clusters[i].kind == ORG and _contains(clusters[i].tokens(), toks)]
            if len(contains) == 1:
                return contains[0]
        if len(toks) >= 2:
            return None
    if len(toks) == 1:
        tok = toks[0]
        # A surname (or Chinese family name) alone: the one person who has it, or the one whose role agrees.
        persons = [i for i in _unique(ix.by_token.get(tok, [])) if clusters[i].kind == PERSON]
        if persons and (kind in (PERSON, UNKNOWN) or kind == ORG and not is_country(name)):
            if len(persons) == 1:
                return persons[0]
            if role:
                scored = sorted(((_role_overlap(role, clusters[i].roles), i) for i in persons), reverse=True)
                if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
                    return scored[0][1]
            return None
        if kind in (ORG, UNKNOWN):
            orgs = [i for i in _unique(ix.by_org_token.get(tok, [])) if clusters[i].kind == ORG and clusters[i].tokens()[:1] == [tok]]
            if len(orgs) == 1:
                return orgs[0]  # "Lumora" = "Lumora Systems"
    return None


def _unique(items) -> list[int]:
    return list(dict.fromkeys(items))


def _contains(big: list[str], small: list[str]) -> bool:
    if len(small) >= len(big):
        return False
    n = len(small)
    return big[-n:] == small or big[:n] == small


def _kinds_agree(a: str, b: str) -> bool:
    return a == b or UNKNOWN in (a, b) or {a, b} == {ORG, ROLE} and False


def _role_overlap(role: str, roles) -> int:
    words = set(tokens(role)) - {"the", "of", "at", "a", "an", "for", "in"}
    return max((len(words & (set(tokens(r)) - {"the", "of", "at", "a", "an", "for", "in"})) for r in roles), default=0)
