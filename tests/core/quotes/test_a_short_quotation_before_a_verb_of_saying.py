"""A quotation of a word or two closed by a comma and followed by its attribution is speech, not a
label, under any common verb of saying ("declared", "responded", "wrote"), and its speaker goes on
to the next quotation; when a verb of saying before it introduces it, that verb's subject speaks it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_word_declared_by_an_unnamed_source_is_theirs_and_goes_on():
    text = "“Boring,” declared one Florida Republican. “I wanted someone else!”\n"
    assert speakers_of(text) == ["one Florida Republican", "one Florida Republican"]


def test_a_word_a_named_person_responded_is_theirs():
    text = (
        "Rep. Dana Holt asked Ray Dorn whether he knew more.\n\n"
        "“Yes,” Dorn responded, declining to say more.\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_word_an_unnamed_sources_verb_introduces_is_theirs_not_the_speakers_after_it():
    text = (
        "Talk host Glen Marsh spoke in Texas.\n\n"
        "When someone in the audience shouted, “Dorn,” Marsh joked, “Amen, brother! Come on up!”\n"
    )
    assert speakers_of(text) == ["someone in the audience", "Glen Marsh"]
