"""The analysis cache: one file per (content hash, analyzer version).

The cache owns only what it wrote. Whatever directory the user names (the
*root*), every file briefing writes lives in one folder inside it,
`briefing-cache-v1/`, created whole with a marker file (`CACHEDIR.TAG`, which
names briefing and tells backup tools to skip it). Entries are
`briefing-cache-v1/{analysis,briefing,index}/<2 hex>/<64 hex>.json` (an "index"
entry sums up a whole folder's analyses, so a cached run need not open every
article's entry). Clearing and
pruning remove only files of exactly that shape, inside a namespace that holds
the marker, whose header names the key they are stored under; they never follow
a symbolic link and never look outside the namespace. A root that is `/`, the
home folder (or above it), or a folder of articles is refused outright.

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
import re
import sys
import time
from collections.abc import Iterable, Iterator

SCHEMA = 2
DEFAULT_MAX_BYTES = 500 * 1024 * 1024
NAMESPACE = "briefing-cache-v1"
MARKER = "CACHEDIR.TAG"
MARKER_TEXT = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder is the cache of briefing (a news-briefing tool); it is safe to delete.\n"
    "# briefing removes nothing outside it. See https://bford.info/cachedir/\n"
)
KINDS = ("analysis", "briefing", "index")
TMP_PREFIX = ".tmp-briefing-"
TMP_SUFFIX = ".part"

_ENTRY = re.compile(r"[0-9a-f]{64}\.json")
_SHARD = re.compile(r"[0-9a-f]{2}")
_TMP = re.compile(re.escape(TMP_PREFIX) + r"[a-z0-9_]{1,16}" + re.escape(TMP_SUFFIX))
_KEY = re.compile(r"[0-9a-f]{64}")


class CacheDirError(Exception):
    """The cache directory cannot be used; the message is one line for the user."""


def refusal(root: str, protected: Iterable[str] = ()) -> str | None:
    """Why `root` must not be a cache directory, or None when it may.

    Refused: the file-system root, the home folder or any folder above it, and any
    folder in `protected` (the articles folder, the folders being read) or above it.
    """
    real = os.path.realpath(os.path.expanduser(root))
    home = os.path.realpath(os.path.expanduser("~"))
    if real == os.path.dirname(real):
        return f"refusing to use the file-system root {root!r} as the cache directory"
    if _is_within(home, real):
        return f"refusing to use the home folder or a folder above it ({root!r}) as the cache directory"
    for folder in protected:
        if folder and folder != "-" and os.path.isdir(folder) and _is_within(os.path.realpath(folder), real):
            return f"refusing to use the article folder {folder!r} (or a folder above it) as the cache directory"
    return None


def open_cache(cache_dir: str | None = None, *, no_cache: bool = False, reading: Iterable[str] = ()) -> Cache:
    """The cache a run asks for: `--cache-dir` (else $BRIEFING_CACHE_DIR, else the user
    cache folder), none with `no_cache`. UsageError for a directory that must not be
    one (see refusal(); `reading`: the paths the run reads). BRIEFING_CACHE_MAX_MB caps it."""
    from briefing import paths
    from briefing.errors import UsageError

    if no_cache:
        return Cache(None, enabled=False)
    root = paths.cache_dir(cache_dir)
    reason = refusal(root, [paths.articles_dir(), paths.samples_dir(), *reading])
    if reason:
        raise UsageError(reason)
    limit = os.environ.get("BRIEFING_CACHE_MAX_MB")
    if limit:
        try:
            return Cache(root, max_bytes=int(float(limit) * 1024 * 1024))
        except ValueError:
            raise UsageError(f"BRIEFING_CACHE_MAX_MB is not a number: {limit!r}") from None
    return Cache(root)


def _is_within(path: str, folder: str) -> bool:
    """True when `path` is `folder` or lies inside it (both real paths)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class Cache:
    def __init__(self, directory: str | None, *, enabled: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, warn=None):
        self.directory = directory  # the root the user chose; briefing writes only inside `namespace`
        self.namespace = os.path.join(directory, NAMESPACE) if directory else None
        self.enabled = enabled and directory is not None
        self.max_bytes = max_bytes
        self._warn = warn or (lambda msg: print(f"briefing: {msg}", file=sys.stderr))
        self._warned_write = False
        self._ready = False
        self.written = 0

    # --- the namespace ---------------------------------------------------------------

    def owned(self) -> bool:
        """True when the namespace exists, is a real folder (no symlink) and holds our marker."""
        if self._ready:
            return True
        ns = self.namespace
        if not ns or os.path.islink(ns) or not os.path.isdir(ns):
            return False
        try:
            with open(os.path.join(ns, MARKER), encoding="utf-8", errors="replace") as fh:
                return fh.read(len(MARKER_TEXT) + 1) == MARKER_TEXT
        except OSError:
            return False

    def ensure_namespace(self) -> None:
        """Create the namespace with its marker, whole (a temporary folder renamed into
        place), or check that the one there is ours. CacheDirError when it is not."""
        if self._ready:
            return
        ns = self.namespace
        assert ns is not None and self.directory is not None
        if not os.path.lexists(ns):
            import tempfile  # only when writing: a warm run reads

            os.makedirs(self.directory, exist_ok=True)
            tmp = tempfile.mkdtemp(prefix=TMP_PREFIX, dir=self.directory)
            try:
                with open(os.path.join(tmp, MARKER), "w", encoding="utf-8") as fh:
                    fh.write(MARKER_TEXT)
                os.rename(tmp, ns)  # atomic: nobody ever sees the namespace without its marker
            except OSError:
                _remove_quietly(os.path.join(tmp, MARKER))
                try:
                    os.rmdir(tmp)
                except OSError:
                    pass
                if not os.path.lexists(ns):
                    raise
        if not self.owned():
            raise CacheDirError(f"{ns} exists but was not made by briefing; not using it (choose another --cache-dir)")
        self._ready = True  # checked once per process: the namespace is ours from here on

    # --- entries ---------------------------------------------------------------

    def _path(self, key: str, kind: str = "analysis") -> str:
        assert self.namespace is not None and kind in KINDS and _KEY.fullmatch(key), (kind, key)
        return os.path.join(self.namespace, kind, key[:2], key + ".json")

    def get(self, key: str, kind: str = "analysis") -> dict | None:
        """The entry stored under `key` ("analysis" of one article, or a whole "briefing")."""
        payload = self.get_bytes(key, kind)
        if payload is None:
            return None
        try:
            data = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            data = None
        if not isinstance(data, dict):
            self._warn(f"cache entry {self._path(key, kind)} is damaged or foreign; recomputing")
            return None
        return data

    def get_bytes(self, key: str, kind: str = "analysis") -> bytes | None:
        """The payload stored under `key`, its checksum verified (see get() for JSON entries)."""
        if not self.enabled or not self.owned():
            return None
        self._ready = True
        path = self._path(key, kind)
        try:
            if os.path.islink(path):
                return None
            with open(path, "rb") as fh:
                raw = fh.read()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError as exc:
            self._warn(f"cache entry {path} unreadable ({exc.strerror}); recomputing")
            return None
        payload = _verify(raw, key)
        if payload is None:
            self._warn(f"cache entry {path} is damaged or foreign; recomputing")
            return None
        self.touch(key, kind)
        return payload

    def put(self, key: str, data: dict, kind: str = "analysis") -> None:
        if not self.enabled or self.max_bytes <= 0:  # a cache with no room keeps nothing
            return
        self.put_bytes(key, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), kind)

    def put_bytes(self, key: str, payload: bytes, kind: str = "analysis") -> None:
        if not self.enabled or self.max_bytes <= 0:
            return
        header = json.dumps({"schema": SCHEMA, "key": key, "sha256": hashlib.sha256(payload).hexdigest()})
        try:
            self.ensure_namespace()
            path = self._path(key, kind)
            if os.path.islink(path):
                raise OSError(f"{path} is a symbolic link")
            atomic_write(path, header.encode("ascii") + b"\n" + payload)
            self.written += 1
        except (OSError, CacheDirError) as exc:
            if not self._warned_write:
                reason = getattr(exc, "strerror", None) or exc
                self._warn(f"cannot write the cache in {self.directory} ({reason}); running without it")
                self._warned_write = True
            self.enabled = False

    # --- maintenance -------------------------------------------------------------

    def entries(self) -> list[tuple[str, int, float]]:
        """(path, size, mtime) of every file shaped like an entry in our namespace."""
        if not self.owned():
            return []
        out = []
        for path in self._walk(_ENTRY):
            try:
                st = os.lstat(path)
            except OSError:
                continue
            out.append((path, st.st_size, st.st_mtime))
        return out

    def _walk(self, name_pattern: re.Pattern) -> Iterator[str]:
        """Files named `name_pattern` in namespace/kind/<2 hex>/, no symbolic link followed."""
        assert self.namespace is not None
        for kind in KINDS:
            kind_dir = os.path.join(self.namespace, kind)
            for shard in _scan(kind_dir, dirs=True):
                if not _SHARD.fullmatch(shard.name):
                    continue
                for item in _scan(shard.path, dirs=False):
                    if name_pattern.fullmatch(item.name) and (name_pattern is not _ENTRY or item.name[:2] == shard.name):
                        yield item.path

    def info(self) -> dict:
        entries = self.entries()

        def count(kind: str) -> int:
            folder = os.path.join(self.namespace or "", kind) + os.sep
            return sum(1 for p, _s, _m in entries if p.startswith(folder))

        return {
            "location": self.directory,
            "namespace": self.namespace,
            "owned": self.owned(),
            "entries": len(entries),
            "briefings": count("briefing"),
            "analyses": count("analysis"),
            "indexes": count("index"),
            "bytes": sum(size for _p, size, _m in entries),
            "max_bytes": self.max_bytes,
        }

    def clear(self) -> int:
        """Remove every entry briefing wrote (its read marks stay); returns how many."""
        removed = 0
        for path, _size, _mtime in self.entries():
            if _remove_entry(path):
                removed += 1
        self._remove_stale_temporaries()
        self._remove_empty_shards()
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
            if _remove_entry(path):
                total -= size
                removed += 1
        return removed

    def _remove_stale_temporaries(self, age: float = 3600.0) -> None:
        # A process killed between mkstemp and os.replace leaves a temporary behind.
        if not self.owned():
            return
        cutoff = time.time() - age
        for path in self._walk(_TMP):
            try:
                st = os.lstat(path)
                if st.st_mtime <= cutoff and os.path.isfile(path) and not os.path.islink(path):
                    os.remove(path)
            except OSError:
                pass

    def _remove_empty_shards(self) -> None:
        assert self.namespace is not None
        for kind in KINDS:
            for shard in _scan(os.path.join(self.namespace, kind), dirs=True):
                if _SHARD.fullmatch(shard.name):
                    try:
                        os.rmdir(shard.path)  # only succeeds when empty
                    except OSError:
                        pass

    def touch(self, key: str, kind: str = "analysis") -> None:
        """Mark an entry as recently used (for LRU pruning)."""
        if not self.enabled:
            return
        try:
            now = time.time()
            os.utime(self._path(key, kind), (now, now), follow_symlinks=False)
        except (OSError, NotImplementedError):
            pass


def _scan(folder: str, *, dirs: bool) -> list[os.DirEntry]:
    """The sub-folders (dirs=True) or regular files of `folder`; symbolic links are neither."""
    try:
        with os.scandir(folder) as it:
            items = list(it)
    except OSError:
        return []
    if dirs:
        return [e for e in items if e.is_dir(follow_symlinks=False)]
    return [e for e in items if e.is_file(follow_symlinks=False)]


def _remove_entry(path: str) -> bool:
    """Remove one entry file, but only if its header says briefing wrote it under this name."""
    key = os.path.basename(path)[:-5]
    try:
        if os.path.islink(path):
            return False
        with open(path, "rb") as fh:
            head = fh.readline(512)
        header = json.loads(head.decode("ascii"))
        if not isinstance(header, dict) or header.get("key") != key or "schema" not in header:
            return False
        os.remove(path)
        return True
    except (OSError, UnicodeDecodeError, ValueError):
        return False


def _remove_quietly(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _verify(raw: bytes, key: str) -> bytes | None:
    """The payload of an entry whose header names `key` and whose checksum holds."""
    end = raw.find(b"\n")
    if end < 0:
        return None
    try:
        head = json.loads(raw[:end].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(head, dict) or head.get("schema") != SCHEMA or head.get("key") != key:
        return None
    payload = raw[end + 1:]
    if hashlib.sha256(payload).hexdigest() != head.get("sha256"):
        return None
    return payload


def atomic_write(path: str, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a mix."""
    import tempfile  # only when writing: a warm run reads

    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, suffix=TMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # No fsync: os.replace is atomic for readers and for a killed writer, and a file
        # torn by a power cut fails its checksum and is recomputed.
        os.replace(tmp, path)
    except BaseException:
        _remove_quietly(tmp)
        raise
