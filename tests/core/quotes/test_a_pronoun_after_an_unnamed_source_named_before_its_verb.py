"""A he or she right after "“…,” one senior harbor official said." means that unnamed source, not a
person named further back; the source's label keeps its describing words ("one senior harbor
official"), plain words after a modifier included."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Mayor Tobias Renwick said on Monday that the ferry would run by spring.\n\n"


def test_he_after_an_unnamed_source_with_several_describing_words_is_that_source():
    text = LEAD + (
        "“It is very hard to predict the weather,” one senior harbor official said. "
        "“But we are seeing demand we have never seen before,” he said.\n"
    )
    assert speakers_of(text) == ["one senior harbor official", "one senior harbor official"]


def test_a_source_named_with_a_modifier_and_a_plain_word_is_labelled_whole():
    text = LEAD + "“The ferry is late again,” said one senior harbor official.\n"
    assert speakers_of(text) == ["one senior harbor official"]


def test_she_after_an_unnamed_source_of_the_other_sex_is_not_that_source():
    text = LEAD + (
        "“It is very hard to predict the weather,” one harbor spokesman said. "
        "“But we are seeing demand we have never seen before,” she said.\n"
    )
    assert speakers_of(text)[1] != "one harbor spokesman"
