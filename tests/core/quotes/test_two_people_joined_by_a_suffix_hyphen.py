"""Two people joined by a name suffix and a hyphen ("the Donald Jr-Eric Trump team") are no third
person, so they never take a surname from the one the article is about."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Developer plans tower\n\n"
    "Marcus Delvane's plan for a tower on the riverfront has raised questions at city hall.\n\n"
    "The tower would be the first project of the Marcus Jr-Anna Delvane partnership, run by his two "
    "children.\n\n"
    "“We will start digging in the spring,” Delvane told reporters on Monday.\n"
)


def test_the_surname_goes_to_the_one_person_named():
    assert speakers_of(ARTICLE) == ["Marcus Delvane"]
