"""A panel: a paragraph ending on a colon, then heading lines naming each person and their role (no
sentence of their own), each followed by paragraphs of quoted words alone: each heading's person says
the words under it (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

PANEL = (
    "Budget\n\nThe city council of Brenmoor faces another budget deadline next month.\n\n"
    "The Daily Ledger asked several former officials how the fight might end. Their comments have been "
    "edited for length:\n\n"
    "Harriet Voss, former budget director for the city of Brenmoor. Partner, Voss Advisory Group\n\n"
    "“It's a standoff nobody can really win. Both sides know the politics of it don't work.\n\n"
    "“In the end I think they settle on last year's number, maybe with a small raise for the parks.”\n\n"
    "Former Rep. Colin Marsh (D-Ore.), former aide to the council finance committee. Analyst, Kettle "
    "Research\n\n"
    "“I'd say this is probably the worst impasse I've seen in twenty years.”\n"
)


def test_each_heading_person_says_the_quoted_paragraphs_under_it():
    assert speakers_of(PANEL) == ["Harriet Voss", "Harriet Voss", "Colin Marsh"]


def test_a_caption_naming_someone_with_no_panel_introduced_gives_no_words():
    text = (
        "Rally\n\nThe mayor spoke at the harbor on Friday.\n\n"
        "Harriet Voss, a budget director, at the rally in Brenmoor\n\n"
        "“It's a standoff nobody can really win.”\n"
    )
    assert speakers_of(text) != ["Harriet Voss"]
