"""A surname two people share, written alone, means the namesake the article has just named by a given
name alone ("Now that Rob might run"), as it would after their full name, when neither namesake is named
far more often than the other; one named far more often keeps the surname."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_given_name_alone_names_the_namesake():
    text = (
        "When Rob Holt spoke last week at the party conference in Bayport, the likely candidate did better "
        "than expected. When Martin Holt was governor, it was said that he could do nothing right. Now that "
        "Rob might run for governor in 2028, the same critics are back. Holt did not seem to mind. “I know "
        "there is disagreement here,” Holt told the crowd.\n"
    )
    assert speakers_of(text) == ["Rob Holt"]


def test_the_other_given_name_alone_names_the_other():
    text = (
        "When Rob Holt spoke last week at the party conference in Bayport, the likely candidate did better "
        "than expected. When Martin Holt was governor, it was said that he could do nothing right. Now "
        "Martin is back on the campaign trail. “I know there is disagreement here,” Holt told the crowd.\n"
    )
    assert speakers_of(text) == ["Martin Holt"]


def test_a_nickname_after_the_is_no_given_name():
    text = (
        "When Rob Holt spoke last week at the party conference in Bayport, the likely candidate did better "
        "than expected. When Martin Holt was governor, it was said that he could do nothing right. His "
        "friends still call him the Rob of Bayport. “I know there is disagreement here,” Holt told the "
        "crowd.\n"
    )
    assert speakers_of(text) == ["Martin Holt"]


def test_a_title_of_neither_namesakes_gender_is_no_one():
    text = (
        "Tom Holt and his brother Sam Holt run the harbour cafe. Tom Holt opened it in 1990, and Sam Holt "
        "joined him in 1995. “We never close,” Mrs. Holt said.\n"
    )
    assert speakers_of(text) == [None]
