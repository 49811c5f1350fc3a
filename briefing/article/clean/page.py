"""The page being cleaned: its lines as they are labelled, and what `clean()` returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Page:
    body: list[str]
    furniture: list[tuple[str, str]] = field(default_factory=list)  # (label, line) in order
    html_meta: dict[str, str | None] = field(default_factory=dict)

    def lines(self, label: str) -> list[str]:
        return [line for lab, line in self.furniture if lab == label]

@dataclass
class Line:
    text: str
    heading: int = 0  # markdown heading level
    bullet: bool = False
    label: str | None = None

def line_key(line: str) -> str:
    if len(line) > 5000:
        return line.lower()  # a line this long is compared whole; no need to tidy it
    return re.sub(r"\W+", " ", line).strip().lower()

def unlabelled(lines: list[Line]) -> list[int]:
    return [i for i, line in enumerate(lines) if not line.label]
