"""A sentence opening with a name and "said" right after a quotation ends its own sentence tags that
quotation, however long its tail, unless the verb goes on to a "that" clause of its own ("Brixton
Paper said on Monday that it was moving ..."): that is a new report, not the quotation's tag."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Mayor talks mills\n\nMayor Gil Rasko spoke about the closed mills on Tuesday.\n\n"
QUOTED = "“Paper used to be made here,” the mayor said. “Now the paper is made in Ohio.” "


def test_a_name_said_that_after_a_quotation_is_a_new_report():
    text = TITLE + QUOTED + "Tom Brixton said on Monday that he was moving his last plant to Ohio.\n"
    assert speakers_of(text) == ["Gil Rasko", "Gil Rasko"]


def test_a_name_said_with_a_long_tail_still_tags_the_quotation():
    text = TITLE + QUOTED + "Tom Brixton said on Monday in a long talk with reporters at his plant.\n"
    assert speakers_of(text) == ["Gil Rasko", "Tom Brixton"]
