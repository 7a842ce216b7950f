"""A role written before a name after another person's surname and "and" (`oppose both Dorn and
Democratic presidential candidate Ann Holt`, Ray Dorn named before) is hers alone, not `Dorn and
Democratic presidential candidate`; a title joining its own words with "and" stays whole (`Trade and
Industry Secretary Lena Vogt`, `British and Irish Lions coach Ewan Dale`)."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import list_speakers

LIST = (
    "Title: Mailings\n\n"
    "The super PAC now runs ads opposing Ray Dorn.\n\n"
    "The group is spending money on mailings that oppose both Dorn and Democratic presidential candidate "
    "Ann Holt.\n\n"
    "“They will not work,” Holt said.\n\n"
    "“We will see,” said Trade and Industry Secretary Lena Vogt.\n\n"
    "“The squad picks itself,” said British and Irish Lions coach Ewan Dale.\n"
)


def _roles() -> dict[str, str | None]:
    return {s.name: s.role for s in list_speakers(parse_article(LIST)).speakers}


def test_a_role_after_a_listed_surname_is_the_next_persons_alone():
    assert _roles()["Ann Holt"] == "Democratic presidential candidate"


def test_a_title_joined_by_and_stays_whole():
    roles = _roles()
    assert roles["Lena Vogt"] == "Trade and Industry Secretary"
    assert roles["Ewan Dale"] == "British and Irish Lions coach"
