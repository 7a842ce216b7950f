"""Start-up: what a command that never asks a question does not import."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_cli_starts_without_importing_the_ask_engine():
    """`about`, `summary` or `quote` never ask: the engine and its patterns load on the first question."""
    probe = "import sys, bot.cli, bot.core.api; print('bot.core.ask.engine' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_the_ask_package_still_offers_answer_question():
    from bot.core.ask import answer_question
    from bot.core.ask.engine import answer_question as engine_answer_question

    assert answer_question is engine_answer_question
