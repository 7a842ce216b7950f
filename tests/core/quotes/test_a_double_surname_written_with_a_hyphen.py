"""A double surname written once with a space and once with a hyphen ("Rep. Tomas Ruiz Soler ...
Ruiz-Soler said") is one person's, who speaks under the full name."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_hyphened_double_surname_is_the_person_named_with_a_space():
    text = (
        "Rep. Tomas Ruiz Soler, another member working on the harbor bill, would not give details.\n\n"
        "“If we're going to do this it has to be paid for,” Ruiz-Soler said.\n"
    )
    assert speakers_of(text) == ["Tomas Ruiz Soler"]


def test_a_hyphened_surname_matching_no_one_is_a_person_of_its_own():
    text = (
        "Rep. Tomas Ruiz, another member working on the harbor bill, would not give details.\n\n"
        "“If we're going to do this it has to be paid for,” Lena Ortiz-Soler said.\n"
    )
    assert speakers_of(text) == ["Lena Ortiz-Soler"]
