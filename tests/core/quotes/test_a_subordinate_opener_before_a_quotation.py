"""A subordinate clause opening the sentence, naming no one and saying nothing, before a quotation
("When they found the bag in his room, “…”", or around it: "But when “they leave the forest, ...”")
leaves it with the one the sentence before reports."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Reserve\n\nThe rangers of the Tolvern reserve have struggled for years to stop poachers.\n\n"


def test_but_when_before_a_quotation_goes_on_with_the_teller():
    text = TITLE + (
        "According to Ilse Marwick, the reserve's chief warden, the poachers are hard to catch in the"
        " forest. But when “they leave the forest, our patrols can stop them on the open road.”\n"
    )
    assert speakers_of(text) == ["Ilse Marwick"]


def test_a_when_clause_before_a_quotation_goes_on_with_the_teller():
    text = TITLE + (
        "“Friends become so important,” says Nadia Ferrow, a psychologist. When they found the bag in"
        " Tom Reyes's room, “their gut probably said it should not be there.”\n"
    )
    assert speakers_of(text) == ["Nadia Ferrow", "Nadia Ferrow"]


def test_a_when_clause_naming_someone_as_its_subject_does_not():
    text = TITLE + (
        "“Friends become so important,” says Nadia Ferrow, a psychologist. When Tom Reyes found the bag"
        " in his room, “my gut said it should not be there.”\n"
    )
    assert speakers_of(text)[-1] != "Nadia Ferrow"
