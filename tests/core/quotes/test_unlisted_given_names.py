"""A full name whose given name is on no list ("Manjula Sharma") is a person when it opens a
sentence and the next one has a he or she saying something; not when another name stands between."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_full_name_with_an_unlisted_given_name_before_she_said_is_a_person():
    text = (
        "Tourists filed past the photos in the lobby. Manjula Sharma, visiting from India, gasps when "
        "she sees them. “How could anybody do this?” she said.\n"
    )
    assert speakers_of(text) == ["Manjula Sharma"]


def test_two_capitalised_words_before_another_name_make_no_person():
    text = (
        "Google Maps claims that it is on a quest for the perfect map, but Jerry Brotton, a historian, "
        "isn't so sure. “No map is a definitive depiction of its subject,” he said.\n"
    )
    assert "Google Maps" not in kinds_of(text)


def test_a_storm_named_like_a_person_is_no_speaker():
    text = "Storm Ciara battered the coast on Sunday. “I have never seen waves like it,” she said.\n"
    assert speakers_of(text) == [None]  # the words stay unattributed


def test_two_capitalised_words_before_a_noun_and_its_verb_are_no_speaker():
    text = "Blue Peter presenters visited the town. “It was heartbreaking,” she said.\n"
    assert speakers_of(text) == [None]  # the words stay unattributed


def test_a_familiar_given_name_before_a_place_word_is_a_person():
    text = "“You will see more members having private talks,” said Chip Lake, a Republican consultant.\n"
    assert kinds_of(text) == {"Chip Lake": "person"}
