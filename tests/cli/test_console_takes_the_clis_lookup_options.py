"""The console's /lookup takes the CLI's options, `--page P` and `--limit N` (or `page:P`, `limit:N`),
anywhere after the keyword: `/lookup quay --page 2` searched "quay page 2" as words."""

from __future__ import annotations

import pytest

from bot.core.errors import QueryError
from bot.core.typed import Typed, parse
from tests.cli.test_cli import console  # noqa: F401  (the fixture)


@pytest.fixture
def quay(tmp_path):
    path = tmp_path / "quay.txt"
    path.write_text(
        "Title: Quay repairs\n\nThe quay closed on Monday.\n\nGulls nested on the quay wall.\n\n"
        "The quay reopens in May, the harbour board said.\n"
    )
    return path


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("/lookup quay --page 2", Typed("lookup", "quay", page=2)),
        ("/lookup quay --limit 1 --page 3", Typed("lookup", "quay", number=1, page=3)),
        ("/lookup quay wall page:2 limit:1", Typed("lookup", "quay wall", number=1, page=2)),
        ("/lookup --page=2 quay", Typed("lookup", "quay", page=2)),
        ("/lookup quay --limit 2", Typed("lookup", "quay", number=2)),
    ],
)
def test_the_clis_options_are_read_anywhere(line, typed):
    assert parse(line) == typed


def test_a_page_that_is_no_number_says_how_to_type_it():
    with pytest.raises(QueryError, match=r"/lookup's page is a whole number: /lookup balloon --page 2\."):
        parse("/lookup quay --page two")


def test_the_page_asked_for_is_shown(console, quay):  # noqa: F811
    out = console("/lookup quay --limit 1 --page 2\n", quay)
    assert "“quay”: 2 of 3" in out and "Next: 3 of 3 (type /more)" in out


def test_a_page_past_the_last_says_where_the_matches_are(console, quay):  # noqa: F811
    out = console("/lookup quay --page 4\n", quay)
    assert "“quay”: 3 matches, all on earlier pages; this page is past the last one." in out


def test_page_zero_is_refused_as_the_cli_refuses_it(console, quay):  # noqa: F811
    assert "error: Pages are numbered from 1." in console("/lookup quay --page 0\n", quay)


def test_the_console_help_says_how_to_page(console, quay):  # noqa: F811
    assert "--page P" in console("/help\n", quay)


def test_summary_takes_the_clis_sentences_option():
    assert parse("/summary --sentences 2") == Typed("summary", number=2)
    assert parse("/summary --sentences=4") == Typed("summary", number=4)


@pytest.mark.parametrize("line", ["/lookup quay --page", "/lookup quay --limit", "/lookup quay page:"])
def test_an_option_without_its_number_says_how_to_type_it(line):
    with pytest.raises(QueryError, match=r"is a whole number: /lookup balloon --"):
        parse(line)
