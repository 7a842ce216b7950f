"""A he or she opening words that an inverted speaker is then said to have said ("Now that he is
mayor, the trust ... is at stake, said Jon Brell") is inside those words: it does not make the
next "he said" mean whom that pronoun means, but the speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Ferry tax returns stay secret\n\n"
    "Mayor Karl Varga says he will not release his ferry accounts.\n\n"
    "Now that he is mayor, the trust in the harbor office is at stake, said Jon Brell, director of "
    "the Harbor History Project. “Can we trust the auditors to check their own boss?” he said.\n"
)


def test_he_after_an_inverted_speaker_is_that_speaker_not_the_pronoun_in_his_words():
    assert speakers_of(TEXT) == ["Jon Brell"]


def test_a_leading_pronoun_of_the_sentences_own_verb_still_carries_on():
    text = TEXT.replace(
        "Now that he is mayor, the trust in the harbor office is at stake, said Jon Brell, director of "
        "the Harbor History Project.",
        "He told Jon Brell, director of the Harbor History Project, that the audit was not done.",
    )
    assert speakers_of(text) == ["Karl Varga"]
