"""`python -m bot articles add|list|remove` and --server lookups, against a SQLite store in tmp."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from bot.core.article.files import SAVE_AS_TEXT
from bot.core.article.html import NO_ARTICLE_TEXT
from tests.conftest import TEST_ARTICLES
from tests.news_site import news_site_in_thread

VOTE = TEST_ARTICLES / "discord-library-vote.txt"
FERRY_HTML = TEST_ARTICLES / "web_ferry_strike.html"


@pytest.fixture(autouse=True)
def store_in_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("FETCH_ALLOW_ADDRESSES", raising=False)


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli_json(capsys, *argv) -> dict:
    code, out, err = cli(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_add_a_file_prints_the_stored_article(capsys):
    added = cli_json(capsys, "articles", "add", VOTE)
    assert added == {
        "id": 1,
        "title": "Town council votes to keep the old library open",
        "source": VOTE.name,
        "server": 0,
    }


def test_add_to_a_server_keeps_it_there(capsys):
    assert cli_json(capsys, "articles", "add", VOTE, "--server", "42")["server"] == 42


def test_add_a_link_reads_the_page(capsys, monkeypatch):
    monkeypatch.setenv("FETCH_ALLOW_ADDRESSES", "127.0.0.1")
    with news_site_in_thread() as site:
        added = cli_json(capsys, "articles", "add", f"{site}/news/ferry-strike")
    assert added["title"] == "Ferry crews strike over night rotas"


def test_a_local_link_is_refused_without_the_test_setting(capsys):
    with news_site_in_thread() as site:
        code, out, err = cli(capsys, "articles", "add", f"{site}/news/ferry-strike")
    assert (code, out) == (2, "")
    assert err.strip() == (
        "error: I won't open 127.0.0.1: it points to a private or local network address. Give a public link."
    )


def test_a_failed_link_stores_nothing(capsys, monkeypatch):
    monkeypatch.setenv("FETCH_ALLOW_ADDRESSES", "127.0.0.1")
    with news_site_in_thread() as site:
        code, _, err = cli(capsys, "articles", "add", f"{site}/signin")
    assert (code, err.strip()) == (2, f"error: {NO_ARTICLE_TEXT}")
    assert [a["server"] for a in cli_json(capsys, "articles", "list")["articles"]] == [None]


def test_list_shows_bundled_and_the_servers_own(capsys):
    cli(capsys, "articles", "add", VOTE)
    listed = cli_json(capsys, "articles", "list")["articles"]
    assert [(a["id"], a["server"]) for a in listed] == [("blinken-beijing-visit", None), (1, 0)]


def test_list_of_another_server_has_none_of_them(capsys):
    cli(capsys, "articles", "add", VOTE, "--server", "42")
    assert [a["server"] for a in cli_json(capsys, "articles", "list", "--server", "7")["articles"]] == [None]


def test_server_may_come_before_the_articles_command(capsys):
    cli(capsys, "--server", "42", "articles", "add", VOTE)
    listed = cli_json(capsys, "articles", "list", "--server", "42")["articles"]
    assert [a["server"] for a in listed] == [None, 42]


def test_remove_deletes_it(capsys):
    cli(capsys, "articles", "add", VOTE)
    assert cli_json(capsys, "articles", "remove", "1")["id"] == 1
    assert len(cli_json(capsys, "articles", "list")["articles"]) == 1


def test_remove_of_an_unknown_id_exits_2_with_one_line(capsys):
    code, _, err = cli(capsys, "articles", "remove", "9")
    assert code == 2 and err.count("\n") == 1 and err.startswith("error: No article matches “9”")


def test_an_unreadable_file_exits_2_with_one_line(capsys, tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x00\x01" * 50)
    code, _, err = cli(capsys, "articles", "add", tmp_path / "photo.txt")
    assert code == 2
    assert err == f"error: photo.txt looks like a binary file, not a text article. {SAVE_AS_TEXT}\n"


def test_a_missing_file_exits_2(capsys):
    code, _, err = cli(capsys, "articles", "add", "no-such-file.txt")
    assert code == 2 and "File not found" in err


def test_a_bad_server_id_exits_2(capsys):
    code, _, err = cli(capsys, "articles", "list", "--server", "abc")
    assert code == 2 and "--server takes a server id" in err


def test_offline_commands_answer_about_a_stored_id(capsys):
    cli(capsys, "articles", "add", VOTE, "--server", "42")
    about = cli_json(capsys, "about", "--article", "1", "--server", "42")
    assert (about["article"], about["title"]) == ("1", "Town council votes to keep the old library open")


def test_a_stored_id_without_server_means_the_clis_own(capsys):
    cli(capsys, "articles", "add", FERRY_HTML)
    summary = cli_json(capsys, "summary", "--article", "1", "--sentences", "1")
    assert "walked out at dawn" in summary["sentences"][0]["text"]


def test_another_servers_stored_id_is_not_found(capsys):
    cli(capsys, "articles", "add", VOTE, "--server", "42")
    code, _, err = cli(capsys, "about", "--article", "1", "--server", "7")
    assert code == 2 and "No article matches “1”" in err


def test_the_json_error_is_on_stdout_too(capsys):
    code, out, _ = cli(capsys, "articles", "remove", "9", "--json")
    assert code == 2 and json.loads(out)["error"].startswith("No article matches")


def test_an_added_file_is_found_by_its_file_name(capsys):
    cli(capsys, "articles", "add", VOTE)
    assert cli_json(capsys, "about", "--article", VOTE.stem)["article"] == "1"


def test_an_added_file_is_removed_by_its_file_name(capsys):
    cli(capsys, "articles", "add", VOTE)
    code, out, _ = cli(capsys, "articles", "remove", VOTE.stem)
    assert code == 0 and out.startswith("Removed #1")


def test_an_unknown_article_lists_the_added_ones_too(capsys):
    cli(capsys, "articles", "add", VOTE)
    code, _, err = cli(capsys, "about", "--article", "no-such-article")
    assert code != 0
    assert "blinken-beijing-visit, #1" in err  # as `articles list` and "Added #1" name it
