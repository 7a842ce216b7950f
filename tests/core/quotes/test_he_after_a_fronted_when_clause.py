"""A person named in a fronted "When ..." clause, past the title before the name ("When Republican
state Sen. Rick Jones called ..."), is no rival of the main clause's subject, a role renaming a
name after its article ("the mayor, Halvard Ostrum,", "the businessman Snyder"): a later "he" is
the main clause's subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Levy\n\nThe new levy has been unpopular with older voters in Dorrington.\n\n"
HE = "The levy “is fair to our young people,” he said last month.\n"


def test_he_is_the_mayor_in_apposition_not_the_councillor():
    text = TITLE + (
        "When Councillor Edgar Fenwright called the levy “deeply unfair to pensioners,” the mayor,"
        " Halvard Ostrum, had a ready response.\n\n" + HE
    )
    assert speakers_of(text) == ["Edgar Fenwright", "Halvard Ostrum"]


def test_he_is_the_role_named_subject_not_the_titled_senator():
    text = TITLE + (
        "When Republican state Sen. Rick Jones called the levy “deeply unfair to pensioners,” the"
        " businessman Ostrum had a ready response.\n\n" + HE
    )
    assert speakers_of(text) == ["Rick Jones", "Ostrum"]
