"""A capitalised word joined by a hyphen to a lower-case one ("June-voting", "Texas-based") describes;
alone it is no person, so a he or she never means it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

STOPS = (
    "Senator Ada Hale flew out of Port Lisle on Wednesday. Her schedule calls for stops in other "
    "June-voting states, an aide said.\n\n"
    "“We came here 40 points behind, and we have closed the gap,” she said.\n"
)


def test_a_hyphenated_description_is_not_listed_as_a_speaker():
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + STOPS)).speakers
    assert [s.name for s in listed] == ["Ada Hale"]


def test_a_pronoun_after_a_hyphenated_description_means_the_person_named():
    assert speakers_of(STOPS) == ["Ada Hale"]
