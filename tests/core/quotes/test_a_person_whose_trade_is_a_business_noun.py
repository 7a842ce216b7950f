"""A person set beside a trade whose noun names businesses too ("Tim Kasper, a crane operator at the
mill") stays a person whom a later "he" means; a single name so described ("Vodafone, a mobile
operator,") is still a business."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

TEXT = (
    "Shots at the mill\n\n"
    "“The man was upset,” Sheriff Dan Moyer said.\n\n"
    "“I heard popping,” Tim Kasper, a crane operator at the mill, told reporters. “Then I knew it was "
    "real,” he added.\n"
)


def test_a_person_described_as_an_operator_is_a_person():
    assert kinds_of(TEXT)["Tim Kasper"] == "person"


def test_he_after_a_person_described_as_an_operator_means_him():
    assert speakers_of(TEXT) == ["Dan Moyer", "Tim Kasper", "Tim Kasper"]


def test_a_single_name_described_as_an_operator_is_a_business():
    text = "Phones\n\n“We will grow,” Vodafone, a mobile operator, said. It added that sales rose.\n"
    assert kinds_of(text) == {"Vodafone": "organisation"}
