"""A city and its US state before the role and name after "said" ("said Greenfield, Ohio, attorney
Edwin Marsh") say where the speaker is from: the city is no person, and the named one speaks."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

TITLE = "Lawyer\n\nGovernor Alma Quist is weighing a run for the Senate next year.\n\n"
SAID = "“I would not worry about the lawyer at all,” said Greenfield, Ohio, attorney Edwin Marsh.\n"


def test_the_named_attorney_speaks():
    assert speakers_of(TITLE + SAID) == ["Edwin Marsh"]


def test_the_city_is_no_person():
    people = quotes.list_people(parse_article("Title: T\n\n" + TITLE + SAID))
    assert "Greenfield" not in [p.name for p in people]


def test_a_state_written_short_with_its_stop_is_passed_as_the_full_name_is():
    said = "“The lawyers will read every footnote,” says Fairhaven, Md., research analyst Nora Keswick.\n"
    assert speakers_of(TITLE + said) == ["Nora Keswick"]


def test_a_state_written_with_stops_inside_is_passed_too():
    said = "“The lawyers will read every footnote,” says Albany, N.Y., teacher Nora Keswick.\n"
    assert speakers_of(TITLE + said) == ["Nora Keswick"]


def test_a_city_and_state_before_a_party_and_name_make_no_person_of_the_city():
    text = (
        "Rally\n\nThe senator spoke in Mesa on Friday.\n\n"
        "After the rally, Scottsdale, Arizona Republican Joan Ewart, 81, said she liked how he spoke.\n\n"
        "“That is the beauty of this man,” she said.\n"
    )
    assert speakers_of(text) == ["Joan Ewart"]


def test_a_city_before_its_state_and_based_makes_no_person_to_bar_the_next_he():
    text = (
        "Reader\n\nOrvel Systems said on Tuesday that its new reader will not be in shops until spring.\n\n"
        "Tomas Brell, principal analyst of the Linwood, Ore.-based research firm Pundax, said he was "
        "surprised by the delay.\n\n"
        "“It makes no sense to me at all,” he told reporters.\n"
    )
    assert speakers_of(text) == ["Tomas Brell"]
