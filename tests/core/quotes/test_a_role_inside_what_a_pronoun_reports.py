"""A role subject inside what a he or she reports ("He said that means Mr. Abel already has the
powers, so ... the prime minister will continue to pursue the fight.") is no antecedent of the he
after it: the sentences before the report decide; a role opening a sentence of its own still is."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

QUOTE = "“The fact is that we are going to continue this operation,” he said."


def test_the_reporter_speaks_not_the_role_he_reports_on():
    text = (
        "Foreign Minister Lars Haddon said Prime Minister Corwin Abel wants wide powers.\n\n"
        "On Tuesday, Mr. Haddon made clear the cabinet considers the rebels a militia. He said that means "
        "Mr. Abel already has the powers he needs, so even if the assembly does not act, the prime minister "
        "will continue to pursue the fight.\n\n"
        f"{QUOTE}\n"
    )
    assert speakers_of(text) == ["Lars Haddon"]


def test_a_role_opening_its_own_sentence_is_still_the_antecedent():
    text = (
        "Foreign Minister Lars Haddon said Prime Minister Corwin Abel wants wide powers.\n\n"
        "On Tuesday, the prime minister made clear he considers the rebels a militia.\n\n"
        f"{QUOTE}\n"
    )
    assert speakers_of(text) == ["Corwin Abel"]
