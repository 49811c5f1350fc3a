"""One article's analysis: clean → metadata → summary ranking + statements + key terms.

A pure function of the article's content (and the method), so its result can be
cached under (content hash, analyzer version) and computed in worker processes.
"""

from __future__ import annotations

import re
from itertools import islice

from briefing.article import attribution, clean, meta, summarize
from briefing.article.keywords import keywords
from briefing.errors import ArticleRejected
from briefing.model import Analysis, Article, RawArticle


def analyze(raw: RawArticle, method: str = summarize.DEFAULT_METHOD) -> Analysis:
    text = raw.text
    html_meta: dict[str, str | None] = {}
    if raw.fmt == "html":
        from briefing.article import html

        text, html_meta = html.extract(raw.text)
    problem = not_prose(text)
    if problem:
        raise ArticleRejected(problem)
    page = clean.clean(text, raw.fmt, html_meta)
    if not page.body:
        raise ArticleRejected("no story text found after removing page furniture")
    info = meta.extract(page)
    article = Article(
        path=raw.path,
        title=info.title,
        source=info.source,
        authors=info.authors,
        published=info.published,
        published_text=info.published_text,
        published_ago=info.published_ago,
        paragraphs=tuple(page.body),
        url=info.url,
        credit=info.credit,
    )
    sentences, ranking = summarize.rank(page.body, info.title, method)
    statements = tuple(attribution.extract(page.body))
    return Analysis(
        article=article,
        sentences=sentences,
        ranking=ranking,
        statements=statements,
        keywords=keywords(info.title, page.body),
        short=len(sentences) <= summarize.SHORT_ARTICLE_SENTENCES,
    )


# A paragraph this long with no sentence end is a dump, not prose (a log line, a
# minified script, a binary-ish export): refusing it beats a meaningless summary.
MAX_UNBROKEN = 20_000


def not_prose(text: str) -> str | None:
    """Why `text` cannot be read as an article, or None."""
    if len(list(islice(re.finditer(r"[^\W\d_]{2,}", text[:200_000]), 5))) < 5:  # five words, not all of them
        return "no words to read (fewer than five)"
    start = 0
    for match in re.finditer(r"\n\s*\n|[.!?…]", text):
        if match.start() - start > MAX_UNBROKEN:
            return f"not prose: {match.start() - start:,} characters without a sentence end or paragraph break"
        start = match.end()
    if len(text) - start > MAX_UNBROKEN:
        return f"not prose: {len(text) - start:,} characters without a sentence end or paragraph break"
    return None
