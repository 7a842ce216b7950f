"""A paragraph of one sentence with no stop at its end (a photo's caption, a list's item, a credit or a
lyric line) is not a sentence of the story: the summary never shows it, however central its words."""

from bot.core.article import parse_article
from bot.core.summary.engine import summarize

CHOIR = """Choir records charity song

The Dunmore choir sang at the charity concert but did not record the charity single

The Dunmore choir opened the charity concert in Wexmoor on Saturday with a new charity song.

The charity single, recorded by forty singers last week, goes on sale on Monday.

Money from the charity single will pay for a new roof on the Wexmoor children's hospital.

The concert raised more than 20,000 pounds for the hospital, its organisers said.

Who sings what

Everyone - Sing the charity song for the hospital, the charity song again (repeated)

Ann Holt - The charity single for the hospital roof
"""


def _lines(text: str, count: int) -> list[str]:
    return [s.text for s in summarize(parse_article(text), count).sentences]


def test_a_one_line_paragraph_without_a_stop_is_never_picked():
    for count in range(1, 6):
        lines = _lines(CHOIR, count)
        assert lines
        assert not any(line.startswith(("The Dunmore choir sang", "Everyone", "Ann Holt")) for line in lines)


def test_a_story_sentence_ending_in_a_quotation_mark_or_bracket_is_kept():
    text = (
        "Ferry strike ends\n\nThe ferry crews of Wexmoor ended their strike on Monday after a pay deal.\n\n"
        'The union said the deal was "the best offer in ten years."\n\n'
        "Ferries will run again from Tuesday (the first leaves at six.)\n"
    )
    lines = _lines(text, 3)
    assert any(line.startswith("The union said") for line in lines)
    assert any(line.startswith("Ferries will run") for line in lines)
