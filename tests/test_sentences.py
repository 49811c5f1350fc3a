"""Our sentence splitter and tokenizer on news copy (no NLTK data involved)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from factories import DATA

from briefing.article.sentences import Tokenizer, split_sentences, words

with open(os.path.join(DATA, "sentences.json"), encoding="utf-8") as _fh:
    CASES = json.load(_fh)


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_tricky_news_sentences(case):
    assert split_sentences(case["text"]) == case["sentences"], case["note"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A country abbreviation ends the sentence before an ordinary word...
        ("Wheat exports fell after the ban was lifted in the U.S. Farmers in Orlo blamed the weather.",
         ["Wheat exports fell after the ban was lifted in the U.S.", "Farmers in Orlo blamed the weather."]),
        # ...but not before the office or body it names, an acronym or a case number.
        ("The U.N. General Assembly met as a U.S. UAV circled, citing 410 U.S. 113 in the debate.",
         ["The U.N. General Assembly met as a U.S. UAV circled, citing 410 U.S. 113 in the debate."]),
        ("She left the U.S. I stayed behind.", ["She left the U.S.", "I stayed behind."]),
        # An agency's credit glued to the first word does not hide the abbreviation.
        ("(NSN)U.S. Secretary Ana Lind spoke first. Others followed.",
         ["(NSN)U.S. Secretary Ana Lind spoke first.", "Others followed."]),
        # Times: a zone or a bracket carries on, a new clause does not.
        ("Polls close at 8 p.m. ET on Sunday. Counting starts at 9 p.m. Results follow.",
         ["Polls close at 8 p.m. ET on Sunday.", "Counting starts at 9 p.m.", "Results follow."]),
        ("The plane landed at 6:10 a.m. (1:10 a.m. local) in Varn.",
         ["The plane landed at 6:10 a.m. (1:10 a.m. local) in Varn."]),
        # A quoted exclamation and its speaker stay together; a new subject after it does not.
        ("“Hold the line!” Sergeant Okoro yelled. The crowd pressed on.",
         ["“Hold the line!” Sergeant Okoro yelled.", "The crowd pressed on."]),
        ("He asked, “Is it over?” She said nothing.", ["He asked, “Is it over?”", "She said nothing."]),
        # Decimals, money and percentages never split.
        ("Output rose 2.4% to $1.75bn, or €1.6bn. Margins held at 12.5 per cent.",
         ["Output rose 2.4% to $1.75bn, or €1.6bn.", "Margins held at 12.5 per cent."]),
        # List items on their own lines are sentences even without a full stop.
        ("What changes:\n- bus fares rise 10p\n- night trams return", ["What changes:", "- bus fares rise 10p", "- night trams return"]),
    ],
)
def test_focused_cases(text, expected):
    assert split_sentences(text) == expected


def test_no_words_are_lost():
    text = ("Mr. Aldo Venn, 61, of St. Ives Rd. said the Jan. 4 vote was “a farce.” He'll appeal. "
            "Will it work? Nobody knows . . . yet. The U.S. Navy declined to comment.")
    assert words(" ".join(split_sentences(text))) == words(text)


def test_words_keep_abbreviations_numbers_and_contractions():
    assert words("The U.S. firm's $3.5bn bid won't pass, a 0.3% rise.") == [
        "The", "U.S", "firm's", "3.5bn", "bid", "won't", "pass", "a", "0.3", "rise",
    ]


def paragraph(sentences: int) -> str:
    return " ".join(f"Harbour traffic rose {i} per cent in the quarter." for i in range(sentences))


def test_a_long_paragraph_is_split_whole():
    assert split_sentences(paragraph(20000))[-2:] == ["Harbour traffic rose 19998 per cent in the quarter.",
                                                      "Harbour traffic rose 19999 per cent in the quarter."]
    assert len(split_sentences(paragraph(20000))) == 20000


def test_sumy_reads_text_through_our_tokenizer():
    from sumy.parsers.plaintext import PlaintextParser

    doc = PlaintextParser.from_string("Gov. Ines Parr spoke. The Jan. 9 deal holds.", Tokenizer()).document
    assert [str(s) for s in doc.sentences] == ["Gov. Ines Parr spoke.", "The Jan. 9 deal holds."]
    assert doc.sentences[0].words == ("Gov", "Ines", "Parr", "spoke")


def test_splitter_needs_no_nltk_or_sumy():
    code = (
        "import sys; from briefing.article.sentences import split_sentences, Tokenizer; "
        "split_sentences('Dr. Ames left. She returned.'); Tokenizer().to_words('One two.'); "
        "print(sorted(m for m in ('nltk', 'sumy', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
