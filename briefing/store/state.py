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


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def _parse(raw: bytes | None) -> dict[str, float] | None:
    """The marks in a read-state file; None when it is damaged or not one."""
    if raw is None:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("read"), dict):
        return None
    return {str(k): float(v) for k, v in data["read"].items() if isinstance(v, (int, float))}


def article_keys(article: Article) -> tuple[str, str]:
    """("c:<hash of title and text>", "p:<absolute path>") for one article."""
    digest = hashlib.sha256()
    digest.update((article.title or "").encode("utf-8", "surrogatepass"))
    for paragraph in article.paragraphs:
        digest.update(b"\n")
        digest.update(paragraph.encode("utf-8", "surrogatepass"))
    return "c:" + digest.hexdigest()[:32], path_key(article.path)


def path_key(path: str) -> str:
    """The path half of article_keys()."""
    return "p:" + (path if path == "-" else os.path.abspath(path))


class ReadState:
    """Read marks keyed by article_keys(); `directory` None keeps them in memory only.

    `mark()` changes the marks in memory at once; `save()` merges the changes
    into the file and may run in another thread (the TUI saves in a worker so a
    slow disk never delays a keypress). `set_many()` does both.
    """

    def __init__(self, directory: str | None, *, earlier: str | None = None, prepare=None) -> None:
        """`directory`: the folder briefing keeps the file in (its cache namespace).
        `earlier`: a read-state file of an earlier layout, read (never changed) while
        `directory` holds none yet, so no marks are lost on an upgrade.
        `prepare()`: called before a write (creates the namespace with its marker)."""
        self.path = os.path.join(directory, FILENAME) if directory else None
        self._prepare = prepare
        self.error: str | None = None  # the last write failure, for the TUI to show once
        self.notice: str | None = None  # a damaged file was kept aside: say so once
        self._earlier = earlier
        self._changes: dict[str, float | None] = {}  # key -> time read, or None for unread
        self._lock = threading.Lock()
        self.marks: dict[str, float] = self._load()

    def _load(self) -> dict[str, float]:
        if not self.path:
            return {}
        if self._earlier and not os.path.lexists(self.path):
            return _parse(_read(self._earlier)) or {}
        raw = _read(self.path)
        if raw is None:
            return {}
        marks = _parse(raw)
        if marks is None:
            # Damaged: keep it aside for the user (it is their reading history), start afresh.
            aside = f"{self.path}.damaged-{time.strftime('%Y%m%dT%H%M%S')}"
            try:
                os.replace(self.path, aside)
                self.notice = f"read marks in {self.path} were damaged; kept as {aside}, starting afresh"
            except OSError as exc:
                self.notice = f"read marks in {self.path} are damaged and cannot be kept aside ({exc.strerror or exc})"
            return {}
        return marks

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
        from briefing.store.cache import CacheDirError, atomic_write

        payload = json.dumps({"schema": SCHEMA, "read": marks}, ensure_ascii=False, sort_keys=True)
        try:
            if self._prepare is not None:
                self._prepare()
            atomic_write(self.path, payload.encode("utf-8"))
        except (OSError, CacheDirError) as exc:
            self.error = f"cannot save read marks in {self.path} ({getattr(exc, 'strerror', None) or exc})"
            return False
        self.error = None
        return True
