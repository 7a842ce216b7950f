"""A pronoun with "had" or "would" run on ("“…,” she’d said earlier") is the pronoun all the same:
it takes the person the paragraphs before are about."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "At the crossing\n\nHundreds of families waited at the border crossing on Monday.\n\n"
    "Lucia Ortega, 31, traveled with her two daughters. She kept watch under the bridge.\n\n"
)


def test_she_d_said_takes_the_woman_named_before():
    text = LEAD + "“I don't know what will happen to us,” she’d said earlier. “I cannot go back home.”\n"
    assert speakers_of(text) == ["Lucia Ortega", "Lucia Ortega"]


def test_he_d_with_a_straight_apostrophe_takes_the_man():
    text = (
        "At the crossing\n\nVolunteer Tomas Reyes, 40, handed out water.\n\n"
        "“We have never seen so many people here,” he'd told reporters.\n"
    )
    assert speakers_of(text) == ["Tomas Reyes"]
