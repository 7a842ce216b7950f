""" "Her conclusion? “We were badly wrong.”": an owner and a noun of speech asked as a sentence of
their own introduce the owner's words, as "Her conclusion:" would."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_LEAD = (
    "Senator Ilse Marrow spoke on Tuesday about the navy budget.\n\n"
    "“We assumed too much about the shipyards,” she said.\n\n"
)


def test_her_conclusion_asked_gives_her_the_words_after_it():
    text = _LEAD + "Her conclusion? “We were badly wrong about the navy.”\n"
    assert speakers_of(text) == ["Ilse Marrow", "Ilse Marrow"]


def test_a_named_owners_verdict_asked_gives_them_the_words_after_it():
    text = _LEAD + "Marrow's verdict? “We were badly wrong about the navy.”\n"
    assert speakers_of(text) == ["Ilse Marrow", "Ilse Marrow"]


def test_their_conclusion_asked_is_the_group_quoted_just_before():
    text = (
        "The problem, the report's authors said on Tuesday, is that “we assumed too much about the "
        "shipyards.”\n\n"
        "Their conclusion? “We were wrong.”\n"
    )
    assert speakers_of(text) == ["the report's authors", "the report's authors"]


def test_a_question_with_no_owner_introduces_no_one():
    text = _LEAD + "The conclusion? “We were badly wrong about the navy.”\n"
    assert speakers_of(text)[-1] is None
