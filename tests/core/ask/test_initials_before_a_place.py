"""ask.engine._namesakes: a name opening with initials the article spells out ("NMU Port Kelby" where it
writes "Norland Marine University, Port Kelby") is no person whose given name the article lacks: never
"The article doesn't mention NMU Port Kelby"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CAMPUS = (
    "Harbor scientist dies\n\n"
    "The death of oceanographer Ana Lobo was announced on Friday by the Norland Marine University, Port "
    "Kelby campus.\n\n"
    '"Ana was the most brilliant scientist I have ever known," said Norland Marine University, Port Kelby\'s '
    "chancellor, Tom Reed.\n"
)


def test_initials_the_article_spells_out_before_a_place_are_not_missing():
    result = answer_question(parse_article(CAMPUS), "Who is the NMU Port Kelby chancellor?")
    assert result.missing == ()
    assert "Tom Reed" in (result.answer or result.passage.text)


def test_initials_the_article_never_spells_out_are_still_missing():
    result = answer_question(parse_article(CAMPUS), "Who is the QXV Port Kelby chancellor?")
    assert result.missing != ()
