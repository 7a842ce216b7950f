"""--sentences, --limit and --page given something that is not a whole number ("NaN", "1e309",
"3.7") get the range to ask for and an example, as an out-of-range number does; not argparse's
bare "invalid int value"."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import run_failing
from tests.conftest import BUNDLED


@pytest.mark.parametrize("typed", ["NaN", "1e309", "3.7", "five"])
def test_sentences_that_are_no_whole_number_get_the_range(capsys, typed):
    _, data = run_failing(capsys, "summary", "--sentences", typed, "--article", BUNDLED)
    assert "1 to 10 sentences" in data["error"] and "--sentences 5" in data["error"]
    assert "invalid int value" not in data["error"]


def test_a_limit_that_is_no_whole_number_gets_the_range(capsys):
    _, data = run_failing(capsys, "lookup", "ferry", "--limit", "1e309", "--article", BUNDLED)
    assert "1 to 25 results" in data["error"] and "--limit 5" in data["error"]


def test_a_page_that_is_no_whole_number_says_pages_count_from_one(capsys):
    _, data = run_failing(capsys, "lookup", "ferry", "--page", "NaN", "--article", BUNDLED)
    assert "numbered from 1" in data["error"] and "--page 2" in data["error"]


def test_the_message_names_what_was_typed(capsys):
    _, data = run_failing(capsys, "summary", "--sentences", "lots", "--article", BUNDLED)
    assert "“lots” is not a whole number" in data["error"]
