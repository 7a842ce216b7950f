"""An owner opening the sentence right before a quotation that a he or she after it attributes
("Almsley's approach “is reckless ...,” he said") owns what the quotation is about; the pronoun
means someone else, here the one named as arguing just before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Board chairman Victor Almsley said the increase was needed to repair aging canals.\n\n"
    "A smaller rate change would be enough, lawyer Norris Keel argued. Almsley's approach “is reckless "
    "because every farm in the valley already pays its share,” he said.\n"
)


def test_the_pronoun_is_not_the_owner_opening_the_sentence():
    assert speakers_of(ARTICLE) == ["Norris Keel"]


def test_an_owner_inside_the_sentence_does_not_bar_the_pronoun():
    text = ARTICLE.replace("Almsley's approach “is", "Keel thinks Almsley's approach “is")
    assert speakers_of(text) == ["Norris Keel"]
