"""`briefing add`: save an article into the user's articles folder, never overwriting."""

from __future__ import annotations

import os
import re

from briefing import paths
from briefing.model import Problem
from briefing.store import load
from briefing.textsafe import shown

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, default_ext: str = ".txt") -> str:
    """A file name that cannot leave the folder: no separators, no dots in front."""
    base = os.path.basename(name.replace("\\", "/"))
    stem, ext = os.path.splitext(base)
    stem = _SAFE.sub("-", stem).strip("-.")[:80] or "article"
    ext = ext.lower() if ext.lower() in load.SUFFIXES else default_ext
    return stem + ext


def add_article(source: str, name: str | None = None, folder: str | None = None) -> str:
    """Copy `source` (a file or - for stdin) into the articles folder; returns a message."""
    folder = folder or paths.articles_dir()
    raw = load.read(source)
    if isinstance(raw, Problem):
        return raw.line()
    if name:
        wanted = safe_name(name)
    elif source == "-":
        first = next((ln for ln in raw.text.splitlines() if ln.strip()), "article")
        wanted = safe_name(first[:60].lower(), ".html" if raw.fmt == "html" else ".txt")
    else:
        wanted = safe_name(source)
    data = raw.text.encode("utf-8")
    given = shown(source) if source != "-" else "stdin"
    try:
        os.makedirs(folder, exist_ok=True)
        twin = _same_bytes(folder, data)
        if twin:
            return f"Already saved: {given} is {shown(twin)} (not saved again)"
        tmp = _write_temporary(folder, data)
    except OSError as exc:
        return f"briefing: {shown(folder)}: cannot save ({exc.strerror or exc})"
    stem, ext = os.path.splitext(wanted)
    try:
        for n in range(1, 10000):
            candidate = os.path.join(folder, wanted if n == 1 else f"{stem}-{n}{ext}")
            try:
                # A hard link never replaces an existing name, even if another process picks
                # the same name now, and the article appears whole or not at all.
                os.link(tmp, candidate)
            except FileExistsError:
                continue
            except OSError as exc:
                return f"briefing: {shown(folder)}: cannot save ({exc.strerror or exc})"
            return f"Saved {given} as {shown(candidate)}"
        return f"briefing: {shown(folder)}: too many articles named {wanted}"
    finally:
        try:
            os.remove(tmp)
        except OSError:
            pass


def _same_bytes(folder: str, data: bytes) -> str | None:
    """An article in `folder` holding exactly `data`, if there is one."""
    with os.scandir(folder) as items:
        for item in items:
            if item.name.startswith(".") or not item.is_file(follow_symlinks=False):
                continue
            try:
                if item.stat(follow_symlinks=False).st_size != len(data):
                    continue
                with open(item.path, "rb") as fh:
                    if fh.read(len(data) + 1) == data:
                        return item.path
            except OSError:
                continue
    return None


def _write_temporary(folder: str, data: bytes) -> str:
    """A hidden temporary file in `folder` holding `data` (the article walk skips dot files)."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".tmp-briefing-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
    except BaseException:
        os.remove(tmp)
        raise
    return tmp


