"""A writing "attributed to" someone is theirs, as one "from" or "by" them is: after an inverted
verb ("said the translated statement attributed to Pavel Dusek") and after "according to"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

TEXT = (
    "Opposition walks out of Velmar talks\n\n"
    "The opposition left the talks in Velmar on Friday.\n\n"
    "“We will no longer sit at this table,” said the translated statement attributed to Pavel Dusek, "
    "the opposition's deputy leader.\n\n"
    "“The talks are over for now,” according to a statement attributed to Ilse Marten, the party's "
    "chairwoman.\n"
)


def test_a_statement_attributed_to_a_person_after_the_verb_is_that_persons():
    assert speakers_of(TEXT)[0] == "Pavel Dusek"


def test_a_statement_attributed_to_a_person_after_according_to_is_that_persons():
    assert speakers_of(TEXT)[1] == "Ilse Marten"


def test_the_attributed_writer_is_listed_as_a_person_not_the_writing():
    assert kinds_of(TEXT)["Pavel Dusek"] == "person"
