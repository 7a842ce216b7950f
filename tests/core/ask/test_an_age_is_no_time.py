""" "When is the concert?" is not answered by "Its 14 year old soloist will open the concert": an age
said of someone, hyphenated or not, says how old they are, not when anything happens; "when she is
six months old" says a time."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CHOIR = parse_article(
    "Choir returns to Marlow Hall\n\n"
    "The Marlow youth choir will sing again after a long break, its director said.\n\n"
    "Its 14 year old soloist Ada Frey will open the concert.\n\n"
    "Tickets cost £8 and go on sale at the hall.\n"
)
AGED = "Its 14 year old soloist Ada Frey will open the concert."


def test_an_age_does_not_answer_when():
    assert answer_question(CHOIR, "When is the concert?").answer != AGED


def test_an_age_still_answers_how_old():
    assert answer_question(CHOIR, "How old is Ada Frey?").answer == AGED


def test_an_age_a_time_is_said_by_answers_when():
    cub = parse_article(
        "Zoo raises lion cub by hand\n\n"
        "Keepers at Pellow Zoo are feeding an orphaned lion cub called Nia by bottle.\n\n"
        "They plan to return Nia to the pride when she is six months old.\n"
    )
    assert "six months old" in answer_question(cub, "When will Nia return to the pride?").answer
