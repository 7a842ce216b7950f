"""A name right after a verb of saying whose subject is a he or she ("he credited Garner for ...",
"he said Ryan") is that verb's object, never its subject: a later "he said" does not go to it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Mayor Tom Vance met council leader Paul Rider on Monday.\n\n"
    "Vance eased his tone. Asked on Harbor Radio who leads the council, he said Rider. “I would say "
    "Paul for the time being,” he said.\n\n"
    "“We can always have differences,” he said.\n"
)


def test_a_name_after_he_said_is_not_the_next_he():
    assert speakers_of(TEXT) == ["Tom Vance", "Tom Vance"]


def test_a_name_after_a_pronoun_and_an_adverb_and_a_verb_of_praise_is_not_the_next_he():
    text = TEXT.replace("he said Rider.", "he also credited Rider for the new budget.")
    assert speakers_of(text) == ["Tom Vance", "Tom Vance"]


def test_an_inverted_name_after_its_verb_of_saying_still_speaks():
    text = TEXT.replace("he said Rider.", "“He leads,” said Rider.")
    assert speakers_of(text)[0] == "Paul Rider"
