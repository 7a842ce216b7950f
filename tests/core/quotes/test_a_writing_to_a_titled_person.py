"""A writing addressed to someone with an abbreviated title ("the email to Mrs. Quenby said") is the
writing's words, never the addressee's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_email_to_mrs_quenby_is_not_hers():
    text = (
        "Marta L. Quenby, the board's former director, used a private account for her mail.\n\n"
        "“I just got a call from the growers' league,” the email to Mrs. Quenby said.\n"
    )
    assert speakers_of(text) == ["the email"]


def test_the_email_to_quenby_is_not_hers_either():
    text = (
        "Marta L. Quenby, the board's former director, used a private account for her mail.\n\n"
        "“I just got a call from the growers' league,” the email to Quenby said.\n"
    )
    assert speakers_of(text) == ["the email"]
