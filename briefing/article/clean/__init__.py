"""Turn a pasted page into the story's paragraphs, setting the furniture aside.

`clean()` returns a `Page`: the body paragraphs, and the lines it removed, each
labelled (title, byline, date, caption, ...) so that `meta` can read the
metadata from them without parsing the text again.

It works in three passes:

1. split the text into paragraphs (blank lines, single newlines, or hard-wrapped
   lines joined back together) and unwrap markdown;
2. label each line that is furniture on its own (UI words, captions, copyright,
   bylines, datelines, promos, ...);
3. read the page's shape: the headline and the labels above it, the promo lists
   under "Read more" or "topics", and what trails after the last story sentence.

When unsure, a line stays in the story: a long line with a full sentence is
never dropped by the shape rules. Every regular expression here is linear
(bounded repeats, no nested quantifiers over the same characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.article import dates, outlet_names
from briefing.article.clean import vocab
from briefing.article.clean.bylines import (
    BY,
    SENTENCE_END,
    TERMINAL,
    cut_off,
    is_byline,
    looks_like_name,
    parse_byline,
    split_byline_date,
    split_compiled,
)
from briefing.article.clean.datelines import take_dateline
from briefing.article.clean.glued_head import split_glued_head
from briefing.article.clean.head import take_head
from briefing.article.clean.headline import split_glued_deck
from briefing.article.clean.lines import (
    classify,
    given_name_first,
    given_names,
    is_nav,
    is_section_pair,
    is_sentence,
    without_glued_links,
    without_placeholders,
)
from briefing.article.clean.markdown import (
    ZERO_WIDTH,
    decode_html_residue,
    front_matter,
    to_line,
    unwrap_markdown_inline,
)
from briefing.article.clean.page import Line, Page
from briefing.article.clean.paragraphs import paragraphs
from briefing.article.clean.shape import (
    drop_author_bio,
    drop_captions_repeating_body,
    drop_comment_section,
    drop_repeats,
    join_byline_continuation,
    keep_channel_lines_in_story,
    keep_loose_bylines_in_story,
    mark_captions_over_credits,
    mark_card_lists,
    mark_promo_lists,
    mark_signed_notice,
    split_byline_and_date,
    split_date_and_source,
    split_edition_date,
    split_issue_line,
    take_author_box,
    take_from_line,
    take_tail,
)
from briefing.article.clean.site_lines import is_agency_line

__all__ = [
    "Page", "SENTENCE_END", "TERMINAL", "classify", "clean", "front_matter", "is_byline", "is_nav",
    "is_section_pair", "is_sentence", "looks_like_name", "parse_byline", "split_byline_date",
    "unwrap_markdown_inline",
]


def __getattr__(name: str):
    """The word lists under their old names, loaded on first use (`clean.ROLE_WORDS`)."""
    lists: dict[str, Callable[[], object]] = {
        "OUTLET_WORDS": vocab.outlet_words, "GENERIC_WORDS": vocab.section_words, "ROLE_WORDS": vocab.role_words,
    }
    if name in lists:
        return lists[name]()
    raise AttributeError(name)


_GLUED_COPYRIGHT = re.compile(
    r"(?<=[.!?\"”’])\s+(?=\[?(?:(?:copyright\s?)?(?:©|\(c\))\s?(?:copyright\s?)?(?:19|20)\d\d\b|copyright\s?(?:19|20)\d\d\b))", re.I
)


_GLUED_BY = re.compile(r"^By(?=[A-Z])")
_BY_AFTER_WORD = re.compile(r"^(?P<pre>.{2,40}?[a-z0-9])By\s+[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}$")
# Two or more words in capitals before a headline in sentence case: "UNDER WATER Floods close the coast road".
_KICKER = re.compile(r"^(?P<kicker>[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+){1,3}) (?=[A-Z][a-z]+ (?:\S+ ){3})")
# A wire's sign-off glued to the story's last quote: '… in the capital," she said.-Kestrapress'.
_GLUED_WIRE = re.compile(r"(?<=[.!?\"”’“])\s*(?:-{1,2}|–|—)\s*(?P<name>[A-Z][A-Za-z]{1,24})\s*$"
                         # "… a slump in prices -- HARLOW (Kestrapress)": the place and the wire signing off.
                         r"|\s+(?:-{1,2}|–|—)\s*[A-Z][A-Z.'’-]{2,30}(?: [A-Z][A-Z.'’-]{1,30}){0,2}\s+\((?P<signed>[A-Za-z]{2,24})\)\s*$")
_DESK_LEAD = re.compile(r"^(?P<desk>By [A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4} Desk)\s*:\s+(?=[A-Z\"“‘])")
# A digest item's source in brackets after its last sentence: "… let crops die. (Marrow Ledger)".
_GLUED_SOURCE = re.compile(r"(?<=[.!?\"”’])\s+\((?P<name>[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,4})\)\s*$")
# A wire's credit in brackets glued to the last sentence: "… was not contained. (Reporting by Ada Linde in Kessel
# Editing by Ivo Dane)".
# The name after "by" starts with a capital ("(Reporting by banks has been patchy …)" is the story's own
# sentence in brackets, as is one ending in a full stop), or is the paper's "staff".
_GLUED_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s+(?P<credit>\((?i:additional\s+)?(?i:reporting|writing)\s+by\s+"
    r"(?:[A-Z][^()]{2,200}(?<!\.)|staff)\))\s*$")
# A partner's notice in brackets under the story it made: "[Copyright 2026 Kestrel Public Radio]".
_PARTNER = re.compile(r"^\[\s*(?P<notice>(?:copyright|©)\s*(?:19|20)\d\d\b[^\[\]]{2,80}?)\s*\]$", re.I)


# "by Ada Finch Councillors met on …": a byline run into the lead, a known given name and a surname first.
_NAME_LEAD = re.compile(r"^(?:[Bb]y (?P<given>[A-Z][a-z]+) (?P<surname>[A-Z][a-z'’-]+)"
                        r"|BY (?P<caps_given>[A-Z]+) (?P<caps_surname>[A-Z'’-]{2,}))"  # "BY ADA FINCH In 2016 the …"
                        r" (?=[A-Z\"“‘])")


def _split_lead_byline(line: Line, lines: list[Line]) -> None:
    """A byline glued to the story's first sentence, parted from it: a desk's before a colon ("By Kestrel Today
    Web Desk: The minister …"), or a writer's known given name and surname before a sentence of eight words or more."""
    desk = _DESK_LEAD.match(line.text)
    if desk:
        lines.append(Line(text=desk.group("desk"), label="byline-desk"))
        line.text = line.text[desk.end():]
        return
    named = _NAME_LEAD.match(line.text)
    rest = line.text[named.end():] if named else ""
    given = (named.group("given") or named.group("caps_given") or "") if named else ""
    surname = (named.group("surname") or named.group("caps_surname") or "") if named else ""
    if (named and given.casefold() in given_names() and len(rest.split()) >= 8 and SENTENCE_END.search(rest)
            and not (rest.rstrip().endswith(("...", "…")) and len(rest.split()) <= 30)
            and surname.casefold() not in rest.casefold()):
        # (a teaser cut short, "By Ada Finch The council … …", is another story's card, not this story's lead)
        lines.append(Line(text=f"By {given} {surname}", label="byline"))
        line.text = rest


def _keep_before(line: Line, end: int, lines: list[Line]) -> None:
    """The paragraph's words before a notice glued to it, kept as a line of their own."""
    lines.append(Line(text=line.text[:end].rstrip(), heading=line.heading, bullet=line.bullet))
    lines[-1].label = classify(lines[-1].text)


def _split_glued_notice(line: Line, lines: list[Line]) -> Line:
    """The story's paragraph and a notice glued to its end, apart: the paragraph goes into `lines`,
    the notice comes back (a bracketed copyright labelled 'partner': the station or paper that made the story)."""
    if len(line.text) >= 5000:
        return line
    low = line.text.lower()
    bracketed = line.text.rstrip().endswith(")")  # (the patterns after the copyright's end the line: cheap tests first)
    cut = _GLUED_COPYRIGHT.search(line.text) if "©" in low or "copyright" in low or "(c)" in low else None
    dashed = any(dash in line.text[-160:] for dash in ("-", "–", "—"))
    wire = _GLUED_WIRE.search(line.text) if not cut and dashed else None
    carried = _GLUED_SOURCE.search(line.text) if not cut and bracketed and len(line.text.split()) >= 12 else None
    if carried and outlet_names.canonical(carried.group("name")) and not outlet_names.agency(carried.group("name")):
        # a known outlet, not a wire (a wire's sign-off is read where it credits the wire)
        _keep_before(line, carried.start(), lines)
        return Line(text=carried.group("name"), label="carried")
    signer = (wire.group("name") or wire.group("signed")) if wire else None
    if wire and signer and outlet_names.agency(signer):
        _keep_before(line, wire.start(), lines)
        return Line(text=signer, label="agency")
    credit = _GLUED_CREDIT.search(line.text) if not cut and bracketed else None
    if credit:
        _keep_before(line, credit.start(), lines)
        return Line(text=credit.group("credit"), label="credit")
    if cut:
        # "She is signed to a talent agency. ©2015 Trade Weekly.": the notice glued to the last paragraph.
        _keep_before(line, cut.start(), lines)
        line = Line(text=line.text[cut.end():])
    partner = _PARTNER.match(line.text.strip())
    if partner:
        return Line(text=partner.group("notice"), label="partner")
    return line


_MARKER_NAME = re.compile(r"^\s*(?P<marker>date (?:19|20)\d\d-\d\d-\d\d)\s+(?P<name>\S.{3,40})$")


def _marker_and_name(text: str) -> tuple[str, str] | None:
    """' date 2026-03-09 Ada Finch' → ('date 2026-03-09', 'Ada Finch'): a known given name after the marker."""
    m = _MARKER_NAME.match(text)
    name = m.group("name").strip() if m else ""
    by = BY.match(name)
    bare = name[by.end():] if by else name  # " date 2026-03-09 By Ada Finch"
    # " date 2026-03-09 Ada Finch, Abuja": the writer and where she files from.
    named = given_name_first(re.sub(r",\s*[A-Z][\w'’ -]{1,30}$", "", bare)) or "," in bare and parse_byline(bare)
    return (m.group("marker"), name) if m and named else None


# An aggregator's credit over a partner's story: "Kestrel Post logo Kestrel Post 3/9/2026 Ada Linde, Ivo Dane".
_PROVIDER = re.compile(
    r"^(?P<provider>[A-Z][^|:]{1,60}?) logo (?P=provider)\s+(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})"
    r"(?:\s+(?P<names>[A-Z].{3,160}))?$")


# "KESTREL POST WITH KESTRAPRESS": the site and the wire whose copy it carries; "Kestrapress, March 9, 2026 Font size:".
_SITE_WITH_WIRE = re.compile(r"^(?P<site>[A-Z][A-Z&'’ .-]{2,40}) WITH (?P<wire>[A-Z][A-Z&'’ .-]{1,40})$")
_WIRE_STAMP = re.compile(r"^(?P<wire>[A-Z][\w&.' -]{1,30}),\s+(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2},? (?:19|20)\d\d)\b(?P<rest>.{0,40})$")


def _split_credit_pair(line: Line, lines: list[Line]) -> bool:
    """A credit line that names the site and the wire, or the wire and the day, each under its own label."""
    paired = _SITE_WITH_WIRE.match(line.text.strip())
    if paired and outlet_names.agency(paired.group("wire").title()) and not outlet_names.agency(paired.group("site").title()):
        lines.append(Line(text=paired.group("site").title(), label="site"))
        lines.append(Line(text=paired.group("wire").title(), label="agency"))
        return True
    stamped = _WIRE_STAMP.match(line.text.strip())
    if stamped and outlet_names.agency(stamped.group("wire")) and not re.search(r"[.!?]", stamped.group("rest")):
        lines.append(Line(text=stamped.group("wire"), label="agency"))
        lines.append(Line(text=stamped.group("date"), label="date"))
        return True
    return False


def _split_provider_line(line: Line, lines: list[Line]) -> bool:
    """The partner whose story the aggregator carries, the stamp and the writers, each under its own label."""
    m = _PROVIDER.match(line.text) if len(line.text) <= 260 else None
    if not m:
        return False
    lines.append(Line(text=m.group("provider"), label="provider"))
    lines.append(Line(text=m.group("date"), label="date"))
    if m.group("names"):
        lines.append(Line(text="By " + m.group("names"), label="byline"))
    return True


def _split_stamp_line(line: Line, lines: list[Line]) -> bool:
    """A stamp and a label or a credit on one line, apart, into `lines`; False when the line is no such pair."""
    labelled = dates.split_date_label(line.text)
    dated = labelled or _marker_and_name(line.text)
    if dated:
        lines.append(Line(text=dated[0], label="date"))
        # " date 2026-03-09 Ada Finch": a writer's name after the stamp, where a section's label would stand.
        line.text = dated[1]
        line.label = ("byline" if not labelled and BY.match(dated[1]) else
                      "name-by-stamp" if given_name_first(dated[1].split(",")[0]) or "," in dated[1] and parse_byline(dated[1]) else
                      "agency" if is_agency_line(dated[1]) else "section")  # "Friday, 25 July 2008 - Kestrapress"
        lines.append(line)
        return True
    compiled = split_compiled(line.text)
    if not compiled:
        return False
    # "Monday, March 9, 2026 - 06:12 Updated 2 hours ago Edited by Ada Linde from Multiple Reports"
    parts = re.split(r"\s+(?=(?:last\s+)?updated\b)", compiled[0], flags=re.IGNORECASE) if compiled[0] else []
    lines.extend([*(Line(text=part, label="date") for part in parts), Line(text=compiled[1], label="byline")])
    return True


# A blog's post line: "Posted May 28, 2026 by Kessel News Team in Featured ~ 8,678 views".
_POSTED = re.compile(
    r"^(?P<stamp>(?:posted|published)(?:\s+on)?\s+[^|~•·]{6,40}?)\s+by\s+(?P<who>[A-Z][^~|•·]{1,60}?)"
    r"(?:\s+in\s+[A-Z][\w&'’ -]{1,30}?)?(?:\s*[~|•·]\s*[\d,.]+[kK]?\s+views?)?$", re.IGNORECASE)


def _split_posted_line(line: Line, lines: list[Line]) -> bool:
    """A post line's stamp and its byline, apart (the category and the view count left out)."""
    m = _POSTED.match(line.text.strip()) if len(line.text) <= 160 and not line.text.rstrip().endswith(".") else None
    stamp = m and dates.find(m.group("stamp"))
    if not m or not stamp or not stamp.group("abs") or "," in m.group("who"):
        return False  # "Posted on 3 March 2026 by Harbour Rail, the notice said …": the story's own sentence
    byline = f"By {m.group('who')}"
    if not (parse_byline(byline) or len(m.group("who").split()) == 1 or byline.casefold().endswith(" team")):
        return False  # "… by the Kessel council": no writer, no team, no user name
    lines.extend([Line(text=m.group("stamp"), label="date"), Line(text=byline, label=classify(byline) or "byline")])
    return True


def _split_leading_date(line: Line, lines: list[Line]) -> bool:
    """The stamp opening a line (the paste's ' date 2026-03-09' marker above all) parted from what follows it:
    a section, a kicker over the headline, a headline and its standfirst; True when the line is used up."""
    rest, glued = dates.split_leading_date(line.text)
    short = glued is not None and len(rest.split()) < 4
    if short and (BY.match(rest) or rest.split()[0].casefold() in given_names() or "," in rest and parse_byline(rest)):
        return False  # " date 2026-03-09 Ada Linde": the stamp and the byline, read as one line
    if not glued:
        return False
    lines.append(Line(text=glued, label="date"))
    line.text = rest
    if short and all(w[:1].isupper() or not w[:1].isalpha() for w in rest.split()):
        lines.append(Line(text=rest, label="section"))  # " date 2026-03-09 Harbour Sport": the page's section
        return True
    kicker = _KICKER.match(rest)
    if kicker and len(rest.split()) <= 30 and not rest.rstrip(" \"”’").endswith("."):
        # " date 2026-03-09 UNDER WATER Floods close the coast road": the kicker, then the headline
        lines.append(Line(text=kicker.group("kicker"), label="section"))
        lines.append(Line(text=rest[kicker.end():], label="title"))
        return True
    if classify(rest) == "caption":  # " date 2026-03-09 Riders at the start line … PICTURE BY ADA LINDE"
        lines.append(Line(text=rest, label="caption"))
        return True
    decked = split_glued_deck(rest)
    if decked:  # " date 2026-03-09 Headline Standfirst …" on the paste's first line
        lines.append(Line(text=decked[0]))
        line.text = decked[1]
    return False


# A server's stack trace pasted over the page: an exception's dotted type and message, up to its last ":line N".
_STACK_TRACE = re.compile(r"^(?:[A-Za-z_]\w*\.)+\w*(?:Exception|Error)\b:.{0,600}:line \d+(?:\s+|$)")


def _cut_stack_trace(line: Line, lines: list[Line]) -> bool:
    """The server's error, then the page: 'System.NullReference…: … Default.aspx.cs:line 791 Headline'. The trace
    goes in as a button's line; False when nothing of the line is left."""
    trace = _STACK_TRACE.match(line.text)
    if trace:
        lines.append(Line(text=trace.group(0).strip(), label="ui"))
        line.text = line.text[trace.end():]
    return bool(line.text)


def clean(text: str, fmt: str = "text", html_meta: dict | None = None) -> Page:
    page = Page(body=[], html_meta=dict(html_meta or {}))
    text = ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\u00a0", " ").replace("\t", " ")
    if fmt != "html":
        text = decode_html_residue(text)  # trafilatura decodes a saved page's; a paste may keep "&#39;"
    text, front = front_matter(text)
    for key, value in front.items():
        page.html_meta.setdefault(key, value)
    lines: list[Line] = []
    for raw in paragraphs(text, markdown=fmt == "markdown"):
        line = to_line(without_placeholders(raw), page.furniture)
        if line is None:
            continue
        line.text = dates.unglue_repeat(line.text)
        if not _cut_stack_trace(line, lines):
            continue
        if len(line.text) <= 60:
            line.text = _GLUED_BY.sub("By ", line.text)  # "ByPA Sport", "ByAda Linde": the byline's space lost
            glued_after = _BY_AFTER_WORD.match(line.text)
            if glued_after:  # "kessel bridge photoBy Ada Linde": an image's text, then the byline
                lines.append(Line(text=glued_after.group("pre"), label="ui"))
                line.text = line.text[glued_after.end("pre"):]
        links = without_glued_links(line.text)
        if links == "":
            line.label = "ui"  # "Skip to navigationSkip to contentSkip to footer": a link bar, never the headline
            lines.append(line)
            continue
        line.text = links or line.text
        if _split_leading_date(line, lines):
            continue
        if (_split_stamp_line(line, lines) or _split_provider_line(line, lines) or _split_credit_pair(line, lines)
                or _split_posted_line(line, lines)):
            continue
        split_glued_head(line, lines)
        _split_lead_byline(line, lines)
        line = _split_glued_notice(line, lines)
        if line.label in ("partner", "carried"):
            lines.append(line)
            continue
        line.label = classify(line.text)
        split_byline_and_date(line, lines)
        split_date_and_source(line, lines)
        split_edition_date(line, lines)
        split_issue_line(line, lines)
        if line.label == "date":
            # "Updated: March 10, 2026 | Published: March 9, 2026": two date lines, read in the order meta prefers.
            first, *more = dates.split_stamps(line.text)
            line.text = first
            lines.append(line)
            lines.extend(Line(text=stamp, label="date") for stamp in more)
            continue
        lines.append(line)

    if lines and lines[-1].label == "byline" and cut_off(lines[-1].text):
        lines[-1].label = "cut-off"  # "…, said Ada Linde, Kes": the paste ends mid-line, no byline
    mark_signed_notice(lines)
    mark_promo_lists(lines)
    mark_card_lists(lines)
    take_from_line(lines)
    drop_comment_section(lines)
    keep_channel_lines_in_story(lines)
    keep_loose_bylines_in_story(lines)
    join_byline_continuation(lines)
    mark_captions_over_credits(lines)
    drop_captions_repeating_body(lines)  # a caption printed bare and again with its credit is never the headline
    take_head(page, lines)
    take_tail(page, lines)
    take_author_box(lines)
    drop_author_bio(lines)
    drop_repeats(page, lines)
    drop_captions_repeating_body(lines)
    take_dateline(page, lines)
    for line in lines:
        if line.label:
            page.furniture.append((line.label, line.text))
        else:
            page.body.append(line.text)
    # Furniture in page order, headline first (meta reads the first of each label).
    page.furniture.sort(key=lambda item: 0 if item[0] == "title" else 1)
    return page

