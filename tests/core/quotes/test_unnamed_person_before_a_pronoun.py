"""The unnamed person a sentence opens with ("A Harbor Council spokeswoman confirmed ...") is whom the
next quotation's she means, also past a body's long name before the noun, when the sentence names a
man after its verb, and when a woman is named in what she said; never when the sentence names its
person, nor a woman the she may mean elsewhere."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

CHIEF = "Tom Smith, the agency's chief executive, was said to have left in November.\n\n"
QUOTE = "“No date was ever given for his departure,” she said.\n"


def test_she_after_a_spokeswoman_naming_a_man_is_the_spokeswoman():
    text = CHIEF + "A Harbor Council spokeswoman confirmed Mr Smith was still in post. " + QUOTE
    assert speakers_of(text) == ["a Harbor Council spokeswoman"]


def test_a_body_name_with_for_and_and_before_the_noun_is_part_of_the_label():
    text = CHIEF + "A Department for Work and Pensions spokeswoman confirmed the post was open. " + QUOTE
    assert speakers_of(text) == ["a Department for Work and Pensions spokeswoman"]


def test_a_woman_named_in_what_the_spokeswoman_said_leaves_her_the_she():
    text = CHIEF + "A Harbor Council spokeswoman said Ms Ada Holt was still in post. " + QUOTE
    assert speakers_of(text) == ["a Harbor Council spokeswoman"]


def test_a_woman_named_after_another_verb_leaves_the_she_unclear():
    text = CHIEF + "A Harbor Council spokeswoman stood beside Ms Ada Holt on Monday. " + QUOTE
    assert speakers_of(text) != ["a Harbor Council spokeswoman"]


def test_a_name_in_apposition_is_the_person_not_an_unnamed_source():
    text = CHIEF + "A Harbor Council spokeswoman, Ada Holt, confirmed Mr Smith was still in post. " + QUOTE
    assert speakers_of(text) == ["Ada Holt"]


def test_a_comma_between_describing_words_keeps_the_unnamed_person():
    text = (
        "March\n\nThe march passed the old mill at noon.\n\n"
        "A frail, elderly man with a cane stood on the curb and watched. “We are supposed to look after "
        "each other,” he said.\n"
    )
    assert speakers_of(text) == ["a frail, elderly man"]


def test_a_sentence_naming_no_one_between_the_unnamed_person_and_the_pronoun_is_passed():
    text = (
        "Smoke\n\nAn elderly man stood on the corner near the Dunmore station. The smoke had all but "
        "cleared.\n\n"
        "“We are supposed to look after one another,” he said between coughs.\n"
    )
    assert speakers_of(text) == ["an elderly man"]


def test_a_sentence_naming_only_a_man_between_the_unnamed_woman_and_her_she_is_passed():
    text = (
        "Speech\n\nMayor Tobias Wren spoke at Farrow Hall on Tuesday.\n\n"
        "“This is a budget for working families,” said Hanna Ostrow, a columnist for the Daily Vane.\n\n"
        "A loud woman interrupted the mayor several times during his speech. But the mayor was talking "
        "about just that when he was interrupted.\n\n"
        "“You can fix the bridge today -- you have the money,” she yelled.\n"
    )
    assert speakers_of(text) == ["Hanna Ostrow", "a loud woman"]
