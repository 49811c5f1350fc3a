"""Extractive summaries: sumy's rating machinery plus what news copy needs.

`rank(paragraphs, title, method)` splits the cleaned body into sentences and
returns every sentence index, best first, so a summary of any length comes from
the cache: the first N of the ranking, shown in article order.

The default method ("news") rates sentences on sumy's LexRank graph (its
stemmed words, tf-idf and idf-modified cosine, computed by numpy) read the way
news needs: a position prior, similarity to the sentences that follow and to
the rest of the article, the headline's words, concision, and less weight on
quotation. It then ranks under standalone rules: no fragment, question,
caption or byline while other sentences remain, a sentence that leans on the
one before ("But he said…") only right after it, and no near-repeat. On CNN
stories with their journalists' highlights this beats the first three
sentences (LEAD-3), which every plain sumy method falls short of; see
bench/summaries.py. The other sumy summarizers and LEAD remain available.

sumy, nltk and numpy are imported inside functions: a warm-cache run never
loads them.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections import Counter

from briefing import lazy, lexicon
from briefing.article.sentences import Tokenizer, split_sentences, words

# Our similarity matrices are at most a few hundred rows: BLAS threads only spin, and with
# --jobs they oversubscribe the cores (a single process used 18.6 s of CPU in 13.7 s).
# Set before numpy is first imported; a user's own setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


METHODS = ("news", "lead", "lexrank", "lsa", "luhn", "textrank", "edmundson", "sumbasic", "kl", "random")
DEFAULT_METHOD = "news"
SHORT_ARTICLE_SENTENCES = 4  # at most this many sentences: the summary is the whole body

# Only the first MAX_GRAPH_SENTENCES sentences enter LexRank's similarity matrix,
# which is quadratic in its size; later sentences are rated by position alone.
# News states its point early, and a 100k-word document (about 5,000 sentences)
# would otherwise cost 25 million similarities: with the cap, cost grows
# linearly with length.
MAX_GRAPH_SENTENCES = 300

_STEMS: dict[str, str] = {}
_STEM_MEMO_LIMIT = 200_000


def clear_memo() -> None:
    """Forget memoised stems (benchmarks use it to time a cold start)."""
    _STEMS.clear()


@functools.lru_cache(maxsize=1)
def _snowball():
    from sumy.nlp.stemmers import Stemmer

    return Stemmer("english")


def stem(word: str) -> str:
    """NLTK's Snowball stem of a lower-case word, memoised.

    sumy stems every occurrence of a word again; news repeats its names and
    key words, and Snowball costs tens of microseconds a call.
    """
    try:
        return _STEMS[word]
    except KeyError:
        pass
    if len(_STEMS) >= _STEM_MEMO_LIMIT:
        _STEMS.clear()
    value = _STEMS[word] = _snowball()(word)
    return value


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


def rank(
    paragraphs: list[str] | tuple[str, ...], title: str | None = None, method: str = DEFAULT_METHOD
) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Split the body into sentences and rank them, best first.

    Returns (sentences, ranking); ranking holds every sentence index once.
    """
    if method not in METHODS:
        raise ValueError(f"unknown summary method {method!r}")
    sentences: list[str] = []
    para_of: list[int] = []
    for p, para in enumerate(paragraphs):
        for s in split_sentences(para):
            sentences.append(s)
            para_of.append(p)
    if not sentences:
        return (), ()
    if method == "lead" or len(sentences) == 1:
        return tuple(sentences), tuple(range(len(sentences)))
    if method == "news":
        return tuple(sentences), _rank_news(sentences, para_of, title)
    return tuple(sentences), _rank_sumy(sentences, para_of, method)


# --------------------------------------------------------------------------- sumy


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
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.luhn import LuhnSummarizer
    from sumy.summarizers.random import RandomSummarizer
    from sumy.summarizers.sum_basic import SumBasicSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    classes = {
        # sumy's LexRank with its matrix computed by numpy: the same ratings.
        "lexrank": _fast_lexrank_class(), "lsa": LsaSummarizer, "luhn": LuhnSummarizer,
        "textrank": TextRankSummarizer, "edmundson": EdmundsonSummarizer, "sumbasic": SumBasicSummarizer,
        "kl": KLSummarizer, "random": RandomSummarizer,
    }
    summarizer = classes[method](stem)
    if method == "edmundson":
        summarizer.null_words = _stop_words()
        summarizer.bonus_words = ("said", "announced", "new", "first")
        summarizer.stigma_words = ("reportedly", "perhaps", "maybe")
    else:
        summarizer.stop_words = _stop_words()
    return summarizer


def _rank_sumy(sentences: list[str], para_of: list[int], method: str) -> tuple[int, ...]:
    """Every sentence in the order a sumy summarizer rates them.

    sumy sorts its ratings best first and then asks the `count` it was given how
    many to keep; a callable count sees that whole sorted list, so we keep it.
    """
    order: list[int] = []

    def keep_all(infos):
        infos = list(infos)
        order.extend(info.order for info in infos)
        return infos

    _summarizer(method)(_document(sentences, para_of), keep_all)
    seen = set(order)
    return tuple(order) + tuple(i for i in range(len(sentences)) if i not in seen)


@functools.lru_cache(maxsize=1)
def _fast_lexrank_class():
    import numpy
    from sumy.summarizers.lex_rank import LexRankSummarizer

    class FastLexRank(LexRankSummarizer):
        """sumy's LexRank with its similarity matrix computed by numpy.

        The same words (stop words out, stemmed), tf (count / the sentence's
        largest count), idf (log N / (1 + n_j)), idf-modified cosine, threshold,
        degree normalisation and power method as sumy's; the pure-Python loops
        over sentence pairs and terms are replaced, and stems are memoised.
        """

        def _to_words_set(self, sentence):
            stop = self._stop_words
            return [stem(w) for w in map(str.lower, sentence.words) if w not in stop]

        def rate(self, document) -> list[float]:
            """LexRank score of each sentence, in document order."""
            sentences_words = [self._to_words_set(s) for s in document.sentences]
            if not sentences_words:
                return []
            cosine, _ = self.geometry(sentences_words)
            edges = (cosine > self.threshold).astype(float)
            degrees = edges.sum(axis=1)
            degrees[degrees == 0] = 1.0
            return [float(x) for x in self.power_method(edges / degrees[:, None], self.epsilon)]

        def __call__(self, document, sentences_count):
            ratings = dict(zip(document.sentences, self.rate(document)))
            return self._get_best_sentences(document.sentences, sentences_count, ratings)

        @staticmethod
        def geometry(sentences_words, extra=()):
            """sumy's idf-modified cosine between every two rows, and each sentence's
            cosine with the sum of all the other sentences (the centroid).

            Rows are the sentences, then any `extra` texts (a headline) weighed with
            the sentences' idf. A term found in one row only adds to that row's
            norm, so the matrix product runs over shared terms alone.
            """
            n = len(sentences_words)
            counts = [Counter(ws) for ws in sentences_words]
            df = Counter(t for c in counts for t in c)
            idf = {t: math.log(n / (1.0 + d)) for t, d in df.items()}
            counts += [Counter(t for t in ws if t in idf) for ws in extra]
            weights = []
            for c in counts:
                top = max(c.values()) if c else 1
                weights.append({t: k / top * idf[t] for t, k in c.items()})
            rows_with = Counter(t for w in weights for t in w)
            column = {t: j for j, t in enumerate(t for t, k in rows_with.items() if k > 1)}
            shared = numpy.zeros((len(weights), max(len(column), 1)))
            squares = numpy.zeros(len(weights))
            for r, w in enumerate(weights):
                for t, x in w.items():
                    squares[r] += x * x
                    j = column.get(t)
                    if j is not None:
                        shared[r, j] = x
            norms = numpy.sqrt(squares)
            denom = numpy.outer(norms, norms)
            cosine = numpy.divide(shared @ shared.T, denom, out=numpy.zeros_like(denom), where=denom > 0)
            numpy.fill_diagonal(cosine, (norms > 0).astype(float))
            # Centroid: v_i . (S - v_i) / (|v_i| |S - v_i|), with S the sum of the
            # sentence rows; terms outside `shared` belong to one row only.
            body = shared[:n]
            total = body.sum(axis=0)
            shared_sq = (body * body).sum(axis=1)
            single_sq = squares[:n] - shared_sq
            dot_total = body @ total + single_sq  # v_i . S
            total_sq = float(total @ total + single_sq.sum())  # |S|^2
            rest_sq = numpy.maximum(total_sq - 2.0 * dot_total + squares[:n], 0.0)
            cden = norms[:n] * numpy.sqrt(rest_sq)
            centroid = numpy.divide(dot_total - squares[:n], cden, out=numpy.zeros(n), where=cden > 1e-12)
            return cosine, centroid

    return FastLexRank


@functools.lru_cache(maxsize=1)
def _lexrank():
    lex = _fast_lexrank_class()(stem)
    lex.stop_words = _stop_words()
    return lex


def lexrank_scores(sentences: list[str], para_of: list[int]) -> list[float]:
    """sumy's LexRank centrality of each sentence (vectorised, memoised stemmer)."""
    return _lexrank().rate(_document(sentences, para_of))


# --------------------------------------------------------------------------- news

# A sentence that leans on the one before it: "But he said…", "It added…", "These
# measures…". It may join a summary only right after that sentence.
_CONNECTIVE = lazy.pattern(
    lambda: r"^[\"“‘'(]?\s*(?:%s)\b" % "|".join(map(re.escape, lexicon.entries("summary_connectives"))),
    re.IGNORECASE,
)
_PRONOUN = lazy.pattern(
    r"^[\"“‘'(]?\s*(?:he|she|they|him|her|them|his|hers|its|their|theirs|it)(?:['’](?:s|d|ll|re|ve))?\b",
    re.IGNORECASE,
)
# "This is…", "These measures…", "Such a move…"; but "This year…", "Those who…" stand alone.
_DEMONSTRATIVE = lazy.pattern(
    r"^[\"“‘'(]?\s*(?:this|that|these|those|such)(?:['’]s)?\b"
    r"(?!\s+(?:year|week|weekend|month|morning|afternoon|evening|night|season|summer|winter|spring|"
    r"autumn|fall|time|who|whose)\b)",
    re.IGNORECASE,
)
# "…,” he said." / "…, they added.": the speaker is only a pronoun.
_PRONOUN_SPEAKER = lazy.pattern(
    r"[,”\"]\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|continued|"
    r"noted|insisted|argued|recalled|asked)\b[^.!?]*[.!?]?[”\"]?$",
    re.IGNORECASE,
)
# Bylines, credits, captions and prompts that survive cleaning in odd pastes:
# "By Anna Lind", "CNN's Jo Park contributed to this report.", "Click here for…".
_FURNITURE = lazy.pattern(
    r"^(?:by\s+[A-Z]|photos?\s*:|images?\s*:|pictured\s*:|caption\s*:|editor['’]s note|click|read more|"
    r"watch\b|listen\b|subscribe|follow us|sign up|related\s*:|see also|share this)|"
    r"\b(?:click here|sign up for|subscribe to|our newsletter|contributed to this report|"
    r"contributed reporting|all rights reserved)\b",
    re.IGNORECASE,
)
# Terminal punctuation, possibly followed by closing quotes or brackets. A line
# without it is a heading, a caption or a list item ("Interest rates held at 4.5%").
_TERMINAL = lazy.pattern(r"[.!?…][\"'”’)\]]*$")

MIN_WORDS = 6  # "Then the count began." is a fragment, not a summary sentence
MAX_WORDS = 80  # a run-on list, not a sentence a reader can take in
DUPLICATE_OVERLAP = 0.7  # share of the shorter sentence's content words: a near-repeat


def cannot_stand_alone(sentence: str) -> bool:
    """A fragment, question, byline, caption or prompt: never in a summary while other sentences remain."""
    text = sentence.strip()
    n = len(text.split())
    if n < MIN_WORDS or n > MAX_WORDS:
        return True
    if text[0].islower():
        return True  # a fragment left by a bad split or an edit: "and then the lights went out."
    if re.search(r"\?[\"'”’)]*$", text):
        return True  # a question to the reader: "Will the bridge open on time?"
    if not _TERMINAL.search(text):
        return True
    return bool(_FURNITURE.search(text))


def leans_on_previous(sentence: str) -> bool:
    """Does this sentence need the one before it to make sense?"""
    if _CONNECTIVE.match(sentence) or _PRONOUN.match(sentence) or _DEMONSTRATIVE.match(sentence):
        return True
    if _PRONOUN_SPEAKER.search(sentence):
        return True  # '"We will appeal," he said.': who is "he"?
    return not _quotes_balanced(sentence)  # a piece of a longer quote: 'We stay.” The rest…'


def standalone(sentence: str) -> bool:
    """Can this sentence be read on its own, with nothing before it?"""
    return not cannot_stand_alone(sentence) and not leans_on_previous(sentence)


def _quotes_balanced(sentence: str) -> bool:
    return sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0


_QUOTED = lazy.pattern(r'“[^”]*(?:”|$)|"[^"]*(?:"|$)')


def _quoted_share(sentence: str) -> float:
    """The share of the sentence inside quotation marks; a quote running on from
    the sentence before counts up to its closing mark."""
    total = len(sentence)
    if not total:
        return 0.0
    inside = 0
    text = sentence
    close, opening = text.find("”"), text.find("“")
    if close != -1 and (opening == -1 or close < opening):
        inside, text = close, text[close + 1:]
    elif text.count('"') % 2 and not text.lstrip().startswith('"'):
        close = text.find('"')
        inside, text = close, text[close + 1:]
    inside += sum(len(m.group(0)) for m in _QUOTED.finditer(text))
    return min(inside / total, 1.0)


# The news score of a sentence is its position prior (0.6 for the lede, then
# 1 / (1 + position): 0.5, 0.33, 0.25, ...) plus these terms. Each component was kept
# only if it helped on the dev half of the CNN highlights (bench/summaries.py),
# and each weight sits on a plateau there, not a peak: halving or doubling any
# one of them changes R-2 by a few tenths at most.
W_FORWARD = 10.0  # mean similarity to the sentences after it (LexRank's graph read forwards)
W_CENTROID = 2.0  # similarity to the rest of the article
W_TITLE = 1.0  # similarity to the headline
W_LENGTH = 0.1  # per unit of log(1 + words): a concise sentence leaves room for more news
W_LONG = 0.3  # more than LONG_WORDS words
W_QUOTE = 0.1  # per share of the sentence inside quotation marks
LONG_WORDS = 40
DEDUP_WINDOW = 64  # near-repeats are looked for among this many best sentences


def position_prior(i: int) -> float:
    """News states its point first. The lede and the sentence after it carry it
    about equally (a feature lede opens on a scene, the next sentence says what
    happened); after that, weight falls off as 1 / (1 + position)."""
    return 0.6 if i == 0 else 1.0 / (1.0 + i)


def news_scores(sentences: list[str], para_of: list[int], title: str | None = None) -> tuple[list[float], list]:
    """The news score of every sentence (position, centrality, headline words,
    length, quotation), and the stemmed content words of the graph's sentences."""
    n = len(sentences)
    scores = []
    for i, s in enumerate(sentences):
        length = len(s.split())
        scores.append(
            position_prior(i) - W_LENGTH * math.log1p(length) - W_LONG * (length > LONG_WORDS)
            - W_QUOTE * _quoted_share(s)
        )
    g = min(n, MAX_GRAPH_SENTENCES)
    lex = _lexrank()
    doc = _document(sentences[:g], para_of[:g])
    terms = [lex._to_words_set(s) for s in doc.sentences]
    if g < 2:
        return scores, terms
    head = [lex._to_words_set(_title_sentence(title))] if title else []
    cosine, centroid = lex.geometry(terms, head)
    # Forward centrality, PacSum's reading of the LexRank graph: the sentence that
    # the rest of the story goes on to develop is the one that states the news.
    import numpy

    forward = numpy.triu(cosine[:g, :g], 1).sum(axis=1) / (g - 1)
    extra = W_FORWARD * forward + W_CENTROID * centroid
    if head:
        extra = extra + W_TITLE * cosine[g, :g]
    for i in range(g):
        scores[i] += float(extra[i])
    return scores, terms


def _title_sentence(title: str):
    from sumy.models.dom import Sentence

    return Sentence(title, Tokenizer())


def _rank_news(sentences: list[str], para_of: list[int], title: str | None) -> tuple[int, ...]:
    """Best first, under the standalone rules: fragments, questions and furniture
    come last; a sentence that leans on the one before it becomes eligible only
    once that one is ranked, so every prefix of the ranking reads on its own;
    a near-repeat of a better sentence waits until the end."""
    import heapq

    scores, terms = news_scores(sentences, para_of, title)
    n = len(sentences)
    headline = _normalised(title) if title else None
    # The headline repeated as the body's first line is not a summary of it.
    never = [cannot_stand_alone(s) or _normalised(s) == headline for s in sentences]
    leans = [leans_on_previous(s) for s in sentences]
    bags: dict[int, frozenset[str]] = {}

    def bag(i: int) -> frozenset[str]:
        if i not in bags:
            bags[i] = frozenset(terms[i]) if i < len(terms) else _content_words(sentences[i])
        return bags[i]

    heap = [(-scores[i], i) for i in range(n) if not never[i] and not leans[i]]
    heapq.heapify(heap)
    ranking: list[int] = []
    deferred: list[int] = []
    placed = [False] * n
    seen: set[str] = set()
    while heap:
        _, i = heapq.heappop(heap)
        placed[i] = True
        text = _normalised(sentences[i])
        # Exact repeats are always caught; near-repeats only among the first
        # DEDUP_WINDOW picks (no summary is longer), which keeps ranking linear.
        if text in seen or (
            len(ranking) < DEDUP_WINDOW and any(_overlap(bag(i), bag(j)) >= DUPLICATE_OVERLAP for j in ranking)
        ):
            deferred.append(i)
            continue
        ranking.append(i)
        seen.add(text)
        nxt = i + 1
        if nxt < n and leans[nxt] and not never[nxt] and not placed[nxt]:
            heapq.heappush(heap, (-scores[nxt], nxt))  # its predecessor is in: it may follow
    rest = sorted((i for i in range(n) if not placed[i]), key=lambda i: (-scores[i], i))
    return tuple(ranking + deferred + rest)


def _normalised(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".!?…")


def _content_words(text: str) -> frozenset[str]:
    stop = _stop_words()
    return frozenset(stem(w) for w in map(str.lower, words(text)) if w not in stop)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
