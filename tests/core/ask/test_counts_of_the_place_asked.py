"""ask.elsewhere.placed_candidate: "How many cases are there in the US?" is answered by the confident top
candidate naming the country asked about in any form ("In the United States, over 244 thousand flu cases
were recorded"), not by the best-ranked count naming no place ("... reported 1,051,635 confirmed cases")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

FLU = (
    "Flu cases pass one million\n\n"
    "On Thursday, the total number of flu cases passed one million worldwide, Harbor University data "
    "indicated. At least 52 thousand deaths were linked to the flu.\n\n"
    "By yesterday, the Harbor Health Board reported 1,051,635 confirmed cases, including 79,332 cases in the "
    "twenty four hours preceding 10 a.m. Central European Time (0800 UTC) on April 4.\n\n"
    "In the United States, over 244 thousand flu cases were recorded, linking to at least 5,900 deaths. A "
    "news channel reported there were over 1,000 US deaths on Wednesday.\n\n"
    "Around the world, countries announced stricter measures to slow the flu.\n"
)


def test_a_count_in_the_country_asked_answers_over_a_count_elsewhere():
    for question in ("How many cases are there in the US?", "How many cases are there in the United States?"):
        answer = answer_question(parse_article(FLU), question).answer
        assert answer is not None and "244 thousand" in answer, question


def test_a_count_asked_with_no_place_is_answered_as_before():
    answer = answer_question(parse_article(FLU), "How many confirmed cases did the board report?").answer
    assert answer is not None and "1,051,635" in answer
