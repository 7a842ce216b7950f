"""A name right after the dash that closes an aside opens the main clause again, and is its subject;
a name inside the aside is talked of there, no rival of that subject for a later "he"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "Senator Ray Holt of Ohio stood onstage with a grin.\n\n"
    "Shrugging off his critics — the voters who bristled at his jab that one of his rivals, "
    "Tom Dorn, stood for “coastal values” — Mr. Holt seemed eager on Friday to repeat it.\n\n"
    "“I apologize to every voter on the coast,” he said.\n"
)


def test_he_means_the_subject_after_the_closing_dash():
    assert speakers_of(TEXT)[-1] == "Ray Holt"


def test_a_fronted_clause_closed_by_an_asides_dash_has_no_rival_subject():
    text = (
        "Beto Ramos, a former congressman, spoke on Monday.\n\n"
        "And as Kyle Pratt confronted Ramos at a rally on the issue central to both — the border "
        "wall — Ramos seized the opening.\n\n"
        "“I am back in the mix,” he said.\n"
    )
    assert speakers_of(text) == ["Beto Ramos"]
