"""`“…,” the former Nevada governor said.` with Former Gov. Tess Mabry first named paragraphs later: a
role refers back to someone the reader has met, so her quotation stays unattributed, never hers by
foresight; named before it (in the body or the headline), she is its speaker as before."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

LEDE = (
    "Carson City — A plan to share the Silver Lake reservoir between three counties drew fire on Monday.\n\n"
)
QUOTED = (
    "“This pact hands the valley's water to the towns and leaves ranchers the bill,” the former Nevada "
    "governor said.\n\n"
)
BETWEEN = "The counties vote on the plan next month. The reservoir supplies 40,000 homes.\n\n"
NAMED = (
    "Former Gov. Tess Mabry, who signed the first reservoir deal in 1998, has fought the plan since spring."
)


def test_the_holder_named_only_after_the_role_is_not_its_speaker():
    assert speakers_of(LEDE + QUOTED + BETWEEN + NAMED) == [None]


def test_the_holder_named_before_the_role_is_its_speaker():
    assert speakers_of(NAMED + "\n\n" + BETWEEN + QUOTED) == ["Tess Mabry"]


def test_the_holder_named_in_the_headline_is_its_speaker():
    article = parse_article("Title: Mabry attacks the reservoir pact\n\n" + LEDE + QUOTED + BETWEEN + NAMED)
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Tess Mabry"]
