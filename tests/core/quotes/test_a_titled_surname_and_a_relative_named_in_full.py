"""A courtesy title with a surname two people share ("Mr. Tally" beside Morgan Tally and her father,
Cliff Tally) means the one of its gender; a relative named in full, whose given name says his
gender, is no less a Tally for being introduced as someone's father."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "When Morgan Tally, 21, began her freshman year at Elmvale College, tuition was far lower.\n\n"
    "“We knew there would be small increases, but not every year,” said Ms. Tally’s father, "
    "Cliff Tally, 52, a sales representative.\n\n"
    "“No vacations, no big screens,” Mr. Tally said. “But it is worth it.”\n"
)


def test_mr_with_the_shared_surname_is_the_father():
    assert speakers_of(TEXT) == ["Cliff Tally", "Cliff Tally", "Cliff Tally"]
