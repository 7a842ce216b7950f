"""With no verb of saying, the person opening a sentence speaks its partial quotation (issue 11,
session 5). One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_pronoun_opening_the_sentence_speaks_its_partial_quotation():
    text = (
        "Tom Holt spoke to the ferry workers on Tuesday night.\n\n"
        "He anticipated that the hardest task would be “dealing with the problems the board will leave.”\n"
    )
    assert speakers_of(text) == ["Tom Holt"]


def test_a_named_subject_with_an_auxiliary_speaks_its_partial_quotation():
    text = (
        "Dan Reed also made the point that the fare plan would make the crossing "
        "“completely a luxury for the few.”\n"
    )
    assert speakers_of(text) == ["Dan Reed"]


def test_a_parenthesis_between_the_subject_and_its_verb_is_passed():
    text = "Former Gov. Mike Holt, for his part, is labeling the fare rise “a blatant abuse of power.”\n"
    assert speakers_of(text) == ["Mike Holt"]


def test_another_person_named_after_the_verb_leaves_the_quotation_unattributed():
    text = "Tom Holt met Dan Reed, then backed the plan to “end the cheap crossings.”\n"
    assert speakers_of(text) == [None]


def test_words_a_shirt_read_are_not_the_subjects():
    text = "Ann Holt was arrested wearing a shirt that read “Free the island ferries now.”\n"
    assert speakers_of(text) == [None]


def test_a_capitalised_title_is_not_the_subjects_quotation():
    text = "Tom Holt acted in the harbor movie “Storm Surge Two: The Return!” last year.\n"
    assert speakers_of(text) in ([], [None])


def test_an_irregular_past_after_the_subject_is_its_verb():
    text = "Tom Reed thought the buzz was artificially nourished, a tribute to “the skills of her husband.”\n"
    assert speakers_of(text) == ["Tom Reed"]


def test_a_present_tense_verb_after_the_subject_is_its_verb():
    text = "Dana Pruitt supports “appropriate pay raises” for the ferry crews.\n"
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_definite_role_opening_the_sentence_speaks_its_partial_quotation():
    text = (
        "Republican nominee Dan Reed spoke in Harbor on Monday.\n\n"
        "The Republican nominee also outlined his ferry plan and vowed to punish "
        "“those who break the ferry rules.”\n"
    )
    assert speakers_of(text) == ["Dan Reed"]


def test_a_definite_role_in_the_passive_does_not_speak_the_quotation():
    text = "Mayor Ann Holt toured the pier.\n\nThe mayor was cast by critics as “a friend of the barons.”\n"
    assert speakers_of(text) == [None]


def test_a_prepositional_phrase_opening_the_sentence_holds_no_subject():
    text = (
        "Gwen Holt spoke on Monday.\n\n"
        "In Harbor City, Holt released a radio ad calling it “a disgrace for the coast.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_named_subject_speaks_a_first_person_quotation_after_because():
    text = (
        "Board chairwoman Elsa Marrow said the increase was unavoidable.\n\n"
        "Marrow made it clear that she will press ahead anyway — because until the state sends more "
        "money, “what I am not going to do is just sit here and wait.”\n"
    )
    assert speakers_of(text) == ["Elsa Marrow"]


def test_a_pronoun_of_the_other_gender_after_a_pronoun_subject_leaves_it_unattributed():
    text = (
        "Tom Holt and Ada Reyes spoke to the ferry workers on Tuesday night.\n\n"
        "He anticipated that she would call the plan “a disaster for the crossing.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_named_subject_after_an_opening_subordinate_clause_speaks_its_partial_quotation():
    text = (
        "The appeals courts are slow.\n\n"
        "When she agreed to give the spring lecture at Norland Law School last year, Judge Marta Quill "
        "felt the time was ripe to urge reform of “the slow and costly maze of our appeals courts.”\n"
    )
    assert speakers_of(text) == ["Marta Quill"]


def test_an_adverb_in_ly_between_the_subject_and_its_verb_is_passed():
    text = (
        "Tom Holt spoke to the ferry workers on Tuesday night.\n\n"
        "He slightly qualified his statement, acknowledging that he “may have had a chat at the "
        "dinner.”\n"
    )
    assert speakers_of(text) == ["Tom Holt"]


def test_a_person_after_a_preposition_doing_something_is_no_rival_of_the_subject():
    text = "Councilor Bea Marsh blamed the fire on Otto Lane sowing “years of neglect.”\n"
    assert speakers_of(text) == ["Bea Marsh"]


def test_a_subject_after_lower_case_role_words_speaks_the_partial_quotation():
    text = "Fellow GOP candidate Bea Marsh blamed the fire on Otto Lane sowing “years of neglect.”\n"
    assert speakers_of(text) == ["Bea Marsh"]


def test_the_opening_subject_speaks_a_partial_past_an_aside_set_off_by_dashes():
    text = (
        "Governor Victor Stramm offered on Thursday to help the talks between the port unions.\n\n"
        "Stramm — on his first visit to the harbor as governor — outlined what he sees as the state's role: "
        "to help “build trust again, rebuild a sense of fairness.”\n"
    )
    assert speakers_of(text) == ["Victor Stramm"]


def test_the_opening_subject_speaks_a_partial_past_two_appositions():
    text = (
        "Recall\n\nSpeaker Hal Ostrom stood by his lawsuit against the governor.\n\n"
        "Even Rep. Mara Quist, D-Ore., one of the most conservative members of the caucus, would not back a "
        "recall, though she did back removing “certain officials in the finance office.”\n"
    )
    assert speakers_of(text) == ["Mara Quist"]
