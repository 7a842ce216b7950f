"""An unnamed person after an inverted verb whose description holds a name or a capitalised word
("wrote a Holt supporter who ...", "tweeted a German user from Hanover ...") is that unnamed person,
labelled so, never the person the name is."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _quotes(body: str) -> list[tuple[str | None, str]]:
    article = parse_article(f"Title: Harbor vote\n\nMayor Ada Holt spoke on Monday.\n\n{body}\n")
    return [(q.speaker, q.text) for q in quotes.extract_quotes(article)]


def test_a_name_describing_an_unnamed_supporter_is_not_the_speaker():
    body = (
        "“That was a very dull speech,” wrote a Holt supporter who runs the account @HarborForHolt. "
        "“What does Ford know about it?”"
    )
    assert _quotes(body) == [
        ("a Holt supporter", "That was a very dull speech"),
        ("a Holt supporter", "What does Ford know about it?"),
    ]


def test_a_nationality_before_an_unnamed_user_stays_in_the_label():
    body = "“We cannot say anything against the council,” tweeted a German user from Hanover going by Pulver."
    assert _quotes(body) == [("a German user", "We cannot say anything against the council")]
