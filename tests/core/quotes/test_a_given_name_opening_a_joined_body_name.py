"""A lone given name joined by "and" to the rest of a body's name ("the leader of the Faith and
Freedom Fund") opens that name: no person called "Faith" takes the chairman's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Charities react\n\nReligious charities offered mixed reactions to the new rules on Friday.\n\n"


def test_a_given_name_opening_a_body_joined_by_and_makes_no_person():
    text = LEAD + (
        "Faith and Freedom Fund chairman Rupert Ashby called them “the first honest step toward real "
        "transparency.”\n\n"
        "Ashby, the leader of the Faith and Freedom Fund, called them “a giant step forward.”\n"
    )
    assert speakers_of(text) == ["Rupert Ashby", "Rupert Ashby"]


def test_a_person_joined_to_a_one_word_body_stays_a_person():
    text = LEAD + "Grace and Congress clashed again, and Grace called the rules “a serious burden on us.”\n"
    assert speakers_of(text) == ["Grace"]
