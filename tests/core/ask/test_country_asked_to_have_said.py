""" "What does the US say about X?" is not answered by a sentence that names the US in no form (its names,
its people's word, its capital): "Germany banned the airline, with officials saying ..." tells what German
officials said."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.said import country_unnamed

BAN = parse_article(
    "Germany bans Harbour Air\n\n"
    "Germany on Monday banned the airline Harbour Air from flying in the country, with officials saying "
    "this is for security reasons.\n\n"
    "Harbour Air has faced sanctions since 2011. The US Secretary of State wrote on Monday that the airline "
    "carries weapons.\n"
)


def test_a_sentence_naming_no_form_of_the_country_says_nothing_of_its_words():
    assert country_unnamed("What does the US say about it?", ["Germany banned it, officials saying so."])
    assert answer_question(BAN, "what does the US say about harbour air").answer is None


def test_any_form_of_the_country_may_say_it():
    assert not country_unnamed("What did the U.S. say?", ["U.S. officials said no."])
    assert not country_unnamed("What did France say?", ["French officials said no."])
    assert not country_unnamed("What did France say?", ["Paris said no."])
    assert not country_unnamed("What did Holt say?", ["Germany said no."])
