"""An unnamed source introduced after its verb as speaking for two people keeps them in its label:
"said an adviser to both candidates" is "an adviser to both candidates", and "said a former aide to
the two Harlows" is "a former aide to the two Harlows", as "said a longtime aide to both Harlows" is."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speakers(paragraph: str) -> list[str | None]:
    body = f"The Harlow family will sell the Kellan lighthouse in April.\n\n{paragraph}"
    return [quote.speaker for quote in extract_quotes(parse_article(f"Title: Lighthouse sale\n\n{body}\n"))]


def test_an_adviser_to_both_candidates_after_the_quotation():
    said = _speakers("“Three offers came in,” said an adviser to both candidates.")
    assert said == ["an adviser to both candidates"]


def test_an_aide_to_the_two_of_a_family_after_the_quotation():
    said = _speakers("“Three offers came in,” said a former aide to the two Harlows.")
    assert said == ["a former aide to the two Harlows"]


def test_an_adviser_to_both_candidates_referred_back_to():
    said = _speakers(
        "An adviser to both candidates said buyers had called. “Three offers came in,” the adviser said."
    )
    assert said == ["an adviser to both candidates"]
