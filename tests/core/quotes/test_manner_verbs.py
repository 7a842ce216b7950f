"""Verbs telling how something was said take their quotation as 'said' does (session 12).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_manner_of_saying_after_the_quotation_names_its_speaker():
    text = "The crowd rose. “It is about time we had a ferry that runs,” exhorted actress Mara Quill.\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_the_one_who_emailed_speaks_not_those_emailed():
    text = (
        "Mara Quill lost the ferry vote on Tuesday.\n\n"
        "The Vermont senator emailed backers saying: “The fight goes on” and promising to stand "
        "again.\n"
    )
    assert speakers_of(text) == ["Mara Quill"]


def test_words_condemned_in_an_opening_clause_are_not_the_main_clauses_speakers():
    text = (
        "Mayor Ada Lind spoke on Monday.\n\n"
        "As Lind condemned the ‘brutal and senseless attack’, police chief Ray Dorn said officers "
        "would patrol the harbour.\n"
    )
    assert speakers_of(text) == ["Ada Lind"]


def test_confided_after_a_quotation_names_its_speaker():
    text = (
        "Mr Dorn spoke first. “That was a total disaster,” a crestfallen Mr Lane confided to the host, "
        "Ann Bell.\n"
    )
    assert speakers_of(text) == ["Lane"]


def test_volunteered_after_a_quotation_names_its_speaker():
    text = "A lot of drugs are sold here. “I'm a three-time felon,” one man volunteered within minutes.\n"
    assert speakers_of(text) == ["one man"]


def test_volunteers_opening_a_sentence_are_people_not_a_verb():
    text = "Volunteers said the shelter was “full every single night this winter.”\n"
    assert speakers_of(text) == ["volunteers"]


def test_spoke_of_right_after_a_quotation_names_its_speaker():
    text = "“To know the woman is to like the woman,” Ms. Greta Lindqvist spoke of her predecessor.\n"
    assert speakers_of(text) == ["Greta Lindqvist"]


def test_it_spoke_of_leaves_the_words_to_no_guessed_body():
    text = (
        "The plan to give Harbor City a flattering portrayal was outlined in a memo. It spoke of how "
        "producers should cast a “known actress from the region” in the lead.\n"
    )
    assert speakers_of(text) == [None]


def test_reacts_after_a_quotation_names_the_blogger_not_the_speaker_before():
    text = (
        "“His first year could have been a year of accomplishment,” Dorian Vale said Monday.\n\n"
        "“I have no problem with him claiming that the climate is partisan,” reacts Oskar Lindqvist at "
        "the Harbor Post blog.\n"
    )
    assert speakers_of(text) == ["Dorian Vale", "Oskar Lindqvist"]


def test_quips_before_a_titled_name_names_her():
    text = (
        "Republican Dana Pelko won the primary after running an ad that shows her at a range.\n\n"
        "“Hand me that rifle now,” quips Ms. Pelko in the ad.\n"
    )
    assert speakers_of(text) == ["Dana Pelko"]


def test_a_role_that_joshed_is_the_one_named_before():
    text = (
        "Deputy Whip Owen Maddox, the second-ranking council Republican, told us about an exchange he "
        "had with Mayor Dana Pruitt at the gala. Maddox found the mayor reading his phone.\n\n"
        "“I’m still waiting for my lunch invitation,” the Republican joshed to Pruitt. “I listen to the "
        "treasurer,” Pruitt replied.\n"
    )
    assert speakers_of(text) == ["Owen Maddox", "Dana Pruitt"]


def test_called_out_after_a_question_names_its_speaker_despite_a_long_tail():
    text = (
        "Volunteers fanned out across Marlow County on Saturday to sign up new voters.\n\n"
        "“Hi, are you registered to vote?” Rosa Ellington, 62, called out in English and Spanish to "
        "people walking into a public library on the edge of Marlow as she sat behind a table.\n"
    )
    assert speakers_of(text) == ["Rosa Ellington"]


def test_a_body_that_touted_results_as_proof_speaks_the_words_quoted():
    text = (
        "Centrist candidates won most of the mayoral races in Velmark on Sunday.\n\n"
        "The Northern Mayors Alliance, the group tasked with helping elect centrist mayors, touted the "
        "results on Sunday night as proof its members have delivered “real gains for working families.”\n"
    )
    assert speakers_of(text) == ["the Northern Mayors Alliance"]


def test_a_paper_that_editorialized_after_a_comma_splice_speaks_its_own_words():
    text = (
        "The Corran county board approved new water limits for the region's mills on Tuesday.\n\n"
        "In a statement, board member Otto Brenner called the rules “an attack on every family that "
        "works in the valley,” The Harwick Ledger editorialized that the limits were “part of a "
        "reckless plan to shut the mills one by one.”\n"
    )
    assert speakers_of(text) == ["Otto Brenner", "the Harwick Ledger"]


def test_a_saying_taught_is_the_teachers():
    text = (
        "The race for mayor of Brennock has been bitter.\n\n"
        "Ada Brell’s parents always taught her, “If you cannot say something kind, say nothing at all.” The "
        "rule did not survive the campaign.\n"
    )
    assert speakers_of(text) == ["Ada Brell’s parents"]


def test_the_school_one_taught_at_is_no_teaching_of_words():
    text = (
        "Ada Brell retired in June.\n\n"
        "The school she taught at said she was “a gifted and patient teacher.”\n"
    )
    assert speakers_of(text) == ["the school"]


def test_a_host_who_enthused_after_his_quotation_speaks_it_not_the_man_it_names():
    text = (
        "Senator Kiran Solis has won over radio hosts like Rafe Dunmore and Tilly Brandt.\n\n"
        "(“By the way, I spoke to Kiran Solis today about this off the air,” enthused Mr. Dunmore on his "
        "show Thursday.)\n"
    )
    assert speakers_of(text) == ["Rafe Dunmore"]


def test_one_who_eulogized_someone_as_says_the_words_a_paper_reported():
    text = (
        "Edith Marne taught history at Harlow High School for forty years.\n\n"
        "At the time, the Harlow Gazette reported that Mayor Ruth Calloway eulogized Marne as “the kindest "
        "teacher this town ever had.”\n"
    )
    assert speakers_of(text) == ["Ruth Calloway"]


def test_one_who_compared_something_to_quoted_words_says_them():
    text = (
        "Dr. Elias Brandvold announced today that he would step down as the graduation speaker. His decision "
        "followed a backlash after he compared the city council to “vultures” and “people who hate the "
        "harbor.”\n"
    )
    assert speakers_of(text) == ["Elias Brandvold"]


def test_words_as_set_out_by_someone_are_theirs_not_the_sentences_subjects():
    text = (
        "Dana Orlov and her allies have their words to live by, as set out by Victor Ames, the mayor of "
        "Pellham: “Never waste a good storm.”\n"
    )
    assert speakers_of(text) == ["Victor Ames"]


def test_words_as_put_by_someone_are_theirs():
    text = "Dana Orlov has her words to live by, as put by Victor Ames: “Never waste a good storm.”\n"
    assert speakers_of(text) == ["Victor Ames"]


def test_a_charge_quoted_right_after_pointed_to_is_the_pointers():
    text = (
        "The Liberal Party has struggled with women voters in recent years.\n\n"
        "Governor Ivo Brandt won reelection as Democrats pointed to a Liberal “war on the working mothers "
        "of Corvel.”\n"
    )
    assert speakers_of(text) == ["Democrats"]
