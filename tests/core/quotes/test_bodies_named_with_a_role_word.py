"""A body named right after a quotation speaks it, and so do people a body's name describes.

A role or party word inside a body's name is no person's role: "the Justice Department said", "said the
Republican Party", "the Department of Justice said" are the body's words, as "the State Department said"
always was (they were unattributed: "Justice" and "Republican" were read as a judge's and a party
member's roles that no one held). After a partial quotation, "State Department officials said" and
"Republicans said" are the group's words (they were given to the sentence's first person).
"""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of

_OPENING = "Mara Quill and Owen Tarrant were charged on Friday over the ferry terminal fire.\n\n"


@pytest.mark.parametrize(
    "body",
    ["the Justice Department", "the Republican Party", "the Department of Justice", "the Labour Party"],
)
def test_a_body_after_the_quotation(body):
    text = _OPENING + f"“We will review the case in full before the trial,” {body} said.\n"
    assert speakers_of(text) == [body]


@pytest.mark.parametrize("body", ["the Republican Party", "the Ministry of Justice"])
def test_a_body_after_an_inverted_verb(body):
    text = _OPENING + f"“We will review the case in full before the trial,” said {body}.\n"
    assert speakers_of(text) == [body]


def test_a_partial_quotation_is_the_body_s_not_the_sentence_s_person():
    text = _OPENING + (
        "Quill was carrying several phones, “including two that had been wiped clean of all their data,” "
        "the Justice Department said.\n"
    )
    assert speakers_of(text) == ["the Justice Department"]


def test_role_words_before_a_name_still_make_a_role():
    text = _OPENING + "“We will fight this,” Justice Department spokesman Ian Prior said.\n"
    assert speakers_of(text) == ["Ian Prior"]


@pytest.mark.parametrize("group", ["State Department officials", "Harbor Bank officials", "Republicans"])
def test_people_a_body_s_name_describes_after_a_partial_quotation(group):
    # The words after the partial quotation say whose they are, not the sentence's first person.
    text = (
        _OPENING
        + f"Quill had worked there for “more than twenty years, most of them at night,” {group} said.\n"
    )
    assert speakers_of(text) == [group]


def test_a_credit_line_after_a_quotation_is_no_group():
    text = _OPENING + (
        "“We will review the case in full,” Tarrant said. “Nobody is above the law.” Harbor News' Ada Roe "
        "reported from the quay.\n"
    )
    assert speakers_of(text) == ["Owen Tarrant", "Owen Tarrant"]
