"""Given names common in world news that the US census lists lack ("Oleg", "Frauke") open a
person's name and tell the person's gender, as "Tom" and "Mary" do."""

from __future__ import annotations

from bot.core.quotes.givennames import given_name_gender, is_given_name

from .speakers import speakers_of

ROUND_TABLE = (
    "Politicians in Vesna are losing patience with the new trade minister.\n\n"
    "“We have to hope for the best,” Oleg Varnas, head of the Fair Vesna party told a round table "
    "this week.\n"
)


def test_a_world_given_name_opens_a_name_with_an_unclosed_apposition():
    assert speakers_of(ROUND_TABLE) == ["Oleg Varnas"]


def test_world_given_names_tell_a_gender():
    assert (given_name_gender("Oleg"), given_name_gender("Frauke")) == ("m", "f")


def test_words_and_places_are_left_out_of_the_world_names():
    assert not any(is_given_name(word) for word in ("Marine", "Maxim", "Moon", "Xi"))
