"""A definite role no one named holds takes up the unnamed source quoted before under a longer label:
`the RNC member said` after `said a prominent Republican National Committee member` is that member (its
initials), and so is `the party member` (a party's body); never the person named last."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes

RENT = (
    "Title: Rent\n\n"
    "Tom Reyes's campaign paid more rent in July than in March, filings show.\n\n"
    "“If I was a donor, I’d want answers,” said a prominent Harbor National Committee member who supports "
    "Reyes, asking for anonymity to speak freely.\n\n"
    "The campaign said it had moved into larger offices. Reyes flies to his rallies on his own jet.\n\n"
    "“Nobody cares when you’re spending your own money,” the HNC member said.\n"
)
MEMBER = "a prominent Harbor National Committee member"

PARTY = (
    RENT.replace("Harbor National Committee", "Republican National Committee").replace("HNC", "RNC")
    + "\n“Most campaigns run on a much tighter budget,” the party member added.\n"
)

OTHER_MEMBER = (
    "Title: Vote\n\n"
    "“We will not back it,” said a Democratic committee member who asked not to be named.\n\n"
    "Ann Lyle, the committee's chairwoman, called the vote for Thursday.\n\n"
    "“We have the numbers,” the Republican member said.\n"
)

HELD = (
    "Title: Vote\n\n"
    "“We will not back it,” said a senior committee member who asked not to be named.\n\n"
    "Ann Lyle, a committee member since 2004, called the vote for Thursday.\n\n"
    "“We have the numbers,” the committee member said.\n"
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(parse_article(text))]


def test_initials_take_up_the_body_spelt_out():
    assert _speakers(RENT) == [MEMBER, MEMBER]


def test_the_party_member_is_a_party_committees_member():
    assert _speakers(PARTY) == ["a prominent Republican National Committee member"] * 3


def test_a_word_the_label_lacks_is_someone_else():
    assert _speakers(OTHER_MEMBER)[1] != "a Democratic committee member"


def test_a_role_someone_named_holds_is_not_taken_up():
    assert _speakers(HELD)[1] != "a senior committee member"
