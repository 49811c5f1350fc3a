"""Where briefing keeps things: overrides first, then the same folders platformdirs names."""

import os
import sys

import pytest

from briefing import paths


def test_overrides_win(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(tmp_path / "d"))
    assert paths.cache_dir() == str(tmp_path / "c")
    assert paths.cache_dir("/elsewhere") == "/elsewhere"
    assert paths.articles_dir() == os.path.join(str(tmp_path / "d"), "articles")


@pytest.mark.parametrize("xdg", [None, "", "/srv/xdg", "relative/xdg"])
@pytest.mark.parametrize("home", ["/home/ada", "relative-home"])
def test_user_folders_are_the_ones_platformdirs_names(monkeypatch, xdg, home):
    monkeypatch.delenv("BRIEFING_CACHE_DIR")
    monkeypatch.delenv("BRIEFING_DATA_DIR")
    monkeypatch.setenv("HOME", home)
    for variable in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg)
    for kind, ours in (("cache", paths.cache_dir()), ("data", paths.data_dir())):
        try:
            theirs = paths._platformdirs(kind)
        except RuntimeError:  # a platformdirs that refuses a relative HOME outright
            continue
        assert ours == theirs, (kind, xdg, home)


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG shortcut is taken on Linux only")
def test_plain_linux_answers_without_importing_platformdirs():
    import subprocess

    code = ("import os, sys; os.environ.pop('XDG_DATA_HOME', None); os.environ.pop('BRIEFING_DATA_DIR', None); "
            "from briefing import paths; print(paths.articles_dir()); print('platformdirs' in sys.modules)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = "/home/ada"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["/home/ada/.local/share/briefing/articles", "False"]
