"""One Speaker per person or organisation across all the articles of a run.

`align` merges the speakers of all articles: "Ivo Brand" = "Brand",
"Velaro Tantis" = "Velaro Tantiis" = "Velarotantis", while two people who
share a surname stay apart when their first names or roles differ.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from briefing.article.attribution.names import fold, same_name, tokens
from briefing.article.attribution.phrases import ORG, PERSON, ROLE, UNKNOWN, is_country
from briefing.model import Speaker


@dataclass
class _Cluster:
    kind: str
    forms: dict[str, int]  # surface name -> mentions
    roles: dict[str, int]  # role -> how many statements gave it
    articles: dict[str, None]
    local: str | None = None  # set for generic descriptions ("the ministry"): never merged across articles

    def tokens(self) -> list[str]:
        return tokens(self.best())

    def best(self) -> str:
        # A person's full name (two words or more) as the articles write it most often ("Ana
        # Lind" over an "Ana Maria Lind" written once), then the fullest; for others
        # the most used form; then the first seen.
        order = list(self.forms)
        full = self.kind == PERSON
        return max(order, key=lambda f: (full and len(tokens(f)) >= 2, self.forms[f], len(tokens(f)) if full else 0,
                                         _capitalised(f), len(f), -order.index(f)))


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


def align(mentions: list[tuple], labels: dict[str, str] | None = None) -> tuple[list[Speaker], dict[tuple[str, str], str]]:
    """Merge (article, kind, name, role) mentions into speakers.

    A mention may carry a fifth element, the words the article used for the speaker there
    ("Qiao", "ELENA VARGA"); those become aliases of the canonical speaker.

    Returns the speakers (most quoted first) and a map (article, name) → canonical name.
    Descriptions such as "the ministry" stay inside their own article; `labels` (article →
    outlet) tells two of them apart.
    """
    counts, written = _count(mentions)
    merger = _Merger()
    # Fullest names first, so that a surname-only mention finds its full name.
    for article, kind, name, role in sorted(counts, key=lambda m: (_rank(m[1], m[2]), -len(tokens(m[2])), m[2], m[0])):
        merger.place(article, kind, name, role, counts[(article, kind, name, role)])
    names = _unique_names(merger.ix.clusters, labels or {})
    mapping = {key: names[idx] for key, idx in merger.where.items()}
    return _speakers(merger, names, counts, written), mapping


def _count(mentions: list[tuple]) -> tuple[dict[tuple[str, str, str, str | None], int], dict[tuple[str, str], set[str]]]:
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
    return counts, written


class _Merger:
    """Places each mention in a cluster: its own name seen before, a generic description inside
    its article, a matching speaker found through the index, or a new cluster."""

    def __init__(self) -> None:
        self.ix = _Index()
        self.local: dict[tuple[str, str], int] = {}
        self.where: dict[tuple[str, str], int] = {}

    def place(self, article: str, kind: str, name: str, role: str | None, n: int) -> None:
        clusters = self.ix.clusters
        if (article, name) in self.where:
            self.add(self.where[(article, name)], article, kind, name, role, n)
            return
        if _generic(name):
            # "the ministry": meaningful only inside its own article.
            key = (article, fold(name))
            if key in self.local:
                self.add(self.local[key], article, kind, name, role, n)
            else:
                self.local[key] = self.new(kind, article, name, role, n, local_to=article)
            return
        idx = _find(self.ix, kind, name, role)
        if idx is None:
            self.new(kind, article, name, role, n)
            return
        c = clusters[idx]
        if c.kind == UNKNOWN and kind in (PERSON, ORG):
            c.kind = kind
        self.add(idx, article, kind, name, role, n)

    def add(self, idx: int, article: str, kind: str, name: str, role: str | None, n: int) -> None:
        c = self.ix.clusters[idx]
        c.forms[name] = c.forms.get(name, 0) + n
        if role:
            c.roles[role] = c.roles.get(role, 0) + n
        c.articles[article] = None
        self.where[(article, name)] = idx
        # A surname merged into a full name is not indexed: the next bare "Reyk" must choose again.
        if c.local is None and not (len(tokens(name)) == 1 and c.kind == PERSON and len(c.tokens()) > 1):
            self.ix.index(idx, c.kind if c.kind != UNKNOWN else kind, name)

    def new(self, kind: str, article: str, name: str, role: str | None, n: int, local_to: str | None = None) -> int:
        self.ix.clusters.append(_Cluster(kind, {}, {}, {}, local_to))
        idx = len(self.ix.clusters) - 1
        self.add(idx, article, kind, name, role, n)
        return idx


def _unique_names(clusters: list[_Cluster], labels: dict[str, str]) -> dict[int, str]:
    """Canonical names must be unique: two generic "the ministry" speakers get their article's
    outlet ("the ministry (Harbour Times)"), or the first word of its file name."""
    names: dict[int, str] = {}
    taken: set[str] = set()
    for idx, c in enumerate(clusters):
        best = base = c.best()
        if best in taken:
            article = next(iter(c.articles))
            best = base = f"{base} ({labels.get(article) or _file_word(article)})"
        n = 2
        while best in taken:
            best = f"{base} {n}"
            n += 1
        taken.add(best)
        names[idx] = best
    return names


def _file_word(path: str) -> str:
    """The first word of a file's name: "reuters" for "reuters_2026-03-02_port-talks.txt"."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return re.split(r"[\s_.]+", stem, maxsplit=1)[0] or stem


def _speakers(merger: _Merger, names: dict[int, str], counts, written) -> list[Speaker]:
    clusters, where = merger.ix.clusters, merger.where
    totals: dict[int, int] = {}
    for (article, _kind, name, _role), n in counts.items():
        idx = where.get((article, name))
        if idx is not None:
            totals[idx] = totals.get(idx, 0) + n
    # The forms each article wrote, grouped by speaker once (not scanned again per speaker).
    written_by: dict[int, set[str]] = {}
    for (a, written_name), forms in written.items():
        idx = where.get((a, written_name))
        if idx is not None:
            written_by.setdefault(idx, set()).update(forms)
    speakers = [
        Speaker(
            name=names[idx],
            aliases=tuple(sorted(
                {f for f in c.forms if f != names[idx]}
                | {w for w in written_by.get(idx, ()) if _alias_worthy(w, names[idx])}
            )),
            roles=tuple(sorted(c.roles, key=lambda r: (-c.roles[r], r))),  # the most used first
            articles=tuple(sorted(c.articles)),
        )
        for idx, c in enumerate(clusters)
    ]
    rank = {names[i]: totals.get(i, 0) for i in range(len(clusters))}
    speakers.sort(key=lambda s: (-rank.get(s.name, 0), s.name))
    return speakers


def _alias_worthy(form: str, canonical: str) -> bool:
    # "Qiao", "ELENA VARGA", "Treasury Secretary Ivo Brand" are aliases; "he" and "the official" are not.
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
    # One proper name is one speaker, even where one article took it for a person and another
    # for an organisation ("Lumen said" / "Lumen, the phone maker").
    for idx in ix.by_key.get(fold(name), []):
        if clusters[idx].local is None and name[:1].isupper():
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
