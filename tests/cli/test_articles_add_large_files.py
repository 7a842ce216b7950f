"""`articles add FILE` with a file far over the size limit: refused from its size, before it is
read (a multi-GB file was read whole into memory, then refused)."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.core import constants
from tests.cli.test_articles import cli, store_in_tmp  # noqa: F401  (the store fixture)
from tests.cli.test_bad_paths import assert_one_clean_line
from tests.conftest import ROOT

OVER = 20 * constants.MAX_ARTICLE_BYTES


def sparse_file(tmp_path, name: str, size: int):
    path = tmp_path / name
    with path.open("wb") as file:
        os.truncate(file.fileno(), size)  # no disk used: the size is what matters
    return path


# Measured in a process of its own: tracemalloc counts the allocations of every thread of the process,
# and in the test run a thread an earlier test left working (a bot's engine pool, a local web server)
# could allocate inside the window under load (a 3.96 MB peak once, against ~0.1 MB for the command).
PEAK_OF_ADD = """
import contextlib, io, sys, tracemalloc
from bot.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    main(["articles", "list"])  # the store and its modules, made before memory is counted
    tracemalloc.start()
    code = main(["articles", "add", sys.argv[1]])
    peak = tracemalloc.get_traced_memory()[1]
print(code, peak)
"""


def peak_of_add(path, tmp_path) -> tuple[int, int]:
    """`articles add PATH`'s exit code and the peak of the memory it allocated."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", PEAK_OF_ADD, str(path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    code, peak = result.stdout.split()
    return int(code), int(peak)


def test_a_file_far_over_the_limit_is_refused_without_being_read(tmp_path):
    path = sparse_file(tmp_path, "archive.txt", OVER)
    code, peak = peak_of_add(path, tmp_path)
    assert code == 2
    assert peak < constants.MAX_ARTICLE_BYTES


def test_a_file_over_the_limit_is_told_its_size_and_the_limit(capsys, tmp_path):
    path = sparse_file(tmp_path, "archive.txt", OVER)
    _, _, err = cli(capsys, "articles", "add", path)
    assert_one_clean_line(err)
    assert "archive.txt is too large (60.0 MB; the limit is 3 MB)" in err
