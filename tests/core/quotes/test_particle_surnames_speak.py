"""A surname that is also a name particle ("Della", as in "della Valle") written alone and capitalised
before a verb of saying ("“…,” Della told CNN") is the person named in full before ("Mike Della"),
not dropped as a particle (which left the quotation to an organisation "Della" and the he after it
to no one)."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_TEXT = (
    "Erik Johnson was burned when his phone exploded. Mike Della, a personal injury lawyer who is "
    "representing Johnson, says the company has not called back.\n\n"
    "Johnson had not been using a third-party charger, Della said. “We have to find out how this "
    "happened,” Della told CNN. Della said he now keeps his phone out of his pocket. “My wife does the "
    "same thing,” he said.\n"
)


def test_a_particle_surname_before_said_is_the_person():
    assert speakers_of(_TEXT) == ["Mike Della", "Mike Della"]


def test_no_organisation_is_made_of_the_particle():
    assert kinds_of(_TEXT) == {"Mike Della": "person"}
