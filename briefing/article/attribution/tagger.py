"""The attribution tagger: a linear-chain CRF that labels each token of a paragraph as
part of a source (who), a cue (said, according to) or a content (what).

The model (`tagger.crfsuite`, feature weights only) was trained on the people's
annotation of real news (PolNeAR's training articles) by `bench/train_attribution.py`,
which also says how to retrain it. python-crfsuite is imported, and the model
loaded, on the first paragraph that needs it.
"""

from __future__ import annotations

import os
from functools import cache

from briefing.article.attribution.features import paragraph_features
from briefing.article.attribution.tokens import Paragraph

MODEL_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tagger.crfsuite")


@cache
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(MODEL_PATH)
    return tagger


def tag(par: Paragraph, first: bool = False) -> list[str]:
    """One label per token: O, B-/I-SRC, B-/I-CUE, B-/I-CON."""
    if not par.tokens:
        return []
    return _tagger().tag(paragraph_features(par, first))
