"""A body named between commas after "One of the centers" ("One of the centers, Eastgate Health
Center, said") speaks under its name, as a person named so does; not under the label "one of"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Aid cuts\n\nSeveral hospitals in the city said they would run short of funds by spring.\n\n"


def test_one_of_the_centers_named_between_commas_is_that_body():
    text = LEAD + (
        "One of the centers, Eastgate Islamic Charitable Society Hospital, said in a statement it is "
        "“going through a suffocating crisis as a result of the cuts.”\n"
    )
    assert speakers_of(text) == ["Eastgate Islamic Charitable Society Hospital"]


def test_one_of_the_nurses_named_between_commas_is_that_person():
    text = LEAD + "One of the nurses, Marta Lind, said the ward is “already going through a severe crisis.”\n"
    assert speakers_of(text) == ["Marta Lind"]
