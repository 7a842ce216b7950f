"""A reference or title abbreviation ("approx.", "ref. No.", "Sens.", "Sept.") inside a sentence never cuts
it in two: a partial quotation's context, a summary sentence and an answer are the whole sentence."""

from bot.core import api
from bot.core.article import parse_article

PIER = """Harbour board approves new pier

The harbour board approved the pier on Tuesday. The structure, approx. 300 metres long, will be \
“the longest on this coast,” chair Mira Olsen said.

Olsen said the plan, filed under ref. No. 4471 in March, was “a promise kept to fishing families.”

Work starts in Sept. 2027 with backing from Sens. Ray Okafor and Lin Dale, the board said.
"""


def _pier():
    return parse_article(PIER, article_id="pier")


STRUCTURE = (
    "The structure, approx. 300 metres long, will be “the longest on this coast,” chair Mira Olsen said."
)
PLAN = "Olsen said the plan, filed under ref. No. 4471 in March, was “a promise kept to fishing families.”"
BACKING = "Work starts in Sept. 2027 with backing from Sens. Ray Okafor and Lin Dale, the board said."


def test_a_partial_quotation_is_shown_in_its_whole_sentence_past_an_abbreviation():
    assert [quote.sentence for quote in api.quote(_pier(), "Olsen").quotes] == [STRUCTURE, PLAN]


def test_a_summary_sentence_runs_on_past_an_abbreviation():
    texts = [sentence.text for sentence in api.summary(_pier(), 3).sentences]
    assert BACKING in texts


def test_an_answer_is_the_whole_sentence_past_an_abbreviation():
    answer = api.ask(_pier(), "Who backs the work?")
    assert answer.answer == BACKING
