"""A rank closing a title that opens with another title's word ("Attorney General", "Secretary General",
"Major General", "Surgeon General") is no business's name with the surname after it ("General
Electric"): the surname is a person's, the title their role."""

import pytest

from tests.core.quotes.speakers import kinds_of, speakers_of

TITLES = ["Attorney General", "Secretary General", "Major General", "Surgeon General"]


@pytest.mark.parametrize("title", TITLES)
def test_a_surname_after_a_compound_rank_title_is_a_person(title):
    text = f'"The ultimate goal is a single market," said {title} Kessler. A common currency is proposed.'
    assert speakers_of(text) == ["Kessler"]
    assert kinds_of(text) == {"Kessler": "person"}


def test_a_rank_and_a_word_never_written_alone_is_still_a_business():
    text = '"Orders rose in May," General Dynamo said in a statement on Monday.'
    assert speakers_of(text) == ["General Dynamo"]
    assert kinds_of(text) == {"General Dynamo": "organisation"}
