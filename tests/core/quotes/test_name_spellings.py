"""One person whose given name the article spells two ways (issue 11, from reading news as a user).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import kinds_of, speakers_of

DOUBLED_LETTER = (
    "“We will not stand by,” Foreign Secretary Philip Marsh said on Monday.\n\n"
    "Foreign Secretary Phillip Marsh vowed to act. He said: “The scale of the operation is "
    "probably too small.”\n"
)


def test_given_names_differing_only_by_a_doubled_letter_are_one_person():
    assert len(kinds_of(DOUBLED_LETTER)) == 1


def test_the_surname_of_a_doubly_spelt_person_is_not_ambiguous():
    article = parse_article("Title: T\n\n" + DOUBLED_LETTER)
    result = api.quote(article, "Marsh")
    assert len(result.quotes) == 2


def test_given_names_differing_by_more_than_a_doubled_letter_stay_two_people():
    text = (
        "Councillor Jon Reyes opened the fair, and his cousin Joan Reyes ran the bake stall.\n\n"
        "“We sold out by noon,” Joan Reyes said.\n\n"
        "“The fair paid for the roof,” Jon Reyes said.\n"
    )
    assert speakers_of(text) == ["Joan Reyes", "Jon Reyes"]


SWAPPED_LETTERS = (
    "Audio firm Sonwave's managing director Daniel Carrick says his firm leads the market.\n\n"
    "“No-one has tried this on a phone before,” said Mr Carrick.\n\n"
    "Mr Crarick says: “The shape of your ear causes differences in sound.”\n"
)


def test_a_surname_misspelt_by_two_swapped_letters_is_the_person_named_before():
    assert speakers_of(SWAPPED_LETTERS) == ["Daniel Carrick", "Daniel Carrick"]
    assert len(kinds_of(SWAPPED_LETTERS)) == 1


def test_surnames_differing_by_more_than_two_swapped_letters_stay_two_people():
    text = (
        "Manager Daniel Carrick praised the side.\n\n"
        "“We were superb,” said Mr Carrick.\n\n"
        "Mr Garrick says: “The shape of the defence was poor all afternoon.”\n"
    )
    assert speakers_of(text) == ["Daniel Carrick", "Garrick"]


def _ashbys(text: str) -> list[str]:
    people = build_registry(parse_article("Title: T\n\n" + text)).persons
    return [p.name for p in people if p.surname == "Ashby"]


def test_a_familiar_form_of_a_given_name_is_the_same_person():
    text = (
        "Senator Richard Ashby of Connecticut has kept a low profile on the treaty.\n\n"
        "“This is the kind of treaty that Dick Ashby never would have signed,” said Joan Farr.\n"
    )
    assert _ashbys(text) == ["Richard Ashby"]


def test_a_familiar_form_shared_with_womens_names_stays_apart():
    text = (
        "Councillor Christopher Ashby opened the fair, and his sister Chris Ashby ran the stall.\n\n"
        "“We sold out by noon,” Chris Ashby said.\n"
    )
    assert sorted(_ashbys(text)) == ["Chris Ashby", "Christopher Ashby"]
