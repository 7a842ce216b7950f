"""A bare "another" after an unnamed source introduced with "one" or "a" ("“…,” one user wrote.
... Another said ...", "“…,” tweeted another.") is one more of that source, labelled so, and never
merged with the first ("someone in the crowd" makes it "another person in the crowd"); with no such
source just quoted it stays unattributed."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_another_after_an_inverted_verb_is_one_more_of_the_source_just_quoted():
    body = (
        "“The vote was rigged,” wrote one harbour resident on Facebook.\n\n"
        "“Better watch out for the mayor,” tweeted another."
    )
    assert _quotes(body) == [
        ("one harbour resident", "The vote was rigged"),
        ("another harbour resident", "Better watch out for the mayor"),
    ]


def test_another_opening_a_sentence_is_one_more_of_the_source_just_quoted():
    body = (
        "“It is great fun watching the council,” one user wrote.\n\n"
        "Another said he hoped the mayor would stay: “That way I can watch the comedy for years.”"
    )
    assert _quotes(body)[-1] == ("another user", "That way I can watch the comedy for years.")


def test_another_with_no_unnamed_source_just_quoted_stays_unattributed():
    body = "Six planes filled the skies with messages.\n\n“Vote them all out,” read another."
    assert _quotes(body) == [(None, "Vote them all out")]


def test_another_after_another_is_yet_another_never_merged_with_it():
    body = (
        "“The vote was rigged,” one harbour resident wrote.\n\n"
        "“We would have won,” another resident wrote on Reddit.\n\n"
        "“Better watch out for the mayor,” tweeted another."
    )
    assert [speaker for speaker, _ in _quotes(body)] == [
        "one harbour resident",
        "another resident",
        "yet another resident",
    ]


def test_another_after_someone_is_another_person_of_that_description():
    body = "“Let them burn,” someone in the crowd shouted.\n\n“Thank you for coming so fast,” cried another."
    assert _quotes(body)[-1] == ("another person in the crowd", "Thank you for coming so fast")
