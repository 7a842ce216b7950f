""" "the Polish city of Gdańsk", "the town of Guenica": news copy names a place after its kind, and that
names the place a where-question asks for, though no list of places knows it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

STABBING = parse_article(
    "Mayor stabbed\n\n"
    "A man has been arrested after Piotr Walen, mayor of the Korlan city of Brzesko, was stabbed on stage"
    " last night.\n\n"
    "Walen was taken to hospital, officials said. Officials said he was in a serious condition.\n"
)


def test_a_city_named_after_its_kind_answers_where():
    result = answer_question(STABBING, "Which city was Walen mayor of?")
    assert result.tier == 1
    assert "Brzesko" in result.answer
