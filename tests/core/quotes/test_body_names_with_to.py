"""A body's name going on with "to" or "for" ("the Committee to Protect Writers", "the Partnership for
Conservative Values", "the National Defense Panel") speaks as that body, never as a person called
"Protect Writers", "Values" or "Panel"."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_committee_to_do_something_is_an_organisation():
    text = (
        "A blogger was killed in the capital last week.\n\n"
        "“The government must act,” the Committee to Protect Writers said in a statement.\n"
    )
    assert kinds_of(text) == {"the Committee to Protect Writers": "organisation"}


def test_a_panel_is_a_body():
    text = (
        "The defence budget passed on Tuesday.\n\n"
        "The National Defense Panel stated it was “the minimum required to reverse course.”\n"
    )
    assert kinds_of(text) == {"the National Defense Panel": "organisation"}


def test_a_body_handing_something_to_a_person_names_the_person():
    text = (
        "The prize was awarded on Monday.\n\n"
        "The chair of the Commission to Ruth Banner gave the medal. “I am honoured,” said Ruth Banner.\n"
    )
    assert kinds_of(text) == {"Ruth Banner": "person"}


def test_a_party_word_inside_a_partnerships_name_makes_no_person():
    text = (
        "Hundreds of farm workers will rally Thursday outside the state capitol.\n\n"
        "Rafael Ortiz, president of the Partnership for Conservative Values, said the rallies helped.\n\n"
        "“Push on both parties,” he said.\n"
    )
    assert speakers_of(text) == ["Rafael Ortiz"]
