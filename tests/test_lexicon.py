"""The word lists are reviewed data: each says what it is for, and holds no repeats."""

import pytest

from briefing import lexicon


def test_the_lexicon_is_not_empty():
    assert len(lexicon.names()) >= 1


@pytest.mark.parametrize("name", lexicon.names())
def test_each_list_has_a_header_and_normalised_unique_entries(name):
    with open(lexicon.path(name), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert header and lines[0].startswith("# "), f"{name}: starts with a '# ' line saying what the list is for"
    items = lexicon.entries(name)
    assert items, f"{name}: no entries"
    for line in lines:
        if line and not line.startswith("#"):
            assert line == line.strip() and "  " not in line.replace("\t", " "), f"{name}: {line!r} is not normalised"
    keys = [e.partition("\t")[0].casefold() for e in items]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    assert not repeated, f"{name}: repeated entries {repeated}"
