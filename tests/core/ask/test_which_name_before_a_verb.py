""" "Which network was shut down?" is not answered by a sentence whose only name before "the network" is the
subject of a verb done to it ("the Norland government ordered the network to shut down"): that name is the
government's, not the network's. A name right before the noun, or linked to it by "was", still names it."""

from __future__ import annotations

from bot.core.ask.which import names_which


def test_a_name_before_a_verb_done_to_the_thing_does_not_name_it():
    text = "The last time the Norland government ordered the network to shut down was in 1972."
    assert not names_which("Which network was shut down?", [text])


def test_a_name_before_the_thing_still_names_it():
    assert names_which("Which network was shut down?", ["Officials shut down the Kelby network on Monday."])
    assert names_which("Which network was shut down?", ["Kelby TV was the network shut down on Monday."])
