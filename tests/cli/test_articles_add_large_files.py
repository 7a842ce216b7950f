"""`articles add FILE` with a file far over the size limit: refused from its size, before it is
read (a multi-GB file was read whole into memory, then refused)."""

from __future__ import annotations

import os
import tracemalloc

from bot.core import constants
from tests.cli.test_articles import cli, store_in_tmp  # noqa: F401  (the store fixture)
from tests.cli.test_bad_paths import assert_one_clean_line

OVER = 20 * constants.MAX_ARTICLE_BYTES


def sparse_file(tmp_path, name: str, size: int):
    path = tmp_path / name
    with path.open("wb") as file:
        os.truncate(file.fileno(), size)  # no disk used: the size is what matters
    return path


def test_a_file_far_over_the_limit_is_refused_without_being_read(capsys, tmp_path):
    path = sparse_file(tmp_path, "archive.txt", OVER)
    cli(capsys, "articles", "list")  # the store and its modules, made before memory is counted
    tracemalloc.start()
    try:
        code, _, _ = cli(capsys, "articles", "add", path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 2
    assert peak < constants.MAX_ARTICLE_BYTES


def test_a_file_over_the_limit_is_told_its_size_and_the_limit(capsys, tmp_path):
    path = sparse_file(tmp_path, "archive.txt", OVER)
    _, _, err = cli(capsys, "articles", "add", path)
    assert_one_clean_line(err)
    assert "archive.txt is too large (60.0 MB; the limit is 3 MB)" in err
