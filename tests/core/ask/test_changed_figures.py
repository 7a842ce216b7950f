"""'How much did profits fall?' is answered by the sentence giving the change's figure beside the thing
asked ("Profits ... fell 93%"), not by one naming both words with a figure of something else ("spending
rising 37% ... the decrease in profits alongside the fall in sales")."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.changes import changed_figure
from bot.core.ask.engine import answer_question
from bot.core.search.index import build_index


@pytest.fixture(scope="module")
def results():
    return parse_article(
        "Title: Profits slide at drugmaker\n\nProfits at drugmaker Halden Pharma fell 93% as research "
        "costs rose.\n\nSpending on laboratories keeps climbing, up 37% to 705m rupees - the main reason "
        "for the fall in profits, along with a fall in sales.\n\nExports hit a high in "
        "September. Output grew 2.4% over the summer.\n"
    )


def test_the_figure_beside_the_thing_asked_is_preferred(results):
    result = answer_question(results, "how much did profits fall")
    shown = result.answer or result.passage.text
    assert shown.startswith("Profits at drugmaker Halden Pharma fell 93%")


def test_a_figure_in_the_next_sentence_is_no_change_of_the_thing_asked(results):
    question = "By how much did exports grow in September?"
    picked = changed_figure(build_index(results), question, rank_candidates(results, question))
    assert picked is None
