"""eval/summary_eval.py never runs the bot on a summary-set text that another evaluation set holds."""

from tests.eval_scripts import load_eval_script

summary_eval = load_eval_script("summary_eval")

FERRY = "The ferry to Ostrow Isle sailed again on Monday. Its owner, Marta Kelling, paid for the repairs."
MARKET = "The night market in Dunmere moved to the old tram depot. Traders said rents had doubled."
ORCHARD = "Frost killed half the pear blossom in Carrow Vale. Growers expect a late, thin harvest."


def _summary_set(folder, texts):
    folder.mkdir()
    for number, text in enumerate(texts, 1):
        (folder / f"{number:04d}.txt").write_text(text + "\n", encoding="utf-8")
        (folder / f"{number:04d}.highlights.txt").write_text(text.split(". ")[0] + "\n", encoding="utf-8")
    return folder


def test_a_text_copied_into_an_eval_set_is_left_out_even_reflowed(tmp_path):
    held = tmp_path / "eval" / "articles"
    held.mkdir(parents=True)
    (held / "cnnz-0003.txt").write_text(ORCHARD.replace(". ", ".\n\n"), encoding="utf-8")
    pairs = summary_eval.dev_articles(_summary_set(tmp_path / "set", [FERRY, MARKET, ORCHARD]))
    kept, dropped = summary_eval.left_out(pairs, summary_eval.eval_contents(tmp_path / "eval"))
    assert [path.name for path, _ in kept] == ["0001.txt", "0002.txt"]
    assert dropped == 1


def test_the_tune_half_says_how_many_texts_it_left_out(tmp_path, monkeypatch):
    held = tmp_path / "eval" / "articles"
    held.mkdir(parents=True)
    (held / "cnnz-0003.txt").write_text(ORCHARD + "\n", encoding="utf-8")
    monkeypatch.setattr(summary_eval, "EVAL_TEXTS", tmp_path / "eval")
    data = _summary_set(tmp_path / "set", [FERRY, MARKET, ORCHARD])
    pairs, notes = summary_eval.chosen(data, "tune", 3)
    assert len(pairs) == 1
    assert notes[0].startswith("1 articles from")
    assert notes[-1].startswith("1 left out")
