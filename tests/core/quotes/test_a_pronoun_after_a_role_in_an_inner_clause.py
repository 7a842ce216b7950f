"""A he or she after a sentence whose own subject is no person ("It") but whose inner clause has a
definite role as its subject ("It also came a day after the governor called reports of turmoil
“nonsense” ... ¶ “…,” he wrote") means whom that role means, not the person quoted last; an office
two people hold ("Governor Tom Brill" years ago) means the one it refers back to. A he opening the
sentence before the role is whom that sentence is about, and the role does not take it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

DISMISSED = "Governor Harlan Voss on Thursday dismissed his transport commissioner, Martin Okafor.\n\n"
RESIGNED = "“I offered my resignation on Monday and was told to wait a week,” Okafor wrote.\n\n"
AFTER_ROLE = "It also came a day after the governor called reports of turmoil “nonsense” online.\n\n"
QUOTED = "“There is no chaos here. Everybody is pulling in the same direction,” he wrote.\n"


def test_a_he_after_a_role_in_an_after_clause_is_the_roles_holder():
    text = "Rail chief out\n\n" + DISMISSED + RESIGNED + AFTER_ROLE + QUOTED
    assert speakers_of(text)[-1] == "Harlan Voss"


def test_an_office_two_people_hold_means_the_one_it_refers_back_to():
    planned = "The Bellmont rail line was first planned under Governor Tom Brill in 2009.\n\n"
    text = "Rail chief out\n\n" + planned + DISMISSED + RESIGNED + AFTER_ROLE + QUOTED
    assert speakers_of(text)[-1] == "Harlan Voss"


def test_a_he_opening_the_sentence_before_the_role_keeps_the_pronoun():
    left = "He left a day after the governor called reports of turmoil “nonsense” online.\n\n"
    text = "Rail chief out\n\n" + DISMISSED + RESIGNED + left + QUOTED
    assert speakers_of(text)[-1] == "Martin Okafor"
