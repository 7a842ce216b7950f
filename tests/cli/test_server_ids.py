"""--server takes a Discord server id: digits that fit a 64-bit id. A longer run of digits gets
the same one-line refusal as letters do, exit 2, not the store's OverflowError as "internal
error" (exit 1)."""

from __future__ import annotations

from tests.cli.test_articles import cli, store_in_tmp  # noqa: F401  (the store fixture)
from tests.cli.test_bad_paths import assert_one_clean_line


def test_a_server_id_too_large_for_any_server_exits_2_with_one_line(capsys):
    code, _, err = cli(capsys, "articles", "list", "--server", "9" * 25)
    assert code == 2
    assert_one_clean_line(err)
    assert "server id" in err


def test_the_largest_server_id_is_taken(capsys):
    code, _, _ = cli(capsys, "articles", "list", "--server", str(2**63 - 1))
    assert code == 0
