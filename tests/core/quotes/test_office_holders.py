"""An office ("the chancellor", "the minister", "the Florida senator") refers back to the one person who holds
it, never to a shadow or former holder, nor to someone its own sentence names after its verb.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_prime_minister_is_not_the_last_subject_when_he_holds_another_office():
    text = (
        "London mayor Mr Hollis says he is standing by his remarks about a reporter.\n\n"
        "Mr Hollis has said his comments were not meant to offend, and said he would not apologise "
        "even if Mr Dent asked. Later the prime minister said: “A lot of us get angry with "
        "journalists, but he should apologise to this one.”\n"
    )
    assert speakers_of(text) == [None]


def test_the_minister_may_still_be_the_secretary_named_before():
    text = (
        "Home Secretary Tom Reyes visited the harbour on Monday.\n\n"
        "Later the minister said: “The harbour will reopen in the spring.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


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


def test_a_name_after_or_behind_an_object_is_no_subject_a_role_may_mean():
    text = (
        "Dan Holt has led the council's minority since 2019.\n\n"
        "Still, Holt would not say whether he would prefer that voters face Tom Reyes or Councilman "
        "Sam Ortiz. The minority leader said flatly: “I don't think it matters.”\n"
    )
    assert speakers_of(text) == ["Dan Holt"]


def test_a_place_in_a_role_no_holder_has_may_mean_someone_given_no_role():
    text = (
        "Sen. Tom Kettle of Vermont spoke first. Carlos Vidal raised farm subsidies during a "
        "stop with Sen. Joan Frisk, R-Iowa.\n\n"
        "The Florida senator told reporters he is confident about his bid, and “we'll know a lot "
        "more by next week.”\n"
    )
    assert speakers_of(text) == ["Carlos Vidal"]


def test_a_former_holder_is_not_the_one_holding_the_office():
    text = (
        "President Sam Ortiz spoke in Queens on Sunday.\n\n"
        "Bill Dorn got in on the game, bashing Ada Holt at a rally in Brooklyn. “She is running "
        "harder against me than against anyone,” the former president said.\n"
    )
    assert speakers_of(text) == ["Bill Dorn"]


def test_the_senator_is_the_one_titled_sen_not_a_later_subject():
    text = (
        "Sen. Ada Brill of Oregon met union leaders on Monday. Later, Rep. Tom Kettle of Ohio "
        "spoke to the press.\n\n"
        "“We are not done yet,” the senator said.\n"
    )
    assert speakers_of(text) == ["Ada Brill"]


def test_of_two_senators_the_senator_is_the_latest_one_named():
    text = (
        "Sen. Ada Brill and Sen. Lou Marsh split on the bill. Marsh voted for it on Monday, and "
        "Rep. Tom Kettle praised him.\n\n"
        "“It was the right call,” the senator told reporters.\n"
    )
    assert speakers_of(text) == ["Lou Marsh"]


def test_the_governor_is_not_a_congressman_named_since():
    text = (
        "Gov. Rita Vance signed the order. Rep. Tom Kettle criticised it within the hour.\n\n"
        "“We had no choice,” the governor said.\n"
    )
    assert speakers_of(text) == ["Rita Vance"]


def test_the_role_with_its_modifier_picks_one_of_two_holders():
    text = (
        "Dan Pruitt, the Republican nominee, and Ann Vale, the Democratic nominee, met on Monday.\n\n"
        "The Republican nominee said, “We will build the bridge.”\n"
    )
    assert speakers_of(text) == ["Dan Pruitt"]


def test_a_capitalised_office_alone_is_no_person_named_by_its_last_word():
    text = (
        "Ministers failed to agree a budget after a long night of talks.\n\n"
        "“We will not be rushed into a bad deal,” the Deputy Chief Whip said.\n"
    )
    # No holder named: the office speaks as an unnamed source under its whole title, no person "Whip".
    assert speakers_of(text) == ["the Deputy Chief Whip"]


def test_a_capitalised_office_speaks_for_the_holder_the_article_names():
    text = (
        "Ann Kerr, the Deputy Chief Whip, spent the night courting rebel backbenchers.\n\n"
        "Ministers failed to agree a budget after a long night of talks.\n\n"
        "“We will not be rushed into a bad deal,” the Deputy Chief Whip said.\n"
    )
    assert speakers_of(text) == ["Ann Kerr"]


def test_the_governor_is_not_the_lieutenant_governor_named_last():
    text = (
        "Governor Ada Lowe called for a vote on the port bill.\n\n"
        "The bill could pass because Lieutenant Governor Amy Petrakis could break a tie.\n\n"
        "“The port cannot wait another year,” the governor said.\n"
    )
    assert speakers_of(text) == ["Ada Lowe"]


def test_the_attorney_is_not_the_attorney_general():
    text = (
        "Attorney General Sam Ortega stepped aside from the port inquiry on Monday.\n\n"
        "“He never should have taken the job,” the attorney said.\n"
    )
    assert speakers_of(text) == [None]


def test_the_unidentified_neighbor_is_not_the_neighbor_named_before():
    text = (
        "Evan Moss, a neighbor, said the family kept to itself.\n\n"
        "A resident of the block told reporters she heard shots at dawn. "
        "“I opened the window and saw him run,” the unidentified neighbor said.\n"
    )
    assert "Evan Moss" not in speakers_of(text)
    assert set(kinds_of(text).values()) == {"unnamed"}


def test_the_neighbor_may_still_be_the_neighbor_named_before():
    text = (
        "Evan Moss, a neighbor, said the family kept to itself.\n\n"
        "“I opened the window and saw him run,” the neighbor said.\n"
    )
    assert speakers_of(text) == ["Evan Moss"]


def test_the_ally_named_after_someone_is_not_that_person():
    text = (
        "Council leader Harold Finch has told colleagues he may step down.\n\n"
        "“Finch is not hiding that it is hard for him,” said the Finch ally.\n"
    )
    assert speakers_of(text) == [None]
