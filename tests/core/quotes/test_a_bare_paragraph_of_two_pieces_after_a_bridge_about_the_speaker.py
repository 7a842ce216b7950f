"""A paragraph of two quoted pieces joined by "and" ("“Then the reform movement arrived ...,” and
“there I was ...”") is quoted words alone: after a plain paragraph about the woman last quoted ("She
taught at a small college ..."), they are hers; so past a paragraph of her reported speech ("...,
she said.") too; a paragraph between that is no one's speech does not carry her on, and after a
bridge about another woman the pieces are that woman's, as a single bare quotation would be."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Judge\n\nJudge Marisol Quaint, 79, has few regrets about her time on the bench.\n\n"
QUOTED = "“I think I was lucky at every turn,” Quaint said, recalling the obstacles she faced.\n\n"
SAID = "No firm in the city would hire her, but “I was not going to quit,” she said.\n\n"
BRIDGE = "She taught at a small college before she took a job with the appeals court in 1975.\n\n"
PIECES = (
    "“Then the reform movement arrived at the end of the decade,” and “there I was, a young judge with"
    " time that I could give to moving things along.”\n"
)


def test_two_pieces_joined_by_and_after_a_bridge_are_the_last_speakers():
    text = LEAD + QUOTED + SAID + BRIDGE + PIECES
    assert speakers_of(text) == ["Marisol Quaint", "Marisol Quaint", "Marisol Quaint", "Marisol Quaint"]


def test_the_speakers_reported_speech_between_carries_her_on():
    said = "No firm in the city would hire her in 1968, she said.\n\n"
    text = LEAD + QUOTED + said + BRIDGE + PIECES
    assert speakers_of(text) == ["Marisol Quaint", "Marisol Quaint", "Marisol Quaint"]


def test_a_paragraph_between_that_is_no_ones_speech_does_not_carry_her_on():
    fact = "No firm in the city would hire a woman in 1968.\n\n"
    text = LEAD + QUOTED + fact + BRIDGE + PIECES
    assert speakers_of(text) == ["Marisol Quaint", None, None]


def test_after_a_bridge_about_another_woman_the_pieces_are_hers():
    bridge = "Her rival, Judge Ilse Brandt, taught at a small college before taking a job in 1975.\n\n"
    text = LEAD + QUOTED + SAID + bridge + PIECES
    assert speakers_of(text) == ["Marisol Quaint", "Marisol Quaint", "Ilse Brandt", "Ilse Brandt"]
