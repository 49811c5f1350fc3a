"""Title, outlet, authors and publication date, read from the furniture `clean` set aside.

Each field is taken from what the page says, or left empty: a wrong outlet or
date is worse than none, since the reader cannot tell it was guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.article.clean import Page
from briefing.article.meta import authors, outlet, published, title
from briefing.article.meta.outlet import outlet_from_copyright

__all__ = ["Meta", "extract", "outlet_from_copyright"]


@dataclass(frozen=True)
class Meta:
    title: str | None
    source: str | None
    authors: tuple[str, ...]
    published: str | None
    published_text: str | None
    published_ago: float | None
    url: str | None
    credit: str | None = None  # the wire agency the story is credited to ("Reuters" on another site)


def extract(page: Page) -> Meta:
    html = page.html_meta
    headline, suffix_outlet = title.headline(page)
    date, ago, text = published.published(page)
    source, credit = outlet.outlet_and_credit(page, suffix_outlet)
    return Meta(
        # "Quarry extension approved – Hereabouts" on a page signed "© 2026 Hereabouts": the suffix is the site.
        title=title.without_site(headline, source),
        source=source,
        authors=authors.authors(page),
        published=date,
        published_text=text,
        published_ago=ago,
        url=html.get("url"),
        credit=credit,
    )
