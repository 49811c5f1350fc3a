"""Extractive summaries: sumy's rating machinery plus what news copy needs.

The default method ("news") rates sentences with sumy's LexRank, then adds a
position prior (news puts the point first), the headline's words, and skips
sentences that cannot stand alone or repeat one already chosen. The result is a
ranking of every sentence, so a summary of any length comes from the cache.

sumy, nltk and numpy are imported inside the functions: a warm-cache run never
loads them.
"""

from __future__ import annotations

import functools
import re

from briefing.sentences import Tokenizer, split_sentences, words

METHODS = ("news", "lead", "lexrank", "lsa", "luhn", "textrank", "edmundson", "sumbasic", "kl", "random")
DEFAULT_METHOD = "news"
SHORT_ARTICLE_SENTENCES = 4  # at most this many sentences: the summary is the whole body

_STOP_WORDS: frozenset[str] | None = None

# Sentences that lean on the one before: "But he said…", "It added…", "This means…".
_DANGLING = re.compile(
    r"^(?:[\"“‘']?\s*)(?:but|and|or|so|yet|also|however|meanwhile|still|instead|then|thus|hence|"
    r"moreover|furthermore|nevertheless|nonetheless|otherwise|therefore|besides|that|this|these|those|"
    r"he|she|it|they|him|her|them|his|hers|its|their|theirs|such|there)\b",
    re.IGNORECASE,
)
# Bylines, captions and prompts that survive cleaning in odd pastes.
_NOT_STANDALONE = re.compile(
    r"^(?:by\s+[A-Z]|photo|image|click|read more|watch|listen|subscribe|follow|sign up|related)\b|"
    r"\b(?:click here|sign up|subscribe|newsletter)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@functools.lru_cache(maxsize=1)
def cached_stemmer():
    """NLTK's Snowball stemmer, memoised: news repeats words, sumy stems each every time."""
    from sumy.nlp.stemmers import Stemmer

    stem = Stemmer("english")
    return functools.lru_cache(maxsize=65536)(stem)


def rank(paragraphs: list[str] | tuple[str, ...], title: str | None = None, method: str = DEFAULT_METHOD) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Split the body into sentences and rank them, best first.

    Returns (sentences, ranking); ranking holds sentence indices.
    """
    sentences: list[str] = []
    para_of: list[int] = []
    for p, para in enumerate(paragraphs):
        for s in split_sentences(para):
            sentences.append(s)
            para_of.append(p)
    if not sentences:
        return (), ()
    if method == "lead":
        return tuple(sentences), tuple(range(len(sentences)))
    if method == "news":
        return tuple(sentences), _rank_news(sentences, para_of, title)
    return tuple(sentences), _rank_sumy(sentences, para_of, method)


def _document(sentences: list[str], para_of: list[int]):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tok = Tokenizer()
    paras: list[list] = []
    last = None
    for s, p in zip(sentences, para_of):
        if p != last:
            paras.append([])
            last = p
        paras[-1].append(Sentence(s, tok))
    return ObjectDocumentModel(tuple(Paragraph(ps) for ps in paras))


def _summarizer(method: str):
    from sumy.summarizers.edmundson import EdmundsonSummarizer
    from sumy.summarizers.kl import KLSummarizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.random import RandomSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        "lexrank": LexRankSummarizer, "lsa": LsaSummarizer, "luhn": LuhnSummarizer,
        "textrank": TextRankSummarizer, "edmundson": EdmundsonSummarizer, "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer, "random": RandomSummarizer,
    }
    summarizer = classes[method](cached_stemmer())
    if method == "edmundson":
        summarizer.null_words = _stop_words()
        summarizer.bonus_words = ("said", "announced", "new", "first")
        summarizer.stigma_words = ("reportedly", "perhaps", "maybe")
    else:
        summarizer.stop_words = _stop_words()
    return summarizer


def _rank_sumy(sentences: list[str], para_of: list[int], method: str) -> tuple[int, ...]:
    doc = _document(sentences, para_of)
    chosen = _summarizer(method)(doc, len(sentences))
    order = {str(s): i for i, s in reversed(list(enumerate(sentences)))}
    picked = [order[str(s)] for s in chosen if str(s) in order]
    # sumy returns its picks in document order: rank them as sumy rated them is not exposed,
    # so keep document order among picks and append anything sumy left out.
    rest = [i for i in range(len(sentences)) if i not in set(picked)]
    return tuple(picked + rest)


def lexrank_scores(sentences: list[str], para_of: list[int]) -> list[float]:
    """sumy's LexRank centrality for each sentence (memoised stemmer, our tokenizer)."""
    from sumy.summarizers.lex_rank import LexRankSummarizer

    doc = _document(sentences, para_of)
    lex = LexRankSummarizer(cached_stemmer())
    lex.stop_words = _stop_words()
    words_sets = [lex._to_words_set(s) for s in doc.sentences]
    tf = lex._compute_tf(words_sets)
    idf = lex._compute_idf(words_sets)
    matrix = lex._create_matrix(words_sets, lex.threshold, tf, idf)
    scores = lex.power_method(matrix, lex.epsilon)
    return [float(x) for x in scores]


def _content_words(text: str) -> set[str]:
    stop = _stop_words()
    stem = cached_stemmer()
    return {stem(w.lower()) for w in words(text) if w.lower() not in stop and len(w) > 1}


def standalone(sentence: str) -> bool:
    """Can this sentence be read without the one before it?"""
    n = len(sentence.split())
    if n < 6 or n > 80:
        return False
    if sentence.rstrip().endswith("?"):
        return False  # a question to the reader
    if _DANGLING.match(sentence) or _NOT_STANDALONE.search(sentence):
        return False
    if not _quotes_balanced(sentence):
        return False  # a piece of a longer quote: 'The rules stay in force while anybody talks.”'
    return True


def _quotes_balanced(sentence: str) -> bool:
    opens, closes = sentence.count("“"), sentence.count("”")
    return opens == closes and sentence.count('"') % 2 == 0


def _rank_news(sentences: list[str], para_of: list[int], title: str | None) -> tuple[int, ...]:
    n = len(sentences)
    centrality = lexrank_scores(sentences, para_of)
    top = max(centrality) or 1.0
    head = _content_words(title) if title else set()
    bags = [_content_words(s) for s in sentences]
    scores = []
    for i, s in enumerate(sentences):
        score = 0.35 * centrality[i] / top
        score += 1.0 / (1.0 + 0.6 * i)  # position prior: the lead carries the news
        if head and bags[i]:
            score += 0.3 * len(bags[i] & head) / len(head)
        if not standalone(s):
            score -= 0.8
        scores.append(score)
    order = sorted(range(n), key=lambda i: (-scores[i], i))
    ranking: list[int] = []
    deferred: list[int] = []
    for i in order:
        if any(_overlap(bags[i], bags[j]) > 0.6 for j in ranking):
            deferred.append(i)  # near-duplicate of a chosen sentence: last resort only
        else:
            ranking.append(i)
    return tuple(ranking + deferred)


def _overlap(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
