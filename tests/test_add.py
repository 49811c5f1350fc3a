"""`briefing add` saves into the articles folder: safe names, never overwriting."""

import os

from factories import NOW, run_cli

TEXT = "Bakery wins regional prize\n\nThe Old Mill bakery in Tarn won the regional bread prize on Sunday, its owner said.\n"


def articles(tmp_path):
    return tmp_path / "data" / "articles"


def test_add_copies_a_file_and_briefing_then_reads_it(tmp_path):
    src = tmp_path / "prize.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = run_cli("add", str(src))
    assert result.returncode == 0, result.stderr.decode()
    saved = articles(tmp_path) / "prize.txt"
    assert saved.read_text(encoding="utf-8") == TEXT
    assert str(saved) in result.stdout.decode()
    # With no PATH, briefing now reads the user's folder instead of the samples.
    digest = run_cli("digest", "--now", NOW).stdout.decode()
    assert "Bakery wins regional prize" in digest and "Tessaly" not in digest


def test_add_never_overwrites(tmp_path):
    src = tmp_path / "prize.txt"
    src.write_text(TEXT, encoding="utf-8")
    run_cli("add", str(src))
    src.write_text(TEXT.replace("Sunday", "Monday"), encoding="utf-8")
    run_cli("add", str(src))
    folder = articles(tmp_path)
    assert sorted(os.listdir(folder)) == ["prize-2.txt", "prize.txt"]
    assert "Sunday" in (folder / "prize.txt").read_text(encoding="utf-8")
    assert "Monday" in (folder / "prize-2.txt").read_text(encoding="utf-8")


def test_add_from_stdin_and_hostile_names_stay_inside_the_folder(tmp_path):
    result = run_cli("add", "-", "--name", "../../../etc/passwd", stdin=TEXT.encode())
    assert result.returncode == 0, result.stderr.decode()
    folder = articles(tmp_path)
    assert os.listdir(folder) == ["passwd.txt"]
    result = run_cli("add", "-", stdin=TEXT.replace("Sunday", "Monday").encode())
    names = sorted(os.listdir(folder))
    assert len(names) == 2 and all(os.sep not in n and not n.startswith(".") for n in names)


def test_adding_an_article_already_saved_says_so_and_saves_no_copy(tmp_path):
    src = tmp_path / "prize.txt"
    src.write_text(TEXT, encoding="utf-8")
    run_cli("add", str(src))
    again = run_cli("add", "-", stdin=TEXT.encode())  # the same article, pasted this time
    assert again.returncode == 0
    folder = articles(tmp_path)
    assert again.stdout.decode().strip() == f"Already saved: stdin is {folder / 'prize.txt'} (not saved again)"
    assert os.listdir(folder) == ["prize.txt"]


def test_add_refuses_bad_input_with_one_line(tmp_path):
    result = run_cli("add", "-", stdin=b"")
    assert result.returncode == 1
    assert result.stderr.decode().strip() == "briefing: -: empty file"
    assert not articles(tmp_path).exists() or not os.listdir(articles(tmp_path))
