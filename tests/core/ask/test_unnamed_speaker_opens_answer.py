"""A sentence that is all quotation is answered with its speaker before it; an unnamed one ("a council
spokesman") opens the answer, so it starts with a capital: 'A council spokesman said: "..."'."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

MARKET = parse_article(
    "Market fee rises\n\n"
    "Traders at the Brenmoor market walked out on Friday over a new pitch fee.\n\n"
    'A council spokesman said: "The fee pays for the new roof. The charge will be reviewed in May."\n'
)


def test_an_unnamed_speaker_before_a_quotation_starts_with_a_capital():
    reply = answer_question(MARKET, "When will the charge be reviewed?").answer
    assert reply == 'A council spokesman said: "The charge will be reviewed in May."'
