"""'What is the film about?' is the sentence saying what it is about, not one only naming the film;
'What is the Kestrel?' is the sentence giving it an apposition that ranks it ("the Kestrel, the largest
ship ..."), not a quotation only using the name."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def film():
    return parse_article(
        "Title: Animation tops box office\n\nDirector Ana Lind's latest film has set a box office record, "
        "with £9m in two days.\n\nThe film won the Silver Bear at this year's Berlin Film Festival.\n\nThe "
        "film is about a boy who is lost in a forest after a storm.\n"
    )


@pytest.fixture(scope="module")
def ship():
    return parse_article(
        "Title: Navy takes delivery of carrier\n\nThe navy has taken delivery of the Kestrel, the largest "
        "warship it has built since the war.\n\nThe admiral said the Kestrel can host seven patrol "
        'helicopters.\n\n"The Kestrel proves that the navy can build carriers again," an analyst said.\n'
    )


def test_what_a_film_is_about_is_the_sentence_saying_it(film):
    result = answer_question(film, "what is the film about")
    assert result.tier == 1
    assert "is about a boy" in result.answer


def test_what_a_thing_is_is_its_ranking_apposition(ship):
    result = answer_question(ship, "What is the Kestrel?")
    assert result.tier == 1
    assert "the largest warship" in result.answer
