"""Labels of unnamed sources read as the article writes them: "said an aide to the governor" is "an
aide to the governor" (whom an aide or adviser serves, after "to", as "a spokesman for ..." keeps);
"Yet another said" after "added another Harbor Republican" is "yet another Harbor Republican", not a
bare "another"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speakers(body: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(parse_article(f"Title: Party insiders\n\n{body}\n"))]


def test_whom_an_aide_serves_stays_in_the_label():
    body = (
        "“We knew it in May,” said an aide to the governor.\n\n"
        "“She was never going to lose this,” said a longtime adviser to both Holts."
    )
    assert _speakers(body) == ["an aide to the governor", "a longtime adviser to both Holts"]


def test_yet_another_is_one_more_of_the_source_before():
    body = (
        "“This is not what we voted for,” added another Harbor Republican. Yet another said, “We will "
        "fight it at the convention.”"
    )
    assert _speakers(body) == ["another Harbor Republican", "yet another Harbor Republican"]
