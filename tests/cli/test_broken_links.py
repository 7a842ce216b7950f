"""A symbolic link that leads nowhere is said to be one: "Article path not found" sent the user
looking for a file that is there, as a link, and a loop was also read as FOLDER/ID."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.core.article.library import Library
from bot.core.errors import ArticleError


def _loop(folder: Path) -> Path:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return folder / "a.txt"


def test_a_link_that_loops_is_said_to_loop(capsys, tmp_path):
    link = _loop(tmp_path)
    assert main(["--article", str(link), "summary"]) == 2
    assert capsys.readouterr().err == (
        f"error: {link} is a symbolic link that loops back to itself. Give the article file instead.\n"
    )


def test_a_link_to_a_missing_file_is_said_to_be_one(capsys, tmp_path):
    link = tmp_path / "story"
    link.symlink_to(tmp_path / "gone.txt")
    assert main(["--article", str(link), "summary"]) == 2
    assert capsys.readouterr().err == (
        f"error: {link} is a symbolic link to a missing file. Give the article file instead.\n"
    )


def test_the_library_names_a_broken_link_too(tmp_path):
    with pytest.raises(ArticleError, match="symbolic link that loops"):
        Library.from_path(_loop(tmp_path))


def test_a_plain_missing_path_is_still_not_found(capsys, tmp_path):
    assert main(["--article", str(tmp_path / "gone.txt"), "summary"]) == 2
    assert "Article path not found" in capsys.readouterr().err
