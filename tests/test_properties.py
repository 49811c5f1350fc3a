"""Property tests over the whole pipeline: no input makes an exception escape."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.assemble import pipeline
from briefing.model import Analysis, Problem, RawArticle
from briefing.store import load

PUNCT = list("“”\"'‘’.,;:!?…()[]-—–\n\n ")
WORDS = ["said", "he", "she", "the", "Minister", "Li", "Guo Jiakun", "told", "reporters", "according to",
         "U.S.", "Mr.", "$3.5bn", "0.3%", ". . .", "“", "”", '"', "\n\n", "By", "Updated", "© 2026"]

texts = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(WORDS + PUNCT), max_size=600).map(" ".join),
    st.lists(st.sampled_from(PUNCT), max_size=2000).map("".join),
)


def run(text: str, fmt: str = "text"):
    raw = RawArticle(path="x.txt", text=text, mtime=0.0, fmt=fmt, digest="0")
    result = pipeline._analyse_one(raw, "news")
    assert isinstance(result, (Analysis, Problem))
    if isinstance(result, Problem):
        assert pipeline.INTERNAL_ERROR not in result.message, result.message
    if isinstance(result, Analysis):
        loaded = [pipeline.Loaded(result, 0.0)]
        pipeline.assemble(loaded)
        for st_ in result.statements:
            assert st_.kind in ("direct", "indirect")
            assert st_.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_is_analysed_or_reported(text):
    run(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_text_as_markdown_or_html(text):
    run(text, "markdown")
    run("<html><body><p>" + text + "</p></body></html>", "html")


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=4000))
def test_any_bytes_decode_or_are_refused(data):
    decoded = load.decode(data)
    if isinstance(decoded, str):
        run(decoded)
    else:
        assert isinstance(decoded, Problem) and decoded.message
