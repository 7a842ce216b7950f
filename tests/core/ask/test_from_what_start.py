""" "From what date ...?" asks when, as "On what date ...?" does, and "From what age ...?" asks an age, as
"At what age ...?" does: a sentence with no date is no answer to the first ("Norland's mayor said a ban could
be inevitable"), and the one giving the age ("over the age of 16") is the closest passage of the second."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import AGE, WHEN, classify

_TEXT = (
    "Yesterday, Kelby's transport chief, Ana Lobo, announced that from July 4, wearing a helmet would become "
    "compulsory while riding a hired scooter in Kelby.\n\n"
    'Norland mayor Tom Reyes said a helmet rule could be "inevitable" in Norland too.\n\n'
    "By law, all riders in Kelby over the age of 16 must register for a scooter pass.\n"
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("From what date will helmets be compulsory?", WHEN),
        ("From which year did the rule apply?", WHEN),
        ("from what age must riders register?", AGE),
    ],
)
def test_a_start_asked_with_from_is_of_its_kind(question, kind):
    assert classify(question).kind == kind


def test_from_what_date_is_answered_by_the_sentence_with_the_date():
    answer = answer_question(parse_article(_TEXT), "From what date will helmets be compulsory?").answer
    assert answer is not None and "from July 4" in answer
