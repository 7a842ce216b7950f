"""Asides after a speaker's name (a party label in brackets, "of North Carolina", "the analyst who ...") and
where they end.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_an_as_aside_after_a_partial_quotation_names_its_speaker_though_the_sentence_goes_on():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "Even so, the fact that the vote “could go either way tonight,” as Holt said on Tom Reyes’s "
        "phone-in show on Tuesday, only raises the stakes of every ballot.\n"
    )
    assert speakers_of(text) == ["Holt"]


def test_a_who_clause_on_a_role_after_a_name_leaves_the_name_the_subject_without_a_closing_comma():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "“The council needs a strategy for the outer towns and their voters,” Dana Molina, the "
        "analyst who founded a polling firm tweeted on Wednesday.\n"
    )
    assert speakers_of(text) == ["Dana Molina"]


def test_a_compass_point_before_a_place_after_of_stays_a_place():
    text = (
        "The caucus met on Monday.\n\n"
        "Caucus Chairman Gwen Holt of North Carolina said she was “outraged” to even hear about it, "
        "arguing that “ending the vote would shut out the very members we were elected to serve.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_he_after_a_teller_whose_apposition_names_a_place_is_the_teller_not_the_one_told_of():
    text = (
        "Dirk Kessler owns four blocks on the east side.\n\n"
        "Omar Haddad, the head of the Lakeside tenants' union in South Bend, said Kessler had ignored "
        "every complaint. “We have written to him nine times,” he said.\n"
    )
    assert speakers_of(text) == ["Omar Haddad"]


def test_a_comma_typed_between_a_party_label_and_said_opens_no_aside():
    text = (
        "The plan was sent to Congress on Monday.\n\n"
        "Sen. Jack Holt (D-Ore.), said after a lunch on Tuesday that he had not read the plan, but "
        "called it a “starting point for our long deliberations.”\n"
    )
    assert speakers_of(text) == ["Jack Holt"]


def test_a_participle_after_a_party_label_and_a_comma_still_opens_an_aside():
    text = (
        "Tom Reyes sent the plan to Congress on Monday.\n\n"
        "But Sen. Jack Holt (D-Ore.), noting the size of Reyes's following, said, "
        '"Let me tell you, she has a heck of an email list, and she knows how to use it."\n'
    )
    assert speakers_of(text) == ["Jack Holt"]


def test_an_ap_style_party_and_state_after_a_name_is_no_person():
    text = "Rep. Joe Crane, R-Texas, said the bill was “dead on arrival.”\n"
    assert speakers_of(text) == ["Joe Crane"]


def test_a_us_state_in_apposition_is_no_person():
    text = (
        "Rep. Tom Cole of Oklahoma, an ally of party leaders, said Thursday that Trump is "
        "“unpredictable and erratic in public.”\n"
    )
    assert speakers_of(text) == ["Tom Cole"]


def test_a_city_and_state_after_of_belong_to_the_person_before_them():
    text = (
        "Stacy Baker of Columbia, South Carolina says she thinks Cruz can win if he keeps "
        "“doing what he is doing every day.”\n"
    )
    assert speakers_of(text) == ["Stacy Baker"]


def test_a_party_label_between_name_and_verb_keeps_the_speaker():
    text = "“The audit is overdue,” Sen. Ada Brill (D-Ore.) said on Tuesday.\n"
    assert speakers_of(text) == ["Ada Brill"]


def test_a_party_label_makes_a_lone_surname_a_person():
    text = (
        "Sens. Tom Pike (R-Kan.) and Lou Marsh (D-Ohio) pressed the bank.\n\n"
        "“Why is nobody fired?” Marsh demanded.\n"
    )
    assert speakers_of(text) == ["Lou Marsh"]


def test_a_state_label_after_a_name_is_no_obstacle_to_a_relative_clause():
    text = "Sen. Ida Crane (Vt.), who chairs the panel, said the plan was “dead on arrival.”\n"
    assert speakers_of(text) == ["Ida Crane"]


def test_a_party_and_a_two_word_place_after_a_name_are_no_person():
    text = (
        "The bill's co-sponsor, Assembly member Marla Quint, D-Santa Rosa, said the measure would "
        "protect the oyster beds.\n\n"
        "“We have waited a decade for this,” she said.\n"
    )
    assert speakers_of(text) == ["Marla Quint"]
