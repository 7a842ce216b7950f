"""A body's verb of saying after "is" speaks as its past does: "Harbor News is reporting that both men
were “…”", "The council is claiming that the cameras “…”", "the group is calling on members to “…”"
(was unattributed; "reporting" alone is as often a noun, "his reporting", so only after "is"); a
clause another verb of saying reports stays its reporter's ("Holt said Fox executives were calling
“every 15 minutes.”" is Holt's)."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _speakers(sentence: str) -> list[str | None]:
    text = f"Title: Harbor shooting\n\nTwo men were hurt near the ferry terminal on Monday.\n\n{sentence}\n"
    return [quote.speaker for quote in extract_quotes(parse_article(text))]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harbor News is reporting that both men were “taken to the county hospital.”", "Harbor News"),
        ("The council is claiming that the cameras “were switched off for repairs.”", "the council"),
        ("The Dockers Union is calling on members to “stay off the pier.”", "the Dockers Union"),
    ],
)
def test_a_body_speaking_in_the_present_speaks(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_reported_clause_stays_its_reporters():
    said = _speakers("Ada Holt, the mayor, said television producers were calling “every fifteen minutes.”")
    assert said == ["Ada Holt"]
