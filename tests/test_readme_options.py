"""The README's option tables and every command's --help say the same things."""

from __future__ import annotations

import os
import re

from conftest import ROOT

from briefing.article.summarize import METHODS
from briefing.cli import build_parsers

README = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
SKIP = {"-h", "--help", "--version"}


def options():
    """(command, option string, metavar or None) of every option of every command."""
    for command, parser in build_parsers().items():
        for action in parser._actions:
            for opt in action.option_strings:
                if opt in SKIP or not opt.startswith("--"):
                    continue
                metavar = action.metavar
                if metavar is None and action.nargs != 0:
                    metavar = action.dest.upper()
                yield command or "briefing", opt, metavar


def readme_table_options() -> set[str]:
    """Every `--option` that starts a cell of a README table."""
    found = set()
    for line in README.splitlines():
        if line.startswith("|"):
            found.update(re.findall(r"`(--[a-z-]+)", line.split("|")[1]))
    return found


def test_every_option_of_every_command_is_in_a_readme_table_with_its_metavar():
    in_tables = readme_table_options()
    table_lines = "\n".join(line for line in README.splitlines() if line.startswith("|"))
    for command, opt, metavar in options():
        assert opt in in_tables, f"{command} {opt} is not in a README table"
        if metavar:
            assert f"`{opt} {metavar}" in table_lines or f"`{opt} {metavar}`" in table_lines, \
                f"{command} {opt}: the README does not write it as `{opt} {metavar}`"


def test_every_option_in_the_readme_tables_exists():
    known = {opt for _c, opt, _m in options()}
    assert readme_table_options() - SKIP <= known, readme_table_options() - known


def test_every_summary_method_is_documented_in_help_and_readme():
    helptext = build_parsers()["digest"].format_help()
    row = next(line for line in README.splitlines() if line.startswith("| `--method NAME`"))
    for method in METHODS:
        assert f"`{method}`" in row, method
        assert method in helptext, method


def test_cache_help_explains_info_and_clear():
    helptext = " ".join(build_parsers()["cache"].format_help().split())
    assert "info: where the cache is" in helptext and "clear: remove every entry" in helptext
    assert "| `briefing cache info` |" in README and "| `briefing cache clear` |" in README


def test_email_transfer_encoding_is_described_as_it_is_sent():
    helptext = " ".join(build_parsers()["digest"].format_help().split())
    assert "8bit when every line fits in 78 characters" in helptext
    assert "quoted-printable" in helptext
    assert "sent **8bit**" in README and "then the part is **quoted-printable**" in README
