"""Reported speech is shown with the verb the article reports it with ("(claimed) …", "(criticised) …"):
that verb is how one outlet's account differs from another's (our own invented article)."""

import json

from factories import digest, run_cli, write_article

ARTICLE = """Kessel mayor attacks ferry plan

By Ada Finch

The mayor, Ana Lind, criticised the plan to close the Kessel ferry before the summer.

The ferry company claimed the crossing had lost money for six years in a row.

Lind responded to the company's chairman on Friday night by saying the town would never give up its ferry.

"We will fight this in every court," Lind said.
"""


def test_reported_speech_carries_its_verb_in_text_and_json(tmp_path):
    write_article(tmp_path, "ferry.txt", ARTICLE)
    text = digest(tmp_path, fmt="text").stdout.decode()
    assert "(criticised) the plan to close the Kessel ferry" in text
    assert "(claimed) the crossing had lost money" in text
    assert "“We will fight this in every court”" in text  # a quotation keeps its marks, no label
    quotes = json.loads(digest(tmp_path).stdout)["articles"][0]["quotes"]
    cues = {q["text"][:20]: q["cue"] for q in quotes}
    assert cues["the plan to close th"] == "criticised" and cues["We will fight this i"] == "said"


def test_a_cue_too_long_to_be_a_label_is_shown_as_reported(tmp_path):
    write_article(tmp_path, "ferry.txt", ARTICLE)
    out = run_cli("quotes", "--jobs", "1", tmp_path).stdout.decode()
    long_cue = next(line for line in out.splitlines() if "give up its ferry" in line)
    assert long_cue.strip().startswith("(reported) the town would never give up its ferry")
    assert "(claimed) the crossing had lost money" in out
