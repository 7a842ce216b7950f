"""A plain noun ("the chamber", "the board", "the institute") stands for the one body the article
names with that word as its head, whether the name ends in it or goes on after it with "of" or
"for" ("Millbrook Chamber of Commerce", "Dunmore Institute for Policy Studies")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def _spoken_by(named: str, noun: str) -> list[str | None]:
    return speakers_of(f"{named} backed the plan.\n\n“Our members have waited a decade,” {noun} said.\n")


def test_the_chamber_is_the_chamber_of_commerce_named_before():
    assert _spoken_by("The Millbrook Chamber of Commerce", "the chamber") == ["Millbrook Chamber of Commerce"]


def test_the_board_is_the_board_named_before():
    assert _spoken_by("The Millbrook Planning Board", "the board") == ["Millbrook Planning Board"]


def test_the_society_is_the_society_named_before():
    assert _spoken_by("The Harbor Society of Engineers", "the society") == ["Harbor Society of Engineers"]


def test_a_name_going_on_with_for_is_named_whole():
    named = "The Dunmore Institute for Policy Studies"
    assert _spoken_by(named, "the institute") == ["Dunmore Institute for Policy Studies"]


def test_the_board_with_two_boards_named_is_neither():
    named = "The Millbrook Planning Board and the Dunmore Water Board"
    assert _spoken_by(named, "the board") == ["the board"]
