"""A lone surname the article never writes in full, opening its paragraph's last sentence, when the
next paragraph opens on a quotation a he or she says: a person, and that he or she.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_SUGGESTED = (
    "Okafor and the plains governors have boasted for weeks that the farm belt was spared.\n\n"
    "Okafor has repeatedly suggested that these states could reopen in “small careful steps.”\n\n"
    "“They have fewer people and plenty of space,” he said at the capitol on Tuesday.\n"
)


def test_a_lone_surname_with_a_perfect_verb_before_the_next_paragraphs_he_said_is_a_person():
    assert kinds_of(_SUGGESTED) == {"Okafor": "person"}


def test_the_next_paragraphs_he_said_is_that_lone_surname():
    assert speakers_of(_SUGGESTED) == ["Okafor", "Okafor"]


def test_a_lone_surname_with_a_past_verb_closing_its_paragraph_takes_the_next_she_said():
    text = (
        "The school board met on Monday night in Ashford.\n\n"
        "Ruvalcaba pointed to the waiting list for the new wing.\n\n"
        "“Families have waited three years for this,” she said.\n"
    )
    assert speakers_of(text) == ["Ruvalcaba"]


def test_someone_opening_the_sentence_before_the_next_paragraphs_he_said_is_no_person():
    text = (
        "A crowd gathered at the fallen gate, and a man in a grey coat called for saws.\n\n"
        "Someone returned from a nearby shed with a hacksaw and handed it to him.\n\n"
        "“I live near here, but we have to help,” he said.\n"
    )
    assert "Someone" not in speakers_of(text)
