"""ask.absence: a surname typed one slip from the name the article writes after the same given name
("Kristian Anderson" for the article's "Kristian Andersen") is that person, though "anderson" is a word of
the common lists, which no typo is taken of: never "The article doesn't mention Kristian Anderson"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

STUDY = (
    "Virus spreads like flu\n\n"
    "Scientists at the Harbor Institute said on Wednesday that the virus may spread like influenza.\n\n"
    'Immunologist Kristian Andersen of the Harbor Institute said, in response to the study, "This is new."\n'
)


def test_a_surname_one_slip_from_the_name_after_its_given_name_is_that_person():
    for question in ("Who is Kristian Anderson?", "who is kristian anderson"):
        result = answer_question(parse_article(STUDY), question)
        assert result.missing == (), question
        assert "immunologist" in (result.answer or "").casefold(), question


def test_the_surname_alone_is_that_person_too():
    # The one person whose surname is one slip away (session 26): the quote registry finds him by it too.
    result = answer_question(parse_article(STUDY), "who is anderson")
    assert result.missing == ()
    assert "immunologist" in (result.answer or "").casefold()
