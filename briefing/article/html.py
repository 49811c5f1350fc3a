"""Saved HTML pages: main text and metadata through trafilatura.

trafilatura (imported only here, only when an HTML file is analysed) finds the
article body far better than a hand-written readability port; what it returns is
then cleaned by the same rules as pasted text.
"""

from __future__ import annotations

import re

from briefing.article.html_tags import clean_text as _clean
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
    from briefing.article import html_tags

    tags = html_tags.read(tree)  # before trafilatura prunes the tree
    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            favor_precision=True,
            # No guessing a day from the page's words ("© 2026" is not 1 January): the cleaning reads printed stamps.
            date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True, "extensive_search": False},
        )
    except (ValueError, RecursionError, MemoryError) as exc:
        raise HtmlError(f"cannot parse HTML: {exc.__class__.__name__}") from exc
    text = _field(doc, "text") or ""
    if not text.strip():
        raise HtmlError("no article text found in the HTML page")
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    header = _missing_header(lines, tags.header)
    found_title, sitename = _clean(_field(doc, "title")), _clean(_field(doc, "sitename"))
    meta = {
        "title": _title(_raw_title(found_title, tags.title, sitename, tags.headline), tags.headline),
        "author": _clean(_field(doc, "author")) or "; ".join(tags.authors) or None,
        "sitename": sitename,
        "date": _date(_clean(_field(doc, "date")), tags, header),
        "url": _clean(_field(doc, "url")),
    }
    # trafilatura repeats the headline as the first line of the text.
    if lines and lines[0] in (meta["title"], found_title, tags.headline):
        lines = lines[1:]
    have = {ln.casefold() for ln in lines}
    footer = [ln for ln in tags.footer if ln.casefold() not in have]
    return "\n\n".join(header + lines + footer), meta


def _date(day: str | None, tags, header: list[str]) -> str | None:
    """trafilatura's day, unless it is a site template's or only the day the page was modified while the page
    prints its own stamp; with the time and offset of the page's own timestamp for that day."""
    from briefing.article.clean import classify

    if day and day[:10] in tags.template_days and (not tags.stamp or tags.stamp[:10] != day[:10]):
        day = None  # a template's "WebPage" dated 2019 on a story printed "Published 9 March 2026"
    if day and not tags.stamp and day[:10] in tags.modified_days and any(classify(ln) == "date" for ln in header + tags.header):
        day = None  # "dateModified" only, over a printed "Published 9 March 2026"
    return _with_time(day, tags.stamp)


def _missing_header(lines: list[str], header: list[str]) -> list[str]:
    """The byline and stamp lines the extraction left out, to put back under the headline."""
    from briefing.article.clean import classify, looks_like_name

    have = {ln.casefold() for ln in lines}
    kinds = {ln: classify(ln) for ln in header}
    dated = "date" in kinds.values()  # a lone name only beside a stamp: "Kessel Rovers" alone may be a tag
    return [ln for ln in header if ln.casefold() not in have
            and (kinds[ln] in ("byline", "date") or dated and looks_like_name(ln))]


def _raw_title(title: str | None, raw: str | None, sitename: str | None, h1: str | None) -> str | None:
    """The <title> as written when trafilatura's title is one side of it: 'Headline | Site' keeps the site's
    name for the outlet where no tag gives it, and a logo's short <h1> ('Marrow Courier') taken for the title
    gives the headline back."""
    if not title or not raw or title == raw or len(raw) > 300:
        return title
    logo = title == h1 and len(title.split()) < 4 and raw.endswith(title)
    if logo or raw.startswith(title) and not sitename:
        return raw
    return title


def _title(meta_title: str | None, headline: str | None) -> str | None:
    """The metadata's title, unless it shares under half its words with the page's own <h1>: an
    og:title that is a subscription offer or the site's slogan is not the story's headline."""
    if not headline or len(headline.split()) < 4 or not meta_title:
        return meta_title or headline
    ours, theirs = _words(meta_title), _words(headline)
    return meta_title if ours and len(ours & theirs) * 2 >= len(ours) else headline


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{4,}", text.casefold()))


def _field(doc, name: str) -> str | None:
    """A field of trafilatura's result: a Document, or a dict from trafilatura before 2.0."""
    value = doc.get(name) if isinstance(doc, dict) else getattr(doc, name, None)
    return value if isinstance(value, str) else None


def _with_time(day: str | None, stamp: str | None) -> str | None:
    """trafilatura's date, with the time and offset of the page's own timestamp for that day."""
    if stamp and (day is None or stamp[:10] == day[:10]):
        return stamp
    return day
