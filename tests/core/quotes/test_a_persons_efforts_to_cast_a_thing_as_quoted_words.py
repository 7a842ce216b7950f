"""Quoted words after a person's noun, "to", a verb of characterising, what it characterises and
"as" ("he added, citing Governor Tull's recent efforts to cast the drought as “…”") are that
person's characterisation, not the words of the one whose tag the sentence holds; efforts no one
owns leave them to the tag's speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Drought\n\n"
    "“The precedents don’t really fit,” said Osric Landa, a historian at Pellham College.\n\n"
    "“Most times there was a plan in place or a clear cause,” he added, citing "
)


def test_the_owner_of_the_efforts_speaks_the_words():
    text = LEAD + "Governor Maren Tull’s recent efforts to cast the drought as “a war we never chose.”\n"
    assert speakers_of(text) == ["Osric Landa", "Osric Landa", "Maren Tull"]


def test_efforts_no_one_owns_leave_the_words_to_the_tags_speaker():
    text = LEAD + "recent efforts to cast the drought as “a war we never chose.”\n"
    assert speakers_of(text) == ["Osric Landa", "Osric Landa", "Osric Landa"]
