""" "did the norland union send condolences?" asks of a body the article never names: a run of three words
after "did the" cut short by the verb's object ("condolences") ends on its verb, so the body is "norland
union" (said missing where the article has Norland but no union), not only the object. A body's head word
ending the run ("did the internal revenue service comment") is no verb."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

_TEXT = (
    "Kelby mourns its mayor\n\n"
    "Kelby's mayor Tom Reyes died on Monday, the Norland government said. Flags flew at half mast.\n\n"
    "He had led the Norland city since 2005 and was due to stand down in August.\n"
)


def test_a_body_before_its_verb_and_object_is_said_missing():
    assert (
        "norland union"
        in answer_question(parse_article(_TEXT), "did the norland union send flowers?").missing
    )


def test_a_body_ending_on_its_head_word_is_said_whole():
    missing = answer_question(parse_article(_TEXT), "did the internal revenue service comment").missing
    assert missing == ("internal revenue service",)
