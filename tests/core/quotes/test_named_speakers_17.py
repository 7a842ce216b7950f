"""Quotations whose speaker the article names but the bot missed or left without one (session 17).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.quotes import marks as qm
from tests.core.quotes.speakers import speakers_of


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in qm.find_spans(text)]


def test_a_quotation_nested_in_the_same_curly_marks_stays_inside_the_outer_one():
    text = "Dana Holt tweeted: “Fans behind the mayor wearing “Vote For Holt” shirts tonight… ouch.”"
    assert _texts(text) == ["Fans behind the mayor wearing “Vote For Holt” shirts tonight… ouch."]


def test_a_quotation_nested_in_the_same_straight_marks_stays_inside_the_outer_one():
    text = 'Holt wrote, "Reports say the driver shouted "Stop now!" as he sped off." The post spread.'
    assert _texts(text) == ['Reports say the driver shouted "Stop now!" as he sped off.']


def test_a_quotation_with_a_same_style_nested_one_gets_its_speaker():
    text = (
        "The harbor board met on Monday.\n\n"
        "Ray Dorn, a councillor, wrote on Friday: “If you want voters to trust you, you have to show "
        "it even when “your side” is to blame. Otherwise, nothing else you say counts.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]
