"""A quotation ending in a question mark, then a sentence opened by a role, a name and a plain verb
of saying with no clause of its own, is that person's however long the tail runs ("Republican
National Committee spokesman Michael Short said in a riposte to the president’s comments sent out
to reporters."); a local "native" before a name is a role, so the name is its sentence's subject."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BEFORE = "The critics were not satisfied.\n\n"


def test_a_titled_name_after_a_question_speaks_it_however_long_the_tail():
    text = BEFORE + (
        "“What has President Dalton been doing for 10 months?” Republican National Committee spokesman "
        "Michael Short said in a riposte to the president’s comments sent out to reporters.\n"
    )
    assert speakers_of(text) == ["Michael Short"]


def test_a_titled_name_reporting_a_clause_after_a_question_does_not_speak_it():
    text = BEFORE + (
        "“What has President Dalton been doing for 10 months?” Party spokesman Michael Short said the "
        "president had wasted the summer on travel and on fundraising dinners.\n"
    )
    assert speakers_of(text) == [None]


def test_a_native_before_a_name_makes_it_the_subject_a_later_role_refers_back_to():
    text = (
        "“What has President Dalton been doing?” spokesman Michael Short said.\n\n"
        "Las Vegas native Daniel Bastardo, smoking a cigarette during a break, said it would be hard.\n\n"
        "“You gotta hang up your hat at some point,” said the 28-year-old Democrat.\n"
    )
    assert speakers_of(text) == ["Michael Short", "Daniel Bastardo"]
