"""ask.shown: the chosen sentence as the answer, with the paragraph it comes from as its source."""

from __future__ import annotations

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question
from bot.core.ask.shown import candidate_answer, cited_sources
from bot.core.search.index import build_index
from tests.conftest import own_article


def test_the_answer_is_the_candidate_and_its_source_its_paragraph():
    article = own_article("ask_lifeboat_quotes.txt")
    question = "Who fired the flares?"
    best = rank_candidates(article, question)[0]
    result = candidate_answer(article, build_index(article), question, best)
    assert result.answer == best.text
    assert result.sources == cited_sources(article, [best])


# A sentence longer than an answer may be, whose window around the question's words ends in a name.
_LONG = parse_article(
    "Title: The harbour board\n\nThe board met in spring.\n\n"
    "After a long winter of storms that flooded the lower quays and closed the fish market for weeks on end, "
    "the harbour board chose to rebuild the sea wall with stone from the " + " ".join(["very"] * 12) + " old "
    "northern quarry under the former city surveyor Marianne Okonkwo, who had built the old pier at the "
    "mouth of the river before the war, at a meeting held in the old customs house beside the water.\n\n"
    "The work starts in May.\n"
)


def test_a_long_sentence_cut_to_the_answer_length_keeps_a_name_whole():
    result = answer_question(_LONG, "Who did the harbour board choose to rebuild the sea wall?")
    assert "Marianne Okonkwo" in result.answer
    assert len(result.answer) <= constants.ASK_MAX_ANSWER_CHARS
