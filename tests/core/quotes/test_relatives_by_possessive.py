"""A relative or someone speaking for another, named by a possessive determiner ("“…,” his wife
said"), is the one person the article names in that relation; with none or several so named it
stays an unnamed source under its label."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TOUR = (
    "Mayor Tom Holt toured the harbour on Monday.\n\n“We are building something that lasts,” Holt said.\n\n"
)


def test_his_wife_is_the_wife_the_article_names():
    text = TOUR + "His wife, Ann Holt, joined him. “He is a good man,” his wife said.\n"
    assert speakers_of(text) == ["Tom Holt", "Ann Holt"]


def test_a_sister_named_by_her_given_name_answers_as_his_sister():
    text = (
        "Beau Greaves dives with crocodiles.\n\nHis sister, Ebony, told the paper he had always been "
        "like that.\n\nAsked if the family feared for him, his sister answered: “Absolutely.”\n"
    )
    assert speakers_of(text) == ["Ebony"]


def test_his_wife_with_no_wife_named_stays_a_label():
    text = TOUR + "“He is a good man,” his wife said.\n"
    assert speakers_of(text) == ["Tom Holt", "his wife"]


def test_his_sister_when_two_sisters_are_named_stays_a_label():
    text = (
        "Beau Greaves dives with crocodiles.\n\nHis sister, Ebony, and his other sister, Jade, watch "
        "from the boat.\n\nAsked if the family feared for him, his sister answered: “Absolutely.”\n"
    )
    assert speakers_of(text) == ["his sister"]


def test_his_brother_of_another_man_than_the_one_named_brother_stays_a_label():
    text = (
        "Tom Holt's brother, Sam, ran the shop for years.\n\nDan Reyes bought it in May.\n\n"
        "“He works too hard,” his brother said.\n"
    )
    assert speakers_of(text) == ["his brother"]
