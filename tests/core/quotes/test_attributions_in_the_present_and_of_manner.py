"""Feature writing tells in the present ("“…,” she quips.") and with verbs of manner ("“…,” the mayor
chuckled."): a verb closing the attribution right after a quotation is how that speaker spoke, after
a name, a he or she, an inverted name or a role, as a past in -ed after a name already was."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "Mara Quill and Owen Tarrant toured the old ferry terminal on Tuesday with the town council.\n\n"


@pytest.mark.parametrize("verb", ["quips", "muses", "laments", "wonders", "gushes", "chuckles", "cries"])
def test_a_present_closing_the_attribution_after_a_name(verb):
    text = _OPENING + f"“The ferries will come back, mark my words,” Quill {verb}.\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_a_present_after_he_or_she():
    text = _OPENING + "Quill has run the kiosk for years.\n\n“Nobody waits for a boat anymore,” she muses.\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_an_inverted_present_before_the_name():
    text = _OPENING + "“Nobody waits for a boat anymore,” laments Owen Tarrant.\n"
    assert speakers_of(text) == ["Owen Tarrant"]


@pytest.mark.parametrize("verb", ["chuckled", "smiled", "quips", "sighs"])
def test_a_role_meaning_the_person_named_before(verb):
    text = _OPENING + (
        "Owen Tarrant, the mayor, led the way.\n\n"
        f"“We have fixed the roof twice this year alone,” the mayor {verb}.\n"
    )
    assert speakers_of(text) == ["Owen Tarrant"]


def test_a_plural_a_name_modifies_is_no_verb():
    # "the Tarrant protests": the name modifies the noun; the slogan is no one's words here.
    text = _OPENING + "Residents joined the “we want our ferry back right now” Tarrant protests.\n"
    assert speakers_of(text) == [None]


def test_a_thing_before_a_past_verb_is_no_speaker():
    # "The fares included, among others, ...": a list, not words spoken by the fares.
    text = _OPENING + (
        "The new timetable was “final and binding”. The fares included, among others, a weekly pass.\n"
    )
    assert speakers_of(text) == [None]


def test_a_word_of_degree_before_the_verb_leaves_the_subject_speaking():
    shot_back = "At one point, Ada Okafor even shot back at Tom Orrin, “I am from Fenmore.”\n"
    text = "The panel argued for an hour.\n\n" + shot_back
    assert speakers_of(text) == ["Ada Okafor"]
