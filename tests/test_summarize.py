"""Summaries a reader would accept: from the lede, standalone, no repeats, any method."""

from __future__ import annotations

import subprocess
import sys

import factories
import pytest

from briefing.article import summarize
from briefing.article.sentences import split_sentences

BRIDGE = [
    "Harlow Bay council approved a £14m plan on Tuesday to replace the town's ageing harbour bridge, "
    "ending a decade of argument over its future.",
    "The new bridge will carry two traffic lanes, a cycle path and a footway, and is due to open in the "
    "spring of 2028.",
    "Councillors voted nine to four in favour of the bridge plan after a three-hour debate in the town hall. "
    "But he said the cost of the bridge could still rise before work begins. "
    "Was it worth the wait?",
    "Photo: The old harbour bridge at dusk",
    "Engineers warned last year that the steel supports of the old bridge were corroding faster than expected. "
    "Traffic on the harbour bridge has been limited to cars and light vans since 2021.",
    "Local traders said the restrictions on the bridge had cost them customers and welcomed the vote.",
    "The council approved the £14m plan to replace the ageing harbour bridge on Tuesday, ending a decade "
    "of argument over its future.",
    "The mayor, Ruth Okafor, said the town had waited long enough for a safe crossing to the harbour.",
]


def sentences_of(paragraphs):
    return [s for p in paragraphs for s in split_sentences(p)]


def ranked(paragraphs, title=None, method="news"):
    sentences, ranking = summarize.rank(paragraphs, title, method)
    return list(sentences), list(ranking)


def test_ranking_holds_every_sentence_once_for_every_method():
    expected = sentences_of(BRIDGE)
    for method in summarize.METHODS:
        sentences, ranking = ranked(BRIDGE, "Harbour bridge plan approved", method)
        assert sentences == expected, method
        assert sorted(ranking) == list(range(len(expected))), method


def test_unknown_method_is_refused():
    with pytest.raises(ValueError):
        summarize.rank(BRIDGE, None, "best")


def test_lead_is_article_order():
    _, ranking = ranked(BRIDGE, method="lead")
    assert ranking == sorted(ranking)


def test_sumy_methods_rank_by_their_own_ratings():
    # Every sumy method used to return article order (LEAD under another name).
    # Its top three must be what sumy itself picks for a three-sentence summary.
    from sumy.summarizers.lex_rank import LexRankSummarizer

    story = [
        "Nobody in Tarnby remembers a wetter spring.",
        "The Tarn river flood barrier failed on Sunday night and water reached the market square.",
        "Engineers said the flood barrier had not been tested since the river last rose in 2019.",
        "The river is expected to stay high, and the barrier cannot be repaired until the water falls.",
        "Shops around the market square were closed and sandbags were handed out by volunteers.",
        "A school choir gave a concert in the church hall on Saturday.",
    ]
    sentences, ranking = ranked(story, method="lexrank")
    lex = LexRankSummarizer(summarize.stem)
    lex.stop_words = summarize._stop_words()
    doc = summarize._document(sentences, [0] * len(sentences))
    picked = [str(s) for s in lex(doc, 3)]
    assert [sentences[i] for i in sorted(ranking[:3])] == picked
    assert ranking != sorted(ranking)


def test_vectorised_lexrank_rates_exactly_as_sumy():
    from sumy.summarizers.lex_rank import LexRankSummarizer

    sentences = sentences_of(BRIDGE)
    doc = summarize._document(sentences, [0] * len(sentences))
    lex = LexRankSummarizer(summarize.stem)
    lex.stop_words = summarize._stop_words()
    words = [lex._to_words_set(s) for s in doc.sentences]
    matrix = lex._create_matrix(words, lex.threshold, lex._compute_tf(words), lex._compute_idf(words))
    expected = lex.power_method(matrix, lex.epsilon)
    assert summarize.lexrank_scores(sentences, [0] * len(sentences)) == pytest.approx(list(expected))


def test_news_summary_opens_with_the_lede_and_keeps_article_order():
    sentences, ranking = ranked(BRIDGE, "Harbour bridge plan approved")
    assert 0 in ranking[:3]
    summary = factories.analysis(sentences, ranking=ranking).summary(3)
    assert [sentences.index(s) for s in summary] == sorted(ranking[:3])  # the best three, in article order


def test_summary_sentences_stand_alone():
    sentences, ranking = ranked(BRIDGE, "Harbour bridge plan approved")
    position = {i: r for r, i in enumerate(ranking)}
    for n in range(1, len(ranking) + 1):
        for i in ranking[:n]:
            if summarize.leans_on_previous(sentences[i]) and not summarize.cannot_stand_alone(sentences[i]):
                # "But he said…" only ever right after the sentence it leans on.
                assert i - 1 in ranking[:n], sentences[i]
    standalone = [i for i in range(len(sentences)) if summarize.standalone(sentences[i])]
    for bad in ("Was it worth the wait?", "Photo: The old harbour bridge at dusk"):
        i = sentences.index(bad)
        assert all(position[i] > position[j] for j in standalone), bad


def test_standalone_rules():
    assert summarize.standalone("The council approved the plan on Tuesday after a long debate.")
    assert summarize.standalone("This year the festival will run for five days in June.")
    assert summarize.standalone("There were 12 people on board when the ferry sank.")
    for leaning in (
        "But he said the cost could still rise before work begins.",
        "She later told reporters that the plan was final.",
        "These measures will take effect from the first of May.",
        "However, the ruling can be appealed within thirty days.",
        "“We will not give up on this town,” she said after the vote.",
        "The rest of the money will come from the harbour trust.” The mayor said no more.",
    ):
        assert summarize.leans_on_previous(leaning), leaning
    for never in (
        "Then the count began.",
        "Will the bridge be finished on time?",
        "By Ada Moreno and Lewis Kett",
        "CNN's Ada Moreno contributed to this report.",
        "Click here for the full list of road closures in the area.",
        "Interest rates held at 4.5% for a third month",
        "and then the lights went out across the whole harbour district.",
    ):
        assert summarize.cannot_stand_alone(never), never


def test_near_duplicate_of_a_ranked_sentence_waits_until_the_end():
    sentences, ranking = ranked(BRIDGE, "Harbour bridge plan approved")
    restated = next(i for i, s in enumerate(sentences) if s.startswith("The council approved the £14m plan"))
    assert 0 in ranking[:3]
    others = [i for i in range(len(sentences)) if summarize.standalone(sentences[i]) and i != restated]
    assert all(ranking.index(restated) > ranking.index(i) for i in others)


def test_headline_repeated_in_the_body_is_not_a_summary_sentence():
    title = "Harlow Bay approves £14m plan to replace harbour bridge."
    sentences, ranking = ranked([title] + BRIDGE, title)
    assert sentences[0] == title
    assert 0 not in ranking[:3]


def test_headline_words_lift_the_sentence_they_name():
    sentences, plain = ranked(BRIDGE)
    _, titled = ranked(BRIDGE, "Mayor Ruth Okafor: town waited long enough for a safe crossing")
    mayor = next(i for i, s in enumerate(sentences) if s.startswith("The mayor, Ruth Okafor"))
    assert titled.index(mayor) < plain.index(mayor)


def test_position_decides_between_unrelated_sentences():
    # No two sentences share a word, so only position and length tell them apart;
    # the shorter later sentences would win on length alone.
    story = [
        "Heavy snow closed every mountain pass in northern Velmora overnight, stranding hundreds of freight lorries.",
        "Schools in Dunholt stayed shut while teachers waited for buses that never arrived.",
        "A rescue helicopter lifted two climbers from a frozen ridge.",
        "Bakeries ran out of bread by noon.",
        "Power cuts hit eight thousand homes.",
    ]
    _, ranking = ranked(story)
    assert ranking == [0, 1, 2, 3, 4]


def test_a_sentence_that_leans_on_a_weak_one_waits_for_it():
    story = [
        "Harlow Bay council approved a £14m plan on Tuesday to replace the ageing harbour bridge.",
        "Nobody in the public gallery had expected so close a vote.",
        "But the harbour bridge plan still needs a £14m loan from the regional bridge fund before work starts.",
        "Ferries will run a longer timetable while the harbour bridge is closed for the work.",
        "A brass band played outside the town hall during the debate.",
    ]
    sentences, ranking = ranked(story)
    assert summarize.leans_on_previous(sentences[2])
    assert ranking.index(2) > ranking.index(1)


def test_lede_and_next_sentence_outrank_the_tail_of_a_flat_story():
    # All sentences are about the same thing: position decides.
    paragraphs = [
        f"The Orrin river flood barrier section {n} was raised on Monday as water levels rose in the valley."
        for n in range(1, 13)
    ]
    _, ranking = ranked(paragraphs)
    assert set(ranking[:2]) == {0, 1}


def test_short_article_is_given_whole():
    from briefing.article.analyze import analyze
    from briefing.model import RawArticle

    text = (
        "Ferry fares to rise\n\n"
        "Fares on the Port Aven ferry will rise by 5% from June, the operator said on Monday.\n\n"
        "Season tickets are not affected by the change."
    )
    analysis = analyze(RawArticle(path="ferry.txt", text=text, mtime=0.0, fmt="text", digest="x" * 64))
    assert analysis.short
    assert analysis.summary(1) == analysis.sentences
    assert len(analysis.sentences) <= summarize.SHORT_ARTICLE_SENTENCES


def test_graph_is_capped_so_long_articles_cost_linear_time(monkeypatch):
    sizes = []
    lex = summarize._lexrank()
    original = lex.geometry

    def spy(sentences_words, extra=()):
        sizes.append(len(sentences_words))
        return original(sentences_words, extra)

    monkeypatch.setattr(summarize, "MAX_GRAPH_SENTENCES", 20)
    monkeypatch.setattr(lex, "geometry", spy)
    paragraphs = [
        f"Inspectors checked pier number {n} of the harbour on day {n} and found {n} cracked planks."
        for n in range(1, 81)
    ]
    sentences, ranking = ranked(paragraphs, "Harbour pier inspection")
    assert sizes == [20]
    assert sorted(ranking) == list(range(80))
    tail = [i for i in ranking if i >= 20]
    assert tail == sorted(tail)  # past the graph only position counts


def test_no_nltk_data_is_touched(monkeypatch):
    import nltk.data

    def refuse(*args, **kwargs):
        raise AssertionError("NLTK data was asked for")

    monkeypatch.setattr(nltk.data, "find", refuse)
    monkeypatch.setattr(nltk.data, "load", refuse)
    for method in summarize.METHODS:
        sentences, ranking = ranked(BRIDGE, "Harbour bridge plan approved", method)
        assert len(ranking) == len(sentences)


def test_importing_the_summarizer_loads_no_heavy_modules():
    code = (
        "import sys; import briefing.article.summarize, briefing.article.sentences; "
        "print(sorted(m for m in ('nltk', 'sumy', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
