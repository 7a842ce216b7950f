"""ask.affiliations: "Who is X?" of "X of the Hajo assembly said" names the body with the kind of body
written after its name in lower case ("the Hajo assembly", "WESH 2 news"), not cut at the name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

ROAD = (
    "Kelby road to close\n\n"
    '"It was the strongest storm yet," Rita Moss of KELB 4 news said.\n\n'
    "Ann Bell of the Kelby city council said the road would close. Tom Reed of Acme who runs the depot "
    "agreed. Jo Lin of Harbor Bank said the loans would wait.\n"
)


def _answer(question: str) -> str | None:
    return answer_question(parse_article(ROAD), question).answer


def test_a_body_is_named_with_its_kind_written_after_it():
    assert _answer("Who is Rita Moss?") == "Rita Moss is from KELB 4 news."
    assert _answer("Who is Ann Bell?") == "Ann Bell is from the Kelby city council."


def test_a_body_followed_by_no_kind_of_body_stays_as_written():
    assert _answer("Who is Tom Reed?") == "Tom Reed is from Acme."
    assert _answer("Who is Jo Lin?") == "Jo Lin is from Harbor Bank."
