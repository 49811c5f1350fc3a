"""Find article files, read their bytes and decode them.

Errors are values here: every path that cannot be used becomes a Problem naming
it, and the rest of the run goes on.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator

from briefing.textsafe import clean_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from briefing.model import Problem, RawArticle

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Magic numbers of files people drop into a folder by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "gzip data",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


def discover(paths: Iterable[str]) -> Iterator[str | Problem]:
    """Yield article paths (files given, articles found under folders) or Problems.

    Folders are searched recursively, sorted, following symlinked folders once
    (a symlink loop is reported, not followed forever).
    """
    for given in paths:
        if given == "-":
            yield given
        elif os.path.isdir(given):
            yield from _walk(given)
        elif os.path.lexists(given) and not os.path.exists(given):
            yield _problem(given, "broken symbolic link")
        elif not os.path.exists(given):
            yield _problem(given, "no such file or folder")
        else:
            yield given


def _walk(top: str) -> Iterator[str | Problem]:
    # os.scandir knows which entries are folders without a stat call each: a warm
    # run over a folder of thousands of articles lists it in a few milliseconds.
    seen: set[str] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        real = os.path.realpath(folder)
        if real in seen:
            yield _problem(folder, "symbolic link loop, not followed")
            continue
        seen.add(real)
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield _problem(folder, f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for item in items:
            if item.name.startswith("."):
                continue
            path = os.path.join(folder, item.name)
            if _is_dir(item):
                subfolders.append(path)
            elif os.path.splitext(item.name)[1].lower() in SUFFIXES:
                if item.is_symlink() and not os.path.exists(path):
                    yield _problem(path, "broken symbolic link")
                else:
                    yield path
        stack.extend(reversed(subfolders))


def _problem(path: str, message: str) -> Problem:
    # The model (and its dataclasses, 10 ms) is imported when there is something to
    # report or to read, not to list and hash the files of a run answered from the cache.
    from briefing.model import Problem

    return Problem(path, message)


def _is_dir(item: os.DirEntry) -> bool:
    try:
        return item.is_dir()  # follows a symbolic link, as os.path.isdir does
    except OSError:
        return False


def fingerprint(paths: Iterable[str], max_bytes: int, *, with_mtimes: bool) -> list | None:
    """What a whole run's output depends on in its inputs: every file's path, size and
    SHA-256 (and modification time when relative dates resolve against it).

    Cheap (bytes are hashed, not decoded or parsed), so an unchanged second run can be
    answered from the cache of whole briefings. None when the input cannot be read
    twice (stdin).
    """
    items: list = []
    for found in discover(paths):
        if not isinstance(found, str):  # a Problem
            items.append(["problem", found.path, found.message])
            continue
        if found == "-":
            return None
        try:
            size, mtime, digest = _stat_and_hash(found, max_bytes)
            item = [found, size, digest]
            if with_mtimes:
                item.append(mtime)
        except OSError as exc:
            item = ["unreadable", found, str(exc)]
        items.append(item)
    return items


def _stat_and_hash(path: str, max_bytes: int) -> tuple[int, float, str]:
    """(size, modification time, SHA-256 of the bytes; of nothing when over max_bytes).

    One open file descriptor and reads sized to the file: open() and 1 MB blocks cost
    five times more, the better part of a warm run over a folder of small articles.
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        st = os.fstat(fd)
        digest = hashlib.sha256()
        if st.st_size <= max_bytes:
            block = os.read(fd, st.st_size + 1)
            while block:
                digest.update(block)
                block = os.read(fd, 1 << 20)
    finally:
        os.close(fd)
    return st.st_size, st.st_mtime, digest.hexdigest()


def default_paths() -> list[str]:
    """The user's articles folder when it holds any article, else the bundled samples."""
    from briefing import paths

    mine = paths.articles_dir()
    if os.path.isdir(mine) and _has_articles(mine):
        return [mine]
    return [paths.samples_dir()]


def _has_articles(folder: str) -> bool:
    for _root, _dirs, files in os.walk(folder):
        if any(os.path.splitext(name)[1].lower() in SUFFIXES for name in files):
            return True
    return False


def fmt_of(path: str) -> str:
    return SUFFIXES.get(os.path.splitext(path)[1].lower(), "text")


def read(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle | Problem:
    """Read and decode one article file (or stdin for "-")."""
    from briefing.model import Problem, RawArticle

    try:
        if path == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            mtime = time.time()
        else:
            size = os.path.getsize(path)
            if size > max_bytes:
                return Problem(path, f"too large ({_mib(size)}; the limit is {_mib(max_bytes)}, raise it with --max-size)")
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
            mtime = os.path.getmtime(path)
    except OSError as exc:
        return Problem(path, f"cannot read: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Problem(path, f"too large (over {_mib(max_bytes)}; raise the limit with --max-size)")
    decoded = decode_noted(data)
    if isinstance(decoded, Problem):
        return Problem(path, decoded.message)
    text, note = decoded
    if not text.strip():
        return Problem(path, "empty file" if not data else "no text (only white space)")
    fmt = fmt_of(path) if path != "-" else _sniff(text)
    return RawArticle(path=path, text=text, mtime=mtime, fmt=fmt, digest=hashlib.sha256(data).hexdigest(),
                      notes=(note,) if note else ())


def decode(data: bytes) -> str | Problem:
    """Bytes to text (see decode_noted), without the note."""
    from briefing.model import Problem

    decoded = decode_noted(data)
    return decoded if isinstance(decoded, Problem) else decoded[0]


def decode_noted(data: bytes) -> tuple[str, str | None] | Problem:
    """Bytes to (text, note): UTF-8 (with or without BOM), UTF-16/32 with BOM, else Windows-1252.

    A UTF-8 file with a few Windows-1252 bytes pasted in (curly quotes 0x93/0x94
    from a word processor) keeps its UTF-8 characters: only the bytes that are
    not UTF-8 are read as Windows-1252, and the note says how many. Terminal
    escape sequences and control characters (but newline and tab) are removed
    here, so no stage and no output ever carries them.
    """
    from briefing.model import Problem

    note = None
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return Problem("", f"not a text file ({what})")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data[len(bom):].decode(codec)), None
            except UnicodeDecodeError:
                return Problem("", f"not valid {codec.upper()} text")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            return Problem("", "not a text file (contains NUL bytes)")
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            return Problem("", "not a text file (contains NUL bytes)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("utf-8", errors=_CP1252_FALLBACK)
            except UnicodeDecodeError:
                return Problem("", "not text in UTF-8, UTF-16 or Windows-1252")
            bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
            note = f"not valid UTF-8: {bad} byte sequence{'s' if bad != 1 else ''} read as Windows-1252"
    if _control_ratio(text) > 0.05:
        return Problem("", "not a text file (mostly control characters)")
    return _normalise(text), note


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    # Raises UnicodeDecodeError for the five bytes Windows-1252 leaves undefined: then it is not text.
    if not isinstance(exc, UnicodeDecodeError):
        raise exc  # registered for decoding only
    return exc.object[exc.start: exc.end].decode("cp1252"), exc.end


_CP1252_FALLBACK = "briefing-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.6 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.6 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def _normalise(text: str) -> str:
    return clean_text(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    """Share of control characters (not newline, tab, form feed or CR) in the first 64 KB."""
    if not text:
        return 0.0
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) / len(sample)


def _sniff(text: str) -> str:
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
