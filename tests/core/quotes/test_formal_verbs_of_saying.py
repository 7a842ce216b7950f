"""Formal verbs of offering and asking ("“…,” proffered Chairman X", "“…?” queried the senator")
introduce their speaker's words as "said" does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Water bill\n\nSen. Ruth Adair questioned the nominee, Marco Vell, on Wednesday.\n\n"


def test_proffered_before_a_titled_name_speaks():
    text = LEAD + (
        "“We have a narrow window,” proffered Assembly Natural Resources Committee Chairman Oren "
        "Whitcombe, one of the authors of the measure.\n"
    )
    assert speakers_of(text) == ["Oren Whitcombe"]


def test_queried_before_a_role_speaks():
    text = LEAD + "“Do you know what a motion in limine is?” queried the senator, referring to a motion.\n"
    assert speakers_of(text) == ["Ruth Adair"]
