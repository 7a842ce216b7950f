""" "wat did they name the turtle" asks what they named it: a chat spelling of "what" opening a question
is "what", never a name the article lacks ("The article doesn't mention wat.")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.contractions import with_plain_question_word
from bot.core.ask.engine import answer_question

SEAL = parse_article(
    "Seal pup rescued\n\n"
    "A grey seal pup found stranded on Brenmoor beach has been taken to a rescue centre.\n\n"
    "Staff named the pup Pebble after the beach where she was found.\n"
)


def test_a_chat_spelling_of_what_is_what():
    reply = answer_question(SEAL, "wat did they name the pup")
    assert reply.missing == ()
    assert "Pebble" in (reply.answer or reply.passage.text)


def test_only_the_opening_word_is_read_so():
    assert with_plain_question_word("Wot is it called") == "What is it called"
    assert with_plain_question_word("did the wat burn") == "did the wat burn"
