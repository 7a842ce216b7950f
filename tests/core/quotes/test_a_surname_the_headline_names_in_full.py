"""A surname the headline writes after a given name ("Tom Brisco Is Headed Down the Stretch") is
a person's where the body writes it alone as a subject, though no verb of saying or role vouches
for it there; and a negative auxiliary opening a question ("Won't Brisco block ...?") is no given
name."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

BODY = (
    "In many ways, Brisco reflects the changing history of his party. As a young Republican, "
    "Brisco was something of a centrist: He backed rural roads.\n\n"
    "“I don't know whether I was more moderate back then or not,” he said. “I just wanted to win.”\n\n"
    "I pressed Brisco on his pledge. Won't Brisco block amendments, as his predecessor did? “The "
    "price of the majority is taking hard votes,” he said.\n"
)


def speakers_under(title: str) -> list[str | None]:
    return [q.speaker for q in quotes.extract_quotes(parse_article(f"Title: {title}\n\n{BODY}"))]


def test_the_headline_s_full_name_makes_the_surname_a_person():
    assert speakers_under("Tom Brisco Is Headed Down the Stretch") == ["Tom Brisco"] * 3


def test_a_headline_without_the_given_name_makes_no_one():
    assert speakers_under("A Senator Is Headed Down the Stretch") == [None] * 3


def test_a_negative_auxiliary_opening_a_question_is_no_given_name():
    article = parse_article("Title: Tom Brisco Is Headed Down the Stretch\n\n" + BODY)
    assert [s.name for s in quotes.list_speakers(article).speakers] == ["Tom Brisco"]
