"""A lawmaker's party and state with no comma closing them ("Rep. Carlos Mendez, D-Ill. said") sit
between the name and its verb: the lawmaker speaks, not the tag nor no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "School budget\n\nLawmakers from both parties reacted on Tuesday to the budget.\n\n"


def test_a_state_abbreviation_with_its_stop_before_said():
    text = LEAD + "Rep. Carlos Mendez, D-Ill. said the plan is “a betrayal of every family in the state.”\n"
    assert speakers_of(text) == ["Carlos Mendez"]


def test_a_state_written_whole_before_said():
    text = LEAD + "Rep. Nora Blaine, R-Ohio said the budget “finally takes spending seriously.”\n"
    assert speakers_of(text) == ["Nora Blaine"]
