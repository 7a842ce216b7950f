"""A pronoun after a sentence whose subject speaks of someone else in a subordinate clause ("Reyes
predicted the port will lose “every ship” if Dan Pruitt wins. ¶ “…,” he said") means the sentence's
own subject, not the clause's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_pronoun_means_the_main_subject_not_the_subject_after_if():
    said = speakers_of(
        "Mayor Tom Reyes, a Labour councillor, predicted at the last meeting that the port will lose "
        '"every ship" if Dan Pruitt wins the election.\n\n'
        '"That is not even an issue," he said to applause.'
    )
    assert said == ["Tom Reyes"]


def test_two_main_subjects_still_leave_the_pronoun_unclear():
    said = speakers_of(
        "Mayor Tom Reyes met Dan Pruitt on Monday, and Pruitt predicted the port will lose "
        '"every ship" if the vote fails.\n\n'
        '"That is not even an issue," he said to applause.'
    )
    assert said[-1] != "Tom Reyes"


def test_a_pronoun_means_the_one_asked_not_the_subject_of_the_question_after_why():
    said = speakers_of(
        "Transport Secretary Alan Hart made the decision in March.\n\n"
        "On television Mr Hart was asked why Mr Cole had been allowed to retire rather than be "
        'dismissed. He replied: "The board felt it was the right moment for him to go."'
    )
    assert said == ["Alan Hart"]


def test_a_pronoun_means_the_main_subject_not_the_one_compared_after_as():
    said = speakers_of(
        "House Speaker Dale Brinker last month dismissed a reporter's suggestion that Republicans "
        "would call for impeachment if a Democratic governor had done the same as Glen Holt did. "
        '"No, I don\'t think we would, actually," he said.'
    )
    assert said == ["Dale Brinker"]


def test_a_pronoun_means_the_main_subject_not_one_compared_at_the_sentence_end():
    said = speakers_of(
        "Mayor Tom Reyes said on Monday that no council had ever spent as much on the port as Dan "
        'Pruitt.\n\n"We will fix the harbour first," he said.'
    )
    assert said == ["Tom Reyes"]


def test_a_pronoun_means_the_main_subject_not_the_subject_after_after():
    said = speakers_of(
        "Mayor Tom Reyes suggested leaving the old ferry law in place, a tactic he took up again after "
        'Dan Pruitt pulled his own bill on Monday.\n\n"We should just repeal the whole law now," he said.'
    )
    assert said == ["Tom Reyes"]


def test_a_pronoun_means_the_subject_after_a_clause_fronted_by_where():
    said = speakers_of(
        "Where Dan Pruitt sees the ferry law as broken, Tom Reyes sees no easy fix.\n\n"
        '"The process is messy as it is," he said.'
    )
    assert said == ["Tom Reyes"]
