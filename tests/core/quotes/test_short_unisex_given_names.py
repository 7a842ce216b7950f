"""A short given name that stands for men's and women's names alike ("Mel", "Sam", "Jess") tells no
gender by itself, whatever list the census holds it on: the article's he or she decides."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_short_unisex_given_name_takes_the_gender_the_article_gives_it():
    text = (
        "Mel Ardley, who runs a bakery in Norwood, said she sold out by noon.\n\n"
        "“People queue from seven,” she said.\n"
    )
    assert speakers_of(text) == ["Mel Ardley"]


def test_a_short_unisex_given_name_is_still_the_he_the_article_gives_it():
    text = (
        "Sam Ardley, who runs a bakery in Norwood, said he sold out by noon.\n\n"
        "“People queue from seven,” he said.\n"
    )
    assert speakers_of(text) == ["Sam Ardley"]
