"""What the tagger reads of a paragraph: the words past its dateline ("KESTREL BAY (Harbour Wire) — …",
never a source) and without its short asides in brackets ("chair Ana Veer (Lab, Marrow) said"). Each view is
tagged as the tagger was trained to read, and the labels are put back on the whole paragraph's words."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.article.attribution.tokens import Paragraph

_DATELINE = re.compile(
    # "KESTREL BAY —", "TESSHAN/PORT ANSELM, March 3 (Meridian Wire) –", "VESTERBY, Norland (CP) —",
    # and an agency's credit alone in front: "(Northstar News) — ", "(NSN)The …"
    r"^(?:[A-Z][A-Z .’'/\-]{1,60}(?:,\s*[A-Z][A-Za-z. ]{1,30}(?:\s+\d{1,2})?){0,2}\s*(?:\([^)]{1,40}\))?\s*(?:—|–|―|--|-|:)\s+"
    r"|\([A-Z][A-Za-z.& ]{1,30}\)\s*(?:—|–|--|-|:)?\s*"
    # "Port Anselm (NSN)The …", "Vesterby, Norland (NSN) — …": a place in title case with the credit
    r"|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}(?:, [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)?)? ?\([A-Z][A-Za-z.& ]{1,30}\)"
    r"(?:\s*(?:—|–|--)\s*|(?=[A-Z\"“])))"
)


def dateline_end(par: Paragraph) -> int:
    """Where the paragraph's dateline ends ("KESTREL BAY (Harbour Wire) — "), or 0."""
    m = _DATELINE.match(par.text)
    return m.end() if m else 0


def past_dateline(par: Paragraph, tag: Callable[[Paragraph], list[str]]) -> list[str]:
    """The labels `tag` gives the words after the paragraph's dateline, read without it: the tagger
    reads "KESTREL BAY, March 3 – The union on Tuesday … and said it would appeal" better without
    the place and the day in front. The dateline's own words are O."""
    end = dateline_end(par)
    first = next((i for i, tok in enumerate(par.tokens) if tok.start >= end), len(par.tokens)) if end else 0
    if not first:
        return tag(par)
    rest = Paragraph(par.text, par.tokens[first:], par.quotes, par.units)  # the same words, tagged from the first
    return ["O"] * first + tag(rest)


_ASIDE_TOKENS = 6  # "(Lab, Marrow Ward)", "(KNA)": a short aside in brackets after a name


def past_asides(par: Paragraph, tag: Callable[[Paragraph], list[str]]) -> list[str]:
    """The labels `tag` gives the paragraph read without its short asides in brackets ("chair Ana Veer (Lab,
    Marrow) said", "the Harbour Agency (HPA) reported"): an aside goes with the words before it."""
    toks = par.tokens
    hidden: set[int] = set()
    for i, tok in enumerate(toks):
        if tok.text == "(" and not tok.quoted and not (i > 0 and toks[i - 1].mark == "close"):  # a quotation's gloss stays
            close = next((k for k in range(i + 1, min(len(toks), i + _ASIDE_TOKENS + 2)) if toks[k].text == ")"), None)
            if close is not None and close > i + 1 and all(toks[k].unit == tok.unit for k in range(i, close + 1)):
                hidden.update(range(i, close + 1))
    if not hidden:
        return tag(par)
    kept = [i for i in range(len(toks)) if i not in hidden]
    inner = tag(Paragraph(par.text, tuple(toks[i] for i in kept), par.quotes, par.units))
    out = ["O"] * len(toks)
    for i, label in zip(kept, inner):
        out[i] = label
    for i in sorted(hidden):
        before = out[i - 1] if i > 0 else "O"
        out[i] = "O" if before == "O" else "I-" + before[2:]  # the aside belongs to the words before it
    return out


def mask_dateline(par: Paragraph, labels: list[str]) -> list[str]:
    """The labels with the paragraph's dateline, if any, set to O."""
    end = dateline_end(par)
    if not end:
        return labels
    return ["O" if tok.end <= end else label for tok, label in zip(par.tokens, labels)]
