"""ask.ages.others_age: "How old is Reed?" is not answered by a sentence whose only age stands beside
someone else's name ("Tom Reed shot Ann Bell, 44, ..."): her age, not his."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.ages import others_age
from bot.core.ask.engine import answer_question

CHASE = (
    "Kelby man charged\n\n"
    "Police say Tom Reed shot Ann Bell, 44, in front of her home after a chase on Friday. Reed's lawyer "
    "said his client would argue self-defence.\n\n"
    "Reed was arrested on Saturday. Witnesses said the chase lasted ten minutes.\n"
)


def test_an_age_beside_another_name_does_not_answer_how_old():
    for question in ("How old is Reed?", "how old is tom reed"):
        assert answer_question(parse_article(CHASE), question).answer is None, question


def test_an_age_beside_the_name_asked_still_answers():
    answer = answer_question(parse_article(CHASE), "How old is Ann Bell?").answer
    assert answer is not None and "44" in answer


def test_which_ages_are_someone_elses():
    texts = ["Police say Tom Reed shot Ann Bell, 44, in front of her home."]
    assert others_age("How old is Reed?", texts)
    assert not others_age("How old is Bell?", texts)
    assert not others_age("How old is Reed?", ["Reed, 52, shot Ann Bell, 44, in front of her home."])
    assert not others_age("How old is Reed?", ["On Monday, 30 were hurt and Reed was held."])
