"""`briefing add`: save an article into the user's articles folder, never overwriting."""

from __future__ import annotations

import os
import re


from briefing import load, paths
from briefing.model import Problem

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
    os.makedirs(folder, exist_ok=True)
    stem, ext = os.path.splitext(wanted)
    data = raw.text.encode("utf-8")
    for n in range(1, 10000):
        candidate = os.path.join(folder, wanted if n == 1 else f"{stem}-{n}{ext}")
        try:
            # O_EXCL: never overwrite, even if another process picks the same name now.
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        except OSError as exc:
            return f"briefing: {folder}: cannot save ({exc.strerror or exc})"
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return f"Saved {source if source != '-' else 'stdin'} as {candidate}"
    return f"briefing: {folder}: too many articles named {wanted}"


