"""A lone surname written with one letter doubled, or a doubled letter written once ("Vodden said"
after "Lionel Voden"), is the one person of that surname: copy's typo, not a new speaker. Short
surnames are left alone, as other real names are a letter apart."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_doubled_letter_is_the_known_person():
    text = (
        "Platform\n\nFormer Mayor Lionel Voden sounded a note of caution on Friday.\n\n"
        "“That's what this race is about,” Voden said.\n\n"
        "“In the general election, who won? Mainstream candidates,” Vodden said.\n"
    )
    assert speakers_of(text) == ["Lionel Voden", "Lionel Voden"]


def test_a_letter_written_once_is_the_known_person():
    text = (
        "Hearing\n\nJudge Marcus Pennell opened the hearing on Monday.\n\n"
        "“We will sit until the evidence is heard,” Penell said.\n"
    )
    assert speakers_of(text) == ["Marcus Pennell"]


def test_a_short_surname_a_letter_apart_is_someone_else():
    text = (
        "Race\n\nState Senator Ann Bush spoke first on Monday.\n\n“We will win this district,” Busch said.\n"
    )
    assert speakers_of(text) == ["Busch"]
