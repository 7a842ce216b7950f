"""An office's title before a lone surname ("President Varga") is another person than the one
named in full with that surname when she is introduced as someone's relative ("First daughter Ilka
Varga"): the family's office-holder, whose "Varga said" is his, not hers."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

FAMILY = (
    "First daughter Ilka Varga moved to the front row of the summit on Saturday, taking over "
    "President Varga's seat.\n\n"
    "As an adviser to her father, Ilka Varga has championed family issues.\n\n"
)


def test_the_office_holders_words_are_not_the_relatives():
    text = FAMILY + "“I'm very proud of my daughter Ilka,” Varga said at the event.\n"
    assert speakers_of(text) == ["Varga"]


def test_the_relatives_own_words_stay_hers():
    text = FAMILY + "“Women build economies,” Ilka Varga said at the event.\n"
    assert speakers_of(text) == ["Ilka Varga"]


def test_an_office_beside_a_full_name_without_a_relation_is_the_same_person():
    text = (
        "Ilka Varga moved to the front row of the summit on Saturday.\n\n"
        "President Varga later met the prime minister.\n\n"
        "“We are proud of this fund,” Varga said at the event.\n"
    )
    assert speakers_of(text) == ["Ilka Varga"]


def test_an_office_beside_a_first_ladys_full_name_is_another_person():
    text = (
        "President Halvorsen signed a water bill on Tuesday at the state capitol in Pinecrest.\n\n"
        "“This is a great day for every farmer in the valley,” Halvorsen said at the signing.\n\n"
        "The president and first lady Marta Halvorsen later toured a reservoir north of the city.\n\n"
        "“We will keep building,” Halvorsen told reporters.\n"
    )
    assert speakers_of(text) == ["Halvorsen", "Halvorsen"]
