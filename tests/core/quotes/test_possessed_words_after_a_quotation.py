"""A person's own words speaking right after a quotation: '“…,” Whitlock's prepared remarks
stated.', with a plural's apostrophe too ("Sessions' letter said") (issue 11)."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


def test_a_named_persons_prepared_remarks_speak_for_them():
    text = (
        "Council spokeswoman Dana Whitlock and Mayor Tom Greer spoke on Monday.\n\n"
        "“We will keep every reader served from the main building,” Whitlock's prepared remarks stated.\n"
    )
    assert speakers_of(text) == ["Dana Whitlock"]


def test_a_titled_persons_letter_speaks_for_them():
    text = (
        "The library board met on Monday.\n\n“Nobody wanted this outcome,” Mayor Tom Greer's letter said.\n"
    )
    assert speakers_of(text) == ["Tom Greer"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_remarks_after_a_plural_possessive_speak_for_the_named(apostrophe):
    text = (
        "Attorney General Jeff Sessions spoke in Nashville on Tuesday.\n\n"
        f"“The president is a defender of religious liberty,” Sessions{apostrophe} prepared remarks stated.\n"
    )
    assert speakers_of(text) == ["Jeff Sessions"]


def test_a_persons_campaign_is_no_words_of_theirs():
    text = "Mayor Tom Greer spoke on Monday.\n\n“The roof must come first,” Greer's campaign said.\n"
    assert speakers_of(text) == ["Greer's campaign"]
