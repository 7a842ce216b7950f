"""eval/summary_eval.py never runs the bot on the CNN validation texts kept for clean ask rounds still to
be written (odd numbers above 0829), and says how many it left out."""

from tests.eval_scripts import load_eval_script

summary_eval = load_eval_script("summary_eval")

TEXT = "The ferry to Ostrow Isle sailed again on Monday. Its owner, Marta Kelling, paid for the repairs."


def _numbered_set(folder, numbers):
    folder.mkdir()
    for number in numbers:
        body = TEXT.replace("Monday", f"day {number}")
        (folder / f"{number:04d}.txt").write_text(body + "\n", encoding="utf-8")
        (folder / f"{number:04d}.highlights.txt").write_text(body.split(". ")[0] + "\n", encoding="utf-8")
    return folder


def test_the_tune_half_leaves_out_texts_kept_for_future_ask_rounds(tmp_path, monkeypatch):
    (tmp_path / "eval").mkdir()
    monkeypatch.setattr(summary_eval, "EVAL_TEXTS", tmp_path / "eval")
    data = _numbered_set(tmp_path / "cnndm-val", [827, 828, 829, 830, 831, 832, 833])
    pairs, notes = summary_eval.chosen(data, "tune", 3)
    assert [path.stem for path, _ in pairs] == ["0827", "0829"]
    assert notes[0].startswith("2 articles from")
    assert "2 left out: numbered above 0829 (odd), kept for future ask rounds" in notes


def test_another_summary_set_keeps_its_high_numbers(tmp_path, monkeypatch):
    (tmp_path / "eval").mkdir()
    monkeypatch.setattr(summary_eval, "EVAL_TEXTS", tmp_path / "eval")
    data = _numbered_set(tmp_path / "dm-val", [829, 830, 831])
    pairs, notes = summary_eval.chosen(data, "tune", 3)
    assert [path.stem for path, _ in pairs] == ["0829", "0831"]
    assert notes[0].startswith("2 articles from")


def test_the_held_out_half_is_left_as_it_is(tmp_path, monkeypatch):
    (tmp_path / "eval").mkdir()
    monkeypatch.setattr(summary_eval, "EVAL_TEXTS", tmp_path / "eval")
    data = _numbered_set(tmp_path / "cnndm-val", [829, 830, 831, 832])
    pairs, notes = summary_eval.chosen(data, "held-out", 3)
    assert [path.stem for path, _ in pairs] == ["0830", "0832"]
    assert notes[0].startswith("2 articles from")
