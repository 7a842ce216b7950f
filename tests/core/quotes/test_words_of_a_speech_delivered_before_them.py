""" "He used the court hearing to deliver a speech that became the manifesto of the movement. ¶ “…”":
a paragraph of quoted words alone after a sentence saying who delivered or gave a speech is that
speaker's."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("verb", ["to deliver a speech", "to give an address"])
def test_the_speech_is_the_one_who_delivered_it(verb):
    text = (
        "Arvid Solberg, the former rebel leader, has died aged 91.\n\n"
        f"He was charged with treason in 1961. He used the court hearing {verb} that became the "
        "manifesto of the movement.\n\n"
        "“During my whole life, I have given myself to this struggle.\n\n"
        "“It is an ideal for which I am ready to die.”\n"
    )
    assert speakers_of(text) == ["Arvid Solberg", "Arvid Solberg"]


def test_a_speech_only_heard_is_not_the_hearers():
    text = (
        "Arvid Solberg, the former rebel leader, has died aged 91.\n\n"
        "He was charged with treason in 1961. He heard the judge's speech in silence.\n\n"
        "“During my whole life, I have given myself to this struggle.”\n"
    )
    assert speakers_of(text) == [None]
