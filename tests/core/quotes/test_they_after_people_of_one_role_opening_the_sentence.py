"""`Union leaders disputed Voss's account of the offer. ¶ “…,” they said in a statement.`: a quotation's
"they" is the people of one role in the plural, told by the body they are of, who open the sentence before
(as a group's noun would); never such people after that sentence's subject, nor a bare plural role."""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

LEAD = "Strike\n\nTransit director Carla Voss said she was disappointed by the vote.\n\n"
QUOTED = "\n\n“The authority's offer falls far short of what drivers need,” they said in a statement.\n"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Union leaders disputed Voss's account of the offer.", "union leaders"),
        ("The union leaders disputed Voss's account of the offer.", "the union leaders"),
        ("On Tuesday, union leaders disputed Voss's account of the offer.", "union leaders"),
    ],
)
def test_they_are_the_people_of_one_role_opening_the_sentence_before(sentence: str, label: str):
    assert speakers_of(LEAD + sentence + QUOTED) == [label]


def test_people_of_one_role_after_the_subject_are_no_they():
    sentence = "The mayor told council members the offer would stand."
    assert speakers_of(LEAD + sentence + QUOTED) == [None]


def test_a_bare_plural_role_is_no_they():
    sentence = "Friends of the drivers disputed Voss's account of the offer."
    assert speakers_of(LEAD + sentence + QUOTED) == [None]
