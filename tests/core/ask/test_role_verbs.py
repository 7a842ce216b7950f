"""A role's verb asked right after "Who" ("Who chairs the council?") asks for the role's holder, whom
news copy names with the role's noun ("Council chairman Tom Reyes"), never the verb's plural noun
("The chairs are folded away")."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.roles import with_role_nouns
from bot.core.search.index import build_index

COUNCIL = parse_article(
    "Title: Council meeting\n\n"
    "The council met on Tuesday in the town hall. The chairs are folded away after each meeting.\n\n"
    "Council chairman Tom Reyes said the budget would be cut.\n"
)


def test_who_chairs_is_answered_by_the_chairman():
    result = answer_question(COUNCIL, "Who chairs the council?")
    assert result.answer is not None
    assert "Tom Reyes" in result.answer


def test_a_race_lead_is_no_role():
    # Guard: "Who leads in the polls?" asks who is ahead, not for a leader.
    index = build_index(parse_article("Title: Poll\n\nThe party leader spoke. Reyes leads in the polls.\n"))
    assert with_role_nouns(index, "Who leads in the polls?") == "Who leads in the polls?"


def test_the_verb_stays_when_the_article_names_no_holder_by_noun():
    index = build_index(parse_article("Title: Club\n\nThe club is chaired by Ana Silva.\n"))
    assert with_role_nouns(index, "Who chairs the club?") == "Who chairs the club?"
