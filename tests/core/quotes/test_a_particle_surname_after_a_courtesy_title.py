"""A surname with a lower-case particle after a courtesy title ("Mr. van Lohuizen, the Republican
pollster, also points to ...") opens its clause as the subject, so a he or she after it means him;
a compass adjective opening a sentence ("In Southwestern states, he said") is no one's name."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

TEXT = (
    "Ruy Teixeira, a demographer, projects a decline in the share of working-class voters.\n\n"
    "Mr. van Lohuizen, the Republican pollster, also points to North Carolina. Yet he notes that "
    "“the economy slows the long-term trend down a little bit” in two ways.\n\n"
    "In Southwestern states, he said, “I don’t think turnout will match the growth.”\n"
)


def test_he_after_a_particle_surname_is_that_person():
    assert speakers_of(TEXT) == ["Lohuizen", "Lohuizen"]


def test_a_compass_adjective_is_no_person():
    assert "Southwestern" not in kinds_of(TEXT)
