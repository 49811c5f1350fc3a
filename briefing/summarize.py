"""Extractive summaries: sumy's rating machinery plus what news copy needs.

`rank(paragraphs, title, method)` splits the cleaned body into sentences and
returns every sentence index, best first, so a summary of any length comes from
the cache: the first N of the ranking, shown in article order.

The default method ("news") starts from sumy's LexRank centrality and adds a
position prior, the headline's words, de-duplication of near-identical
sentences, and a standalone filter. The other sumy summarizers and LEAD remain
available by name.

sumy, nltk and numpy are imported inside functions: a warm-cache run never
loads them.
"""

from __future__ import annotations

import functools
import re

from briefing.sentences import Tokenizer, split_sentences, words

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
        degree normalisation and power method as sumy; only the pure-Python
        loops over sentence pairs and terms are replaced, and stems are memoised.
        """

        def _to_words_set(self, sentence):
            stop = self._stop_words
            return [stem(w) for w in map(str.lower, sentence.words) if w not in stop]

        def rate(self, document) -> list[float]:
            """LexRank score of each sentence, in document order."""
            vectors = self.tf_idf([self._to_words_set(s) for s in document.sentences])
            if vectors is None:
                return []
            graph = self.graph(self.cosine(vectors))
            return [float(x) for x in self.power_method(graph, self.epsilon)]

        def __call__(self, document, sentences_count):
            ratings = dict(zip(document.sentences, self.rate(document)))
            return self._get_best_sentences(document.sentences, sentences_count, ratings)

        @staticmethod
        def tf_idf(sentences_words, extra=()):
            """Rows of tf * idf for each sentence (then for each of `extra`, with
            the sentences' idf). None when there are no sentences."""
            if not sentences_words:
                return None
            vocab: dict[str, int] = {}
            for terms in sentences_words:
                for t in terms:
                    vocab.setdefault(t, len(vocab))
            n = len(sentences_words)
            rows = list(sentences_words) + [[t for t in terms if t in vocab] for terms in extra]
            tf = numpy.zeros((len(rows), max(len(vocab), 1)))
            for r, terms in enumerate(rows):
                for t in terms:
                    tf[r, vocab[t]] += 1.0
            tf /= numpy.maximum(tf.max(axis=1, keepdims=True), 1.0)
            df = (tf[:n] > 0).sum(axis=0)
            return tf * numpy.log(n / (1.0 + df))

        @staticmethod
        def cosine(vectors):
            norms = numpy.sqrt((vectors * vectors).sum(axis=1))
            unit = vectors / numpy.where(norms > 0, norms, 1.0)[:, None]
            return unit @ unit.T

        def graph(self, cosine):
            edges = (cosine > self.threshold).astype(float)
            degrees = edges.sum(axis=1)
            degrees[degrees == 0] = 1.0
            return edges / degrees[:, None]

    return FastLexRank


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
_CONNECTIVE = re.compile(
    r"^[\"“‘'(]?\s*(?:but|and|or|nor|so|yet|also|however|meanwhile|still|instead|then|thus|hence|"
    r"moreover|furthermore|nevertheless|nonetheless|otherwise|therefore|besides|plus|likewise|similarly|"
    r"indeed|accordingly|consequently|regardless|rather|"
    r"after all|in addition|as a result|for example|for instance|in fact|even so|by contrast|"
    r"in contrast|on the other hand|at the same time|in other words|that said|not only)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"^[\"“‘'(]?\s*(?:he|she|they|him|her|them|his|hers|its|their|theirs|it)(?:['’](?:s|d|ll|re|ve))?\b",
    re.IGNORECASE,
)
# "This is…", "These measures…", "Such a move…"; but "This year…", "Those who…" stand alone.
_DEMONSTRATIVE = re.compile(
    r"^[\"“‘'(]?\s*(?:this|that|these|those|such)(?:['’]s)?\b"
    r"(?!\s+(?:year|week|weekend|month|morning|afternoon|evening|night|season|summer|winter|spring|"
    r"autumn|fall|time|who|whose)\b)",
    re.IGNORECASE,
)
# "…,” he said." / "…, they added.": the speaker is only a pronoun.
_PRONOUN_SPEAKER = re.compile(
    r"[,”\"]\s*(?:he|she|they)\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|continued|"
    r"noted|insisted|argued|recalled|asked)\b[^.!?]*[.!?]?[”\"]?$",
    re.IGNORECASE,
)
# Bylines, credits, captions and prompts that survive cleaning in odd pastes:
# "By Anna Lind", "CNN's Jo Park contributed to this report.", "Click here for…".
_FURNITURE = re.compile(
    r"^(?:by\s+[A-Z]|photos?\s*:|images?\s*:|pictured\s*:|caption\s*:|editor['’]s note|click|read more|"
    r"watch\b|listen\b|subscribe|follow us|sign up|related\s*:|see also|share this)|"
    r"\b(?:click here|sign up for|subscribe to|our newsletter|contributed to this report|"
    r"contributed reporting|all rights reserved)\b",
    re.IGNORECASE,
)
# Terminal punctuation, possibly followed by closing quotes or brackets. A line
# without it is a heading, a caption or a list item ("Interest rates held at 4.5%").
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")

MIN_WORDS = 6  # "Then came the results." is a fragment, not a summary sentence
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
        return True  # a question to the reader: "Was it cleared and ready?"
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


def _quoted_share(sentence: str) -> float:
    """The share of characters inside quotation marks (a quote running on from
    the sentence before counts up to its closing mark)."""
    inside = 0
    total = len(sentence)
    state = None  # index where the open quote started
    if sentence.count("”") > sentence.count("“") or (sentence.count('"') % 2 and not sentence.lstrip().startswith('"')):
        state = 0
    for i, ch in enumerate(sentence):
        if ch == "“" or (ch == '"' and state is None):
            state = i
        elif ch == "”" or ch == '"':
            if state is not None:
                inside += i - state
                state = None
    if state is not None:
        inside += total - state
    return inside / total if total else 0.0


# The news score of a sentence, in units of the lead sentence's position prior.
# Components, not decimals: each weight was checked to sit on a plateau of the
# dev half of the CNN highlights set (bench/summaries.py), not tuned to a peak.
W_FORWARD = 10.0  # similarity to the sentences after it (LexRank's graph read forwards)
W_CENTROID = 2.0  # similarity to the rest of the article
W_TITLE = 1.0  # similarity to the headline
W_LENGTH = 0.1  # per unit of log(1 + words): a concise sentence leaves room for more news
W_LONG = 0.3  # more than LONG_WORDS words
W_QUOTE = 0.1  # per share of the sentence inside quotation marks
LONG_WORDS = 40


def position_prior(i: int) -> float:
    """News states its point first: the lede and the sentence after it carry it
    about equally, then weight falls off as 1 / (1 + position)."""
    return 0.6 if i == 0 else 1.0 / (1.0 + i)


def news_scores(sentences: list[str], para_of: list[int], title: str | None = None) -> list[float]:
    """The news score of every sentence: position, centrality, headline words, length, quotes."""
    import numpy

    n = len(sentences)
    lengths = [len(s.split()) for s in sentences]
    scores = [
        position_prior(i) - W_LENGTH * numpy.log1p(lengths[i]) - W_LONG * (lengths[i] > LONG_WORDS)
        - W_QUOTE * _quoted_share(s)
        for i, s in enumerate(sentences)
    ]
    g = min(n, MAX_GRAPH_SENTENCES)
    if g < 2:
        return [float(x) for x in scores]
    lex = _lexrank()
    doc = _document(sentences[:g], para_of[:g])
    terms = [lex._to_words_set(s) for s in doc.sentences]
    head = [lex._to_words_set(_title_sentence(title))] if title else []
    vectors = lex.tf_idf(terms, head)
    cosine = lex.cosine(vectors)
    body = cosine[:g, :g]
    # Forward centrality (PacSum's reading of the graph): a sentence that the rest
    # of the story goes on to develop is a sentence that introduces the news.
    forward = numpy.triu(body, 1).sum(axis=1) / (g - 1)
    # Centroid similarity: the sentence against the sum of all the others.
    v = vectors[:g]
    rest = v.sum(axis=0)[None, :] - v
    denom = numpy.sqrt((v * v).sum(axis=1) * (rest * rest).sum(axis=1))
    centroid = numpy.where(denom > 0, (v * rest).sum(axis=1) / numpy.where(denom > 0, denom, 1.0), 0.0)
    extra = W_FORWARD * forward + W_CENTROID * centroid
    if head:
        extra = extra + W_TITLE * cosine[g, :g]
    for i in range(g):
        scores[i] += float(extra[i])
    return [float(x) for x in scores]


def _title_sentence(title: str):
    from sumy.models.dom import Sentence

    return Sentence(title, Tokenizer())


def _rank_news(sentences: list[str], para_of: list[int], title: str | None) -> tuple[int, ...]:
    """Best first, under the standalone rules: fragments, questions and furniture
    come last; a sentence that leans on the one before it becomes eligible only
    once that one is ranked, so every prefix of the ranking reads on its own;
    a near-repeat of a ranked sentence waits until the end."""
    import heapq

    scores = news_scores(sentences, para_of, title)
    n = len(sentences)
    never = [cannot_stand_alone(s) for s in sentences]
    leans = [leans_on_previous(s) for s in sentences]
    bags = [_content_words(s) for s in sentences]
    heap = [(-scores[i], i) for i in range(n) if not never[i] and not leans[i]]
    heapq.heapify(heap)
    ranking: list[int] = []
    placed = [False] * n
    seen_texts: set[str] = set()
    deferred: list[int] = []
    while heap:
        _, i = heapq.heappop(heap)
        key = " ".join(sentences[i].lower().split())
        # Only the first DEDUP_WINDOW picks are compared pairwise, keeping the
        # whole ranking linear in the article's length; exact repeats always are.
        if key in seen_texts or any(
            _overlap(bags[i], bags[j]) >= DUPLICATE_OVERLAP for j in ranking[:DEDUP_WINDOW]
        ):
            deferred.append(i)
            placed[i] = True
            continue
        ranking.append(i)
        placed[i] = True
        seen_texts.add(key)
        nxt = i + 1
        if nxt < n and leans[nxt] and not never[nxt] and not placed[nxt]:
            heapq.heappush(heap, (-scores[nxt], nxt))  # its predecessor is in: it may follow
    rest = sorted((i for i in range(n) if not placed[i]), key=lambda i: (-scores[i], i))
    return tuple(ranking + deferred + rest)


DEDUP_WINDOW = 64


def _content_words(text: str) -> frozenset[str]:
    stop = _stop_words()
    return frozenset(stem(w) for w in map(str.lower, words(text)) if w not in stop and len(w) > 1)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
