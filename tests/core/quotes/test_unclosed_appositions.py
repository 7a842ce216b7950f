"""An apposition the writer left unclosed before the verb of saying (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_relative_clause_naming_a_role_left_unclosed_before_said_hangs_on_the_person():
    text = (
        "Lena Marsh runs the harbor fund.\n\n"
        "“We cannot trust him on the border,” Lena Marsh, who is chairman of the Harbor Fund said "
        "in a statement.\n"
    )
    assert speakers_of(text) == ["Lena Marsh"]


def test_a_body_taken_for_a_person_after_a_roles_of_is_not_the_speaker():
    text = (
        "“We cannot trust him on the border,” Lena Marsh, who is chairman of Our Principles Pac said "
        "in a statement on Monday.\n"
    )
    assert speakers_of(text) == ["Lena Marsh"]


def test_a_name_a_preposition_governs_inside_the_apposition_is_not_the_subject():
    text = (
        "Dana West, an education professor at Harbor College who previously worked for Sen. Lamar "
        "Holt (R-Tenn.), one of the bill's architects, called it “an incredibly significant development.”\n"
    )
    assert speakers_of(text) == ["Dana West"]


def test_an_apposition_ending_in_the_names_it_works_for_hangs_on_the_person():
    text = 'Dana Pruitt, the lawyer for Mr. Holt and Mr. Vance said after the hearing: "We will appeal."\n'
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_spokeswoman_apposition_left_unclosed_hangs_on_the_named_person():
    text = 'Dana Pruitt, a spokeswoman for Tom Reyes said: "The mayor will not resign."\n'
    assert speakers_of(text) == ["Dana Pruitt"]


def test_the_lawyer_for_two_named_people_is_an_unnamed_source():
    text = 'The lawyer for Mr. Holt and Mr. Vance said: "We will appeal."\n'
    assert speakers_of(text) == ["the lawyer for Mr. Holt and Mr. Vance"]


def test_a_relative_clause_ending_in_a_name_in_apposition_hangs_on_its_antecedent():
    text = (
        "Lena Moss, who found the letters with the help of a local historian, Ray Dorn, said: "
        "“It has been an amazing search.”\n"
    )
    assert speakers_of(text) == ["Lena Moss"]


def test_a_name_in_apposition_after_a_role_still_speaks():
    text = "The mayor of Port Alder, Ruth Banda, said: “We are proud.”\n"
    assert speakers_of(text) == ["Ruth Banda"]


def test_an_occupation_before_the_relative_clauses_antecedent_leaves_it_speaking():
    text = (
        "Archive expert Lena Moss, who matched the letters to a distant cousin of the poet, Ray Dorn, "
        "said: “It has been an amazing search.”\n"
    )
    assert speakers_of(text) == ["Lena Moss"]
