"""A full name no list knows, the subject after a short opening phrase ("For forty years, Hamish
Reid has carried ..."), is a person when the next sentence's subject is he or she; a place in
nature named after it ("across Loch Arn") is no person, and no rival for the he or she."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of

FERRY = (
    "For forty years, Hamish Reid has carried passengers across Loch Arn in a wooden boat his "
    "grandfather built. Next month, he will make his final crossing.\n\n"
    "“People think it's a lonely job,” he says. “It's the opposite.”\n"
)


def _people(text: str) -> list[str]:
    return [p.name for p in build_registry(parse_article("Title: T\n\n" + text)).persons]


def test_a_full_name_after_an_opening_phrase_continued_by_he_is_a_person():
    assert _people(FERRY) == ["Hamish Reid"]


def test_his_quotations_are_his():
    assert speakers_of(FERRY) == ["Hamish Reid", "Hamish Reid"]


def test_a_loch_named_before_his_is_no_person():
    text = "Boats crossed Loch Arn in a wooden ferry his grandfather built.\n\n“It is cold,” he says.\n"
    assert "Loch Arn" not in _people(text)


def test_a_body_after_an_opening_phrase_continued_by_it_is_no_person():
    text = (
        "For forty years, Corran Ferries has carried passengers across the bay. Next month, it will "
        "make its final crossing.\n"
    )
    assert _people(text) == []
