"""Two titles joined by "and" before a name ("Nettle President and Chief Legal Officer Dana
Pruitt") are both the person's titles: the first is no person of its own, even when the company
speaks alone later ("Nettle told the justices"), and a "she said" after it goes to the person named."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Court rules on stored data\n\n"
    "The Velmar high court ruled on Monday that stored emails abroad are beyond a warrant's reach.\n\n"
    "Nettle President and Chief Legal Officer Dana Pruitt said lawmakers should have acted first.\n\n"
    "“The current laws were written for the floppy disk, not the cloud,” she said on her blog.\n\n"
    "Nettle argued that lawmakers are the proper forum.\n\n"
    "“Revising the statute is a job for lawmakers, not courts,” Nettle told the justices.\n"
)


def test_she_after_two_joined_titles_means_the_person_named():
    assert speakers_of(TEXT)[0] == "Dana Pruitt"


def test_the_first_title_and_its_company_are_no_person():
    assert speakers_of(TEXT)[1] != "Nettle President"
