"""A capitalised pair ending in the plural of a faith's believer ("Coptic Christians", "Shia
Muslims", "Roman Catholics") is a group, as "Americans" is: no person, and so no one a he or she
after a bare "Christians" could mean."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Governor Harlan Moss spoke Tuesday at a conference on religious freedom in Westbrook.\n\n"
    "In one part of the address, the governor answered critics, who have pointed out that militias "
    "are committing attacks against Jews, Christians, and other minorities.\n\n"
    "“None of us should be immune from criticism,” he cautioned.\n\n"
    "“It was 14 Coptic Christians who were attacked last spring,” said the pastor, Elias Trent.\n"
)


def test_the_pronoun_goes_past_a_bare_plural_of_believers():
    assert speakers_of(ARTICLE)[0] == "Harlan Moss"


@pytest.mark.parametrize("group", ["Coptic Christians", "Shia Muslims", "Roman Catholics"])
def test_a_pair_ending_in_believers_is_no_person(group):
    text = ARTICLE.replace("Coptic Christians", group)
    persons = build_registry(parse_article("Title: T\n\n" + text)).persons
    assert [p.name for p in persons] == ["Harlan Moss", "Elias Trent"]
