"""A surname two people share, written alone, is not given to the namesake only named in passing:
one brought in under a role dated by a year ("the brother of 2024 presidential hopeful Tomas
Delgado") or as an example of a group ("Many Democrats, including Tomas Delgado,", "candidates like
Tomas Delgado") is talked of, as after a preposition; the bare surname is the one who acts. A
namesake named in passing just before, when the other was named far back, still decides."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

FILLER = (
    "The list is public record and can be found online.\n\n"
    "The post came two days after a shooting downtown.\n\n"
    "The city has about 80,000 residents.\n\n"
)


def test_a_brother_under_a_dated_role_is_not_the_bare_surname():
    text = (
        "Several council members slammed Rep. Marco Delgado, the twin brother and campaign chairman of "
        "2024 presidential hopeful Tomas Delgado, after he posted a list of donors.\n\n"
        "“Their money is fueling a campaign of fear,” Delgado wrote in the post.\n"
    )
    assert speakers_of(text) == ["Marco Delgado"]


def test_a_brother_brought_in_as_an_example_is_not_the_bare_surname_far_on():
    text = (
        "Marco Delgado on Monday criticized donors who gave the maximum amount to the governor.\n\n"
        "Many Democrats, including Tomas Delgado, have blamed the governor's speeches.\n\n"
        + FILLER
        + "“What I said is true,” Delgado said.\n"
    )
    assert speakers_of(text) == ["Marco Delgado"]


def test_a_brother_brought_in_after_like_is_not_the_bare_surname_far_on():
    text = (
        "Marco Delgado on Monday criticized donors who gave the maximum amount to the governor.\n\n"
        "Many Democrats, among them candidates like Tomas Delgado, have blamed the governor's speeches.\n\n"
        + FILLER
        + "“What I said is true,” Delgado said.\n"
    )
    assert speakers_of(text) == ["Marco Delgado"]


def test_a_namesake_brought_in_as_an_example_just_before_still_decides():
    text = (
        "Marco Delgado on Monday criticized donors who gave the maximum amount to the governor.\n\n"
        + FILLER
        + "Several candidates, including Tomas Delgado, spoke in Dayton. "
        + "“What I said is true,” Delgado said.\n"
    )
    assert speakers_of(text) == ["Tomas Delgado"]


def test_a_year_right_before_a_name_dates_no_role():
    text = (
        "Marco Delgado on Monday criticized donors who gave the maximum amount to the governor.\n\n"
        "In 2024 Tomas Delgado ran for mayor.\n\n" + FILLER + "“What I said is true,” Delgado said.\n"
    )
    assert speakers_of(text) == [None]
