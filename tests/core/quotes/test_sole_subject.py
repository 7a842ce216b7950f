"""With no verb of saying, the one person a quotation's sentence names before it, as the subject of
a verb, speaks it (issue 11, session 6). One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_subject_issuing_a_statement_speaks_the_quotation_after_it():
    text = (
        "The ferry sank on Monday.\n\n"
        "Immediately after the sinking, Tom Reed issued a statement, “Last night, our town lost a ferry "
        "and five friends.”\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_the_subject_of_a_demand_speaks_its_partial_quotation():
    text = (
        "Tom Reed spoke at the pier.\n\n"
        "Dana Pruitt used the question to demand that richer towns "
        "“pay their fair share into the ferry fund.”\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_two_people_named_in_the_sentence_leave_the_quotation_unattributed():
    text = (
        "The ferry sank on Monday.\n\n"
        "Immediately after the sinking, Tom Reed met Dana Pruitt at the pier, “a place of grief and anger.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_person_named_as_an_object_does_not_speak_the_quotation():
    text = (
        "The campaign met in May.\n\n"
        "The choice was between going after Tom Reed as “uniquely unacceptable and unfit” or waiting.\n"
    )
    assert speakers_of(text) == [None]


def test_a_verb_whose_subject_is_no_one_found_leaves_the_sole_person_speaking():
    text = (
        "Tom Reed was asked which town was the most dangerous.\n\n"
        "Tom Reed joked that the pier was his pick, but went on to say, "
        "“Some corners of the county do worry me.”\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_role_words_before_the_name_are_its_title():
    text = (
        "The ferry sank on Monday.\n\n"
        "Republican presidential candidate Tom Reed quickly took to Twitter, writing: "
        "“Another horrific sinking, this time in Harbor Bay.”\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_a_who_clause_after_the_name_is_passed():
    text = (
        "Dana Pruitt spoke first.\n\n"
        "Tom Reed, who signed the ferry laws as mayor, interjected to say: "
        "“They have both been inconsistent on this.”\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_a_name_after_an_indefinite_article_is_a_modifier_not_the_speaker():
    text = (
        "Dan Reed lost the ferry vote.\n\n"
        "Four hours earlier, a Reed campaign memo was released stating that the loss was "
        "“long anticipated by the whole team.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_person_the_subject_characterises_does_not_hide_the_subject():
    text = (
        "Tom Reed and Ann Pike say Dan Holt has not been tested.\n\n"
        "Speaking to Harbor Radio on Monday in Port Ellis, which hosts the debate, Tom Reed referred "
        "to Dan Holt as “a bright, charismatic leader.”\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_a_quotation_after_a_sentence_naming_one_person_as_subject_is_theirs():
    text = (
        "Sen. Bernie Sanders (Vt.) identified young voters as a reason for hope. "
        "“The younger people are sick and tired of discrimination.”\n"
    )
    assert speakers_of(text) == ["Bernie Sanders"]


def test_a_title_in_quotes_and_a_person_as_object_do_not_stop_the_sole_subject_rule():
    text = (
        "Ann Vale, the nominee, spoke.\n\n"
        "On “Face the Nation,” Sen. Bernie Sanders (Vt.), who lost the primaries to Vale, named young "
        "voters as a reason for hope. “The younger people are sick and tired of discrimination.”\n"
    )
    assert speakers_of(text)[-1] == "Bernie Sanders"
