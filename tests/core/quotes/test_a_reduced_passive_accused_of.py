"""A noun followed by "accused of" ("three players accused of assault were victims of a “…”") is
acted on, no one speaking; "which Trump has accused of “…”" is still Trump's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Lacrosse case\n\nRoy Cooper made national news in 2007.\n\n"


def test_those_accused_do_not_speak_the_teller_does():
    text = LEAD + (
        "Roy Cooper said that three players accused of assault were victims of a “tragic rush to accuse.”\n"
    )
    assert speakers_of(text) == ["Roy Cooper"]


def test_an_accuser_before_the_verb_still_speaks():
    text = LEAD + (
        "The program is popular with the industry, which Roy Cooper has accused of “importing low-wage "
        "workers to take jobs.”\n"
    )
    assert speakers_of(text) == ["Roy Cooper"]
