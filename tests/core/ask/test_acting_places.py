"""A place name that acts in its clause ("Ireland began strongly", ", Ireland pressed hard") names a team,
a government or a club, as news copy does: it says where nothing happened, so it does not answer
"Where ...?"; a question after a kind of place ("Which country ...?") still takes it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHERE, WHERE_WORD, answer_type_score

REPORT = parse_article(
    "Wales edge tense contest\n\n"
    "Wales beat Scotland by two points in a tense contest on Saturday.\n\n"
    "Scotland began strongly and the game was played at a furious pace. Wales pressed hard and "
    "played some fine rugby while searching for a breakthrough.\n"
)


def test_a_where_question_is_not_answered_by_places_acting_as_teams():
    result = answer_question(REPORT, "Where was the game played?")
    assert result.tier == 2


def test_a_place_acting_in_its_clause_is_no_answer_to_where_but_a_placing_one_is():
    acting = "Scotland began strongly, and Wales pressed hard."
    assert answer_type_score(WHERE, acting, {WHERE_WORD}) < 1
    assert answer_type_score(WHERE, "They met in London.", {WHERE_WORD}) == 1


def test_a_question_after_a_kind_of_place_takes_the_one_acting():
    assert answer_type_score(WHERE, "Sweden rationed petrol.", {"ration"}) == 1
