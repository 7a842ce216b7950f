"""A party member's noun with a state ("the Nevada Democrat") refers back to the person in subject
position before it whose roles name no other party, even when someone later in the article is given
that noun with another state ("Patty Murray, Washington Democrat")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Senate Minority Leader Harold Redd vowed on Wednesday to block the bill.\n\n"
    "“It’s in there and has to go out,” the Nevada Democrat said.\n\n"
    "“We will not let this pass,” Sen. Patty Murray, Washington Democrat, said.\n"
)


def test_a_state_and_party_noun_goes_to_the_subject_before_not_to_a_later_namesake_of_the_party():
    assert speakers_of(TEXT) == ["Harold Redd", "Patty Murray"]


def test_a_party_noun_never_goes_to_someone_of_the_other_party():
    text = TEXT.replace("Senate Minority Leader Harold Redd", "Republican leader Harold Redd")
    assert speakers_of(text)[0] != "Harold Redd"
