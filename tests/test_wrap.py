"""The plain-text outputs wrap lines exactly as textwrap would, only faster."""

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.present.wrap import wrap
from briefing.textsafe import one_line

WORDS = ["the", "harbour", "board", "said", "“we", "will", "appeal,”", "a", "", "https://example.org/a/very/long/path",
         "Qiao-Minglun", "—", "x" * 45, "naïve", "\u00a0", "\t", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join), st.integers(40, 120),
       st.sampled_from(["", "  ", "  - "]), st.sampled_from([None, "    ", "  "]))
def test_same_lines_as_textwrap(text, width, first, rest):
    text = one_line(text)
    expected = textwrap.wrap(text, width, initial_indent=first, subsequent_indent=first if rest is None else rest,
                             break_on_hyphens=False) or [first.rstrip()]
    assert wrap(text, width, first, rest) == expected


def test_text_without_words_is_the_indent_alone():
    assert wrap("", 72, "  - ") == ["  -"]
