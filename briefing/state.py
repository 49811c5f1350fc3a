"""Which articles have been read: a small JSON file in the cache directory.

Every change is written at once (atomically, merged with what is on disk), so
a crash of the TUI or a second copy of it running loses nothing. An article is
known both by its content and by its path: a file that is renamed keeps its
state, and so does a file whose cleaned text changes when the analysis
improves. No Textual here; the TUI only calls these functions.
"""

from __future__ import annotations

import hashlib
import json
import os
import time

from briefing.model import Article

FILENAME = "read-state.json"
SCHEMA = 1
MAX_KEYS = 20_000  # about 1.5 MB; the oldest marks go first


def article_keys(article: Article) -> tuple[str, str]:
    """("c:<hash of title and text>", "p:<absolute path>") for one article."""
    digest = hashlib.sha256()
    digest.update((article.title or "").encode("utf-8", "surrogatepass"))
    for paragraph in article.paragraphs:
        digest.update(b"\n")
        digest.update(paragraph.encode("utf-8", "surrogatepass"))
    path = article.path if article.path == "-" else os.path.abspath(article.path)
    return "c:" + digest.hexdigest()[:32], "p:" + path


class ReadState:
    """Read marks keyed by article_keys(); `directory` None keeps them in memory only."""

    def __init__(self, directory: str | None) -> None:
        self.path = os.path.join(directory, FILENAME) if directory else None
        self.marks: dict[str, float] = self._load()
        self.error: str | None = None  # the last write failure, for the TUI to show once

    def _load(self) -> dict[str, float]:
        if not self.path:
            return {}
        try:
            with open(self.path, "rb") as fh:
                data = json.loads(fh.read().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return {}  # missing or damaged: start afresh rather than refuse to run
        if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("read"), dict):
            return {}
        return {str(k): float(v) for k, v in data["read"].items() if isinstance(v, (int, float))}

    def is_read(self, keys: tuple[str, ...]) -> bool:
        return any(k in self.marks for k in keys)

    def set_read(self, keys: tuple[str, ...], read: bool = True) -> bool:
        """Mark (or unmark) and save; returns False when the file could not be written."""
        return self.set_many([keys], read)

    def set_many(self, key_sets, read: bool = True) -> bool:
        keys = {k for ks in key_sets for k in ks}
        merged = self._load()  # another copy of the TUI may have marked articles meanwhile
        for key, when in self.marks.items():
            merged.setdefault(key, when)
        now = time.time()
        for key in keys:
            if read:
                merged[key] = now
            else:
                merged.pop(key, None)
        if len(merged) > MAX_KEYS:
            merged = dict(sorted(merged.items(), key=lambda kv: kv[1], reverse=True)[:MAX_KEYS])
        self.marks = merged
        return self._save(merged)

    def _save(self, marks: dict[str, float]) -> bool:
        if not self.path:
            return True
        from briefing.cache import atomic_write

        payload = json.dumps({"schema": SCHEMA, "read": marks}, ensure_ascii=False, sort_keys=True)
        try:
            atomic_write(self.path, payload.encode("utf-8"))
        except OSError as exc:
            self.error = f"cannot save read marks in {self.path} ({exc.strerror or exc})"
            return False
        self.error = None
        return True
