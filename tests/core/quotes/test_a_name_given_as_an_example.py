"""A name in a list after "such as" ("a centrist alternative to progressives such as Brandt and
Warrick") is an example given: a he or she after the sentence means its subject, never the example,
while a role ("the Senate Democratic leader said") may still mean the example."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Sen. Ada Kostova finished third, behind Sen. Joel Brandt and Sen. Elaine Warrick. "
    "“Thank you, Millbrook,” Warrick told supporters.\n\n"
)


def test_she_after_a_list_of_examples_is_the_sentences_subject():
    text = LEAD + (
        "Kostova has cast herself as a centrist alternative to progressives such as Brandt and Warrick. "
        "“I do not have the biggest name on this stage,” she said at the debate.\n"
    )
    assert speakers_of(text) == ["Elaine Warrick", "Ada Kostova"]


def test_she_after_a_single_example_is_the_sentences_subject():
    text = LEAD + (
        "Kostova has cast herself as an alternative to progressives such as Warrick. "
        "“I do not have the biggest name on this stage,” she said at the debate.\n"
    )
    assert speakers_of(text)[1] == "Ada Kostova"


def test_a_role_may_still_mean_the_example():
    text = (
        "Senate Democratic leader Carl Brandt met the president on Monday.\n\n"
        "Others questioned the plan, including key Democrats such as Brandt.\n\n"
        "“A tax cut will not rebuild a single house,” the Senate Democratic leader said.\n"
    )
    assert speakers_of(text) == ["Carl Brandt"]
