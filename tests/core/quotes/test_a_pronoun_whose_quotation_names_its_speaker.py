"""A he or she after a quotation that names its own speaker ("“Senator, it’s Deputy Chief Reyland,
please,” he said", "I am ...", "my name is ...") means that person, not the man who addressed him
in the paragraph before; a titled name the quotation only talks of ("It’s Deputy Chief Reyland who
knows") is no such naming: the he goes on from the man before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Fire Chief Dolores Arban spent four hours before the finance committee on Wednesday.\n\n"
    "Deputy Chief Tomas Reyland, a 30-year veteran of the department, sat beside her.\n\n"
    "When the committee’s senior Republican, Sen. Walter Pryce, leaned into his microphone and addressed "
    "the witness as “Mr. Reyland,” the correction came quickly.\n\n"
)


def test_he_after_a_correction_naming_the_speaker_is_the_one_named():
    text = LEAD + "“Senator, it’s Deputy Chief Reyland, please,” he said.\n"
    assert speakers_of(text) == ["Tomas Reyland"]


def test_he_after_i_am_and_a_name_is_the_one_named():
    text = LEAD + "“I am Tomas Reyland, and I have run this department’s fleet for a decade,” he said.\n"
    assert speakers_of(text) == ["Tomas Reyland"]


def test_a_name_the_quotation_talks_of_is_not_its_speaker():
    text = LEAD + "“It’s Deputy Chief Reyland who knows the engines best,” he said.\n"
    assert speakers_of(text) == ["Walter Pryce"]
