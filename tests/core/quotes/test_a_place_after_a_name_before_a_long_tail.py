"""A name "of" a place or body, then its verb and a long tail, after the quotation: "“…,” Council
Leader Dana Whitlock of Elmdale said Monday on the council floor concerning the vote." is hers,
not the speaker of the paragraph before."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes

_BEFORE = "“We will look at every invoice,” Council Whip Lena Marsh of Brookfield said Monday."


def _speakers(paragraph: str) -> list[str | None]:
    text = f"Title: Audit row\n\n{_BEFORE}\n\n{paragraph}\n"
    return [quote.speaker for quote in extract_quotes(parse_article(text))][1:]


def test_a_name_of_a_town_speaks_before_a_long_tail():
    speakers = _speakers(
        "“It's a shameful ploy,” Council Minority Leader Dana Whitlock of Elmdale said Monday "
        "on the council floor concerning the attacks on the auditor."
    )
    assert speakers == ["Dana Whitlock"]


def test_the_next_quotation_of_the_paragraph_is_hers_too():
    speakers = _speakers(
        "“It's a shameful ploy,” Council Minority Leader Dana Whitlock of Elmdale said Monday "
        "on the council floor concerning the attacks. “The mayor must be afraid of the audit.”"
    )
    assert speakers == ["Dana Whitlock", "Dana Whitlock"]


def test_a_name_at_a_body_speaks_before_a_long_tail():
    speakers = _speakers(
        "“Nobody asked us first,” Tom Okafor at the Harwick Ferry Company said Monday "
        "on the council floor concerning the vote."
    )
    assert speakers == ["Tom Okafor"]
