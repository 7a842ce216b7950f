"""/quote typed with a surname no one in the article has finds no one: "Schenk" is another surname
than Chen, not a slip for it, and "Cheng" is one more. A slip within a typo's reach ("Vargo" for Varga,
"Blinkin" for Blinken) still finds the person, and a "did you mean" is offered only when the name
typed is one slip more from theirs ("Chan"), never for a name that only shares letters with it."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

PIER = parse_article(
    "Title: Harbour council votes to close old pier\n\n"
    "The Harbour council voted on Tuesday to close the old pier for repairs.\n\n"
    "“The pier is not safe any more,” said Ivy Chen, the council's engineer.\n\n"
    "Residents were divided. “We have used it for fifty years,” said Tom Varga, who runs a cafe nearby.\n\n"
    "“We will look at every option,” said Mayor Lena Brandtner.\n"
)


def test_a_surname_no_one_has_finds_no_one():
    for typed in ("Schenk", "Schen", "Chenk", "Cheng"):
        found = api.quote(PIER, typed)
        assert found.speaker is None and not found.quotes, typed


def test_a_surname_sharing_letters_is_no_did_you_mean():
    assert "Did you mean" not in api.quote(PIER, "Schenk").message


def test_a_surname_one_slip_away_is_a_did_you_mean():
    assert "Did you mean Ivy Chen?" in api.quote(PIER, "Chan").message


def test_a_slip_in_a_longer_surname_still_finds_the_person():
    assert api.quote(PIER, "Vargo").speaker.name == "Tom Varga"
    assert api.quote(PIER, "Brandtnr").speaker.name == "Lena Brandtner"
    assert api.quote(PIER, "Chen").speaker.name == "Ivy Chen"
