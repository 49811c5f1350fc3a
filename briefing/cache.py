"""The analysis cache: one file per (content hash, analyzer version).

An entry is a header line (JSON: schema, key, SHA-256 of the payload) and the
payload (JSON) after it, so checking an entry hashes its bytes without parsing
it twice. Writes are atomic (a temporary file in the same folder, then
`os.replace`), so a process killed mid-write leaves the old entry or the new
one, never half of one; without fsync a power cut can still tear a file, and
then the checksum catches it. An entry that is truncated, corrupted or belongs
to another key is reported and recomputed, never served. A cache directory that
cannot be written turns caching off with one warning.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time

SCHEMA = 2
DEFAULT_MAX_BYTES = 500 * 1024 * 1024


class Cache:
    def __init__(self, directory: str | None, *, enabled: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, warn=None):
        self.directory = directory
        self.enabled = enabled and directory is not None
        self.max_bytes = max_bytes
        self._warn = warn or (lambda msg: print(f"briefing: {msg}", file=sys.stderr))
        self._warned_write = False
        self.written = 0

    # --- entries ---------------------------------------------------------------

    def _path(self, key: str, kind: str = "analysis") -> str:
        return os.path.join(self.directory, kind, key[:2], key + ".json")

    def get(self, key: str, kind: str = "analysis") -> dict | None:
        """The entry stored under `key` ("analysis" of one article, or a whole "briefing")."""
        if not self.enabled:
            return None
        path = self._path(key, kind)
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as exc:
            self._warn(f"cache entry {path} unreadable ({exc.strerror}); recomputing")
            return None
        data = _verify(raw, key)
        if data is None:
            self._warn(f"cache entry {path} is damaged or foreign; recomputing")
            return None
        self.touch(key, kind)
        return data

    def put(self, key: str, data: dict, kind: str = "analysis") -> None:
        if not self.enabled:
            return
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        header = json.dumps({"schema": SCHEMA, "key": key, "sha256": hashlib.sha256(payload).hexdigest()})
        path = self._path(key, kind)
        try:
            atomic_write(path, header.encode("ascii") + b"\n" + payload)
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
        root = self.directory or ""
        if not self.directory or not os.path.isdir(root):
            return out
        for folder, _dirs, files in os.walk(root):
            for name in files:
                if name.endswith(".json") and folder != root:  # entries live in kind/xx/ folders
                    path = os.path.join(folder, name)
                    try:
                        st = os.stat(path)
                    except OSError:
                        continue
                    out.append((path, st.st_size, st.st_mtime))
        return out

    def info(self) -> dict:
        entries = self.entries()
        briefings = os.path.join(self.directory or "", "briefing") + os.sep
        return {
            "location": self.directory,
            "entries": len(entries),
            "briefings": sum(1 for p, _s, _m in entries if p.startswith(briefings)),
            "analyses": sum(1 for p, _s, _m in entries if not p.startswith(briefings)),
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
        root = self.directory or ""
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

    def touch(self, key: str, kind: str = "analysis") -> None:
        """Mark an entry as recently used (for LRU pruning)."""
        if not self.enabled:
            return
        try:
            now = time.time()
            os.utime(self._path(key, kind), (now, now))
        except OSError:
            pass


def _verify(raw: bytes, key: str) -> dict | None:
    header, sep, payload = raw.partition(b"\n")
    if not sep:
        return None
    try:
        head = json.loads(header.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(head, dict) or head.get("schema") != SCHEMA or head.get("key") != key:
        return None
    if hashlib.sha256(payload).hexdigest() != head.get("sha256"):
        return None
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def atomic_write(path: str, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a mix."""
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # No fsync: os.replace is atomic for readers and for a killed writer, and a file
        # torn by a power cut fails its checksum and is recomputed.
        os.replace(tmp, path)
    except BaseException:
        try:
            os.remove(tmp)
        except OSError:
            pass
        raise
