"""An inverted "said X" after a partial quotation names its speaker when all that follows X is X's
own apposition or relative clause, with role words perhaps before X ("said mathematician John
Paulos, who was interviewed on Tuesday")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_inverted_speaker_with_a_role_and_a_relative_clause_after_a_partial_quotation():
    text = (
        "Prime Number Week came round again.\n\n"
        "It “is a sort of basic brick in the wall” for arithmetic, said Harbour University mathematician "
        "Peter Lantz, who was interviewed on Friday.\n"
    )
    assert speakers_of(text) == ["Peter Lantz"]


def test_a_relative_clause_holding_a_quotation_is_still_someone_elses_words():
    text = (
        "The plan “will not survive the winter,” drew criticism from councillor Paul Ryde, who called "
        "it “a fantasy.”\n"
    )
    assert speakers_of(text)[0] is None


def test_an_abbreviated_title_and_a_party_label_around_the_inverted_speaker():
    text = (
        "The council met on Monday.\n\n"
        "“There is going to be a natural desire to pair things up” on the ferry, said Sen. Tom Hale "
        "(R-Texas), the incoming Senate minority whip.\n"
    )
    assert speakers_of(text) == ["Tom Hale"]
