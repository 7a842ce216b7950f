"""An unnamed source introduced as speaking for a family keeps it in its label when referred back to:
"A longtime aide to both Harlows said ... “…,” the aide said" is "a longtime aide to both Harlows",
as "said a longtime aide to both Harlows" is; "for the Harlow campaign" stays whole too."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speakers(paragraph: str) -> list[str | None]:
    body = f"The Harlow family will sell the Kellan lighthouse in April.\n\n{paragraph}"
    return [quote.speaker for quote in extract_quotes(parse_article(f"Title: Lighthouse sale\n\n{body}\n"))]


def test_an_aide_to_both_of_a_family_referred_back_to():
    said = _speakers(
        "A longtime aide to both Harlows said buyers had called. “Three offers came in,” the aide said."
    )
    assert said == ["a longtime aide to both Harlows"]


def test_an_aide_to_both_of_a_family_after_the_quotation():
    said = _speakers("“Three offers came in,” said a longtime aide to both Harlows.")
    assert said == ["a longtime aide to both Harlows"]


def test_a_spokeswoman_for_a_named_campaign_referred_back_to():
    said = _speakers(
        "A spokeswoman for the Harlow campaign said buyers had called. "
        "“Three offers came in,” the spokeswoman said."
    )
    assert said == ["a spokeswoman for the Harlow campaign"]
