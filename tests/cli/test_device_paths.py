"""--article naming something that is neither a file nor a folder (a named pipe, as `<(command)`
gives; a device such as /dev/null) says so and what to do, in one line, not "No .txt or .md
articles in" it after a warning about skipping a folder."""

from __future__ import annotations

import os

import pytest

from bot.core.article import Library
from bot.core.errors import ArticleError
from tests.cli.test_bad_paths import assert_one_clean_line, run


@pytest.fixture
def pipe(tmp_path):
    path = tmp_path / "story.txt"
    os.mkfifo(path)
    return path


def test_a_named_pipe_is_refused_as_no_file_or_folder(pipe):
    with pytest.raises(ArticleError, match=r"not a file or a folder.*save the article"):
        Library.from_path(pipe)


def test_a_device_is_refused_as_no_file_or_folder():
    with pytest.raises(ArticleError, match="not a file or a folder"):
        Library.from_path(os.devnull)


def test_the_cli_names_the_pipe_in_one_line(capsys, pipe):
    code, err = run(capsys, "summary", "--article", pipe)
    assert code == 2
    assert_one_clean_line(err)
    assert "not a file or a folder" in err
