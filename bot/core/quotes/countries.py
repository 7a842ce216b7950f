"""A country by any of the names news gives its government: its own ("China", "the U.S."), another
("Britain" for the UK) or its capital's ("Beijing said", "Washington warned")."""

from __future__ import annotations

from bot.core.language import lexicon as lx

_COUNTRIES = frozenset(lx.CAPITAL_COUNTRIES.values()) | frozenset(lx.COUNTRY_NAMES.values())


def country_meant(words: list[str]) -> str | None:
    """The country that folded words (a speaker's label or a query, "the" dropped) name whole, as
    CAPITAL_COUNTRIES spells it; None for anything else, a longer name holding a capital included
    ("Washington Post")."""
    text = " ".join(words)
    country = lx.CAPITAL_COUNTRIES.get(text) or lx.COUNTRY_NAMES.get(text)
    if country is not None:
        return country
    return text if text in _COUNTRIES or text in lx.COUNTRIES else None
