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
import threading
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
    """Read marks keyed by article_keys(); `directory` None keeps them in memory only.

    `mark()` changes the marks in memory at once; `save()` merges the changes
    into the file and may run in another thread (the TUI saves in a worker so a
    slow disk never delays a keypress). `set_many()` does both.
    """

    def __init__(self, directory: str | None) -> None:
        self.path = os.path.join(directory, FILENAME) if directory else None
        self.marks: dict[str, float] = self._load()
        self.error: str | None = None  # the last write failure, for the TUI to show once
        self._changes: dict[str, float | None] = {}  # key -> time read, or None for unread
        self._lock = threading.Lock()

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
        marks = self.marks
        return any(k in marks for k in keys)

    def mark(self, key_sets, read: bool = True) -> None:
        """Change the marks in memory; `save()` writes them."""
        now = time.time()
        with self._lock:
            marks = dict(self.marks)
            for keys in key_sets:
                for key in keys:
                    if read:
                        marks[key] = now
                        self._changes[key] = now
                    else:
                        marks.pop(key, None)
                        self._changes[key] = None
            self.marks = marks  # replaced whole, so readers in other threads never see it half-changed

    def save(self) -> bool:
        """Merge the changes since the last save into the file (another copy of the TUI
        may have marked articles meanwhile); False when the file could not be written."""
        with self._lock:
            if not self._changes:
                return True
            merged = self._load()
            for key, when in self._changes.items():
                if when is None:
                    merged.pop(key, None)
                else:
                    merged[key] = when
            if len(merged) > MAX_KEYS:
                merged = dict(sorted(merged.items(), key=lambda kv: kv[1], reverse=True)[:MAX_KEYS])
            ok = self._save(merged)
            if ok:
                self._changes.clear()
                self.marks = merged
            return ok

    def set_read(self, keys: tuple[str, ...], read: bool = True) -> bool:
        return self.set_many([keys], read)

    def set_many(self, key_sets, read: bool = True) -> bool:
        """Mark (or unmark) and save at once; returns False when the file could not be written."""
        self.mark(key_sets, read)
        return self.save()

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
