"""What the tests share: where things are, how to run briefing, and model objects built
from a few words. Test modules import from here, never from one another.

The articles here are our own fiction (places, people and outlets included).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterable

from briefing.model import DIRECT, Analysis, Article, Briefing, Entry, Speaker, Statement, Story

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "sample_articles")
DATA = os.path.join(ROOT, "tests", "data")
NOW = "2026-03-09T12:00:00+00:00"


# --- running briefing ------------------------------------------------------------------


def run_cli(*args, stdin: bytes | None = None, cwd=None, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m briefing ARGS` in a subprocess (the environment plus `env`)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "briefing", *map(str, args)], input=stdin, capture_output=True,
                          cwd=cwd, env=full_env, timeout=300)


def digest(*args, fmt: str = "json", **kwargs) -> subprocess.CompletedProcess:
    """`briefing digest --now NOW --format FMT --jobs 1 ARGS` in a subprocess (see run_cli);
    an option in ARGS wins over the same option here."""
    return run_cli("digest", "--now", NOW, "--format", fmt, "--jobs", "1", *args, **kwargs)


def main_in_process(*argv, env: dict | None = None) -> tuple[int, bytes, str]:
    """briefing's main() in this process (fast enough for many examples): (status, stdout, stderr)."""
    from briefing.cli import main

    out, err = io.BytesIO(), io.StringIO()
    wrapper = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    old = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(wrapper), contextlib.redirect_stderr(err):
            code = main([str(a) for a in argv])
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return code, out.getvalue(), err.getvalue()


def write_article(folder, name: str, text: str, encoding: str = "utf-8") -> str:
    """Write `text` to folder/name (folders made as needed); returns the path as a string."""
    path = os.path.join(str(folder), name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
    return path


# --- model objects -----------------------------------------------------------------------


def said(speaker: str | None, text: str, kind: str = DIRECT, role: str | None = None, paragraph: int = 0) -> Statement:
    return Statement(speaker=speaker, text=text, kind=kind, paragraph=paragraph, role=role)


def analysis(paragraphs: Iterable[str], *, path: str = "story.txt", title: str | None = None,
             source: str | None = None, published: str | None = None, statements: Iterable[Statement] = (),
             ranking: Iterable[int] | None = None, keywords: Iterable[str] = (), authors: Iterable[str] = (),
             url: str | None = None, published_text: str | None = None) -> Analysis:
    """An Analysis whose sentences are the paragraphs (one sentence each), ranked in
    article order unless `ranking` says otherwise."""
    paragraphs = tuple(paragraphs)
    article = Article(path=path, title=title, source=source, authors=tuple(authors), published=published,
                      published_text=published_text, published_ago=None, paragraphs=paragraphs, url=url)
    return Analysis(article=article, sentences=paragraphs,
                    ranking=tuple(range(len(paragraphs)) if ranking is None else ranking),
                    statements=tuple(statements), keywords=tuple(keywords))


def entry(path: str, title: str | None, source: str | None, published: str | None, paragraphs: Iterable[str],
          statements: Iterable[Statement] = (), **fields) -> Entry:
    """An Entry of a briefing; each statement's speaker is its canonical name."""
    statements = tuple(statements)
    made = analysis(paragraphs, path=path, title=title, source=source, published=published,
                    statements=statements, **fields)
    return Entry(analysis=made, published=published, speakers=tuple(st.speaker for st in statements))


def briefing(entries: Iterable[Entry], *, stories: Iterable[Story] | None = None,
             speakers: Iterable[Speaker] | None = None, sentences: int = 3) -> Briefing:
    """A Briefing of the entries: one story each unless `stories` are given, and one
    Speaker per name quoted unless `speakers` are."""
    entries = tuple(entries)
    if stories is None:
        stories = [Story(title=e.article.title or e.path, articles=(e.path,)) for e in entries]
    if speakers is None:
        quoted: dict[str, list[str]] = {}
        for e in entries:
            for name in e.speakers:
                if name and e.path not in quoted.setdefault(name, []):
                    quoted[name].append(e.path)
        speakers = [Speaker(name=n, aliases=(), roles=(), articles=tuple(paths)) for n, paths in quoted.items()]
    return Briefing(entries=entries, speakers=tuple(speakers), stories=tuple(stories), sentences=sentences)


# --- who said what, as the tests read it -------------------------------------------------


def speakers(paragraphs: list[str]) -> list[str | None]:
    """The speaker of every statement found in the paragraphs, in order."""
    from briefing.article.attribution import extract

    return [s.speaker for s in extract(paragraphs)]


def speakers_and_words(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    """(speaker, words) of every statement found in the paragraphs, in order."""
    from briefing.article.attribution import extract

    return [(s.speaker, s.text) for s in extract(paragraphs)]


# --- a page for the metadata tests -------------------------------------------------------

# A short story of our own that the metadata tests put under headlines, bylines, stamps and furniture.
P1 = "The town council approved a new bridge over the Marrow river on Tuesday after a two-hour debate."
P2 = "Work will start in May and the bridge should open to cyclists and walkers by the end of next year."
P3 = '"We have waited a long time for this," said councillor Ada Finch, who proposed the plan.'
STORY = "\n\n".join([P1, P2, P3])
# A paragraph long enough to be read as the story's own, for pages whose furniture is under test.
P_LONG = ("Engineers who inspected the old crossing last winter found rust in three of its four supports, and the"
          " council's own report said the cost of repairs would soon pass the cost of a new bridge, which is why"
          " the vote was brought forward from the autumn to this week.")
HEAD = "Marrow council backs new river bridge"


def meta_of(text: str):
    """Title, outlet, authors and date of a pasted page, as the analysis finds them."""
    from briefing.article.clean import clean
    from briefing.article.meta import extract

    return extract(clean(text))
