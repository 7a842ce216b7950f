"""eval/cnndm_val.py: the CNN/DailyMail validation articles written as a summary set."""

from tests.eval_scripts import load_eval_script

cnndm_val = load_eval_script("cnndm_val")

CSV = (
    "article,highlights,id\n"
    '"(CNN)The pier reopened on Friday. ""We are back,"" the owner said.\nRepairs cost $2 million.",'
    '"The pier reopened on Friday .\nRepairs cost $2 million .",abc\n'
    '"(CNN)The second story.","One highlight .",def\n'
)


def test_each_row_is_written_as_a_numbered_article_beside_its_highlights(tmp_path):
    assert cnndm_val.write_set(CSV, tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "0001.highlights.txt",
        "0001.txt",
        "0002.highlights.txt",
        "0002.txt",
    ]


def test_an_article_is_one_line_with_its_quote_marks_unescaped(tmp_path):
    cnndm_val.write_set(CSV, tmp_path)
    text = (tmp_path / "0001.txt").read_text(encoding="utf-8")
    expected = '(CNN)The pier reopened on Friday. "We are back," the owner said. Repairs cost $2 million.'
    assert text == expected + "\n"


def test_highlights_are_one_per_line(tmp_path):
    cnndm_val.write_set(CSV, tmp_path)
    lines = (tmp_path / "0001.highlights.txt").read_text(encoding="utf-8").splitlines()
    assert lines == ["The pier reopened on Friday .", "Repairs cost $2 million ."]


def test_the_csv_is_read_from_a_checkout_holding_it(tmp_path):
    data = tmp_path / "checkout" / cnndm_val.CSV_PATH
    data.parent.mkdir(parents=True)
    data.write_text(CSV, encoding="utf-8")
    assert cnndm_val.read_csv(tmp_path / "checkout") == CSV
