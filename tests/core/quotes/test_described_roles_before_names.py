"""A role described by adjectives before a name opening its sentence ("The candidate’s glamorous wife
Ann Holt brought ...") leaves the name the sentence's subject, so a later "the 46-year-old said"
or "the former model said" reaches her."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def _convention(opening: str) -> str:
    return (
        "The convention got off to a rocky start on Monday.\n\n"
        f"{opening} brought some glamour to the opening night as the team sought to get back on track.\n\n"
        "But a plagiarism row tarnished her speech and brought her husband’s campaign under scrutiny.\n\n"
        "With millions watching, the Oslo-born former model delivered a heartfelt defense of her husband.\n\n"
        "“Tom is, and ever was, a steady captain,” said the 46-year-old. “Now, he gets down to business.”\n"
    )


def test_an_age_reaches_a_name_after_a_role_with_adjectives():
    assert speakers_of(_convention("The candidate’s glamorous wife Ann Holt")) == ["Ann Holt", "Ann Holt"]


def test_an_age_reaches_a_name_after_a_plain_role_as_before():
    assert speakers_of(_convention("The candidate’s wife Ann Holt")) == ["Ann Holt", "Ann Holt"]


def test_a_described_role_after_a_verb_is_an_object():
    text = (
        "Tom Holt spoke in Salem on Monday. He thanked the candidate’s glamorous wife Ann Holt.\n\n"
        "“We are ready,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Holt"]


def test_a_name_after_an_owners_role_opening_the_sentence_is_the_participles_subject():
    text = (
        "Pol Varga said on Monday that he would run for governor.\n\n"
        "Varga’s running mate Marten Olle previewed the campaign’s argument, telling Petra Kade: “We are "
        "seeing the cost of ten years of delay on every road in the state.”\n"
    )
    assert speakers_of(text) == ["Marten Olle"]


def test_a_platforms_user_opening_the_sentence_is_the_colons_speaker():
    text = (
        "Customers of the Brenmoor bakery chain reacted angrily to the closures on Tuesday.\n\n"
        "Twitter user Ona Falk sent angry messages to Brenmoor and its owner in all-caps: “I WILL NEVER "
        "BUY ANOTHER LOAF FROM THIS COMPANY AGAIN.”\n"
    )
    assert speakers_of(text) == ["Ona Falk"]
