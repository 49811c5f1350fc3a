"""Bytes to text: every encoding people save articles in reads as the same characters."""

import pytest

from briefing.model import Problem
from briefing.store.load import decode, read

TEXT = "Caf\u00e9 owners said \u201cthe bridge\u201d would help \u2014 it\u2019s a start.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        b"\xff\xfe" + TEXT.encode("utf-16-le"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),  # curly quotes as bytes 0x93/0x94
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-32", "cp1252"],
)
def test_encodings_decode_to_the_right_characters(data):
    assert decode(data) == TEXT


def test_cp1252_quote_bytes_are_curly_quotes():
    assert decode(b"He said \x93yes\x94 and left \x96 quickly.") == "He said \u201cyes\u201d and left \u2013 quickly."


def test_a_few_cp1252_bytes_in_a_utf8_file_keep_the_utf8_characters():
    data = "Caf\u00e9 \u2014 ".encode() + b"\x93quoted\x94"
    assert decode(data) == "Caf\u00e9 \u2014 \u201cquoted\u201d"


def test_utf16_without_bom():
    assert decode(TEXT.encode("utf-16-le")) == TEXT


def test_windows_line_endings_become_newlines():
    assert decode(b"one\r\ntwo\rthree") == "one\ntwo\nthree"


@pytest.mark.parametrize(
    "data, why",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"%PDF-1.4\n", "PDF"),
        (b"PK\x03\x04rest", "zip"),
        (b"Some words\x00 and a NUL", "NUL"),
        (b"Caf\x81 \x8d\x8f\x90\x9d bytes", "UTF-8"),
        (bytes(range(1, 32)) * 50, "control"),
    ],
)
def test_a_file_that_is_not_text_gets_a_clear_error(data, why):
    result = decode(data)
    assert isinstance(result, Problem) and why.lower() in result.message.lower()


def test_read_reports_the_path_with_the_problem(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0JFIF")
    result = read(str(path))
    assert isinstance(result, Problem) and result.path == str(path) and "JPEG" in result.message
