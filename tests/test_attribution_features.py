"""The tagger's features are its model's input: any change to them, in content or order, changes
what the shipped model reads. These pin them for one invented paragraph, each token's own features
first, then those of its neighbours."""

from briefing.article.attribution.features import paragraph_features
from briefing.article.attribution.tokens import read_paragraph

_TEXT = "KESSEL — The harbour board met on Monday. “We will wait for the tide,” Ana Veer said, according to Ivo Marrow."


def _features(i: int) -> tuple[list[str], list[str]]:
    """Token i's features: its own, and from the neighbours on (w-2= or w-1=)."""
    features = paragraph_features(read_paragraph(_TEXT), first=True)
    f = features[i if i >= 0 else len(features) + i]
    k = next(j for j, x in enumerate(f) if x.startswith(("w-2=", "w-1=")))
    return f[:k], f[k:]


def test_the_first_word_of_a_dateline():
    assert _features(0) == (
        ["b", "w=kessel", "k=C", "s=AA", "d=none", "ul=-", "qd=none", "dk=noneC", "up=0", "x=sel", "bos", "head"],
        ["w-1=<s>", "w1=—", "k1=w", "s1=—", "q1=-", "w2=the", "k2=C", "wd=kessel:none"])


def test_an_opening_quotation_mark():
    assert _features(9) == (
        ["b", "w=“", "k=w", "s=Q", "d=L9+", "ul=say", "qd=0", "dk=L9+w", "up=0", "m=open", "bos", "head"],
        ["w-2=monday", "k-2=C", "w-1=.", "k-1=w", "s-1=.", "q-1=-", "w1=we", "k1=P", "s1=Aa", "q1=q",
         "w2=will", "k2=w", "kk=wwP", "wd=“:L9+"])


def test_a_name_after_the_closing_mark():
    assert _features(18) == (
        ["b", "w=ana", "k=C", "s=Aa", "d=L2", "ul=say", "qd=R1", "dk=L2C", "head"],
        ["w-2=,", "k-2=w", "w-1=”", "k-1=w", "s-1=Q", "q-1=close", "w1=veer", "k1=C", "s1=Aa", "q1=-",
         "w2=said", "k2=V", "kk=wCC", "run", "afterq", "wd=ana:L2"])


def test_the_cue():
    assert _features(20) == (
        ["b", "w=said", "k=V", "s=a", "d=0", "ul=say", "qd=R3", "dk=0V", "lem=say", "head"],
        ["w-2=ana", "k-2=C", "w-1=veer", "k-1=C", "s-1=Aa", "q-1=-", "w1=,", "k1=w", "s1=,", "q1=-",
         "w2=according", "k2=w", "kk=CVw", "wd=said:0"])


def test_the_last_token():
    assert _features(-1) == (
        ["b", "w=.", "k=w", "s=.", "d=R4+", "ul=say", "qd=R9+", "dk=R4+w", "eos", "head"],
        ["w-2=ivo", "k-2=C", "w-1=marrow", "k-1=C", "s-1=Aa", "q-1=-", "w1=<e>", "wd=.:R4+"])
