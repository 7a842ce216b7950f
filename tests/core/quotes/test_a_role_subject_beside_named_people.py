"""A he or she after a sentence whose subject is a definite role one person holds means that person,
even when the sentence names others: a role opening the sentence ("The speaker called Oakhurst's
haul ...") and a role opening a clause after every named subject (", and the majority leader
deflected questions") are the latest subjects. A name standing as subject after the role is."""

from __future__ import annotations

from .speakers import speakers_of


def test_a_role_opening_the_sentence_beats_a_name_it_goes_on_to_own():
    article = (
        "Mayor Dennis Oakhurst and Assembly Speaker Colm Brannagh met on Tuesday.\n\n"
        "Brannagh tried to show he was open to the mayor. “This was a good first meeting,” he said.\n\n"
        "The speaker called Oakhurst's haul of votes “frankly without precedent in this state.”\n\n"
        "“The question is how we bring everyone along without losing anyone,” he said.\n"
    )
    assert speakers_of(article)[-1] == "Colm Brannagh"


def test_a_role_after_and_following_a_named_subject_is_the_latest_subject():
    article = (
        "Senate Majority Leader Harlan Quist wants a budget plan this week. “We would love to see "
        "a plan that balances,” Mr. Quist said Sunday. Sen. Oscar Fell is a frequent critic of "
        "Mr. Quist, and the majority leader deflected questions about the race. “I do not think "
        "the chamber ought to get into the middle of this,” he said.\n"
    )
    assert speakers_of(article) == ["Harlan Quist", "Harlan Quist"]


def test_a_named_subject_after_the_role_is_the_latest_subject():
    article = (
        "Senate Majority Leader Harlan Quist wants a budget plan this week. “We would love to see "
        "a plan that balances,” Mr. Quist said Sunday. The majority leader left early, and Sen. "
        "Oscar Fell took questions about the race. “I do not think the chamber ought to get into "
        "the middle of this,” he said.\n"
    )
    assert speakers_of(article) == ["Harlan Quist", "Oscar Fell"]
