"""ask.role_named: "Who made the documentary?" answered by a sentence whose subject is a bare role ("The
director makes the point ...") also gives the sentence where the article names the director."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_ROLE_SENTENCE = "The director makes the point plainly in her new documentary “Low Water.”\n\n"
_CLOSING = "Critics have praised its patient camera work.\n"
_DIRECTOR_NAMED = "Director Mira Talcott grew up in a town on the Senn, a river that runs dry each August."


def _film(naming: str) -> object:
    return parse_article(
        "Drying river on screen\n\n"
        f"{naming}\n\n"
        "Three families along its banks have lost their farms in a decade.\n\n"
        f"{_ROLE_SENTENCE}{_CLOSING}"
    )


def test_the_role_before_the_name_names_the_one_asked():
    article = _film(_DIRECTOR_NAMED)
    result = answer_question(article, "Who made the documentary Low Water?")
    assert result.answer is not None
    assert "Mira Talcott" in result.answer


def test_a_passive_of_the_role_names_the_one_asked():
    article = _film("The film, directed by Mira Talcott, follows a town on the Senn, dry each August.")
    result = answer_question(article, "Who made the documentary Low Water?")
    assert result.answer is not None
    assert "Mira Talcott" in result.answer


def test_two_holders_of_the_role_name_neither():
    article = _film("Director Mira Talcott grew up on the Senn; director Ivo Brandt grew up on the Lenne.")
    result = answer_question(article, "Who made the documentary Low Water?")
    assert result.answer is None or "grew up" not in result.answer


def test_a_question_of_no_deed_is_left_alone():
    article = _film(_DIRECTOR_NAMED)
    result = answer_question(article, "Whose documentary is Low Water?")
    assert result.answer is None or "grew up" not in result.answer
