"""A definite role opening a sentence with an irregular past verb ("The governor shed the restraint he
has shown") is that sentence's subject: the next paragraph's he is the role's one holder, not a man
named earlier."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Nominee\n\nEllen Marsh is weighing whether to testify against the court nominee, Carl Dobbs.\n\n"
    "Her difficulty was captured by remarks by Governor Frank Lutz on Thursday night. "
)
QUOTE = "\n\n“Why did nobody call the police back then?” he said in an interview.\n"


def test_the_governor_shed_makes_he_the_governor():
    text = LEAD + "The governor shed the restraint he has shown so far and defended his pick." + QUOTE
    assert speakers_of(text) == ["Frank Lutz"]


def test_the_governor_with_a_regular_past_makes_he_the_governor_too():
    text = LEAD + "The governor dropped the restraint he has shown so far and defended his pick." + QUOTE
    assert speakers_of(text) == ["Frank Lutz"]
