"""Every refusal of the CLI is one line that says what to do, and writes out whatever a name held
(a newline, a terminal escape, a NUL) instead of printing it or cutting the message short."""

from __future__ import annotations

from bot.core.errors import SPLIT_REMEDY
from tests.cli.test_articles import VOTE, cli, store_in_tmp  # noqa: F401  (the store fixture)
from tests.cli.test_articles_add_large_files import sparse_file
from tests.cli.test_bad_paths import assert_one_clean_line


def test_a_file_too_large_to_add_says_to_split_it(capsys, tmp_path):
    path = sparse_file(tmp_path, "almanac.txt", 4 * 1024 * 1024)
    code, _, err = cli(capsys, "articles", "add", path)
    assert code == 2 and err.strip().endswith(SPLIT_REMEDY)


def test_an_empty_article_option_is_refused_not_read_as_the_current_folder(capsys, tmp_path, monkeypatch):
    (tmp_path / "notes.txt").write_text("Shopping list\n\nEggs, flour and a new kettle for the office.\n")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "--article", "", "about")
    assert (code, out) == (2, "")
    assert err == "error: --article is empty: give an article file, folder or id, or leave it out.\n"


def test_adding_an_empty_source_says_what_to_give(capsys):
    code, _, err = cli(capsys, "articles", "add", "  ")
    assert code == 2
    assert err == "error: Nothing to add. Give a link (https://...) or a .txt, .md or .html file.\n"


def test_a_nul_in_an_article_id_is_taken_out_and_the_message_kept_whole(capsys):
    code, _, err = cli(capsys, "--article", "harbour\x00plan", "about")
    assert code == 2
    assert_one_clean_line(err)
    assert "“harbourplan”" in err and "…" not in err


def test_the_article_list_writes_out_a_newline_or_escape_in_a_file_name(capsys, tmp_path):
    odd = tmp_path / "ferry\n\x1b[31mplan.txt"
    odd.write_bytes(VOTE.read_bytes())
    assert cli(capsys, "articles", "add", odd)[0] == 0
    code, out, _ = cli(capsys, "articles", "list")
    assert code == 0 and "\x1b" not in out
    assert "(ferry\\n\\x1b[31mplan.txt)" in out
