"""Saved HTML pages: main text and metadata through trafilatura.

trafilatura (imported only here, only when an HTML file is analysed) finds the
article body far better than a hand-written readability port; what it returns is
then cleaned by the same rules as pasted text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from briefing.errors import ArticleRejected

# Pages larger than this are refused before parsing: a hostile page can nest or
# repeat elements without end, and the tree would not fit in memory.
MAX_HTML_CHARS = 5_000_000
_ENTITY_DECL = re.compile(r"<!ENTITY", re.IGNORECASE)


class HtmlError(ArticleRejected):
    pass


def extract(html: str) -> tuple[str, dict[str, str | None]]:
    """Return (text with one paragraph a line, {title, author, sitename, date, url})."""
    if len(html) > MAX_HTML_CHARS:
        raise HtmlError(f"HTML page too large to parse safely ({len(html):,} characters)")
    if _ENTITY_DECL.search(html[:100_000]):
        # An entity declaration in a web page is only ever an expansion bomb.
        raise HtmlError("HTML page declares XML entities; refused")
    import trafilatura

    try:
        tree = trafilatura.load_html(html)
    except (ValueError, RecursionError, MemoryError) as exc:
        raise HtmlError(f"cannot parse HTML: {exc.__class__.__name__}") from exc
    if tree is None:
        raise HtmlError("cannot parse HTML")
    stamp = _published_time(tree)  # read before trafilatura prunes the tree
    headline, header = _headline_block(tree)
    template_days = _template_days(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True},
        )
    except (ValueError, RecursionError, MemoryError) as exc:
        raise HtmlError(f"cannot parse HTML: {exc.__class__.__name__}") from exc
    text = _field(doc, "text") or ""
    if not text.strip():
        raise HtmlError("no article text found in the HTML page")
    day = _clean(_field(doc, "date"))
    if day and not stamp and day[:10] in template_days:
        day = None  # a site template's "WebPage" dated 2019 on a story printed "Published 9 March 2026"
    meta = {
        "title": _title(_clean(_field(doc, "title")), headline),
        "author": _clean(_field(doc, "author")),
        "sitename": _clean(_field(doc, "sitename")),
        "date": _with_time(day, stamp),
        "url": _clean(_field(doc, "url")),
    }
    # trafilatura repeats the headline as the first line of the text.
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if meta["title"] and lines and lines[0] == meta["title"]:
        lines = lines[1:]
    return "\n\n".join(_with_header(lines, header)), meta


# The byline and the stamp under a headline, as a page's template writes them and trafilatura may drop.
_BLOCKS = {"div", "p", "span", "time", "address", "section", "ul", "li", "a"}
_SKIP = {"script", "style", "figure", "aside", "nav", "noscript", "button", "form", "iframe", "svg"}


def _headline_block(tree) -> tuple[str | None, list[str]]:
    """(the story's <h1>, the short lines printed between it and the story: the byline, the stamp)."""
    h1s = tree.xpath("//article//h1 | //main//h1")[:1] or tree.xpath("//h1")[:3]
    if len(h1s) != 1:
        return None, []
    h1 = h1s[0]
    headline = _clean(h1.text_content())
    lines: list[str] = []
    node = h1
    for _level in range(3):  # "<header><h1/></header><div class=byline>": the header's own siblings
        for _n, sibling in zip(range(30), node.itersiblings()):
            if len(lines) >= 8 or _story_paragraph(sibling):
                return headline, lines
            lines.extend(_short_lines(sibling))
        if lines or node.getparent() is None:
            break
        node = node.getparent()
    return headline, lines


def _story_paragraph(node) -> bool:
    """The story's first paragraph, or the block that holds its paragraphs (a standfirst is shorter)."""
    if node.tag == "p":
        return len((node.text_content() or "").split()) >= 25
    return isinstance(node.tag, str) and sum(1 for _p, _n in zip(node.iterfind(".//p"), range(2))) >= 2


def _short_lines(node) -> list[str]:
    """A header element's text: one line, or one per child when the children hold all the text
    ('<div><span>By A</span><span>Published 9 March 2026</span></div>')."""
    if not isinstance(node.tag, str) or node.tag in _SKIP or node.tag not in _BLOCKS | {"header", "h2", "h3"}:
        return []
    children = [c for c in node if isinstance(c.tag, str) and c.tag not in _SKIP][:8]
    loose = (node.text or "").strip() or any((c.tail or "").strip() for c in children)
    parts = [node] if loose or not children else children
    out = []
    for part in parts:
        text = _clean(part.text_content()) if isinstance(part.tag, str) and part.tag not in _SKIP else None
        if text and len(text.split()) <= 15:
            out.append(text)
    return out


def _with_header(lines: list[str], header: list[str]) -> list[str]:
    """The text with the byline and stamp lines the extraction left out, put back under the headline."""
    from briefing.article.clean import classify, looks_like_name

    have = {ln.casefold() for ln in lines}
    kinds = {ln: classify(ln) for ln in header}
    dated = "date" in kinds.values()  # a lone name only beside a stamp: "Kessel Rovers" alone may be a tag
    missing = [ln for ln in header if ln.casefold() not in have
               and (kinds[ln] in ("byline", "date") or dated and looks_like_name(ln))]
    return missing + lines


def _title(meta_title: str | None, headline: str | None) -> str | None:
    """The metadata's title, unless it shares under half its words with the page's own <h1>: an
    og:title that is a subscription offer or the site's slogan is not the story's headline."""
    if not headline or len(headline.split()) < 4 or not meta_title:
        return meta_title or headline
    ours, theirs = _words(meta_title), _words(headline)
    return meta_title if ours and len(ours & theirs) * 2 >= len(ours) else headline


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{4,}", text.casefold()))


_ARTICLE_TYPES = re.compile(r"article|posting|report", re.IGNORECASE)


def _not_article(item: dict) -> bool:
    """A JSON-LD object typed as something other than an article: a 'WebPage', a 'WebSite', an 'Organization'."""
    kind = item.get("@type")
    kind = " ".join(map(str, kind)) if isinstance(kind, list) else str(kind or "")
    return bool(kind) and not _ARTICLE_TYPES.search(kind)


def _template_days(tree) -> set[str]:
    """Days a JSON-LD object that is not an article gives as its datePublished (a site template's 'WebPage')."""
    days = set()
    for data in _json_ld(tree):
        for item in data[:50] if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            value = item.get("datePublished") if isinstance(item, dict) and _not_article(item) else None
            if isinstance(value, str):
                days.add(value.strip()[:10])
    return days


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


# Where pages state the publication time in full (htmldate, inside trafilatura, keeps only the day).
_STAMP_XPATHS = (
    '//meta[@property="article:published_time" or @name="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="dc.date.issued" or @name="DC.date.issued"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
)
_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def _published_time(tree) -> str | None:
    """The ISO publication timestamp from the page's metadata or JSON-LD, if it gives one."""
    for xpath in _STAMP_XPATHS:
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if _ISO_STAMP.match(value):
                return value
    for data in _json_ld(tree):
        value = _find_key(data, "datePublished", depth=0, skip=_not_article)
        if isinstance(value, str) and _ISO_STAMP.match(value.strip()):
            return value.strip()
    return None


def _field(doc, name: str) -> str | None:
    """A field of trafilatura's result: a Document, or a dict from trafilatura before 2.0."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value if isinstance(value, str) else None


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


def _with_time(day: str | None, stamp: str | None) -> str | None:
    """trafilatura's date, with the time and offset of the page's own timestamp for that day."""
    if stamp and (day is None or stamp[:10] == day[:10]):
        return stamp
    return day


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None
