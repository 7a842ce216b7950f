"""An Arabic name's opening part, a kunya's "Abu" or "Umm" or a patronymic's "Ibn" or "Bin", is part
of the name ("Abu Omar al-Darwish", never "Omar al-Darwish"), also where it opens a
sentence."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_abu_before_a_given_name_stays_in_the_name():
    text = 'Fighters loyal to Abu Omar al-Darwish took the bridge.\n\n"We hold it," Abu Omar al-Darwish said.'
    assert speakers_of(text) == ["Abu Omar al-Darwish"]


def test_umm_before_a_given_name_stays_in_the_name():
    text = '"The clinic has run out of insulin," said Umm Ahmed al-Tamimi, who runs it.'
    assert speakers_of(text) == ["Umm Ahmed al-Tamimi"]


def test_ibn_opening_a_sentence_stays_in_the_name():
    text = 'Ibn Tariq Mansour, a baker, said prices had doubled. "Flour costs twice what it did," he said.'
    assert speakers_of(text) == ["Ibn Tariq Mansour"]


def test_bin_opening_a_sentence_stays_in_the_name():
    text = 'Bin Tariq Mansour, a baker, said prices had doubled. "Flour costs twice what it did," he said.'
    assert speakers_of(text) == ["Bin Tariq Mansour"]


def test_a_name_opened_by_ibn_keeps_the_quotation_its_pronoun_points_to():
    text = 'Ibn Sina Haddad, a trader, said prices had doubled. "Bread costs twice what it did," he said.'
    assert speakers_of(text) == ["Ibn Sina Haddad"]
