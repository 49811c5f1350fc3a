"""The headline as the page gives it, tidied: site and section suffixes cut, glued badges removed."""

from __future__ import annotations

import re

from briefing import lexicon
from briefing.article import outlet_names
from briefing.article.clean import Page, unwrap_markdown_inline, vocab
from briefing.article.clean.page import line_key
from briefing.article.clean.page_title import page_title_site, split_suffix


def without_site(title: str | None, site: str | None) -> str | None:
    """'Headline | The Harbour Times' → 'Headline' (a page <title> often carries the site's name)."""
    if not title or not site:
        return title
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        if title.endswith(sep + site) and len(title) > len(sep + site):
            return title[: -len(sep + site)].strip()
    return title


def first(page: Page, label: str) -> str | None:
    lines = page.lines(label)
    return lines[0] if lines else None


def tidy(text: str) -> str:
    return re.sub(r"\s+", " ", unwrap_markdown_inline(text)).strip()


def without_badge(title: str, page: Page) -> str:
    """'... after the defeatnew' → '... after the defeat' when the story says 'defeat' and never 'defeatnew'."""
    m = re.search(r"(?<=[a-z])([a-z]+)$", title)
    if not m:
        return title
    word = title[title.rfind(" ") + 1:]
    story = " ".join(page.body).casefold()
    for badge in lexicon.lower("badge_words"):
        stem = word[: -len(badge)]
        if word.endswith(badge) and len(stem) >= 3 and stem.isalpha():
            if re.search(rf"\b{re.escape(stem.casefold())}\b", story) and not re.search(
                    rf"\b{re.escape(word.casefold())}\b", story):
                return title[: -len(badge)]
    return title


# The site's name glued to the headline by the paste: "Tasman LedgerKoruhau council votes to ...".
_GLUED_SITE = re.compile(r"^(?P<site>(?:The\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][a-z]+)(?=[A-Z][a-z])(?P<head>\S+(?:\s+\S+){3,})$")


def without_glued_site(text: str) -> tuple[str, str | None]:
    """'Tasman LedgerKoruhau council votes …' → ('Koruhau council votes …', 'Tasman Ledger'): the site's last
    word an outlet word, or the whole a known outlet ('McDonald' or 'NewsCorp' alone is no site)."""
    m = _GLUED_SITE.match(text)
    if not m:
        return text, None
    site = m.group("site")
    last = site.split()[-1].lower()
    if len(site.split()) >= 2 and last in vocab.outlet_words() or outlet_names.canonical(site):
        return m.group("head"), site
    return text, None


def without_tool_prefix(title: str) -> str:
    """'Speech to Text for Pier reopens after storm' → 'Pier reopens after storm': a video page's transcript
    box is headed with the headline it transcribes."""
    for prefix in lexicon.lower("headline_tool_prefixes"):
        if title.casefold().startswith(prefix + " ") and len(title) > len(prefix) + 1:
            return title[len(prefix) + 1:].strip()
    return title


def without_glued_section(title: str, page: Page) -> str:
    """'World Pier reopens after the storm' → 'Pier reopens after the storm' when the page prints the headline
    alone on another line: the paste glued the section's label to it ('World Cup final set' printed nowhere
    without its first word keeps it)."""
    first, _, rest = title.partition(" ")
    if first.casefold() not in vocab.section_words() or len(rest.split()) < 3:
        return title
    key = line_key(rest)
    if any(line_key(line) == key for _, line in page.furniture) or any(line_key(p) == key for p in page.body):
        return rest
    return title


def headline(page: Page) -> tuple[str | None, str | None]:
    """(the headline, an outlet its suffix named)."""
    html = page.html_meta
    text = without_site(html.get("title"), html.get("sitename")) or first(page, "title")
    if not text:
        return None, None
    # "Headline https://…": a share sheet's copy puts the address after the headline.
    text = re.sub(r"\s+<?(?:https?://|www\.)\S+$", "", tidy(text)) or text
    text = re.sub(r"\s+[–—-]$", "", text)  # "HEADLINE –": a digest's dash before the item it introduces
    text = re.sub(r"^[.,;:·•]+\s+(?=\w)", "", text)  # ". Headline « Site": a stray stop left before the page's title
    doubled = re.fullmatch(r"(?P<once>\S.{10,}?)\s+(?P=once)", text)
    text = doubled.group("once") if doubled else text  # "Pier reopens after storm Pier reopens after storm": link and heading
    text, named = split_suffix(without_tool_prefix(text))
    text, glued = without_glued_site(text)
    wire = re.search(r"\s+\((?P<wire>[^()]{2,40})\)$", text)
    if wire and outlet_names.agency(wire.group("wire")) and len(text[: wire.start()].split()) >= 3:
        text = text[: wire.start()]  # "Headline (The Kestrel Press)": the wire's credit after the headline
    # "Headline – Harbour Metro" over the headline alone: the page's <title> names the site.
    titled = next(filter(None, (page_title_site(line, text) for line in page.lines("page-title"))), None)
    return without_badge(without_glued_section(text, page), page), named or glued or titled
