"""A two-word name introduced with a role of its own ("Win Myat, a member of the party executive,")
is a whole name, even when its first word is also an English word the article writes in lower
case ("to win"): a Burmese or other Asian given name is not a headline's verb before a surname."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_given_name_that_is_also_a_word_stays_when_the_name_has_a_role():
    text = (
        "The party expects to win most seats in the capital.\n\n"
        "Win Myat, a member of the party executive, said on Tuesday that “we are still counting.”\n\n"
        "“It is too early to celebrate,” Win Myat said.\n"
    )
    assert speakers_of(text) == ["Win Myat", "Win Myat"]


def test_a_sentence_opening_word_before_a_surname_named_in_full_still_goes():
    text = (
        "Dan Pike, a baker, has run the shop since 1998. He will close it in May.\n\n"
        "Will Pike come back? “I doubt it,” Pike said.\n"
    )
    assert speakers_of(text) == ["Dan Pike"]
