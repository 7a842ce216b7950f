"""A partial quotation whose sentence opens with the writer's she (She “didn’t think there was much
anyone could do about it.”) is not made unclear by another woman named only inside the speaker's own
quoted words: the writer's she means someone the writer names. A woman the writer names herself is
not passed over."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Judge looks back\n\n"
    "Does Judge Marisol Quaint, the 79-year-old jurist from Ellsworth County, have any regrets?\n\n"
    "Hardly.\n\n"
    "“I think I was lucky at every turn,” Quaint said, recalling the obstacles she faced.\n\n"
    "Quaint added: “I’ll tell you what Judge Ona Pettibone once said to me. She said, ‘If we had "
    "started out when the bar welcomed women, we would be retired partners now.’ ”\n\n"
)
PARTIAL = (
    "She “didn’t think there was much anyone could do about it.” She clerked for a county judge, but "
    "“no firm in the whole city” would “take me on,” she said."
)


def test_she_before_a_partial_is_not_one_named_only_in_a_quotation():
    text = LEAD + "Quaint finished first in her class, but she was aware of the barriers to women. " + PARTIAL
    assert speakers_of(text + "\n")[-3] == "Marisol Quaint"


def test_a_woman_the_writer_names_herself_is_not_passed_over():
    text = LEAD + "Pettibone finished first in her class, but she was aware of the barriers to women. "
    assert speakers_of(text + PARTIAL + "\n")[-3] != "Marisol Quaint"
