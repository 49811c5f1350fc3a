"""A name that ends in a company's legal form ("Kessel Dredging Co.", "Marrow Salt Inc.") is the company's
whole name: a first word that could be a title ("General", "Marshal") belongs to it, and it is no person."""

from __future__ import annotations

from briefing import lexicon
from briefing.article.attribution.phrases import ORG, Mention


def as_company(named: str, mention: Mention | None) -> Mention | None:
    """The company `named` stands for, when its last word is a legal form; else the mention as parsed."""
    words = named.split()
    if mention is None or mention.kind == ORG or len(words) < 2 \
            or words[-1].strip(",").casefold() not in lexicon.lower("company_suffixes"):
        return mention
    return Mention(ORG, named.strip().rstrip(".,"))
