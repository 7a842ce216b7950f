"""/quote typed as a role spelled right ("President", "Mayor") finds its holder, or no one: never the
holders of another role one letter away ("resident"), and never a name close to it ("Major"). Another
form of the same role ("chairman" for a chairwoman) still fits."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

STREET = parse_article(
    "Title: Residents back the harbour plan\n\n"
    "The harbour plan won wide support on Tuesday.\n\n"
    "“It matters to my street,” said resident Aroha Ngata, a teacher.\n\n"
    "“We waited years for this,” said resident Lars Eriksen.\n\n"
    "“The money is there,” said Tom Major, a local builder.\n\n"
    "“The board agreed,” said Mira Olsen, the harbour board chairwoman.\n"
)


def test_a_role_no_one_holds_finds_no_one_rather_than_a_role_one_letter_away():
    found = api.quote(STREET, "President")
    assert found.speaker is None and not found.candidates


def test_a_role_no_one_holds_is_not_a_name_close_to_it():
    assert api.quote(STREET, "Mayor").speaker is None


def test_the_role_itself_still_finds_its_holders():
    assert {p.name for p in api.quote(STREET, "resident").candidates} == {"Aroha Ngata", "Lars Eriksen"}


def test_another_form_of_the_role_finds_its_holder():
    assert api.quote(STREET, "chairman").speaker.name == "Mira Olsen"


def test_a_misspelt_role_no_one_holds_suggests_no_holder_of_another_role():
    # "Presdent" is closer to "resident" than to any name, but it misspells "president".
    found = api.quote(STREET, "Presdent")
    assert found.speaker is None and not found.candidates
    assert "Did you mean" not in found.message


def test_a_misspelt_role_suggests_its_holders():
    assert "Did you mean Aroha Ngata?" in api.quote(STREET, "resdent").message
