"""A pope's or monarch's regnal number in capitals ends the name as "Jr." does ("Abbot Gregory IX
announced ..."): the person is registered, and the pronouns and the bare name after refer to him;
a lone capital letter after a name is no such number."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ABBOT = (
    "Abbot Gregory IX announced on Monday that he would step down at the end of the month.\n\n"
    "“After examining my conscience many times, I am certain my strength is no longer suited to this "
    "office,” he told the council.\n\n"
    "Gregory called his choice “a decision of great weight for the life of the house.”\n"
)


def test_he_after_a_name_with_a_regnal_number_is_that_person():
    assert speakers_of(ABBOT)[0] == "Gregory IX"


def test_the_bare_name_after_a_regnal_number_is_the_same_person():
    assert speakers_of(ABBOT)[1] == "Gregory IX"


def test_a_lone_capital_after_a_name_is_no_regnal_number():
    text = "“We will not wait any longer for the courts,” said Malcolm X at the rally in Harlem.\n"
    assert speakers_of(text) == ["Malcolm X"]
