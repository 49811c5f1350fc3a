"""The words of a source phrase, read before the speaker is resolved: what they name and which of them
are not the speaker.

- "State disaster manager Ravi Kolle": the name at the end, the words before it the role.
- "Minister Ana Brisk, during a visit to Kestrel": the speaker without the occasion after her.
- "one owner of a bakery who asked not to be named": the speaker without the clause about her.
- "the Twitter account": the account, not the platform.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing import lexicon
from briefing.article.attribution import cues, descriptors
from briefing.article.attribution.names import given_names
from briefing.article.attribution.phrases import (
    ORG,
    PERSON,
    ROLE,
    UNKNOWN,
    Mention,
    describe,
    is_group_noun,
    parse_phrase,
)


def tidy(written: str) -> str:
    """The words of a source phrase that may name its speaker."""
    return descriptors.issuer(_platform_account(past_clause(_without_adjunct(_issued_by(_without_relative(
        _after_what(_without_opening(_without_shouted_heading(_title_list(_without_tail_adverb(_titled_pair(
        _without_asides(written)))))))))))))


def _titled_pair(written: str) -> str:
    """"Rowing chief Ivo Brand and Head of Coaches, Ana Veer": two people, each with a title (the second set
    off by a comma, which keeps the phrase from reading as one name); the speaker is both, named as "Ivo
    Brand and Ana Veer"."""
    left, sep, right = written.strip(" ,").partition(" and ")
    if not sep or " and " in right or "," in left or right.count(",") != 1 or len(left.split()) < 3:
        return written  # the second title set off by its comma: "Head of Coaches, Ana Veer"
    title, _, name = right.partition(",")
    if not title.strip()[:1].isupper() or parse_phrase(name.strip()) is None:
        return written
    named = [with_descriptor(side.strip(" ,"), parse_phrase(side.strip(" ,"))) for side in (left, right)]
    if any(m is None or m.kind != PERSON or m.role is None or len(m.name.split()) < 2 for m in named):
        return written
    return f"{named[0].name} and {named[1].name}"  # type: ignore[union-attr]


_BRACKETED = re.compile(r"\s*\((?:[^()]{1,40})\)")


def _without_asides(written: str) -> str:
    """"Ivo Brand (Lab, Marrow)", "the Harbour Agency (HPA)", "Sen. Ana Veer (R-Kessel)": a speaker is named
    without the party, ward or initials in brackets after the name."""
    return _BRACKETED.sub("", written).strip() if "(" in written else written


def _without_tail_adverb(written: str) -> str:
    """"The minister however", "Veer herself": the words before the verb, less the adverb after the speaker."""
    words = written.split()
    while len(words) > 1 and words[-1].islower() and words[-1].strip(",") in lexicon.lower("speaker_tail_adverbs"):
        words.pop()
    return " ".join(words).rstrip(",") if len(words) < len(written.split()) else written


_TITLE_LIST = re.compile(r"^(?P<title>(?:[Tt]he\s+)?(?P<role>[A-Z][\w-]*)\s+(?:of|for)\s+[A-Z][\w-]*"
                         r"(?:,\s+(?:and\s+)?[A-Z][\w-]*(?:\s+[\w-]+){0,4}){2,})\s*,\s+"
                         r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*,?$")


def _title_list(written: str) -> str:
    """"The Minister of Harbours, Ferries, Culture, and National Heritage of Kessel, Ivo Lund": a title that
    lists its portfolios between commas, then the name; the list's commas are no appositions."""
    m = _TITLE_LIST.match(" ".join(written.split()))
    if m is None or m.group("role").lower() not in lexicon.lower("role_nouns"):
        return written
    return re.sub(r",\s+", " ", m.group("title")) + ", " + m.group("name")


_HEADING_WORDS = 3  # shouted words that make a heading: "PORT TO CLOSE NORTH QUAY The board said"


def _without_shouted_heading(written: str) -> str:
    """"HARBOUR TEAM REFUSES TO STAY IN VILLAGE The team": a newsletter's heading in capitals run into
    the sentence after it is no part of the speaker."""
    words = written.split()
    k = 0
    while k < len(words) and len(words[k].strip("?!:.,")) > 1 and words[k].isupper() and words[k].strip("?!:.,").isalpha():
        k += 1
    return " ".join(words[k:]) if k >= _HEADING_WORDS and k < len(words) and words[k][:1].isupper() else written


_ISSUED = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+(?:(?:that|which)\s+(?:was\s+)?)?"
                     r"(?:issued|sent(?:\s+out)?|signed|released|published|posted|written|put\s+out)\s+by\s+(?P<who>\S.*)$",
                     re.IGNORECASE | re.DOTALL)


def _issued_by(written: str) -> str:
    """"A statement issued by the harbour board on Monday", "a fundraising email sent out by Veer": the
    document speaks for whoever issued it (the time after the name is left to the adjunct rule)."""
    m = _ISSUED.match(written)
    if m is None or m.group("noun").lower() not in lexicon.lower("document_nouns"):
        return written
    return " ".join(descriptors.issuer_words(m.group("who").split())) or written


_WHAT = re.compile(r"^\S.*?\s(?:what|whatever)\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


def _after_what(written: str) -> str:
    """"The moves reflect what traders have started calling …": the sentence's subject and verb
    are no speaker; the words after "what" name who calls it so."""
    m = _WHAT.match(written)
    return m.group("rest") if m and parse_phrase(m.group("rest")) is not None else written


_OPENING_WORDS = 8  # "A few weeks after the vote in Tarnside,": an opening phrase is short
_TIME_UNITS = frozenset({"ago", "days", "weeks", "months", "years"})  # "Six months ago", "Two days later"
_TIME_HEADS = _TIME_UNITS | frozenset({"the", "a", "an", "this", "that", "last", "next", "early", "late", "few",
                                       "several", "some", "hours", "minutes"})


def _without_opening(written: str) -> str:
    """"Six months ago, the ferry company" and "Similarly, Ana Lind": the speaker without the words
    that open the sentence before it, a connecting adverb or a time phrase and its comma ("Last month
    the harbour board", "Earlier in the week HarbourWatch": or no comma)."""
    timed = time_opening(written.split())
    if timed:
        return " ".join(written.split()[timed:])
    visited = _past_visit(written)
    if visited != written:
        return visited
    before, comma, after = written.partition(",")
    words = before.split()
    if not comma or not after.strip() or not words or len(words) > _OPENING_WORDS:
        return written
    low = [w.lower().strip(".") for w in words]
    times = lexicon.lower("time_words")
    adverb = low[0] in lexicon.lower("leading_adverbs") and (len(low) == 1 or low[0].endswith("ly"))
    timed = any(w in times or w in _TIME_UNITS for w in low) and all(
        w in times or w in _TIME_HEADS or w in lexicon.lower("number_words") or w[:1].isdigit() for w in low)
    # "Two Days, the band from Kell": capitals after the first word make a name, unless a month or a weekday
    named = any(w[:1].isupper() and low[n + 1] not in lexicon.lower("month_names")
                and not (low[n + 1].endswith("day") and low[n + 1] in times and len(low[n + 1]) > 5)
                for n, w in enumerate(words[1:]))
    return after.strip() if adverb or timed and not named else written


_VISIT = re.compile(r"[A-Z][a-z]{2,}ing\s+((?:[A-Z][\w'’.-]*\s*){1,4}),\s+(?=[A-Z])")


def _past_visit(written: str) -> str:
    """"Visiting Kessel, Ivo Brand, adviser to the mayor": the place of a fronted participle is not the
    speaker; the words after its comma are ("Acting Mayor, Ivo Brand," is a title and stays)."""
    visit = _VISIT.match(written.strip())
    if visit is None or any(w.lower().strip(".") in lexicon.lower("role_nouns") for w in visit.group(1).split()):
        return written
    return written.strip()[visit.end():]


_TIME_LEADS_OPENING = frozenset({"last", "this", "earlier", "later", "late", "early"})


def time_opening(words: list[str]) -> int:
    """How many words open a sentence with a time and no comma ("Last month", "Earlier in the week",
    "Late on Friday") before a subject that starts with "the" or a capital; 0 when none do."""
    times = lexicon.lower("time_words")
    if not words or words[0].lower() not in _TIME_LEADS_OPENING:
        return 0
    k = 1
    while k < len(words) and k <= _OPENING_WORDS // 2 and (words[k].lower() in times or words[k].lower() in ("in", "on")
                                                          or words[k].lower() == "the" and k + 1 < len(words)
                                                          and words[k + 1].lower() in times):
        k += 1
    if k >= len(words) or words[k].endswith(",") or not (words[k][:1].isupper() or words[k].lower() == "the"):
        return 0
    return k if k > 1 or words[0].lower() in ("earlier", "later") else 0


_RELATIVE = re.compile(r"\s+(?:who|whose)\s.*$", re.DOTALL)
_ASIDE = re.compile(r",\s+which\s.*$", re.DOTALL)
_ANOTHER = re.compile(r",\s+(?:and|or)\s")


def _without_relative(written: str) -> str:
    """"one owner of a bakery who asked not to be named", "Sen. Ada Lorne who represents the coast": the
    speaker without the clause that says more about them, when what is left names somebody; a definite
    description keeps its clause, which tells which of several it is."""
    aside = _ASIDE.search(written)
    if aside and not _ANOTHER.search(aside.group()):  # not "The union, which has 400 members, and the board"
        # "The Dockers Union and the Porters Guild, which represent most of the port's workers,": a clause
        # between commas says more about whom the words before it name
        head = written[:aside.start()]
        if parse_phrase(head) is not None or describe(head) is not None:
            return head
    cut = _RELATIVE.sub("", written).rstrip(" ,")
    if cut == written.rstrip(" ,") or not cut or parse_phrase(written) is not None \
            or cut.split()[0].lower() in ("the", "his", "her", "their", "its"):
        return written  # "the lawyer who represents Ana Lind": the clause tells which lawyer
    if parse_phrase(cut) is not None:
        return cut
    # "one person with knowledge of the talks, who spoke on condition of anonymity": a description is
    # left, unless the clause gives the name ("a woman who identified herself as Ana Lind")
    return cut if describe(cut) is not None and not _NAMED_AS.search(written[len(cut):]) else written


_WHO = re.compile(r"(?:^|[\s,])(?:who|whose)\s")
_NAMED_AS = re.compile(r"\b(?:as|named|called)\s+[A-Z]")


def with_descriptor(written: str, mention: Mention | None) -> Mention | None:
    """"State disaster manager Ravi Kolle": the name at the end, the words before it its role."""
    clause = _WHO.search(written)
    if clause is not None and clause.start() > 0 and not _NAMED_AS.search(written[clause.start():]) \
            and (mention is None or written.find(mention.name) != 0 or mention.kind == ROLE):
        # "Dr Ana Veer, who once ran the Kessel College,", "the lawyer who sued the Marrow Court": a name
        # inside the clause is somebody the speaker is described by, not the speaker
        head = written[:clause.start()].strip(" ,")
        inner = parse_phrase(head) or describe(head)
        return with_descriptor(head, inner) if inner is not None else None
    if mention is not None and mention.kind == ORG and mention.role is None:
        return _org_descriptor(written, mention)
    if mention is not None and mention.kind != ROLE and not (
            mention.kind == PERSON and mention.role is None and descriptors.split_descriptor(mention.name)):
        return mention
    split = descriptors.split_descriptor(written)
    if split is None:
        return mention
    role, name = split
    named = Mention(UNKNOWN, name) if _handle(name) else parse_phrase(name)
    if named is None or named.kind not in (PERSON, ORG, UNKNOWN):
        return mention
    return replace(named, role=named.role or role)


def titled_role(written: str) -> Mention | None:
    """"The Harbour Affairs Minister": a capitalised title after "the" is a role, not a name."""
    words = written.strip(" ,").split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in lexicon.lower("role_nouns") \
            or not all(w[:1].isupper() and w.isalpha() for w in words[1:]) \
            or any(w.casefold() in given_names() for w in words[1:]):
        return None
    found = describe(written)
    return found if found is not None and found.kind == ROLE else None


def description_then_name(written: str) -> Mention | None:
    """"the Emir of Kestrel, HRH Alhaji Ivo Brand": a description, a comma and the name it
    describes is that person, with the description as the role."""
    before, comma, after = written.rstrip(" ,").rpartition(",")
    first = before.split()[:1]
    if not comma or len(after.split()) < 2 or not first or not after.strip()[:1].isupper() \
            or first != ["the"] and first[0].lower() not in lexicon.lower("role_nouns"):
        return None
    described = parse_phrase(before.strip())
    if first != ["the"] and described is not None and described.kind == PERSON and described.name != before.strip():
        return None  # "Captain Mateo Ruiz, Master Of …": the name comes first
    named = with_descriptor(after.strip(), parse_phrase(after.strip()))
    if named is None or named.kind != PERSON or " " not in named.name:
        return None
    role = before.strip()
    return replace(named, role=role[4:] if role.startswith("the ") else role)


def _org_descriptor(written: str, mention: Mention) -> Mention:
    """"funding agency Meridian Group": what the words before the name say the body is, so
    that "the agency" later is Meridian Group."""
    at = written.find(mention.name)
    words = written[:at].split() if at > 0 else []
    while words and words[0].lower() in ("the", "a", "an", "its", "their"):
        words = words[1:]
    if not 0 < len(words) <= 3 or not all(w.isalpha() for w in words) \
            or words[-1].lower() not in lexicon.lower("org_nouns"):
        return mention
    return replace(mention, role=" ".join(words).lower())


_ACCOUNT = re.compile(r"^(?:the|a|an|its|their|his|her)\s+(?P<platform>[\w ]{1,20}?)\s+(?P<noun>account|page|feed|channel|post)$",
                      re.IGNORECASE)


_OWNED = re.compile(r"^(?P<owner>[A-Z][\w.' -]{0,40}?)['’]s?\s+(?P<platform>\w+)(?:\s+(?:account|page|feed|channel|post))?$")


def _platform_account(written: str) -> str:
    """"the Twitter account": the account, which speaks for whoever posts on it, not the platform;
    "Lind's Facebook page": Lind."""
    owned = _OWNED.match(written.strip(" ,;:"))
    if owned is not None and owned.group("platform").lower() in lexicon.lower("social_platforms"):
        return owned.group("owner")
    m = _ACCOUNT.match(written.strip(" ,;:"))
    if m is None or m.group("platform").lower() not in lexicon.lower("social_platforms"):
        return written
    return f"the {m.group('noun').lower()}"


_ADJUNCT = re.compile(r",\s+(?:during|at|in|on|while|after|before|speaking|addressing|when)\s.*$"
                     r"|\s+(?:speaking|talking|writing)\s+(?:to|with|on|in)\s.*$"  # "A source speaking to the Courier"
                     r"|\s+(?:goes|went|go)\s+on$", re.DOTALL)  # "The email goes on (to say)"


def _without_adjunct(written: str) -> str:
    """"Minister Ana Brisk, during a review meeting in Kestrel on Sunday": the speaker without
    the when and where after her; "Some lawmakers on Monday": without the day."""
    cut = _ADJUNCT.sub("", written)
    written = cut if cut and cut != written and len(cut.split()) >= 2 else written
    words = written.split()
    times = lexicon.lower("time_words")
    k = len(words)
    while k > 0 and words[k - 1].lower().strip(".,") in times:
        k -= 1
    if 2 <= k < len(words) and words[k - 1].lower() in _TIME_LEADS \
            and words[k - 2].lower().strip(",") not in lexicon.lower("prepositions") and not words[k - 2].endswith(","):
        return " ".join(words[:k - 1])  # "on Monday", "this week" (not "The video, released in late November")
    return written


_TIME_LEADS = frozenset({"on", "this", "last", "late", "early", "earlier"})


def _not_a_head(head: str) -> bool:
    """Words before ", the …" that no description can stand in apposition to: no name and no
    definite description ("Six months ago", "a trial lawyer", "Chinese people"). A role for someone
    ("A spokesman for Ana Lind, the former mayor") is such a head: the description is of whom it
    speaks for, and the whole phrase is the speaker."""
    if "," in head:
        return False
    mention = parse_phrase(head)
    return mention is None or mention.kind == ROLE and not mention.definite and mention.affiliation is None \
        and head.split()[0].lower() in ("a", "an")


def past_clause(written: str) -> str:
    """"leaving the town on edge, Park": a source read together with the clause before it is the
    name after the comma, when only that part is a name."""
    head, sep, tail = written.rpartition(", ")
    if sep and tail.startswith("the ") and _not_a_head(head):
        # "Six months ago, the independent senator", "as a trial lawyer, the Senate leader": the
        # description after the comma is the speaker; the words before it end the sentence's clause
        described = parse_phrase(tail)
        return tail if described is not None and described.kind in (ROLE, ORG) else written
    if not sep or not tail[:1].isupper() or not head[:1].islower():
        return written
    named = parse_phrase(tail)
    return tail if named is not None and named.kind in (PERSON, ORG, UNKNOWN) and parse_phrase(head) is None else written


def _handle(name: str) -> bool:
    """"@lumo_fan": an account's handle, which names whoever posts under it."""
    return name.startswith("@") and len(name) > 2 and " " not in name


def past_opening_word(written: str, not_a_name: bool, no_name_alone: bool = False) -> str:
    """A source phrase without the word that only opens its sentence, when that word is shaped or
    used like no name: "Asked" alone leaves nothing, "Eventually Ode" leaves Ode. A plural may name
    a group ("Critics"); a word that may begin a name ("Deven Ashby") or a description
    ("Democratic presidential candidate …") stays. With `no_name_alone` (the word is capitalised
    nowhere else in the article and reads as no name there), a lone word leaves nothing."""
    visited = _past_visit(written)
    if visited != written:
        return visited
    first, _, rest = written.strip().partition(" ")
    rest = rest.strip(" ,")
    if not rest and no_name_alone:
        return ""
    if not not_a_name:
        return written
    if not rest:
        return "" if not first.lower().endswith("s") or first.lower().endswith("ss") else written
    return rest if rest[:1].isupper() else written


# endings of plural nouns for people ("donors", "analysts", "critics", "residents", "allies")
_PEOPLE_PLURALS = ("ers", "ors", "ists", "ans", "ents", "ants", "ics", "ates", "ats", "ives", "lies", "ees", "ites")


def thing_plural(word: str) -> bool:
    """A plural shaped like no group of people: "Scenes", "Stories", "Projections" (not "Critics",
    "Mourners", "Democrats")."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", *_PEOPLE_PLURALS))


_PUT_IT = frozenset({"put", "puts"})  # "as Lind put it"


def manner_word(written: str) -> bool:
    """A source that is one lower-case adverb or verb ("Lind, exasperated, famously replied", "as Lind
    put it"): how or that somebody spoke, not who; the subject of the sentence is the speaker."""
    word = written.strip(" ,;:")
    if " " in word or not word.isalpha() or not word.islower() or is_group_noun(word) \
            or word in lexicon.lower("role_nouns") | lexicon.lower("org_nouns"):
        return False  # "family", "ally": who
    if word.endswith("s") and not word.endswith("ss") and word not in _PUT_IT:
        return False  # "reports said", "notes show": a plural noun names the source
    return word.endswith("ly") or word in _PUT_IT or cues.lemma(word) is not None
