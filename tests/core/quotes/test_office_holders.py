"""Wrong speakers found reading PolNeAR train's wrong quotes and probe texts (issue 11, session 17).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_quotation_in_a_clause_with_its_own_subject_is_not_the_sentence_person_s():
    text = (
        "Ada Holt has repeatedly called for her messages to be made public, even the ones the "
        "ministry now says are “top secret.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_plural_noun_of_saying_after_a_determiner_is_no_clause_of_its_own():
    text = "Ada Holt dismissed the latest claims as “a smear campaign by her rivals.”\n"
    assert speakers_of(text) == ["Ada Holt"]


def test_a_teller_reporting_a_body_s_words_keeps_them():
    text = (
        "Ada Holt met the board on Monday. She said the board now says the plan is "
        "“too costly for the town.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_he_after_an_office_no_one_named_holds_is_unclear():
    text = (
        "Senator Mark Dunn said on Monday: “The plan is sound.”\n\n"
        "The president framed the storm as a test for the nation.\n\n"
        "“We will not give in to fear,” he said.\n"
    )
    assert speakers_of(text) == ["Mark Dunn", None]


def test_he_after_an_office_the_person_before_holds_stays_theirs():
    text = (
        "Senator Mark Dunn said on Monday: “The plan is sound.”\n\n"
        "The senator framed the storm as a test for the nation.\n\n"
        "“We will not give in to fear,” he said.\n"
    )
    assert speakers_of(text) == ["Mark Dunn", "Mark Dunn"]


def test_she_after_a_role_only_another_holds_means_that_holder():
    text = (
        "Actress Ada Holt spoke to the council on Monday about the parks.\n\n"
        "Mayor Ruth Ames then asked the board to vote.\n\n"
        "The actress said she was tired of the status quo.\n\n"
        "“Some people feel the parks will close,” she said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_shadow_office_is_not_the_office():
    text = (
        "Tom Hale attacked shadow chancellor Ann Vale over her plans on Monday.\n\n"
        "The chancellor said: “The cuts would close every clinic in the north.”\n"
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_he_after_the_office_is_not_its_shadow_holder_named_as_a_subject_since():
    text = (
        "Tom Hale spoke to supporters on Monday.\n\n"
        "The chancellor said the cuts proposed by shadow chancellor Tim Vale would hurt schools.\n\n"
        "Turning to the economy, the chancellor pledged to continue growth.\n\n"
        "He said Labour was now “the only party trusted with the economy.”\n"
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_a_former_holder_is_not_the_plain_office():
    text = (
        "Tom Hale met former chancellor Ken Dale on Monday.\n\n"
        "The chancellor said: “The cuts would close every clinic in the north.”\n"
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_a_role_is_not_someone_its_own_sentence_names_after_its_verb():
    text = (
        "Tom Hale vigorously denied the claims.\n\n"
        "Conservative Ann Vale asked Mr Hale whether the figures were changed. But the chancellor "
        "said Ms Vale was “impugning the integrity” of the office.\n"
    )
    assert speakers_of(text) == ["Tom Hale"]


def test_an_office_described_as_no_other_holder_s_may_be_the_person_before():
    text = (
        "Sen. Ann Vale of Ohio spoke on Monday.\n\n"
        "Candidate Tom Hale is choosing not to respond to the attacks.\n\n"
        "Instead, the Vermont senator is sticking to his message.\n\n"
        "“We have come a long way,” he told supporters.\n"
    )
    assert speakers_of(text) == ["Tom Hale"]
