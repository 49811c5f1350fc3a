"""The analysis cache: one JSON file per (content hash, analyzer version).

Writes are atomic (a temporary file in the same folder, then `os.replace`), so a
process killed mid-write leaves the old entry or the new one, never half of one.
Every entry carries its own key and a checksum of its payload; an entry that is
truncated, corrupted or belongs to another key is reported and recomputed,
never served. A cache directory that cannot be written turns caching off with
one warning.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time

SCHEMA = 1
DEFAULT_MAX_BYTES = 500 * 1024 * 1024


class Cache:
    def __init__(self, directory: str | None, *, enabled: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, warn=None):
        self.directory = directory
        self.enabled = enabled and directory is not None
        self.max_bytes = max_bytes
        self._warn = warn or (lambda msg: print(f"briefing: {msg}", file=sys.stderr))
        self._warned_write = False
        self.hits = 0
        self.misses = 0
        self.written = 0

    # --- entries ---------------------------------------------------------------

    def _path(self, key: str) -> str:
        return os.path.join(self.directory, "analysis", key[:2], key + ".json")

    def get(self, key: str) -> dict | None:
        if not self.enabled:
            return None
        path = self._path(key)
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except (FileNotFoundError, NotADirectoryError):
            self.misses += 1
            return None
        except OSError as exc:
            self._warn(f"cache entry {path} unreadable ({exc.strerror}); recomputing")
            self.misses += 1
            return None
        data = _verify(raw, key)
        if data is None:
            self._warn(f"cache entry {path} is damaged or foreign; recomputing")
            self.misses += 1
            return None
        self.hits += 1
        self.touch(key)
        return data

    def put(self, key: str, data: dict) -> None:
        if not self.enabled:
            return
        payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        entry = json.dumps(
            {"schema": SCHEMA, "key": key, "sha256": _sha(payload), "data": data},
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        path = self._path(key)
        try:
            atomic_write(path, entry.encode("utf-8"))
            self.written += 1
        except OSError as exc:
            if not self._warned_write:
                self._warn(f"cannot write the cache in {self.directory} ({exc.strerror or exc}); running without it")
                self._warned_write = True
            self.enabled = False

    # --- maintenance -------------------------------------------------------------

    def entries(self) -> list[tuple[str, int, float]]:
        """(path, size, mtime) of every entry file."""
        out = []
        root = os.path.join(self.directory or "", "analysis")
        if not self.directory or not os.path.isdir(root):
            return out
        for folder, _dirs, files in os.walk(root):
            for name in files:
                if name.endswith(".json"):
                    path = os.path.join(folder, name)
                    try:
                        st = os.stat(path)
                    except OSError:
                        continue
                    out.append((path, st.st_size, st.st_mtime))
        return out

    def info(self) -> dict:
        entries = self.entries()
        return {
            "location": self.directory,
            "entries": len(entries),
            "bytes": sum(size for _p, size, _m in entries),
            "max_bytes": self.max_bytes,
        }

    def clear(self) -> int:
        removed = 0
        for path, _size, _mtime in self.entries():
            try:
                os.remove(path)
                removed += 1
            except OSError:
                pass
        return removed

    def prune(self) -> int:
        """Remove least-recently-used entries until the cache fits its size cap."""
        self._remove_stale_temporaries()
        entries = self.entries()
        total = sum(size for _p, size, _m in entries)
        if total <= self.max_bytes:
            return 0
        removed = 0
        for path, size, _mtime in sorted(entries, key=lambda e: e[2]):
            if total <= self.max_bytes * 0.9:
                break
            try:
                os.remove(path)
                total -= size
                removed += 1
            except OSError:
                continue
        return removed

    def _remove_stale_temporaries(self, age: float = 3600.0) -> None:
        # A process killed between mkstemp and os.replace leaves a ".tmp-" file behind.
        root = os.path.join(self.directory or "", "analysis")
        if not self.directory or not os.path.isdir(root):
            return
        cutoff = time.time() - age
        for folder, _dirs, files in os.walk(root):
            for name in files:
                if name.startswith(".tmp-"):
                    path = os.path.join(folder, name)
                    try:
                        if os.stat(path).st_mtime < cutoff:
                            os.remove(path)
                    except OSError:
                        pass

    def touch(self, key: str) -> None:
        """Mark an entry as recently used (for LRU pruning)."""
        if not self.enabled:
            return
        try:
            now = time.time()
            os.utime(self._path(key), (now, now))
        except OSError:
            pass


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _verify(raw: bytes, key: str) -> dict | None:
    try:
        entry = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("schema") != SCHEMA or entry.get("key") != key:
        return None
    data = entry.get("data")
    if not isinstance(data, dict):
        return None
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if _sha(payload) != entry.get("sha256"):
        return None
    return data


def atomic_write(path: str, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a mix."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise
