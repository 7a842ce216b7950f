"""The ask evaluation script's scoring: the same comparison rules as the hidden evaluation."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[3] / "eval" / "ask_eval.py"


@pytest.fixture(scope="module")
def ask_eval():
    spec = importlib.util.spec_from_file_location("ask_eval", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["ask_eval"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_gold_answers_compare_without_case_or_punctuation(ask_eval):
    assert ask_eval.contains_gold("It was 10th-century NORMANDY.", ["10th century normandy"])


def test_gold_answers_match_whole_words_only(ask_eval):
    assert not ask_eval.contains_gold("The Normandy landings.", ["Norman"])


def test_only_the_first_300_characters_count(ask_eval):
    assert not ask_eval.contains_gold("x " * 200 + "France", ["France"])


def test_no_answer_holds_no_gold(ask_eval):
    assert not ask_eval.contains_gold(None, ["France"])


def test_auc_is_one_when_every_answerable_question_scores_higher(ask_eval):
    rows = [
        ask_eval.Row(True, True, True, True, False, 0.9),
        ask_eval.Row(False, False, False, False, True, 0.1),
    ]
    assert ask_eval.auc(rows) == 1.0


def test_overall_counts_right_answers_and_right_declines(ask_eval):
    rows = [
        ask_eval.Row(True, True, True, True, False, 0.9),  # answered right
        ask_eval.Row(True, True, True, False, True, 0.2),  # declined an answerable one
        ask_eval.Row(False, False, False, False, True, 0.1),  # declined an unanswerable one
        ask_eval.Row(False, False, False, False, False, 0.5),  # answered an unanswerable one
    ]
    assert ask_eval.summarise(rows)["overall (hidden eval)"] == 50.0
