"""A body or writing whose relative clause says the quotation speaks it: "the Harbor Charter, which
states that “…”" is the charter's words, as "which defines a reef as “…”" was, but never when a
person named in the clause could have said them."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _said(sentence: str) -> list[tuple[str | None, str]]:
    body = f"The Kellan ferry will stop running in April.\n\n{sentence}"
    quotes = extract_quotes(parse_article(f"Title: Ferry vote\n\n{body}\n"))
    return [(quote.speaker, quote.kind) for quote in quotes]


def test_a_charter_which_states_that_words_speaks_them():
    said = _said("The council adopted the Harbor Charter, which states that “every islander has a vote.”")
    assert said == [("the Harbor Charter", "organisation")]


def test_a_charter_which_says_words_speaks_them():
    said = _said("The council adopted the Harbor Charter, which says “every islander has a vote.”")
    assert said == [("the Harbor Charter", "organisation")]


def test_a_person_named_in_the_saying_clause_keeps_the_words_from_the_charter():
    said = _said("The council adopted the Harbor Charter, which says Ada Holt was “a founder.”")
    assert said == [(None, "person")]


def test_a_clause_in_the_passive_does_not_speak():
    said = _said("The council adopted the Harbor Charter, which was praised as “a model.”")
    assert said == [(None, "person")]


def test_a_date_between_the_charter_and_its_clause_is_passed_over():
    said = _said(
        "The council adopted the Harbor Charter in 1998, which states that “every islander has a vote.”"
    )
    assert said == [("the Harbor Charter", "organisation")]


def test_a_body_named_after_a_preposition_speaks_its_relative_clause():
    said = _said(
        "The plan won praise from the Kellan Review of Books, which called it “a model for the coast.”"
    )
    assert said == [("the Kellan Review of Books", "organisation")]


def test_a_party_to_a_court_case_is_no_body_speaking():
    said = _said("The plan rests on Dorn v. Kellan County, which allows a ban on “unsafe crossings.”")
    assert said == [(None, "person")]


def test_the_body_of_the_relative_clause_speaks_not_the_person_opening_the_sentence():
    said = _said(
        "Mayor Ada Holt thanked the Kellan Historical Society, "
        "which described the ferry as “the island's lifeline.”"
    )
    assert said == [("the Kellan Historical Society", "organisation")]
