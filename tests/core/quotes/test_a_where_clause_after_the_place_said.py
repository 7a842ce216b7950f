"""Words after a quotation ("“…” if no deal is signed, Brandt told reporters in Lindell, where she
opened a library") go to the one who told, however long the clause telling of the place just named
("where ...") runs: it is no clause of what was said, and whoever it names is not the speaker. A
verb that does not say ("Pike fears in Lindell, where ...") still gives the words to no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Bridge\n\nArdmoor Mayor Celia Brandt said Thursday that the city would close the Kell Street "
    "bridge next month.\n\nCounty talks resumed Thursday afternoon, but no agreement was reached.\n\n"
)


def test_a_where_clause_after_the_place_leaves_the_teller_speaking():
    text = LEAD + (
        "“We’ve told the county the bridge closes on the first” if no deal is signed, Brandt told "
        "reporters in Lindell, where she opened a new branch library. “They have to come to the table now.”\n"
    )
    assert speakers_of(text) == ["Celia Brandt", "Celia Brandt"]


def test_the_one_a_where_clause_names_is_not_the_speaker():
    text = LEAD + (
        "“The bridge closes on the first” if no deal is signed, protesters chanted at City Hall, "
        "where Brandt opened a new branch library.\n"
    )
    assert speakers_of(text) == ["protesters"]


def test_a_verb_that_does_not_say_gives_the_words_to_no_one():
    text = LEAD + (
        "“The bridge closes on the first” if no deal is signed, Pike fears in Lindell, where Brandt "
        "opened a new branch library.\n"
    )
    assert speakers_of(text) == [None]
