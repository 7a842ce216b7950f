"""`articles add PATH` with a path that cannot be read as one file: a name too long for the
system, a folder, an unknown ~user. Exit 2 and one line saying what is wrong, never
"internal error" (exit 1) or "File not found" for a folder that is there."""

from __future__ import annotations

from tests.cli.test_articles import cli, store_in_tmp  # noqa: F401  (the store fixture)
from tests.cli.test_bad_paths import assert_one_clean_line


def test_a_name_too_long_for_the_system_exits_2_with_one_line(capsys):
    code, _, err = cli(capsys, "articles", "add", "x" * 3000 + ".txt")
    assert code == 2
    assert_one_clean_line(err)
    assert "too long" in err


def test_a_folder_is_named_as_a_folder(capsys, tmp_path):
    code, _, err = cli(capsys, "articles", "add", tmp_path)
    assert code == 2
    assert "is a folder" in err and "File not found" not in err


def test_an_unknown_user_s_home_exits_2_with_one_line(capsys):
    code, _, err = cli(capsys, "articles", "add", "~no-such-user-zq/story.txt")
    assert code == 2
    assert_one_clean_line(err)


def test_a_device_is_named_as_no_file(capsys):
    code, _, err = cli(capsys, "articles", "add", "/dev/null")
    assert code == 2
    assert_one_clean_line(err)
    assert "is not a file" in err and "File not found" not in err
