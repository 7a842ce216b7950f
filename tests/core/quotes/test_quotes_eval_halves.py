"""How eval/quotes_eval.py splits a gold set into its tune and held-out halves."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.eval_scripts import load_eval_script

EVAL = Path(__file__).resolve().parents[3] / "eval"


@pytest.fixture(scope="module")
def quotes_eval():
    return load_eval_script("quotes_eval")


def write_articles(folder: Path, names: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text("Title\n\nA line.\n", encoding="utf-8")
        (folder / f"{name}.gold.json").write_text('{"speakers": [], "quotes": []}', encoding="utf-8")


def test_a_set_kept_in_tune_and_held_out_folders_is_split_by_its_folders(quotes_eval, tmp_path):
    write_articles(tmp_path / "tune", ["a-5", "b-5"])
    write_articles(tmp_path / "held-out", ["a-4", "b-4"])
    tune, held_out = quotes_eval.set_halves(tmp_path)
    assert [p.stem for p in tune] == ["a-5", "b-5"]
    assert [p.stem for p in held_out] == ["a-4", "b-4"]


def test_a_flat_set_alternates_its_sorted_articles(quotes_eval, tmp_path):
    write_articles(tmp_path, ["a", "b", "c", "d"])
    tune, held_out = quotes_eval.set_halves(tmp_path)
    assert [p.stem for p in tune] == ["a", "c"]
    assert [p.stem for p in held_out] == ["b", "d"]


def test_a_folder_split_set_is_never_scored_whole_by_default(quotes_eval, tmp_path):
    write_articles(tmp_path / "tune", ["a-5"])
    write_articles(tmp_path / "held-out", ["a-4"])
    with pytest.raises(SystemExit):
        quotes_eval.chosen_half(None, tmp_path)
    assert quotes_eval.chosen_half("tune", tmp_path) == "tune"


def test_a_flat_set_is_scored_in_both_halves_by_default(quotes_eval, tmp_path):
    write_articles(tmp_path, ["a", "b"])
    assert quotes_eval.chosen_half(None, tmp_path) == "all"


@pytest.mark.parametrize("name", ["quotes-bbc", "quotes-bbc2", "quotes-wn", "quotes-us", "quotes-us2"])
def test_the_hand_written_bbc_sets_are_refused_without_a_half(quotes_eval, name):
    assert (EVAL / name / "held-out").is_dir()
    with pytest.raises(SystemExit):
        quotes_eval.chosen_half(None, EVAL / name)


def test_a_set_with_a_tune_folder_alone_is_all_tuned_and_scored_whole_by_default(quotes_eval, tmp_path):
    write_articles(tmp_path / "tune", ["a-1", "b-1"])
    tune, held_out = quotes_eval.set_halves(tmp_path)
    assert [p.stem for p in tune] == ["a-1", "b-1"]
    assert held_out == []
    assert quotes_eval.chosen_half(None, tmp_path) == "tune"


def test_the_second_daily_mail_set_is_all_tuned(quotes_eval):
    tune, held_out = quotes_eval.set_halves(EVAL / "quotes-dm2")
    assert len(tune) >= 12 and held_out == []
