"""Where a folder holds several articles and none is named, the CLI says how to name one with
--article (FOLDER/ID for a folder given, ID under ARTICLE_PATH) and how many it does not list."""

from __future__ import annotations

import os

import pytest

from tests.cli.test_articles import cli


@pytest.fixture
def harbour_folder(tmp_path):
    """A folder of twelve short harbour stories, quay-01 to quay-12."""
    folder = tmp_path / "harbour"
    folder.mkdir()
    for number in range(1, 13):
        (folder / f"quay-{number:02d}.txt").write_text(
            f"Quay {number} reopens\n\nQuay {number} reopened on Monday after the storm repairs.\n"
        )
    return folder


def test_a_folder_given_is_answered_with_how_to_name_one_of_its_articles(capsys, harbour_folder):
    code, out, err = cli(capsys, "--article", harbour_folder, "summary")
    assert (code, out) == (2, "")
    assert err.startswith(
        f"error: 12 articles are loaded; choose one with --article {harbour_folder}{os.sep}ID: "
    )
    assert err.endswith("quay-10 and 2 more.\n")


def test_the_article_path_folder_is_answered_with_naming_one_by_id(capsys, harbour_folder, monkeypatch):
    monkeypatch.setenv("ARTICLE_PATH", str(harbour_folder))
    code, _, err = cli(capsys, "about")
    assert code == 2
    assert err.startswith("error: 12 articles are loaded; choose one with --article ID: quay-01, quay-02")


def test_the_folder_and_id_the_reply_names_open_the_article(capsys, harbour_folder):
    code, out, _ = cli(capsys, "--article", f"{harbour_folder}{os.sep}quay-12", "about")
    assert code == 0 and out.startswith("Quay 12 reopens")


def test_a_name_matching_none_lists_how_many_articles_it_leaves_out(capsys, harbour_folder):
    _, _, err = cli(capsys, "--article", f"{harbour_folder}{os.sep}pier-3", "about")
    assert err.strip().endswith("quay-10 and 2 more")


def test_an_id_no_article_of_a_real_folder_has_says_the_path_is_missing_too(capsys, harbour_folder):
    # "No article matches" alone hid that FOLDER/typo names no file either.
    code, _, err = cli(capsys, "--article", f"{harbour_folder}{os.sep}pier-3", "about")
    typed = f"{harbour_folder}{os.sep}pier-3"
    assert code == 2
    assert err.startswith(f"error: Article path not found: {typed}. No article matches “pier-3”. ")


def test_an_id_under_the_article_path_is_no_path(capsys, harbour_folder, monkeypatch):
    monkeypatch.setenv("ARTICLE_PATH", str(harbour_folder))
    _, _, err = cli(capsys, "--article", "pier-3", "about")
    assert err.startswith("error: No article matches “pier-3”. ")
