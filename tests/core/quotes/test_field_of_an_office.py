"""The field an office is "for" before a name ("Minister for Sport Ann Holt", "Assistant Secretary of
the Navy for Supply Mark Sable") belongs to the title, as the place an office is "of" does: the
name after it is the speaker, however long the title before it."""

from tests.core.quotes.speakers import speakers_of


def test_a_name_after_an_office_of_a_body_for_a_field_speaks_with_a_participle():
    text = (
        "The navy signed the deal in May.\n\n"
        "Assistant Secretary of the Navy for Supply Mark Sable defended the deal, saying, "
        '"This was not a competitive bid process at all."'
    )
    assert speakers_of(text) == ["Mark Sable"]


def test_an_office_of_a_two_word_body_for_a_field_is_a_title_too():
    text = (
        "Deputy Undersecretary of the Air Force for Acquisition Ellen Marsh defended the deal, saying, "
        '"This was the best plane on offer."'
    )
    assert speakers_of(text) == ["Ellen Marsh"]
