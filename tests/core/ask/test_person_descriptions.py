"""'Who is X?' of a person the article describes only in passing: whom they are from ("X of the
RTA", the body's name spelled out where the article does), a role held since ("X, now deputy
leader"), a role owned by a common noun ("Wardens' spokesman, X"), and a given name that is also a
body's word, kept with the name rather than the role ("Malawi goalkeeper Energy Phiri")."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question


@pytest.fixture(scope="module")
def wardens():
    return parse_article(
        "Title: Wardens get new powers\n\nNew powers for neighbourhood wardens came into force on "
        "Monday across the county, the council said.\n\nBut campaign group the Riverside Tenants "
        "Association (RTA) warned that the wardens needed more training. Ola Brent of the RTA said the "
        "group would watch the scheme closely.\n\nPat Hume of the Harbour Ward Trust said "
        "the fines were too high.\n\nTom Ashdown, now Green Party deputy leader, and Ruth Kell were "
        "elected to the council in 2004.\n\nWardens' spokesman, Ivor Lund, said they welcomed the new "
        'powers. "It is a good day," Mr Lund said.\n'
    )


@pytest.fixture(scope="module")
def cup():
    return parse_article(
        "Title: Club signs keeper\n\nMalawi goalkeeper Energy Phiri is ready to play for Harbour Town in "
        'the cup.\n\nPhiri moved to the club after a short stint in South Africa. "I am happy here," '
        "Phiri said.\n"
    )


def test_a_person_of_a_body_is_from_it_with_its_acronym_spelled_out(wardens):
    result = answer_question(wardens, "Who is Ola Brent?")
    assert result.answer == "Ola Brent is from the Riverside Tenants Association (RTA)."


def test_a_person_of_a_named_body_is_from_it(wardens):
    result = answer_question(wardens, "who is pat hume")
    assert result.tier == 1
    assert "Harbour Ward Trust" in result.answer


def test_a_role_held_since_introduces_the_person(wardens):
    result = answer_question(wardens, "Who is Tom Ashdown?")
    assert result.tier == 1
    assert "Green Party deputy leader" in result.answer


def test_a_role_owned_by_a_common_noun_keeps_its_owner(wardens):
    result = answer_question(wardens, "who is ivor lund")
    assert result.answer == "Ivor Lund is the wardens' spokesman."


def test_a_given_name_left_in_the_role_is_the_persons(cup):
    result = answer_question(cup, "Who is Energy Phiri?")
    assert result.answer == "Energy Phiri is the Malawi goalkeeper."


@pytest.mark.parametrize(
    ("said", "body"),
    [
        ("of the UK-based charity Helpwell", "the UK-based charity Helpwell"),
        ("of the Dutch aid group Helpwell", "the Dutch aid group Helpwell"),
    ],
)
def test_a_body_named_after_a_modifier_and_a_noun_is_named_whole(said, body):
    article = parse_article(
        "Title: Aid row\n\nThe council has passed two resolutions on the region.\n\n"
        f'"A trail of weak resolutions has led nowhere," said Ann Holt {said}.\n\nThe vote was unanimous.\n'
    )
    assert answer_question(article, "Who is Ann Holt?").answer == f"Ann Holt is from {body}."
