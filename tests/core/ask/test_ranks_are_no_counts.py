"""A place in a ranking counts nothing: "the No. 2 port", "No. 3-ranked Weser Port", "the third-largest
port" answer no "How many ports ...?". Nor does "one" or an ordinal before another noun ("climbed one
rung", "for the third year running", "One civilian was killed"): it counts or orders that noun."""

from __future__ import annotations

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import COUNT, answer_type_score, counts_another_thing

RANKING = parse_article(
    "Title: Larkport named best port again\n\n"
    "Larkport Harbour has been named the best port in the world for a third year, the survey said.\n\n"
    "Kessel Harbour is the No. 2 port in the survey, also for the third year running. Germany's No. "
    "3-ranked Weser Port kept its place, as did No. 4 Tidewater. No. 5 Brindle climbed one rung.\n\n"
    "Officials said the harbour had been busy all winter.\n"
)


def test_a_ranking_answers_no_how_many():
    result = answer_question(RANKING, "How many ports were ranked in all?")
    assert result.answer is None


def test_a_rank_is_no_count():
    question_words = {"ports", "ranked"}
    for text in (
        "Kessel is the No. 2 port.",
        "No. 3-ranked Weser Port kept its place.",
        "It is the third-largest port.",
    ):
        assert answer_type_score(COUNT, text, question_words) < constants.ASK_TYPED_ANSWER, text


def test_one_before_another_noun_counts_that_noun():
    assert counts_another_thing(
        "How many rebels are in the city?", "One civilian was killed and 82 others wounded."
    )


def test_an_ordinal_before_another_noun_orders_that_noun():
    assert counts_another_thing(
        "How many ports were ranked?", "It topped the list for the third year running."
    )


def test_an_ordinal_of_the_noun_asked_still_answers():
    assert not counts_another_thing("How many titles has she won?", "She won her second title in May.")
    assert not counts_another_thing("How many titles has she won?", "It was her first since the spring.")
