"""A capitalised word joined by a hyphen to a lower-case one ("June-voting", "Texas-based") describes;
alone it is no person, so a he or she never means it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

STOPS = (
    "Senator Ada Hale flew out of Port Lisle on Wednesday. Her schedule calls for stops in other "
    "June-voting states, an aide said.\n\n"
    "“We came here 40 points behind, and we have closed the gap,” she said.\n"
)


def test_a_hyphenated_description_is_not_listed_as_a_speaker():
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + STOPS)).speakers
    assert [s.name for s in listed] == ["Ada Hale"]


def test_a_pronoun_after_a_hyphenated_description_means_the_person_named():
    assert speakers_of(STOPS) == ["Ada Hale"]


BRANDED = (
    "Dana Holt toured a school in Harlem on Friday with her children.\n\n"
    "“I just love your shoes!” exclaimed one Harlem mother. Dana posted photos of the visit.\n\n"
    "On Monday, she wrote that she was “sending love and prayers to the campus.”\n\n"
    "Shoppers can still buy Dana Holt-branded shoes at the store.\n"
)


def test_a_full_name_joined_to_a_participle_is_no_second_person():
    people = [p.name for p in quotes.list_people(parse_article("Title: T\n\n" + BRANDED))]
    assert people == ["Dana Holt"]


def test_a_given_name_alone_still_means_the_one_person_so_named_beside_a_branded_thing():
    assert speakers_of(BRANDED)[-1] == "Dana Holt"


def test_a_romanised_given_name_with_a_hyphen_is_still_a_name():
    text = "“It was regrettable,” said South Korean President Moon Jae-in on Friday.\n"
    assert speakers_of(text) == ["Moon Jae-in"]
