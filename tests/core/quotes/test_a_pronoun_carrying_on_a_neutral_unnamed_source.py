"""A he or she no named person can take carries on the unnamed source just quoted even when its noun
tells no gender ("a senior official", "an aide"), and "The official added that ..." between them
is that source, no other person; someone named since still takes the pronoun."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Aid flights resume\n\n"
    "A senior harbour official said on Monday that the aid would go on.\n\n"
    "“Our help is not a zero-sum game,” the official said.\n\n"
    "The official added that the hold is not meant to be permanent. When factories “are able to ramp "
    "up, we will ship supplies around the world,” he said.\n"
)


def test_he_after_an_unnamed_official_goes_on_with_that_official():
    assert speakers_of(TEXT) == ["a senior harbour official"] * 2


def test_a_man_named_since_takes_the_he_instead():
    text = TEXT.replace("The official added that", "Mayor Tom Vance said that")
    assert speakers_of(text)[-1] == "Tom Vance"


def test_a_plural_source_never_carries_on_to_he():
    text = TEXT.replace("the official said.", "critics of the plan said.").replace(
        "The official added that", "Later it emerged that"
    )
    assert speakers_of(text)[-1] is None


def test_he_after_a_spokesman_for_a_named_man_goes_on_with_the_spokesman():
    text = (
        "Ministry moves\n\n"
        "Paul Tarrant takes over the ministry today. A spokesman for Paul Tarrant said: “The new office "
        "will open soon.”\n\n"
        "He added: “It was built for the staff.”\n"
    )
    assert speakers_of(text) == ["a spokesman for Paul Tarrant"] * 2


def test_he_after_the_officials_own_sentence_goes_on_with_the_official_over_a_man_named_before():
    text = (
        "Budget row\n\n"
        "Governor Hal Brandt is doing this job.\n\n"
        "“Staff matter most here,” said a party official.\n\n"
        "The official said the plan had not been costed. “For this group, numbers do not matter,” he said.\n"
    )
    assert speakers_of(text) == ["a party official"] * 2


def test_he_after_the_named_mans_own_sentence_is_his():
    text = (
        "Budget row\n\n"
        "Governor Hal Brandt is doing this job.\n\n"
        "“Staff matter most here,” said a party official.\n\n"
        "Brandt said the plan had been costed. “For this group, numbers do matter,” he said.\n"
    )
    assert speakers_of(text) == ["a party official", "Hal Brandt"]


def test_a_new_spokesman_brought_in_takes_the_he_from_the_one_quoted_before():
    text = (
        "Harbour fees\n\n"
        "A spokesman for the Harbour Trust said it was disappointed. “We learned of it late,” he said.\n\n"
        "A spokesman for Harbour Council said the rise was needed. “Councils set their own fees,” he said.\n"
    )
    assert speakers_of(text) == ["a spokesman for the Harbour Trust", "a spokesman for Harbour Council"]
