"""Words a possessed noun of speech names: 'her comments ... that “…”' (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_her_comments_that_quoted_are_hers_not_the_sentences_subjects():
    text = (
        "Gwen Holt testified before a council committee in October.\n\n"
        "A newly formed group called Future Harbor ran its first round of ads using her comments "
        "before a special council committee that “I was responsible for quite a bit” of the policy.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_named_possessors_claim_that_quoted_is_theirs():
    text = (
        "Gwen Holt and Dan Reed debated on Monday.\n\n"
        "Reed attacked Holt's claim that “the harbor is safer than ever” in his closing remarks.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_named_possessors_promise_that_quoted_is_theirs():
    text = (
        "Gwen Holt and Dan Reed debated on Monday.\n\n"
        "Reed mocked Holt's promise that nobody would be “left out in the rain” by the new plan.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_prediction_by_a_titled_person_that_quoted_is_theirs():
    text = (
        "Gwen Holt spoke in Harbor City on Monday.\n\n"
        "She pointed to a prediction by Mayor Dan Reed in Millport today that the vote would "
        "“turn into a circus” by June.\n"
    )
    assert speakers_of(text) == ["Dan Reed"]


def test_a_remark_by_someones_aide_is_not_that_persons():
    text = (
        "Gwen Holt and Dan Reed spoke in Harbor City on Monday.\n\n"
        "Reporters asked about a remark by Holt's aide that the port was “running at full speed.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_statement_a_named_person_issued_that_quoted_is_theirs_beside_another_name():
    text = (
        "The council voted Tuesday to close the Elm Street library.\n\n"
        "After Mayor Tom Greer's meeting with the board, council spokeswoman Dana Whitlock issued a "
        "statement that “everyone wants the branch back as soon as the roof is safe.”\n"
    )
    assert speakers_of(text) == ["Dana Whitlock"]


def test_a_memo_a_named_person_sent_out_that_quoted_is_theirs():
    text = (
        "Mayor Tom Greer met the library board on Monday.\n\n"
        "By Wednesday, Greer's aide Evan Kuro had sent out a brief memo that the branch was "
        "“still the busiest in the city.”\n"
    )
    assert speakers_of(text) == ["Evan Kuro"]


def test_a_claim_with_an_aside_before_its_that_is_the_possessors():
    text = (
        "Mayor Tom Greer and Dana Whitlock spoke on Monday.\n\n"
        "The vote ran counter to Greer's claim, in a post shortly after the election, that "
        "“no library will close while I am mayor.”\n"
    )
    assert speakers_of(text) == ["Tom Greer"]


def test_a_possessors_complaint_with_a_longer_clause_is_still_theirs():
    text = (
        "Council member Dan Reed has often clashed with Mayor Gwen Holt.\n\n"
        "He has dismissed Holt's complaint that the audit of the parks office is a “political attack "
        "on my staff.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_longer_clause_with_a_verb_of_saying_of_its_own_is_left_to_it():
    text = (
        "Council member Dan Reed has often clashed with Mayor Gwen Holt.\n\n"
        "He dismissed Holt's complaint that the auditor had said the office was a “political target.”\n"
    )
    assert speakers_of(text) != ["Gwen Holt"]


def test_a_bodys_claim_that_quoted_is_the_bodys():
    text = (
        "Mayor Gwen Holt spoke on Monday.\n\n"
        "Holt rejected Harbor Bank's claim that the city is “close to default.”\n"
    )
    assert speakers_of(text) == ["Harbor Bank"]


def test_a_pledge_to_build_something_gives_its_owners_words():
    text = (
        "Mayor Quentin Harrow's pledge to build a “tall, handsome fence” along the river worries shippers.\n"
    )
    assert speakers_of(text) == ["Quentin Harrow"]


def test_a_rebuke_in_parentheses_gives_its_owners_words():
    text = (
        "A reporter asked Mayor Quentin Harrow about his record, following up on Ingrid Sato's rebuke "
        "to him (“You have given nothing, to no one”).\n"
    )
    assert speakers_of(text) == ["Ingrid Sato"]


def test_rhetoric_in_parentheses_gives_its_owners_words():
    text = (
        "Real estate heir Morton Gale is known for blunt talk. Gale's rhetoric on housing "
        "(“tear them all down”) draws fierce criticism.\n"
    )
    assert speakers_of(text) == ["Morton Gale"]


def test_his_pledge_after_the_one_reminded_of_it_is_his():
    text = (
        "Ada Holt runs the port. Holt reminded Tom Reyes of his pledge to keep the ferry “running "
        "through every winter.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
