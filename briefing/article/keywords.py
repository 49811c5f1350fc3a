"""Key terms of one article: what groups articles that tell the same story."""

from __future__ import annotations

from collections import Counter

from briefing import lazy, lexicon

_WORD = lazy.pattern(r"[A-Za-z][A-Za-z\-']{3,}")


def keywords(title: str | None, paragraphs: list[str] | tuple[str, ...], count: int = 12) -> tuple[str, ...]:
    """Salient words (title words count double), those used more than once, most frequent first."""
    stop = lexicon.words("keyword_stopwords")
    counts: Counter[str] = Counter()
    for i, text in enumerate([title or ""] + list(paragraphs)):
        weight = 2 if i == 0 else 1
        for word in _WORD.findall(text):
            low = word.lower()
            if low not in stop:
                counts[low] += weight
    return tuple(w for w, n in counts.most_common(count) if n > 1)
