"""The writer's own question ("But when I asked her if ..., she shot me down: “…”") is no attribution:
the one who answers after the comma speaks, and whoever the question is about is no antecedent of
that he or she; the writer's "I’m told" names no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Senator Ilse Marwood sat in her campaign bus in Tolby on Sunday.\n\n"


def test_the_answer_after_the_writers_question_is_the_answerers():
    text = (
        LEAD
        + "But when I asked her if the primary reminded her of 2012, she quickly shot me down: “Not true.”\n"
    )
    assert speakers_of(text) == ["Ilse Marwood"]


def test_the_one_the_question_is_about_is_not_the_one_who_answers():
    text = (
        LEAD + "Her rival, Mayor Ann Kessler, has been gaining in the polls.\n\n"
        "When I asked her if Kessler could still win the primary, she answered: “Not a chance.”\n"
    )
    assert speakers_of(text)[-1] == "Ilse Marwood"


def test_the_writers_i_am_told_names_no_one():
    text = (
        "Senator Karl Dorn is planning his next race, and one thing he is weighing, I’m told: "
        "whether his “coastal” quip was a blunder.\n\n"
        "“We are just getting started,” he added.\n\n"
        "When I asked him what his voters want, he answered: “There is a lot of worry.”\n"
    )
    assert speakers_of(text)[-1] == "Karl Dorn"
