"""What a saved page's own markup says beside the text trafilatura extracts.

The <h1> and the byline and stamp printed under it (templates put them where the
extraction may drop them), the <title> as written, the footer's copyright, and the
JSON-LD objects: an article's authors and dates, and a site template's 'WebPage'
dates, which are not the story's. Read from the parsed tree before trafilatura
prunes it; every walk is bounded (a hostile page may nest without end).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Tags:
    stamp: str | None = None  # the article's own publication time (meta tags, an article's JSON-LD)
    headline: str | None = None  # the story's <h1>
    header: list[str] = field(default_factory=list)  # the short lines under the <h1>: byline, stamp
    title: str | None = None  # the <title> as written, site suffix and all
    footer: list[str] = field(default_factory=list)  # the footer's copyright lines
    authors: list[str] = field(default_factory=list)  # an article's JSON-LD authors who are people
    template_days: set[str] = field(default_factory=set)  # days a non-article JSON-LD object is dated
    modified_days: set[str] = field(default_factory=set)  # days the page says it was modified


def read(tree) -> Tags:
    headline, header = _headline_block(tree)
    found = _json_ld(tree)
    return Tags(
        stamp=_published_time(tree, found),
        headline=headline,
        header=header,
        title=clean_text(next(iter(tree.xpath("//head/title/text()")[:1]), None)),
        footer=_footer_lines(tree),
        authors=_ld_authors(found),
        template_days=_template_days(found),
        modified_days=_modified_days(tree, found),
    )


def clean_text(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None


# --- the headline and what is printed under it ------------------------------------------

_BLOCKS = {"div", "p", "span", "time", "address", "section", "ul", "li", "a", "header", "h2", "h3"}
_SKIP = {"script", "style", "figure", "aside", "nav", "noscript", "button", "form", "iframe", "svg"}
# "<span class='author'>Ada Linde</span>": a template's name for the writer's element.
_AUTHOR_CLASS = re.compile(r"\b(?:author|byline|writer|contributor)", re.IGNORECASE)


def _headline_block(tree) -> tuple[str | None, list[str]]:
    """(the story's <h1>, the short lines printed between it and the story: the byline, the stamp)."""
    h1s = tree.xpath("//article//h1 | //main//h1")[:1] or tree.xpath("//h1")[:3]
    if len(h1s) != 1:
        return None, []
    h1 = h1s[0]
    lines: list[str] = []
    node = h1
    for _level in range(3):  # "<header><h1/></header><div class=byline>": the header's own siblings
        for _n, sibling in zip(range(30), node.itersiblings()):
            if len(lines) >= 8 or _story_paragraph(sibling):
                return clean_text(h1.text_content()), lines
            lines.extend(_short_lines(sibling))
        if lines or node.getparent() is None:
            break
        node = node.getparent()
    return clean_text(h1.text_content()), lines


def _story_paragraph(node) -> bool:
    """The story's first paragraph, or the block that holds its paragraphs (a standfirst is shorter)."""
    if node.tag == "p":
        return len((node.text_content() or "").split()) >= 25
    return isinstance(node.tag, str) and sum(1 for _p, _n in zip(node.iterfind(".//p"), range(2))) >= 2


def _short_lines(node) -> list[str]:
    """A header element's text: one line, or one per child when the children hold all the text
    ('<div><span>By A</span><span>Published 9 March 2026</span></div>'). A name in an element the
    template calls the author's is given its 'By'."""
    if not isinstance(node.tag, str) or node.tag not in _BLOCKS:
        return []
    children = [c for c in node if isinstance(c.tag, str) and c.tag not in _SKIP][:8]
    loose = (node.text or "").strip() or any((c.tail or "").strip() for c in children)
    out = []
    for part in [node] if loose or not children else children:
        text = clean_text(part.text_content())
        if not text or len(text.split()) > 15:
            continue
        authorish = _AUTHOR_CLASS.search(f"{part.get('class', '')} {part.get('rel', '')} {part.get('itemprop', '')}")
        out.append(f"By {text}" if authorish and not re.match(r"(?i)by\b", text) else text)
    return out


def _footer_lines(tree) -> list[str]:
    """The copyright line of the page's footer: '© 2026 The Marrow Courier'."""
    out = []
    for node in tree.xpath("//footer")[:3]:
        for text in node.itertext():
            text = clean_text(text)
            if text and len(text) <= 200 and re.match(r"(?i)(?:copyright\b|©|\(c\)\s*(?:19|20)\d\d)", text):
                out.append(text)
    return out[:3]


# --- JSON-LD and meta tags ----------------------------------------------------------------

_ARTICLE_TYPES = re.compile(r"article|posting|report", re.IGNORECASE)


def _json_ld(tree) -> list:
    out = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()')[:10]:
        if len(script) > 200_000:
            continue
        try:
            out.append(json.loads(script))
        except ValueError:
            continue
    return out


def _items(data) -> list[dict]:
    """The objects of one JSON-LD block: the object, a list of them, or its '@graph'."""
    if isinstance(data, list):
        return [d for d in data[:50] if isinstance(d, dict)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [d for d in graph[:50] if isinstance(d, dict)] if isinstance(graph, list) else [data]
    return []


def not_article(item: dict) -> bool:
    """A JSON-LD object typed as something other than an article: a 'WebPage', a 'WebSite', an 'Organization'."""
    kind = item.get("@type")
    kind = " ".join(map(str, kind)) if isinstance(kind, list) else str(kind or "")
    return bool(kind) and not _ARTICLE_TYPES.search(kind)


def _template_days(found: list) -> set[str]:
    """Days a JSON-LD object that is not an article gives as its datePublished (a site template's 'WebPage')."""
    return {item["datePublished"].strip()[:10] for data in found for item in _items(data)
            if not_article(item) and isinstance(item.get("datePublished"), str)}


def _modified_days(tree, found: list) -> set[str]:
    """Days the page says it was modified, when it says nothing of when it was published."""
    published = [v for data in found for item in _items(data) if isinstance(v := item.get("datePublished"), str)]
    if published or tree.xpath('//meta[@property="article:published_time"]')[:1]:
        return set()
    days = {str(v).strip()[:10] for v in tree.xpath('//meta[@property="article:modified_time"]/@content')[:3]}
    return days | {v.strip()[:10] for data in found for item in _items(data) if isinstance(v := item.get("dateModified"), str)}


def _ld_authors(found: list) -> list[str]:
    """The people an article's JSON-LD names as its authors (an organisation is not a byline)."""
    names: list[str] = []
    for data in found:
        for item in _items(data):
            if not_article(item):
                continue
            authors = item.get("author")
            for person in authors[:8] if isinstance(authors, list) else [authors]:
                if isinstance(person, dict) and str(person.get("@type", "Person")) == "Person":
                    name = clean_text(str(person.get("name") or ""))
                    if name and name not in names:
                        names.append(name)
    return names


# Where pages state the publication time in full (htmldate, inside trafilatura, keeps only the day).
_STAMP_XPATHS = (
    '//meta[@property="article:published_time" or @name="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="dc.date.issued" or @name="DC.date.issued"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
)
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def _published_time(tree, found: list) -> str | None:
    """The ISO publication timestamp from the page's metadata or an article's JSON-LD, if it gives one."""
    for xpath in _STAMP_XPATHS:
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if _ISO_STAMP.match(value):
                return value
    for data in found:
        value = _find_key(data, "datePublished", depth=0, skip=not_article)
        if isinstance(value, str) and _ISO_STAMP.match(value.strip()):
            return value.strip()
    return None


def _find_key(data, key: str, depth: int, skip=lambda _item: False):
    """The first value of `key`, depth first, in objects that `skip` does not set aside."""
    if depth > 6:
        return None
    if isinstance(data, dict):
        if key in data and not skip(data):
            return data[key]
        items: Iterable = data.values()
    elif isinstance(data, list):
        items = data[:50]
    else:
        return None
    for item in items:
        found = _find_key(item, key, depth + 1, skip)
        if found is not None:
            return found
    return None
