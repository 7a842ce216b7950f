"""A he or she after a sentence whose subject is a definite role ("The Chilean refused to blame the
referee ..., when Ortega was brought down in the box.") means the person that role refers to, never
the subject of the sentence's subordinate clause; with no one the role can mean, no one."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_a_role_subject_is_the_role_not_the_when_clause():
    text = (
        "“We must keep fighting,” said Manuel Ruiz, whose team trails by a goal. The Chilean refused "
        "to blame the referee for not awarding a penalty in the last minutes, when Pablo Ortega was "
        "brought down in the box. “Was it a penalty? Maybe, but the referee decides,” he said.\n"
    )
    assert speakers_of(text) == ["Manuel Ruiz", "Manuel Ruiz"]


def test_he_after_a_role_no_one_is_named_as_is_no_one():
    text = (
        "The coach refused to blame the referee for not awarding a penalty in the last minutes, when "
        "Pablo Ortega was brought down in the box. “Was it a penalty? Maybe, but the referee decides,” "
        "he said.\n"
    )
    assert speakers_of(text) == [None]


def test_he_after_a_named_subject_with_a_when_clause_is_still_that_subject():
    text = (
        "Manuel Ruiz refused to blame the referee, when Pablo Ortega was brought down in the box. "
        "“Was it a penalty? Maybe, but the referee decides,” he said.\n"
    )
    assert speakers_of(text) == ["Manuel Ruiz"]


def test_she_after_a_role_opening_the_main_clause_is_the_role_not_an_earlier_speaker():
    text = (
        "Senator Anna Holm lost the Dovre primary to Governor Petra Lind on Saturday.\n\n"
        "“In the city precincts Lind has won 60 percent of the delegates,” tweeted her press "
        "secretary Brian Falk on Saturday evening.\n\n"
        "While Lind partisans saw the result as the end for Holm, the senator herself showed no "
        "sign of disappointment.\n\n"
        "“The final results are in and we leave with the same number of delegates,” she wrote in "
        "an email to supporters.\n"
    )
    assert speakers_of(text) == ["Brian Falk", "Anna Holm"]
