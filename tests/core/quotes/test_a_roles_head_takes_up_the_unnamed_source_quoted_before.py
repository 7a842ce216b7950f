"""`the attorney added`, two paragraphs after `a white-collar attorney` was quoted, is that attorney,
even when people named earlier hold the role; a holder named since, or a named speaker quoted since,
leaves it apart."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

HELD_BEFORE = (
    "Tom Reyes, the governor's attorney, and Ana Lund, an attorney for the party, have attacked the "
    "inquiry for weeks.\n\n"
)
UNNAMED = (
    "A white-collar attorney who follows the inquiry said the attacks were unwise.\n\n"
    "“This junkyard dog thing is rarely a winning strategy,” the attorney said.\n\n"
)
ADDED = "“You need facts that support it,” the attorney added.\n"
ATTORNEY = "a white-collar attorney"


def test_the_roles_head_two_paragraphs_on_is_the_unnamed_source():
    assert speakers_of(UNNAMED + ADDED) == [ATTORNEY, ATTORNEY]


def test_holders_named_before_the_source_leave_it_the_sources():
    assert speakers_of(HELD_BEFORE + UNNAMED + ADDED)[-1] == ATTORNEY


def test_a_holder_named_since_leaves_it_apart():
    since = "Reyes, the attorney for the governor, did not answer.\n\n"
    assert speakers_of(HELD_BEFORE + UNNAMED + since + ADDED)[-1] != ATTORNEY


def test_a_named_speaker_quoted_since_leaves_it_apart():
    since = "“We will fight on,” said Ivo Marsh, a spokesman.\n\n"
    assert speakers_of(HELD_BEFORE + UNNAMED + since + ADDED)[-1] != ATTORNEY
