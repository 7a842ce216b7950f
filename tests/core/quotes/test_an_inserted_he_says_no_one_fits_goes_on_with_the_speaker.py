"""An inserted "he says" in the writer's sentence after a woman's quotation ("“…,” says Helen
Nandakumar. ... In the past, he says, families could move ...") is a slip for her when the article
names no man before it: a bare quotation closing the paragraph goes on with her. When a man is named
before, the he may be him, and the quotation is left unattributed."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

PARAGRAPH = (
    "“The weather is becoming more erratic, so we are seeing more people leave,” says Helen Nandakumar,"
    " an economist at Westfield University. In the past, he says, families could move to the city for a"
    " season and come back when the water drained away. Now that is no longer possible. “People"
    " understand they cannot stay.”\n"
)


def test_a_bare_quotation_after_an_inserted_he_says_no_one_fits_is_the_speakers():
    text = "Delta\n\nFarmers in the delta have adapted to floods for generations.\n\n" + PARAGRAPH
    assert speakers_of(text) == ["Helen Nandakumar", "Helen Nandakumar"]


def test_a_man_named_before_leaves_the_bare_quotation_unattributed():
    text = "Delta\n\nFarmers such as Omar Haddad have adapted to floods for generations.\n\n" + PARAGRAPH
    assert speakers_of(text) == ["Helen Nandakumar", None]
