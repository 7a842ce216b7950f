"""A short article's summary, asked for more sentences than it has to spare, never shows a piece cut
from the middle or end of a quotation ("The crossing is our road." of “We missed the island. The
crossing is our road.”, read as the article's own words, or one ending on a stray ”), nor an
attribution split off after a quotation ("Mayor Per Olsen said on Monday.")."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

FERRY = """Title: Ferry returns

The ferry to Lenmouth sailed again on Monday after a winter without crossings.

“We missed the island. The crossing is our road. Nobody should wait a winter again.” Brandt said.

“It was a long winter.” Mayor Per Olsen said on Monday.
"""


def _summary(count: int) -> list[str]:
    return [sentence.text for sentence in api.summary(parse_article(FERRY), count).sentences]


def test_no_piece_of_a_quotation_fills_a_short_summary():
    texts = _summary(3)
    assert "The crossing is our road." not in texts
    assert not any(text.endswith("again.”") and not text.startswith("“") for text in texts)


def test_no_attribution_split_off_a_quotation_fills_a_short_summary():
    assert "Mayor Per Olsen said on Monday." not in _summary(10)


def test_the_lede_still_leads():
    assert _summary(3)[0] == "The ferry to Lenmouth sailed again on Monday after a winter without crossings."
