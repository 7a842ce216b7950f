"""A definite role no one named holds takes up the unnamed source quoted before under a longer label:
`the RNC member said` after `said a prominent Republican National Committee member` is that member (its
initials), and so is `the party member` (a party's body); never the person named last. A role someone
named holds means that unnamed source too when it was brought in after the holder was last named, or
when the holder, never quoted, has not been named for paragraphs."""

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


INTRODUCED_AFTER = (
    "Title: Mill\n\n"
    "Longtime mill aide Osric Penhale set up the payroll system in 2009, records show.\n\n"
    "A mill aide said the closure followed the law. “The plant could not stay open another winter,” "
    "the aide said.\n"
)


def test_an_unnamed_source_brought_in_after_the_named_holder_is_whom_the_role_means():
    assert _speakers(INTRODUCED_AFTER) == ["a mill aide"]


def test_a_holder_the_introducing_phrase_names_is_still_the_person():
    text = INTRODUCED_AFTER.replace("A mill aide said", "A mill aide, Osric Penhale, said")
    assert _speakers(text) == ["Osric Penhale"]


_FILLER = (
    "The mill ran two shifts that year and sold most of its paper abroad.\n\n"
    "Orders fell by half in the spring, when a new plant opened across the river.\n\n"
    "The county offered a loan in June, but the owners turned it down.\n\n"
)
LONG_AGO = (
    "Title: Mill\n\n"
    "“The plant could not stay open another winter,” said a mill aide.\n\n"
    "Longtime mill aide Osric Penhale set up the payroll system in 2009, records show.\n\n"
    + _FILLER
    + "“Some workers were told later than others,” the mill aide said.\n"
)


def test_the_unnamed_source_quoted_before_is_whom_the_role_means_when_its_holder_is_long_unmentioned():
    assert _speakers(LONG_AGO) == ["a mill aide", "a mill aide"]


def test_a_holder_quoted_before_is_still_whom_the_role_means():
    text = LONG_AGO.replace(
        "Longtime mill aide Osric Penhale set up the payroll system in 2009, records show.",
        "“I set up the payroll,” said longtime mill aide Osric Penhale.",
    )
    assert _speakers(text)[-1] == "Osric Penhale"
