"""A definite role set apart after a phrase that goes on with the quotation ("“…” with the compact,
the governor said, adding that ...") is its attribution, as a name there is, however long the tail."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEDE = (
    "In harbour remarks, Holt alleged that Dunmore covered up the spill. The governor also attacked "
    "the compact as controlled by Dunmore.\n\n"
)
TAIL = "\n\nGovernor Holt’s comments were notable for what he did not say.\n"


def test_a_role_after_a_prepositional_phrase_and_a_comma_speaks_the_quotation():
    text = (
        LEDE + "“We will today be terminating our relationship” with the compact, the governor said, "
        "adding that the state's money will go to other groups." + TAIL
    )
    assert speakers_of(text) == ["Holt"]


def test_a_role_after_the_noun_a_quoted_label_names_does_not_speak_it():
    text = (
        LEDE + "At an April “women in politics” fundraiser in Salem, the governor told the crowd that "
        "he would not win without them." + TAIL
    )
    assert speakers_of(text) == [None]
