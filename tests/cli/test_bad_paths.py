"""Bad paths and files: exit code 2 and one sanitised line, never "internal error" (exit 1)."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.core import constants
from bot.core.article import load_article
from bot.core.errors import ArticleError
from tests.conftest import BUNDLED

SENTENCE = "The harbour council met on Monday and agreed to reopen the old ferry pier.\n"


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err


def assert_one_clean_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "\x1b" not in err and "internal error" not in err


def test_an_unreadable_file_exits_2_with_one_line(capsys, monkeypatch, tmp_path):
    article = tmp_path / "locked.txt"
    article.write_text(SENTENCE)

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    code, err = run(capsys, "summary", "--article", article)
    assert code == 2 and "Permission denied" in err
    assert_one_clean_line(err)


def test_a_name_too_long_for_the_system_exits_2(capsys, tmp_path):
    code, err = run(capsys, "summary", "--article", tmp_path / ("n" * 300 + ".txt"))
    assert code == 2
    assert_one_clean_line(err)


def test_an_unknown_users_home_exits_2(capsys):
    code, err = run(capsys, "summary", "--article", "~nosuchuser-article-bot/x.txt")
    assert code == 2 and "home folder" in err
    assert_one_clean_line(err)


def test_a_very_deep_article_path_exits_cleanly(capsys, monkeypatch, tmp_path):
    folders = [tmp_path / "d"]
    for _ in range(1_200):  # os.makedirs and shutil.rmtree recurse: made and removed by hand
        folders.append(folders[-1] / "d")
    for folder in folders:
        folder.mkdir()
    monkeypatch.setenv("ARTICLE_PATH", str(tmp_path))
    try:
        code, err = run(capsys, "summary")
    finally:
        for folder in reversed(folders):
            folder.rmdir()
    assert code == 2 and "No .txt or .md articles" in err
    assert_one_clean_line(err)


def test_a_path_with_a_newline_and_terminal_escapes_is_shown_on_one_line(capsys, tmp_path):
    # An existing file so named (a path typed in colour that names no file is read without the codes).
    odd = tmp_path / "a\nb\x1b[31mred.txt"
    odd.write_text("")
    code, err = run(capsys, "summary", "--article", odd)
    assert code == 2 and "\\n" in err and "\\x1b" in err
    assert_one_clean_line(err)


def test_the_size_guard_counts_the_bytes_read_not_what_stat_says(monkeypatch, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(SENTENCE.encode() * (constants.MAX_ARTICLE_BYTES // len(SENTENCE) + 10))
    real_stat = Path.stat

    def lying_stat(self, *args, **kwargs):  # as /proc files do, and a file swapped while read
        result = real_stat(self, *args, **kwargs)
        return os.stat_result((*result[:6], 0, *result[7:10])) if self.name == "big.txt" else result

    monkeypatch.setattr(Path, "stat", lying_stat)
    try:
        load_article(big)
    except ArticleError as error:
        assert "too large" in str(error)
    else:
        raise AssertionError("the size guard let an over-large file through")


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda t: "\x00" not in t and "/" not in t))
def test_any_missing_file_name_exits_2_with_one_clean_line(name):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["about", "--article", f"/nonexistent-folder/{name}.txt"])
    assert code == 2
    assert_one_clean_line(err.getvalue())


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=40))
def test_any_query_exits_0_or_2(query):
    code = main(["lookup", query or "x", "--article", str(BUNDLED)])
    assert code in (0, 2)
