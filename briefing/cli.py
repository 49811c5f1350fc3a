"""Command line: `briefing [PATH ...]`, `digest`, `quotes`, `tui`, `cache`, `add`.

Stdout is data and diagnostics go to stderr. Exit codes are part of the
interface (see ExitCode). At load time this module imports only `os`, `sys` and
the error classes: `--version` stays as fast as Python itself, each command
imports what it uses, and the plain-text path never loads Textual.
"""

from __future__ import annotations

import os
import sys

from briefing import __version__
from briefing.errors import OutputError, UsageError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a few ms at every start)
if TYPE_CHECKING:
    from briefing.session import Options

COMMANDS = ("digest", "quotes", "tui", "cache", "add")


class ExitCode:
    """Exit statuses, part of the interface (documented in the README)."""

    OK = 0
    SOME_UNREADABLE = 1  # some articles could not be read; the rest was still output
    USAGE = 2
    OUTPUT = 74  # standard output could not be written (EX_IOERR of sysexits.h)
    INTERRUPTED = 130




def _common(parser, *, paths: bool = True) -> None:
    if paths:
        parser.add_argument("paths", nargs="*", metavar="PATH",
                            help="article files or folders (searched recursively), or - for stdin; "
                                 "default: your articles folder, else the bundled samples")
    g = parser.add_argument_group("analysis")
    g.add_argument("--sentences", type=_positive, default=3, metavar="N", help="summary length in sentences (default 3)")
    g.add_argument("--method", default="news", metavar="NAME",
                   help="summary method: news (default), lead, lexrank, lsa, luhn, textrank, edmundson, sumbasic, kl, "
                        "or random (a baseline: sentences picked at random)")
    g.add_argument("--now", metavar="WHEN", help="the time relative dates are resolved against (default: each file's modification time)")
    g.add_argument("--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes for uncached articles (default: number of cores)")
    g.add_argument("--max-size", type=_size, default=None, metavar="SIZE",
                   help="refuse files larger than SIZE: bytes, or with a suffix K, M or G (default 10M)")
    g.add_argument("--cache-dir", metavar="DIR", help="cache directory (default: $BRIEFING_CACHE_DIR or the user cache dir)")
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    f = parser.add_argument_group("filters")
    f.add_argument("--since", metavar="WHEN", help='only articles published since WHEN ("yesterday", "3 days ago", "2025-05-01")')
    f.add_argument("--until", metavar="WHEN", help="only articles published until WHEN")
    f.add_argument("--speaker", metavar="NAME", help="only articles and statements of this speaker (any name form)")
    f.add_argument("--source", metavar="OUTLET", help="only articles from this outlet")


def _output(parser, formats: tuple[str, ...]) -> None:
    o = parser.add_argument_group("output")
    o.add_argument("--format", choices=formats, default="text", help="output format (default text)")
    o.add_argument("--width", type=_width, default=72, metavar="N", help="wrap text at N columns (default 72)")
    o.add_argument("--ascii", action="store_true", help="ASCII quotes, dashes and ellipses")


def _terminal_columns() -> int:
    """The width shutil.get_terminal_size() gives argparse, without importing shutil
    (with its compression modules, a few ms of every run): $COLUMNS, else the
    terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns


def _parser(**kwargs):
    import argparse

    class Formatter(argparse.HelpFormatter):
        def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
            width = _terminal_columns() - 2 if width is None else width  # as HelpFormatter computes it
            super().__init__(prog, indent_increment, max_help_position, width)

    return argparse.ArgumentParser(formatter_class=Formatter, **kwargs)


def build_parser(command: str = ""):
    """The argument parser of one command ("" for the top level)."""

    if command == "":
        top = _parser(
            prog="briefing",
            description="A briefing over a folder of saved news articles: summaries and who said what.",
            epilog="commands: digest, quotes, tui, cache, add  (briefing COMMAND --help for each). "
                   "With no command: the TUI on a terminal, else the plain-text digest. "
                   "Exit codes: 0 ok, 1 some articles unreadable, 2 usage error, 130 interrupted.",
        )
        top.add_argument("--version", action="version", version=f"briefing {__version__}")
        _common(top)
        _output(top, ("text", "markdown", "json"))
        return top
    if command == "digest":
        digest = _parser(prog="briefing digest", description="Print the briefing as text, Markdown or JSON.")
        _common(digest)
        _output(digest, ("text", "markdown", "json"))
        e = digest.add_argument_group("email")
        e.add_argument("--email", action="store_true",
                       help="print a complete email message (for | sendmail -t): one text/plain UTF-8 part, sent "
                            "8bit when every line fits in 78 characters, quoted-printable when --width makes wider ones")
        e.add_argument("--to", metavar="ADDR", help="To: address (with --email)")
        e.add_argument("--from", dest="sender", metavar="ADDR", help="From: address (with --email)")
        e.add_argument("--subject", metavar="TEXT", help='Subject: (default "Briefing: N articles, DATE")')
        return digest
    if command == "quotes":
        quotes = _parser(prog="briefing quotes", description="List every statement with its speaker.")
        _common(quotes)
        _output(quotes, ("text", "json"))
        return quotes
    if command == "tui":
        tui = _parser(prog="briefing tui", description="Open the interactive briefing.")
        _common(tui)
        return tui
    if command == "cache":
        cache = _parser(
            prog="briefing cache", description="Show or clear the analysis cache.",
            epilog="info: where the cache is, how many entries (article analyses, whole digests, folder indexes) "
                   "and bytes it holds, and what clear would remove. clear: remove every entry briefing wrote, "
                   "inside its own briefing-cache-v1/ folder only; your read marks and every other file stay.")
        cache.add_argument("action", choices=("info", "clear"), help="info (what is cached) or clear (empty it)")
        cache.add_argument("--cache-dir", metavar="DIR", help="cache directory (default: $BRIEFING_CACHE_DIR or the user cache dir)")
        return cache
    if command == "add":
        add = _parser(prog="briefing add", description="Save an article into your articles folder.")
        add.add_argument("sources", nargs="+", metavar="FILE", help="article file, or - to read it from stdin")
        add.add_argument("--name", metavar="NAME", help="file name to save under (default: from the title)")
        return add
    raise KeyError(command)


def build_parsers() -> dict:
    """Every command's parser (for tests and documentation)."""
    return {c: build_parser(c) for c in ("",) + COMMANDS}


def _type_error(message: str) -> Exception:
    import argparse

    return argparse.ArgumentTypeError(message)


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise _type_error(f"not a whole number: {value!r}") from None
    if n < 1:
        raise _type_error("must be at least 1")
    return n


def _width(value: str) -> int:
    n = _positive(value)
    if n < 40:
        raise _type_error("must be at least 40")
    return n


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    v = value.strip().lower().rstrip("b")
    mult = units.get(v[-1:], 1)
    try:
        return int(float(v[:-1] if v[-1:] in units else v) * mult)
    except ValueError:
        raise _type_error(f"not a size: {value!r}") from None


def options_from(args) -> Options:
    """The typed options of a parsed command line."""
    from briefing.session import Options

    return Options(
        paths=tuple(args.paths), sentences=args.sentences, method=args.method, now=args.now, jobs=args.jobs,
        max_size=args.max_size, cache_dir=args.cache_dir, no_cache=args.no_cache, since=args.since,
        until=args.until, speaker=args.speaker, source=args.source,
    )


def _report(problems) -> int:
    for p in problems:
        print(p.line(), file=sys.stderr)
    return _status(problems)


def _status(problems) -> int:
    """1 when an article could not be read; warnings alone leave the status 0."""
    return ExitCode.SOME_UNREADABLE if any(not p.warning for p in problems) else ExitCode.OK


def use_color() -> bool:
    terminal = sys.stdout is not None and sys.stdout.isatty()
    return terminal and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _briefing_key(args, color: bool) -> str | None:
    """Cache key of a whole digest: every input file and every option that shapes the output.

    None when the output cannot be reproduced from the inputs alone: stdin, or a date
    ("yesterday", the email Date header) that depends on the moment of the run.
    """
    import hashlib
    import json

    from briefing.store import load
    from briefing.version import output_version

    if args.no_cache or (args.now is None and (args.since or args.until or args.email)):
        return None
    inputs = load.fingerprint(args.paths or load.default_paths(), args.max_size or load.DEFAULT_MAX_BYTES,
                              with_mtimes=args.now is None)
    if inputs is None:
        return None
    options = [args.format, args.width, args.ascii, color, args.sentences, args.method, args.now, args.since,
               args.until, args.speaker, args.source, args.email, args.to, args.sender, args.subject]
    blob = json.dumps([output_version(), options, inputs], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def emit(data: bytes | str) -> None:
    """Write to stdout and flush: exact bytes (an 8-bit email body) or text.

    OutputError, not a traceback, when stdout is closed or cannot take the bytes;
    BrokenPipeError passes (a reader that went away ends the run quietly).
    """
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    try:
        buffer = getattr(sys.stdout, "buffer", None)
        if isinstance(data, str):
            sys.stdout.write(data)
            sys.stdout.flush()
        elif buffer is None:
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: the stream was closed under us
        raise OutputError(getattr(exc, "strerror", None) or str(exc)) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass


def cmd_digest(args) -> int:
    import json

    from briefing.store.cache import open_cache

    color = use_color() and args.format == "text" and not args.email
    cache = open_cache(args.cache_dir, no_cache=args.no_cache, reading=args.paths)
    key = _briefing_key(args, color) if cache.enabled else None
    stored = _stored_digest(cache.get_bytes(key, kind="briefing")) if key else None
    if stored is not None:
        # The same files and options as an earlier run: its output, byte for byte. This
        # path imports no analysis, no model and no session: a few milliseconds.
        out, problems, code = stored
    else:
        out, problems, code = _digest(args, cache, color)
        if key:
            head = json.dumps({"stderr": problems, "code": code}, ensure_ascii=False).encode("utf-8")
            cache.put_bytes(key, head + b"\n" + out, kind="briefing")
    emit(out)
    for line in problems:
        print(line, file=sys.stderr)
    return code


def _stored_digest(payload: bytes | None) -> tuple[bytes, list[str], int] | None:
    """(output, diagnostic lines, exit status) of a stored digest: a JSON line, then the
    output's bytes as they were written (no JSON string to decode: it is a megabyte at
    a few thousand articles)."""
    import json

    if payload is None:
        return None
    head, sep, out = payload.partition(b"\n")
    try:
        meta = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not sep or not isinstance(meta, dict) or not isinstance(meta.get("stderr"), list):
        return None
    code = meta.get("code", 0)
    return (out, [str(line) for line in meta["stderr"]], code) if isinstance(code, int) else None


def _digest(args, cache, color: bool) -> tuple[bytes, list[str], int]:
    """The digest's bytes, its diagnostic lines and its exit status."""
    from briefing import session

    briefing, now = session.load_briefing(options_from(args), cache=cache, slim=True)
    if args.email:
        from briefing.present.render.email import render_email

        out = render_email(briefing, to=args.to, sender=args.sender, subject=args.subject, now=now, width=args.width)
    else:
        from briefing.present.render import render

        out = render(briefing, args.format, width=args.width, ascii=args.ascii, color=color).encode("utf-8")
    return out, [p.line() for p in briefing.problems], _status(briefing.problems)


def cmd_quotes(args) -> int:
    from briefing import session

    briefing, _now = session.load_briefing(options_from(args), slim=True)
    if args.format == "json":
        from briefing.present.render.json import render_quotes_json

        emit(render_quotes_json(briefing))
    else:
        from briefing.present.render.quotes import render_quotes_text

        emit(render_quotes_text(briefing, width=args.width, ascii=args.ascii))
    return _report(briefing.problems)


def cmd_tui(args) -> int:
    from briefing.tui.app import BriefingApp

    app = BriefingApp(options_from(args))
    app.run()
    if app.return_code == ExitCode.INTERRUPTED:
        print("briefing: interrupted", file=sys.stderr)
    if app.return_code:
        return app.return_code  # e.g. a usage error found while loading
    return _report(app.problems)


def cmd_cache(args) -> int:
    from briefing import session

    cache = session.make_cache(session.Options(cache_dir=args.cache_dir))
    if args.action == "clear":
        removed = cache.clear()
        where = cache.namespace if cache.owned() else cache.directory
        emit(f"Removed {removed} cache entr{'y' if removed == 1 else 'ies'} from {where}\n")
        return ExitCode.OK
    info = cache.info()
    lines = [f"location: {info['location']}"]
    if not info["owned"]:
        lines.append(f"entries:  0 (briefing has written nothing here yet; it would write only inside {info['namespace']})")
    else:
        lines += [
            f"entries:  {info['entries']} ({info['analyses']} article analyses, {info['briefings']} briefings, {info['indexes']} folder indexes)",
            f"size:     {info['bytes'] / 1024:.1f} KiB (cap {info['max_bytes'] // (1024 * 1024)} MiB)",
            f"clear:    would remove those {info['entries']} entries, in {info['namespace']} only; "
            "read marks and every other file stay",
        ]
    emit("\n".join(lines) + "\n")
    return ExitCode.OK


def cmd_add(args) -> int:
    from briefing.store.add import add_article

    status = ExitCode.OK
    for source in args.sources:
        result = add_article(source, name=args.name)
        if result.startswith("briefing:"):
            print(result, file=sys.stderr)
            status = ExitCode.SOME_UNREADABLE
        else:
            emit(result + "\n")
    return status


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if sys.stderr is None:  # started with 2>&-: diagnostics go nowhere rather than into the data
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - open for the life of the process
    if argv == ["--version"]:
        return _guarded(lambda: _emitted(f"briefing {__version__}\n", ExitCode.OK))
    command = argv[0] if argv and argv[0] in COMMANDS else ""
    rest = argv[1:] if command else argv
    try:
        args = build_parser(command).parse_args(rest)
    except SystemExit as exc:  # argparse: --help/--version exit 0, errors exit 2
        code = int(exc.code or 0)
        if sys.stdout is None:
            return code  # argparse wrote its message to stderr
        return _guarded(lambda: _emitted("", code))  # the help text must really reach stdout
    if command == "":
        terminal = sys.stdout is not None and sys.stdout.isatty() and sys.stdin is not None and sys.stdin.isatty()
        command = "tui" if terminal else "digest"
        if command == "digest":
            args.email = False
            args.to = args.sender = args.subject = None
    handlers = {"digest": cmd_digest, "quotes": cmd_quotes, "tui": cmd_tui, "cache": cmd_cache, "add": cmd_add}
    return _guarded(lambda: handlers[command](args))


def _emitted(data: str, code: int) -> int:
    emit(data)
    return code


def _guarded(run) -> int:
    """Run one command; its failures become one line on stderr and an exit status."""
    try:
        return int(run())
    except OutputError as exc:
        print(f"briefing: cannot write the output: {exc}", file=sys.stderr)
        _silence_stdout()
        return ExitCode.OUTPUT
    except UsageError as exc:
        print(f"briefing: {exc}", file=sys.stderr)
        return ExitCode.USAGE
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`briefing digest | head`): end quietly.
        _silence_stdout()
        return ExitCode.OK
