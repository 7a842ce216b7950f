"""A verb of saying after "but" or "and" with no subject of its own is said by its clause's subject,
unless an earlier verb of saying already has it; a plural noun of saying ("recent attacks", "his
latest claims") is no such earlier verb."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_plural_noun_of_saying_leaves_the_clause_subject_speaking():
    said = speakers_of(
        "Ada Holt runs the port. She was defending the harbour board against recent attacks from "
        "council leader Tom Reyes, but admitted “one or two mistakes” in the spring."
    )
    assert said == ["Ada Holt"]


def test_a_verb_of_saying_in_s_after_a_name_is_still_that_persons_verb():
    said = speakers_of(
        "Ada Holt runs the port. Tom Reyes attacks the harbour board every week, but admitted "
        "“one or two mistakes” of his own in the spring."
    )
    assert said == ["Tom Reyes"]


def test_an_adverb_in_ly_after_and_leaves_the_coordinated_verb_its_subject():
    text = (
        "Nominee Carl Brandt was questioned on Thursday.\n\n"
        "He responded that he was aware of the program and personally objected to parts of it, but did not "
        "stop it because his job did not put him “in the chain of command” for the program.\n"
    )
    assert speakers_of(text) == ["Carl Brandt"]
