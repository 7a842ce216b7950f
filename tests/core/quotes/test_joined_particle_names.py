"""A surname joined to a lower-case particle ("al-Miqdad", "ben-David") is a name word, as the
capitalised "Al-Miqdad" is: the person who says the words is found, and keeps them."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_speaker_named_with_al_before_said_is_found():
    text = 'Talks on the crossing stalled on Monday.\n\nMaher al-Nouri said: "We will not sign under threat."'
    assert speakers_of(text) == ["Maher al-Nouri"]


def test_a_speaker_named_with_al_after_said_is_found():
    text = 'Talks on the crossing stalled on Monday.\n\n"We will not sign under threat," said Maher al-Nouri.'
    assert speakers_of(text) == ["Maher al-Nouri"]


def test_an_appositive_speaker_with_a_joined_particle_keeps_her_words():
    text = (
        'Zoe Lark said the fees were "the last straw".\n\n'
        "The mayor's deputy, Aaliyah ben-Dror, said the fees would be reviewed. "
        '"We will look again next year," she said.'
    )
    assert speakers_of(text) == ["Zoe Lark", "Aaliyah ben-Dror"]


def test_a_lone_joined_particle_name_speaking_is_a_group_not_a_person():
    text = 'Gunmen stormed the hotel on Friday. "We carried out the attack," al-Shabab said in a statement.'
    assert kinds_of(text) == {"al-Shabab": "organisation"}
