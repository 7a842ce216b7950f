"""Two people who speak together ("Dana Pruitt and Ray Coe wrote") are given under the one named
first, the lead as in a byline; a hyphenated given name ("Anne-Marie") opens a name too."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_two_writers_after_a_quotation_are_given_under_the_first():
    said = speakers_of("“The program is no threat,” Dana Pruitt and Ray Coe wrote. “It has been dismantled.”")
    assert said == ["Dana Pruitt", "Dana Pruitt"]


def test_two_titled_people_in_a_statement_are_given_under_the_first():
    said = speakers_of(
        "“We are disappointed in the ruling,” state Senate leader Dana Pruitt and House Speaker Ray Coe, "
        "both Republicans, said in a statement."
    )
    assert said == ["Dana Pruitt"]


def test_a_hyphenated_given_name_opens_a_name():
    said = speakers_of("“The senator is filled with resentment,” Anne-Marie Pruitt and Gabriel Coe wrote.")
    assert said == ["Anne-Marie Pruitt"]


def test_two_tellers_of_another_person_s_words_do_not_take_them():
    said = speakers_of(
        "Paul Carver and Brad Ellison sued Alan Dorsey.\n\n"
        "Carver and Ellison said Dorsey slandered them when he accused them of “gross "
        "negligence and shameful conduct.”\n"
    )
    assert "Paul Carver" not in said and "Brad Ellison" not in said


def test_a_person_reporting_what_another_person_said_is_given_the_quotation():
    text = (
        "Cal Dunmore and Vera Holt met in Ohio.\n\n"
        "Dunmore said at a rally that Holt once described the pact as “the gold standard” of trade deals.\n"
    )
    assert speakers_of(text) == ["Cal Dunmore"]


def test_an_organisation_reporting_what_a_person_urged_leaves_the_quotation_to_the_person():
    text = (
        "Foreign Minister Qin Gang met the envoy on Monday.\n\n"
        "China said Qin had urged Washington to “stop interfering in our internal affairs.”\n"
    )
    assert speakers_of(text) == ["Qin Gang"]


def test_two_people_reporting_together_do_not_take_the_quotation():
    text = (
        "Paul Carver and Brad Ellison sued Alan Dorsey.\n\n"
        "Carver and Ellison said Dorsey slandered them when he accused them of “gross "
        "negligence and shameful conduct.”\n"
    )
    assert speakers_of(text) != ["Brad Ellison"]


def test_three_writers_listed_are_given_under_the_first():
    said = speakers_of(
        "“We urge you to reconsider the closure,” state Sens. Oren Blake, Tamsin Rowe and Hugo Farrant "
        "wrote in a letter Tuesday."
    )
    assert said == ["Oren Blake"]


def test_three_writers_listed_with_a_last_comma_are_given_under_the_first():
    said = speakers_of(
        "Oren Blake, Tamsin Rowe, and Hugo Farrant wrote in a letter: “We urge you to reconsider.”"
    )
    assert said == ["Oren Blake"]


def test_a_clause_joined_by_comma_and_is_no_list_of_writers():
    said = speakers_of(
        "Ada Coulter wrote that Ray Dunn should deport Nia Hale, and Dunn later called Hale “very weak on "
        "immigration.”"
    )
    assert said == ["Ray Dunn"]
