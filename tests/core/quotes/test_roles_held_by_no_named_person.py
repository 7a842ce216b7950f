"""/quote of a role ("the prime minister") reaches the person the article names with it; where the
article writes the role but never beside a name, the reply says so and how to ask, never that the
role was "never quoted" (its holder may be quoted by name) nor a name whose role merely resembles
it ("Dean of Westminster")."""

from __future__ import annotations

from bot.core import quotes
from bot.core.article import parse_article

BODY = (
    "The first minister has made it clear that the ferry subsidy will stay.\n\n"
    '"Islanders will not pay more to reach the mainland," Ms Rowe told a meeting in Westhaven.\n\n'
    "Dewi Parry, the Dean of Westminster, said the promise came late. "
    '"We have waited three winters," he said.\n'
)


def _find(lead: str, query: str) -> quotes.QuoteResult:
    return quotes.find_quotes(parse_article(f"Title: Ferry subsidy stays\n\n{lead}\n\n{BODY}"), query)


def test_a_role_written_before_a_name_once_reaches_the_person_quoted_by_surname():
    result = _find("First Minister Carys Rowe has promised to keep the ferry subsidy.", "the first minister")
    assert result.speaker is not None and result.speaker.name == "Carys Rowe"
    assert "Islanders will not pay more" in result.quotes[0].text


def test_a_role_no_named_person_holds_says_so_and_how_to_ask():
    result = _find("Carys Rowe has promised to keep the ferry subsidy.", "the first minister")
    assert result.message == (
        "The article mentions the role “first minister” without saying who holds it; "
        "ask for the person by name."
    )


def test_a_role_no_named_person_holds_suggests_no_name_that_merely_resembles_it():
    result = _find("Carys Rowe has promised to keep the ferry subsidy.", "the first minister")
    assert "Did you mean" not in result.message


def test_a_role_the_article_never_mentions_is_said_to_be_no_ones():
    result = _find("Carys Rowe has promised to keep the ferry subsidy.", "the mayor")
    assert result.message == "No one in this article is called “the mayor” or given that role."


def test_a_role_no_one_holds_suggests_no_holder_of_a_resembling_role():
    result = _find("Labour leader Carys Rowe has promised to keep the ferry subsidy.", "the Green leader")
    assert "Did you mean" not in result.message


def test_a_longer_title_holding_the_role_is_another_role():
    result = _find("The Deputy Chief Constable has resigned over the ferry subsidy.", "the chief constable")
    assert result.message == "No one in this article is called “the chief constable” or given that role."
