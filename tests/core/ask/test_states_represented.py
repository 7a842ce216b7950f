""" "What state does X represent?" is answered by the sentence tying a US state to X: a party tag, "of
<State>", the state before the title, an apposition, or "the <State> senator" where no other lawmaker is
named; a sentence naming X and no state of theirs is no answer."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

TERMS = parse_article(
    "Title: Term limits proposed\n\n"
    "On Thursday, Senator Tom Reyes and fellow Republican Representative Dan Perch proposed lifetime limits "
    "for service in the Senate and House through an amendment to the Constitution of the United States. "
    "It was co-sponsored by Senators Ida Moss of Florida and Ana Lobo of Georgia.\n\n"
    'Ohio Sen. Ray Coe opposed it. "It will never pass," said Rep. Lee Stone (D-Md.), who called it a '
    "stunt.\n\n"
    "Asked whether voters back the plan, the Texas senator said that Reyes's office would publish a poll.\n\n"
    "Reyes said the amendment was overdue.\n"
)


@pytest.mark.parametrize(
    ("name", "state"),
    [("Ana Lobo", "Georgia"), ("Ray Coe", "Ohio"), ("Lee Stone", "Md."), ("Reyes", "Texas")],
)
def test_the_sentence_tying_a_state_to_the_lawmaker_answers(name, state):
    result = answer_question(TERMS, f"What state does {name} represent?")
    assert result.tier == 1
    assert state in result.answer


def test_a_sentence_naming_the_lawmaker_and_no_state_of_theirs_is_no_answer():
    assert answer_question(TERMS, "What state does Dan Perch represent?").tier != 1


def test_a_shared_surname_is_the_one_whose_state_is_tied():
    article = parse_article(
        "Title: Holt endorses Dorn\n\n"
        "Sen. Ted Holt (R-Tex) is endorsing Dorn's campaign. His wife, Ada Holt, said she was pleased.\n"
    )
    result = answer_question(article, "Which state does Holt represent?")
    assert result.tier == 1
    assert "R-Tex" in result.answer


def test_a_quotation_opened_in_the_sentence_before_keeps_its_mark():
    article = parse_article(
        "Title: Holt backs Dorn\n\n"
        "\"I welcome the governor's support. He's standing up for us,\" tweeted Sen. Ted Holt (R-Tex), a "
        "former candidate.\n"
    )
    result = answer_question(article, "Which state does Ted Holt represent?")
    assert result.answer.startswith("\"He's standing up")
