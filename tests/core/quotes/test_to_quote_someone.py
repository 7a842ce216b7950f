"""A phrase "to quote X," before a quotation ("How do you fight, to quote the poet Hanna Lindqvist,
“…”?") gives the words to X, as "in the words of X" does."""

from __future__ import annotations

from .speakers import speakers_of

OPENING = "The campaign turned bitter in its last week.\n\n"


def test_to_quote_inside_a_question_gives_the_words_to_the_one_quoted():
    article = OPENING + (
        "How do you fight, to quote the poet Hanna Lindqvist, “with one who, were it proved he lies, "
        "was neither shamed in his own eyes”?\n"
    )
    assert speakers_of(article) == ["Hanna Lindqvist"]


def test_to_quote_opening_the_sentence_gives_the_words_to_the_one_quoted():
    article = OPENING + "To quote the poet Hanna Lindqvist, “We do not lose the people we love.”\n"
    assert speakers_of(article) == ["Hanna Lindqvist"]


def test_wanting_to_quote_someone_is_no_such_phrase():
    article = OPENING + "Ada Quill wanted to quote Hanna Lindqvist, “We do not lose the people we love.”\n"
    assert speakers_of(article) != ["Hanna Lindqvist"]
