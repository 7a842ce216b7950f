"""`python -m bot --help` says how the bot itself starts and shows examples; each command's --help says
what it returns, its options' ranges and defaults, and an example; a mistyped command gets "Did you
mean"."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.cli import main
from tests.conftest import ROOT


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    return capsys.readouterr().out


def test_the_main_help_says_how_the_bot_starts_and_shows_examples(capsys):
    text = _help(capsys)
    assert "without a command: start the Discord bot (needs DISCORD_TOKEN" in text
    assert 'ask "Who did Blinken meet?"' in text


def test_a_commands_help_says_what_it_returns_and_its_options_ranges(capsys):
    text = _help(capsys, "summary")
    assert "The article's key sentences." in text
    assert "how many sentences, 1-10 (default 3)" in text
    assert "example:" in text
    assert "paragraphs per page, 1-25 (default 5)" in _help(capsys, "lookup")


def test_a_mistyped_command_gets_did_you_mean(capsys):
    assert main(["sumary"]) == 2
    assert capsys.readouterr().err.rstrip().endswith("Did you mean summary?")


def test_the_usage_names_the_command_as_it_was_run():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.startswith("usage: python -m bot ")
