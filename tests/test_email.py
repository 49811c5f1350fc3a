"""The --email output is a real message a mail client and sendmail accept."""

import email
from email import policy

from factories import ROOT
from factories import digest as run_digest


def digest(*extra):
    return run_digest("sample_articles", *extra, fmt="text", cwd=ROOT)


def test_email_parses_to_one_text_part_equal_to_the_text_briefing():
    text = digest().stdout.decode("utf-8")
    raw = digest("--email", "--to", "me@example.com", "--from", "News <news@example.com>").stdout
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert not msg.is_multipart()
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg.get_content() == text
    assert msg["To"] == "me@example.com"
    assert msg["From"] == "News <news@example.com>"
    assert msg["Subject"].startswith("Briefing: 17 articles, ")
    for name in ("Date", "Message-ID", "MIME-Version"):
        assert msg[name], name
    for line in raw.split(b"\n"):
        assert len(line) <= 78, line  # RFC 5322 counts octets
    # Readable as it stands (8bit) when every line of the text fits in 78 octets, else
    # quoted-printable; never base64.
    fits = all(len(line.encode("utf-8")) <= 78 for line in text.splitlines())
    assert msg["Content-Transfer-Encoding"] == ("8bit" if fits else "quoted-printable")


def test_wide_email_is_folded_for_transport_and_decodes_to_the_wide_briefing():
    text = digest("--width", "120").stdout.decode("utf-8")
    raw = digest("--email", "--to", "me@example.com", "--width", "120").stdout
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert msg.get_content() == text
    assert max(len(line) for line in text.splitlines()) > 78
    for line in raw.split(b"\n"):
        assert len(line) <= 78, line
    assert msg["Content-Transfer-Encoding"] == "quoted-printable"  # as the README and --help say


def test_subject_with_a_line_break_cannot_add_a_header():
    result = digest("--email", "--to", "me@example.com", "--subject", "Hi\r\nBcc: x@y")
    assert result.returncode == 2
    assert b"Bcc" not in result.stdout
    assert b"--subject" in result.stderr and len(result.stderr.decode().strip().splitlines()) == 1


def test_recipient_with_a_line_break_is_refused():
    result = digest("--email", "--to", "me@example.com\nBcc: x@y")
    assert result.returncode == 2
    assert b"Bcc" not in result.stdout


def test_email_is_the_same_bytes_twice():
    a = digest("--email", "--to", "me@example.com").stdout
    b = digest("--email", "--to", "me@example.com").stdout
    assert a == b
