"""A definite role opening the sentence before "he said" with a verb in an irregular past ("The
sheriff shook his head.", "The sheriff stood up.") is the subject a he or she means, as "the sheriff
nodded" is: the role's holder speaks, not the rival quoted just before."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

DEBATE = (
    "Sheriff Roy Tanning and his challenger, former deputy Carl Ostrow, met for a debate on Tuesday.\n\n"
    "“Ask any deputy how many hours they worked last month,” Ostrow said.\n\n"
)


@pytest.mark.parametrize("gesture", ["shook his head", "stood up", "took the microphone", "nodded"])
def test_a_role_with_a_gesture_before_he_said_is_the_roles_holder(gesture):
    text = DEBATE + f"The sheriff {gesture}. “Carl knows that's not true,” he said.\n"
    assert speakers_of(text) == ["Carl Ostrow", "Roy Tanning"]


def test_a_role_held_by_a_woman_with_a_gesture_leaves_he_said_to_the_man_quoted_before():
    text = (
        "Sheriff Ruth Tanning and her challenger, former deputy Carl Ostrow, met for a debate.\n\n"
        "“Ask any deputy how many hours they worked,” Ostrow said.\n\n"
        "The sheriff shook her head. “That is not true,” he said.\n"
    )
    assert speakers_of(text) == ["Carl Ostrow", "Carl Ostrow"]


@pytest.mark.parametrize("opener", ["Even", "But", "And"])
def test_a_role_after_a_focusing_word_is_still_the_subject_he_means(opener):
    text = DEBATE + f"{opener} the sheriff shook his head. “Carl knows that's not true,” he said.\n"
    assert speakers_of(text) == ["Carl Ostrow", "Roy Tanning"]


def test_a_role_no_one_named_holds_after_even_keeps_he_from_a_man_of_another_office():
    text = (
        "Governor Ben Tull of Kansas backed the water bill.\n\n"
        "Even the president admitted the bill was late. “Of course, we should have done this years "
        "ago,” he said.\n"
    )
    assert speakers_of(text) == [None]
