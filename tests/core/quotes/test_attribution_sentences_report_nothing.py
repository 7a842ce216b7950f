"""A sentence right after a quotation that only says who said it (“We missed the island.” Brandt said.)
is the quotation's attribution, not reported speech: `/quote` shows no "Reported, not a direct quote"
line holding "Brandt said." alone. A sentence after a quotation that reports more stays reported."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

FERRY = """Title: Ferry returns

The ferry sailed again on Monday after a winter without crossings.

“We missed the island. The crossing is our road.” Captain Ida Brandt said.

“It was a long winter.” Mayor Per Olsen, who met the first boat, said on Monday.

“We are back.” Brandt said the timetable would return to four crossings a day by May.
"""


def _paraphrases() -> list[str]:
    return [quote.text for quote in quotes.extract_paraphrases(parse_article(FERRY))]


def test_an_attribution_after_a_closed_quotation_is_no_paraphrase():
    assert "Captain Ida Brandt said." not in _paraphrases()
    assert "Mayor Per Olsen, who met the first boat, said on Monday." not in _paraphrases()


def test_a_sentence_reporting_more_after_a_quotation_is_still_reported():
    assert _paraphrases() == ["Brandt said the timetable would return to four crossings a day by May."]


def test_the_quote_reply_lists_the_quotations_and_only_the_real_report():
    result = api.quote(parse_article(FERRY), "Brandt")
    assert [quote.text for quote in result.quotes] == [
        "We missed the island. The crossing is our road.",
        "We are back.",
    ]
    assert [quote.text for quote in result.paraphrases] == [
        "Brandt said the timetable would return to four crossings a day by May."
    ]
