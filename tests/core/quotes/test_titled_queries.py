"""A speaker query with a title ("Sen. Whitcomb", "Governor Reyes", "State Sen. Dale Whitcomb")
finds the person the article titles so, and a title the person lacks does not rule them out."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

_ARTICLE = parse_article(
    "Title: Clinic closes\n\n"
    "State Sen. Dale Whitcomb called the closure “a slow-motion emergency for every family here.”\n\n"
    "A spokeswoman for Gov. Tom Reyes said the office was reviewing options.\n\n"
    "“We did not make this decision lightly,” said Paul Whitaker, the clinic's director.\n"
)


def _speaker(query: str) -> str | None:
    result = api.quote(_ARTICLE, query)
    return result.speaker.name if result.speaker else None


def test_an_abbreviated_title_finds_the_person_it_titles():
    assert _speaker("Sen. Whitcomb") == "Dale Whitcomb"


def test_the_title_written_out_finds_the_person_too():
    assert _speaker("Senator Whitcomb") == "Dale Whitcomb"


def test_a_title_the_article_does_not_give_does_not_rule_out_the_name():
    assert _speaker("State Sen. Dale Whitcomb") == "Dale Whitcomb"


def test_a_titled_person_never_quoted_is_found_and_said_to_be_unquoted():
    result = api.quote(_ARTICLE, "Governor Reyes")
    assert result.speaker.name == "Tom Reyes" and not result.quotes
    assert "never quoted directly" in result.message


def test_a_title_alone_that_no_one_holds_names_no_one():
    assert api.quote(_ARTICLE, "Ambassador").speaker is None


def test_a_title_one_person_holds_picks_that_person_among_namesakes(bundled):
    assert api.quote(bundled, "Ambassador Burns").speaker.name == "Nicholas Burns"


def test_an_office_title_is_shown_as_the_role_of_a_person_with_no_other():
    whitcomb = next(s for s in api.speakers(_ARTICLE).speakers if s.name == "Dale Whitcomb")
    assert whitcomb.role == "senator"


def test_a_doctor_title_is_not_shown_as_a_role():
    article = parse_article("Title: T\n\nDr. Ada Vance said: “We will reopen the ward in May.”\n")
    assert api.speakers(article).speakers[0].role is None
