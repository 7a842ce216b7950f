"""/quote typed as a role ("manager") where one person holds it as typed and another holds it with a
word making it another office ("assistant manager", "deputy mayor"): the one who holds it as typed,
not "could be ... Which one?"."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

CLUB = parse_article(
    "Title: Club changes\n\n"
    '"We start again on Monday," said manager Hedda Rasmussen.\n\n'
    '"The players are ready," said assistant manager Joel Tremayne.\n\n'
    '"The town is behind us," said mayor Bryn Castell.\n\n'
    '"We will find the money," said deputy mayor Ifor Penrose.\n'
)
TWO_MAYORS = parse_article(
    'Title: Twin towns\n\n"We are proud," said mayor Bryn Castell.\n\n"So are we," said mayor Anke Vollmer.\n'
)


def test_the_manager_is_not_the_assistant_manager():
    assert api.quote(CLUB, "manager").speaker.name == "Hedda Rasmussen"


def test_the_mayor_is_not_the_deputy_mayor():
    assert api.quote(CLUB, "the mayor").speaker.name == "Bryn Castell"


def test_the_other_office_typed_finds_its_holder():
    assert api.quote(CLUB, "assistant manager").speaker.name == "Joel Tremayne"


def test_two_holders_of_the_role_as_typed_are_still_asked_about():
    result = api.quote(TWO_MAYORS, "mayor")
    assert result.speaker is None
    assert {c.name for c in result.candidates} == {"Bryn Castell", "Anke Vollmer"}
