"""Speaker phrases: name vs role, and one Speaker per person across articles.

`parse_phrase` splits "Foreign ministry spokeswoman Hua Chunying" into the name
("Hua Chunying") and the role ("Foreign ministry spokeswoman"). `align` merges the
mentions of all articles into canonical speakers ("Scott Bessent" = "Bessent" =
"Treasury Secretary Scott Bessent") while keeping apart two people who share a
surname but differ in first name or role.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing.model import Speaker

PERSON, ORG, ROLE, PRONOUN = "person", "org", "role", "pronoun"

# Role nouns: what a title ends with ("spokeswoman", "economist"); used to tell a
# title from a name and to resolve "the spokesperson said".
ROLE_NOUNS = {
    "spokesperson", "spokeswoman", "spokesman", "spokespeople", "minister", "secretary", "president",
    "premier", "chancellor", "chairman", "chairwoman", "chair", "chief", "director", "executive", "ceo",
    "cfo", "coo", "cto", "founder", "co-founder", "analyst", "economist", "strategist", "commissioner",
    "governor", "senator", "ambassador", "envoy", "official", "officials", "adviser", "advisor", "head",
    "leader", "professor", "researcher", "fellow", "negotiator", "mayor", "representative", "rep",
    "sen", "gov", "general", "admiral", "colonel", "captain", "commander", "officer", "manager",
    "partner", "lawyer", "attorney", "judge", "justice", "prosecutor", "inspector", "superintendent",
    "deputy", "vice", "senior", "spokesperson's", "king", "queen", "prince", "princess", "pope",
    "candidate", "councillor", "councilor", "councilman", "councilwoman", "lawmaker", "legislator",
    "diplomat", "regulator", "trader", "investor", "owner", "worker", "farmer", "resident", "student",
    "teacher", "doctor", "dr", "nurse", "scientist", "expert", "observer", "activist", "campaigner",
    "organiser", "organizer", "coach", "manager", "player", "striker", "captain", "host", "anchor",
    "editor", "reporter", "correspondent", "columnist", "author", "writer", "president-elect",
    "prime", "foreign", "treasurer", "comptroller", "controller", "principal", "dean", "mp", "mep",
    "secretary-general", "director-general", "undersecretary", "under-secretary", "assistant",
    "aide", "staffer", "administrator", "commissioner's", "economists", "analysts", "strategists",
}
# Words that make a phrase an organisation ("the ministry said", "Northgate Capital").
ORG_NOUNS = {
    "ministry", "department", "government", "council", "bank", "agency", "commission", "office",
    "company", "corporation", "corp", "inc", "group", "union", "association", "authority", "board",
    "committee", "court", "parliament", "congress", "senate", "administration", "embassy", "police",
    "army", "military", "navy", "federation", "fund", "institute", "university", "party", "capital",
    "partners", "research", "bureau", "service", "services", "cabinet", "presidency", "kremlin",
    "secretariat", "organisation", "organization", "foundation", "trust", "exchange", "reserve",
    "account", "newspaper", "agency's", "network", "club", "league", "team", "firm", "ltd", "plc",
    "holdings", "securities", "investments", "advisory", "consultancy", "industries", "airlines",
    "shipping", "media", "statement", "spokesperson's", "regulator", "tribunal", "coalition",
    "alliance", "assembly", "house", "white", "pentagon", "state",
}
_PRONOUNS = {"he": "m", "she": "f", "it": "n", "they": "p", "him": "m", "her": "f", "i": "x", "we": "p"}
_DETERMINERS = {"the", "a", "an", "this", "that", "one", "another", "its", "his", "her", "their"}
_NAME_PARTICLES = {"de", "da", "van", "von", "der", "al", "bin", "le", "la", "du", "di", "del", "el", "ibn", "dos"}
_CAP_WORD = re.compile(r"^[A-Z][\w'’\-.]*$|^[A-Z]$")


@dataclass(frozen=True)
class Mention:
    kind: str  # PERSON, ORG, ROLE or PRONOUN
    name: str  # the name as written ("Hua Chunying", "the ministry", "he")
    role: str | None = None


def parse_phrase(phrase: str) -> Mention | None:
    """Classify the words that stand before "said" (or after it, inverted)."""
    text = phrase.strip(" ,.;:\"“”'’—–-")
    text = re.sub(r"\s+", " ", text)
    if not text or len(text) > 160:
        return None
    low = text.lower()
    if low in _PRONOUNS:
        return Mention(PRONOUN, low)
    # Appositive after the name: "Andrew Polk, co-founder of Trivium China, an advisory group"
    head, _, appositive = text.partition(", ")
    role_after = appositive.strip() or None
    words = head.split()
    if not words:
        return None
    # Trailing "at ANZ Research" / "of the central bank" belongs to the role.
    tail_role = None
    m = re.search(r"\s+(?:at|of|from|with|for)\s+(?=[A-Z])", head)
    if m:
        before = head[: m.start()]
        if before.split() and _CAP_WORD.match(before.split()[-1]) and not _is_role_word(before.split()[-1]):
            tail_role = head[m.start():].strip()
            words = before.split()
    name_words: list[str] = []
    for w in reversed(words):
        clean = w.strip(",.;:")
        if (_CAP_WORD.match(clean) or clean.lower() in _NAME_PARTICLES) and not _is_role_word(clean):
            name_words.insert(0, clean)
        else:
            break
    while name_words and name_words[0].lower() in _NAME_PARTICLES:
        name_words.pop(0)
    # "CE Stephen Schwarzman": a short upper-case acronym before a name is a title.
    while len(name_words) > 2 and name_words[0].isupper() and len(name_words[0]) <= 4:
        name_words.pop(0)
    role_words = words[: len(words) - len(name_words)]
    role = " ".join(role_words).strip() or None
    role = _join_role(role, tail_role, role_after)
    name = " ".join(name_words)
    if name_words and _is_org(name_words):
        return Mention(ORG, name, _join_role(" ".join(role_words) or None, tail_role, None))
    if name_words and not (role_words and role_words[-1].lower() in {"the", "a", "an"}):
        if len(name_words) == 1 and role_words and role_words[-1].lower().rstrip("'s’") in ORG_NOUNS:
            return Mention(ORG, head)
        if _possessive(name_words[-1]):
            return None
        if len(name_words) == 1 and name_words[0].lower() in _DETERMINERS | {"i"}:
            return None
        if len(name_words) >= 1 and not _org_like(name):
            return Mention(PERSON, name, role)
        return Mention(ORG, name, role)
    # No capitalised name: "the spokesperson", "A Chinese Commerce Department spokesperson", "the ministry".
    last = words[-1].lower().strip(",.")
    if last in ORG_NOUNS or last.rstrip("s") in ORG_NOUNS:
        return Mention(ORG, head)
    if _is_role_word(last):
        return Mention(ROLE, head, head)
    return None


def _join_role(*parts: str | None) -> str | None:
    got = [p for p in parts if p]
    return ", ".join(got) if got else None


def _is_role_word(word: str) -> bool:
    return word.lower().strip(",.;:") in ROLE_NOUNS


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def _is_org(name_words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ORG_NOUNS for w in name_words[1:]) or name_words[-1].lower() in ORG_NOUNS


def _org_like(name: str) -> bool:
    words = name.split()
    return any(w.lower() in ORG_NOUNS for w in words) or (len(words) == 1 and name.isupper() and len(name) > 1)


# --- across articles ------------------------------------------------------------


def fold(text: str) -> str:
    """Case, accents and punctuation folded: 'Yuyuan Tantian' → 'yuyuantantian'."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _tokens(name: str) -> list[str]:
    return [fold(t) for t in re.split(r"[\s\-]+", name) if fold(t)]


def _edit_distance_at_most(a: str, b: str, limit: int) -> bool:
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > limit:
            return False
        prev = cur
    return prev[-1] <= limit


def same_name(a: str, b: str) -> bool:
    """Spelling variants of one name: 'Yuyuan Tantian' ~ 'Yuyuan Tiantian' ~ 'Yuyuantantian'."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    if min(len(fa), len(fb)) < 8:
        return False
    return _edit_distance_at_most(fa, fb, 1 if min(len(fa), len(fb)) < 12 else 2)


@dataclass
class _Cluster:
    name: str
    kind: str
    aliases: dict[str, None]
    roles: dict[str, None]
    articles: dict[str, None]

    def tokens(self) -> list[str]:
        return _tokens(self.name)


def align(mentions: list[tuple[str, str, str, str | None]]) -> tuple[list[Speaker], dict[tuple[str, str], str]]:
    """Merge (article, kind, name, role) mentions into speakers.

    Returns the speakers (most quoted first) and a map (article, name) → canonical name.
    """
    full: list[_Cluster] = []
    # Longest names first, so a surname-only mention finds its full name.
    order = sorted(set(mentions), key=lambda m: (-len(_tokens(m[2])), m[2], m[0]))
    for article, kind, name, role in order:
        cluster = _find(full, kind, name, role)
        if cluster is None:
            cluster = _Cluster(name, kind, {}, {}, {})
            full.append(cluster)
        elif name != cluster.name:
            cluster.aliases[name] = None
        if role:
            cluster.roles[role] = None
        cluster.articles[article] = None
    mapping: dict[tuple[str, str], str] = {}
    for article, kind, name, role in mentions:
        cluster = _find(full, kind, name, role)
        if cluster is not None:
            mapping[(article, name)] = cluster.name
    counts: dict[str, int] = {}
    for article, _kind, name, _role in mentions:
        canon = mapping.get((article, name))
        if canon:
            counts[canon] = counts.get(canon, 0) + 1
    speakers = [
        Speaker(
            name=c.name,
            aliases=tuple(sorted(a for a in c.aliases if a != c.name)),
            roles=tuple(sorted(c.roles)),
            articles=tuple(sorted(c.articles)),
        )
        for c in full
    ]
    speakers.sort(key=lambda s: (-counts.get(s.name, 0), s.name))
    return speakers, mapping


def _find(clusters: list[_Cluster], kind: str, name: str, role: str | None) -> _Cluster | None:
    toks = _tokens(name)
    if not toks:
        return None
    candidates = []
    for c in clusters:
        if c.kind != kind and PERSON in (c.kind, kind):
            continue
        ctoks = c.tokens()
        if same_name(c.name, name) or any(same_name(a, name) for a in c.aliases):
            return c
        if kind == PERSON and len(toks) == 1 and toks[0] in ctoks:
            candidates.append(c)  # surname (or Chinese family name) only
        elif kind == PERSON and len(toks) >= 2 and len(ctoks) >= 2:
            # "Scott Bessent" vs "Scott K. Bessent": same first and last name.
            if toks[0] == ctoks[0] and toks[-1] == ctoks[-1]:
                return c
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1 and role:
        role_words = set(_tokens(role))
        scored = [(len(role_words & {t for r in c.roles for t in _tokens(r)}), c) for c in candidates]
        scored.sort(key=lambda x: -x[0])
        if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1]
    return None
