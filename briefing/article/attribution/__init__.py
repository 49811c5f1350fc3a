"""Who said what in one article: direct quotes and reported speech, each with its speaker.

`extract(paragraphs)` reads the article's paragraphs in order (see `reader`) and
returns its Statements. The sub-stages, each a module with a small public function:
`marks` (quotation marks), `tokens` (tokens and quote-aware sentences), `cues`
(verbs, nouns and phrases of saying, from the lexicon), `features` and `tagger`
(a CRF trained on real annotated news labels sources, cues and contents),
`spans` (contents linked to cues and sources), `phrases` (what a source phrase is),
`entities` and `resolve` (who a name, pronoun or role stands for), `names` (names
compared as readers compare them).
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.model import Statement


def extract(paragraphs: Sequence[str]) -> list[Statement]:
    from briefing.article.attribution.reader import extract as read

    return read(paragraphs)
