"""A sentence whose subject is a body's person ("Coastal Voters Fund's Tomas Alder said ...") and
which names someone else as a subordinate clause's subject ("once Corwin signs the bill") is about
its subject: a later "he" is that person, the body's name before them no bar."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_is_the_bodys_person_not_the_subordinate_subject():
    text = (
        "Governor Ellis Corwin has signaled he will sign the harbor bill in September.\n\n"
        "Coastal Voters Fund's Tomas Alder said they ran the ads because there was a “gap” on their side,"
        " and expects another round once Corwin signs the bill.\n\n"
        "He praised the other groups, but said it would be “unfortunate if they backed off at this moment.”\n"
    )
    assert speakers_of(text)[-1] == "Tomas Alder"


def test_a_titled_subject_of_an_as_clause_in_an_aside_is_no_rival_of_the_main_subject():
    text = (
        "Organizers met with Mr. Delacorte in Brenton.\n\n"
        "“We have a mayor that promised so much,” said Pavel Ostrin, 24.\n\n"
        "Mr. Delacorte, sitting quietly as Mr. Ostrin spoke, responded that the other party had led the "
        "attacks. “Every single attack on our community has come from the other side,” he said.\n"
    )
    assert speakers_of(text) == ["Pavel Ostrin", "Delacorte"]
