"""A mistyped `--article /typo` or `~/typo` is a missing path, said at once: it was read as FOLDER/ID
for the folder `/`, and the CLI walked every text file on the disk (minutes of CPU). A folder too large
to be a library (`/tmp/typo`) is refused after a bounded walk, with what to give instead, the path typed
said missing first."""

from __future__ import annotations

import time

from bot.cli import main
from bot.core import constants
from tests.conftest import TEST_ARTICLES

QUICK = 10.0  # seconds: a bound on a refusal, not a speed goal


def _run(capsys, *argv: str) -> tuple[int, str, float]:
    started = time.monotonic()
    code = main([str(a) for a in argv])
    return code, capsys.readouterr().err, time.monotonic() - started


def test_a_missing_path_under_the_root_is_said_missing_at_once(capsys):
    code, err, took = _run(capsys, "--article", "/no-such-article-anywhere", "summary")
    assert (code, err) == (
        2,
        "error: Article path not found: /no-such-article-anywhere. Check --article or ARTICLE_PATH.\n",
    )
    assert took < QUICK


def test_a_missing_path_under_the_home_folder_is_said_missing(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "story.txt").write_text("The pier reopened on Friday after a long winter of repairs.\n")
    code, err, _ = _run(capsys, "--article", "~/no-such-story", "summary")
    assert code == 2 and "Article path not found" in err


def test_a_folder_too_large_for_a_library_is_refused(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(constants, "MAX_LIBRARY_ENTRIES", 5)
    for n in range(8):
        (tmp_path / f"note-{n}.log").write_text("x")
    code, err, _ = _run(capsys, "--article", tmp_path / "no-such-story", "summary")
    assert code == 2 and "too many to read as a library" in err
    # The path typed is what is missing, said first: not only that its folder is too large.
    assert err.startswith(f"error: Article path not found: {tmp_path / 'no-such-story'}. ")


def test_a_missing_path_in_a_folder_of_no_articles_is_said_missing_first(capsys, tmp_path):
    (tmp_path / "notes.log").write_text("x")
    code, err, _ = _run(capsys, "--article", tmp_path / "no-such-story", "summary")
    assert code == 2 and err.startswith(f"error: Article path not found: {tmp_path / 'no-such-story'}. ")
    assert f"No .txt or .md articles in {tmp_path}" in err


def test_folder_slash_id_still_picks_one_article_of_a_folder(capsys):
    code, _, _ = _run(capsys, "--article", TEST_ARTICLES / "foundation-election", "about")
    assert code == 0
