"""Quotations lost or left without a speaker because of how news copy writes them (session 15).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_dash_led_line_naming_a_person_before_a_quotation_is_that_persons_words():
    text = (
        "Harbor Rovers lost 2-1 at home to Millbrook Town on Saturday.\n\n"
        "Rovers led at the break but conceded twice after the hour.\n\n"
        '- Rovers boss Tom Reyes "I am bitterly disappointed with the second half. '
        '"We allowed them to heap pressure on us, and in the end we cracked."\n'
        ' - Millbrook manager Gwen Holt "We deserved the win and the lads know it."\n'
    )
    assert speakers_of(text) == ["Tom Reyes", "Tom Reyes", "Gwen Holt"]


def test_a_person_opening_a_paragraph_before_a_partial_quotation_told_by_another_is_not_its_speaker():
    text = (
        "Mayor Gwen Holt signed the harbor plan on Monday.\n\n"
        'Holt "felt a moral obligation to do something about" the harbor, Tom Reyes said.\n'
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_note_opening_with_a_name_and_a_partial_quotation_is_no_label():
    text = (
        "Mayor Gwen Holt released her emails on Monday. Here are the most notable.\n\n"
        'Praising Holt "turning the council around," apparently on the harbor.\n'
    )
    assert speakers_of(text) == [None]


def test_an_as_aside_after_a_partial_quotation_names_its_speaker_though_the_sentence_goes_on():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "Still, the fact that the race “is a dead heat right now,” as Holt said on Tom Reyes’s "
        "radio program on Monday, only magnifies the importance of every vote.\n"
    )
    assert speakers_of(text) == ["Holt"]


def test_a_sentence_opened_by_a_participle_of_saying_goes_on_with_the_speaker_before():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "Later in the show, Gwen Holt stated of the budget that the auditor's report “wasn’t good.” "
        "Adding, “Now, like with all council scandals, what they actually do is never that bad.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]


def test_a_who_clause_on_a_role_after_a_name_leaves_the_name_the_subject_without_a_closing_comma():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "“The council needs a strategy for the outer towns and their voters,” Dana Molina, the "
        "analyst who founded a polling firm tweeted on Wednesday.\n"
    )
    assert speakers_of(text) == ["Dana Molina"]


def test_a_body_word_that_is_also_a_name_alone_before_a_surname_is_a_given_name():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "Marsh protected the delegates at the last convention, in what Bay Buchanan, treasurer for "
        'the insurgent campaign, called "hand-to-hand combat."\n'
    )
    assert speakers_of(text) == ["Bay Buchanan"]


def test_a_compass_point_before_a_place_after_of_stays_a_place():
    text = (
        "The caucus met on Monday.\n\n"
        "Caucus Chairman Gwen Holt of North Carolina said she was “outraged” to even hear about it, "
        "arguing that “ending the vote would shut out the very members we were elected to serve.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_he_after_a_teller_whose_apposition_names_a_place_is_the_teller_not_the_one_told_of():
    text = (
        "Donald Trump spoke on Wednesday.\n\n"
        "Brian Murphy, the chairman of the Rockingham County GOP in New Hampshire, said Trump "
        "continued to hurt his cause. “I don’t think it’s cut well for him,” he said, just prior "
        "to the rally.\n"
    )
    assert speakers_of(text) == ["Brian Murphy"]


def test_quotations_after_a_writers_sentence_about_someone_they_talk_of_stay_the_speakers():
    text = (
        "The squad for the summer tour will be named in April.\n\n"
        'Coach Gwen Holt said: "Our results have not been impressive. '
        '"I will take the other coaches\' opinions on board." And striker Tom Reyes looks certain '
        'to get the call, provided he recovers from a knee injury. "I took lessons from the last tour. '
        '"Tom Reyes is an outstanding player and he will be on the trip if he is fit."\n'
    )
    assert speakers_of(text) == ["Gwen Holt"] * 4


def test_a_verb_of_an_opening_subordinate_clause_does_not_take_the_main_clauses_and_said():
    text = (
        "The race tightened on Monday.\n\n"
        "Last month, when I asked Gwen Holt if she would ever endorse Tom Reyes, she looked straight "
        'into my camera, furrowed her brow and said, "I am going to endorse YOU!"\n'
    )
    assert speakers_of(text) == ["Gwen Holt"]


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
