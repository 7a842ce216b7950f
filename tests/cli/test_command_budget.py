"""A command past the CLI's CPU budget stops with the Discord bot's reply to an article too large or
unusual for it (exit 2, one line), never a hang: some shapes of text are read slowly."""

from __future__ import annotations

from bot.cli import OVER_BUDGET, main
from bot.core import constants
from tests.cli.test_bad_paths import assert_one_clean_line


def write_transcript(tmp_path):
    lines = [f"Dock hand {n} said “the ferry is late again,” she added." for n in range(300)]
    path = tmp_path / "transcript.txt"
    path.write_text("Ferry hearing\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_command_past_the_budget_exits_2_saying_the_article_is_too_large_or_unusual(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(constants, "COMMAND_BUDGET_SECONDS", 0.001)
    code = main(["speakers", "--article", str(write_transcript(tmp_path))])
    err = capsys.readouterr().err
    assert code == 2
    assert_one_clean_line(err)
    assert OVER_BUDGET in err


def test_a_command_within_the_budget_answers(tmp_path, capsys):
    code = main(["speakers", "--article", str(write_transcript(tmp_path))])
    assert code == 0 and "error" not in capsys.readouterr().err
