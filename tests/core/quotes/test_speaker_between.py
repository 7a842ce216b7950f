"""A sentence about the speaker between two quotations ("“A,” says Sara Pruitt, 32. Pruitt supports
Holt in the race. “B.”") does not part the second quotation from its speaker; one about someone
else does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_sentence_opening_with_the_speaker_s_name_keeps_the_next_quotation_hers():
    said = speakers_of(
        "“It is education,” says Sara Pruitt, 32, of Sodus. Pruitt supports Ray Holt in the race. "
        "“I have student loans.”"
    )
    assert said == ["Sara Pruitt", "Sara Pruitt"]


def test_a_sentence_opening_with_her_pronoun_keeps_the_next_quotation_hers():
    said = speakers_of(
        "“You cannot blame her,” said Sara Pruitt, 44, a home-care aide. An immigrant from Uganda, "
        "she plans to vote for Ray Holt next month. “All she went through is not fair.”"
    )
    assert said == ["Sara Pruitt", "Sara Pruitt"]


def test_a_sentence_about_someone_else_parts_them():
    said = speakers_of(
        "“It is education,” says Sara Pruitt, 32, of Sodus. Ray Holt supports Pruitt in the race. "
        "“I have student loans.”"
    )
    assert said == ["Sara Pruitt", None]


def test_a_name_that_is_no_subject_of_the_sentence_between_does_not_part_them():
    said = speakers_of(
        "Mayor Ray Holt opened the show on Friday.\n\n"
        "“This is a social critique,” said Sara Pruitt, who stars in the show. But the giant Holt face "
        "on the billboards has not hurt interest. “It has had a marvelous result.”"
    )
    assert said == ["Sara Pruitt", "Sara Pruitt"]


def test_a_possessor_between_still_parts_them():
    said = speakers_of(
        "Mayor Ray Holt opened the show on Friday.\n\n"
        "“This is a social critique,” said Sara Pruitt, who stars in the show. But Holt's campaign "
        "bought the billboards. “It has had a marvelous result.”"
    )
    assert said == ["Sara Pruitt", None]
