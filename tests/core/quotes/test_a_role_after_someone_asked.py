"""The one who asked a question is not the one a role then answers as: "Defence lawyer Charles Rankin
asked whether the pilot had slept. The witness said: “…”" is never Rankin's, though Rankin is the
last person named; a role the asker holds ("The lawyer said") is still the asker."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.engine import extract_quotes


def _said(paragraph: str) -> list[str | None]:
    body = f"The trial of the harbour pilot entered its third week.\n\n{paragraph}"
    quotes = extract_quotes(parse_article(f"Title: Ferry trial\n\n{body}\n"))
    return [quote.speaker for quote in quotes]


def test_the_witness_answering_is_not_the_lawyer_who_asked():
    said = _said(
        "Defence lawyer Charles Rankin asked whether the pilot had slept. The witness said: “He had not.”"
    )
    assert said == [None]


def test_a_question_put_to_someone_keeps_the_asker_from_the_answer():
    said = _said(
        "Defence lawyer Charles Rankin asked the witness why she stayed. The witness said: “I was afraid.”"
    )
    assert said == [None]


def test_the_askers_own_role_is_still_the_asker():
    said = _said(
        "Defence lawyer Charles Rankin asked whether the pilot had slept. The lawyer said: “He had not.”"
    )
    assert said == ["Charles Rankin"]


def test_a_request_is_no_question_and_keeps_the_person():
    said = _said(
        "Ada Holt, a former teacher, asked residents to stay calm. "
        "The former teacher said: “We will rebuild.”"
    )
    assert said == ["Ada Holt"]
