"""Quotations whose source is he or she, given the person the running text makes clear (session 17).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_inside_a_programme_title_is_no_rival_for_he():
    text = (
        "Some Republicans are endorsing Hillary Clinton. Former Sen. Joe Lieberman did so last week.\n\n"
        "Former Rep. Tom Shays was pro John Kasich while the Ohio governor was in the running, he "
        "said Wednesday on MSNBC’s “Morning Joe.”\n\n"
        "“Hillary is my next choice,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Shays"]


def test_the_subject_of_a_when_clause_is_no_rival_of_the_sentence_subject():
    text = (
        "Tom Reyes has often criticised Sam Pike for his remarks.\n\n"
        "Reyes also did not sound confident when Pike asked whether the party would hold the council.\n\n"
        "“Anything can happen this year,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_person_whose_view_a_sentence_opens_with_to_is_whom_he_means():
    text = (
        "Ada Fisher said Tom Reyes will do well with black voters. “I think he will do great "
        "things,” she said.\n\n"
        "To Florida consultant Wilson, the official party line on Reyes is just plain silly, "
        "especially with Reyes’s weakness among women.\n\n"
        "“This is them trying to whistle past the graveyard,” he said.\n"
    )
    assert speakers_of(text) == ["Ada Fisher", "Wilson"]


def test_a_person_a_sentence_opens_with_for_outranks_a_speaker_further_back():
    text = (
        "Labor Secretary Thomas Perez toured Ohio on Monday, talking about jobs.\n\n"
        "It is awkward to audition for vice president. Just ask former senator Evan Bayh of "
        "Indiana. “Normal rules don't apply,” Bayh said.\n\n"
        "The selection comes down to a candidate's calculations.\n\n"
        "And for Perez and the others whose names are being tossed around, that means it is best "
        "to deflect questions.\n\n"
        "“I leave that to others,” he says during a car ride in Cleveland.\n"
    )
    assert speakers_of(text) == ["Evan Bayh", "Thomas Perez"]


def test_she_after_an_unnamed_source_of_her_gender_is_that_source_not_a_woman_named_before():
    text = (
        "Maria Lopez runs a clinic for families in Fresno.\n\n"
        '"As a child, my mom told me we were citizens," said the woman, who spoke on the condition '
        "of anonymity because she feared for her job.\n\n"
        "Now 46 and living in California, she is terrified of losing her job.\n\n"
        '"And with all the talk about immigration, I\'m even more scared," she said.\n'
    )
    assert speakers_of(text) == ["the woman", "the woman"]


def test_he_opening_the_paragraph_after_an_unnamed_source_of_his_gender_is_that_source():
    text = (
        'My father spent the profit on food. "We live in Satan\'s kingdom," my father often said.\n\n'
        'He also told one of his young friends on a regular basis that "terrorism is the answer." '
        "His friends despised communists.\n"
    )
    assert speakers_of(text) == ["my father", "my father"]


def test_a_role_named_after_an_unnamed_source_leaves_the_next_he_unattributed():
    text = (
        '"We were never asked," a local man said.\n\n'
        "The mayor disagreed with that view on Monday.\n\n"
        '"Everyone was asked," he said.\n'
    )
    assert speakers_of(text)[1] is None


def test_he_went_on_to_call_someone_a_quoted_name_is_his_words():
    text = (
        "Tom Reyes said on Monday that in a race between Ada Holt and Sam Pike, he would back the "
        "former. He went on to call Pike “the worst politician in the county.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_woman_titled_spokesman_is_she_by_her_given_name():
    text = (
        "Bruce Lovell said the group will raise no money for the mayor. Campaign spokesman Hope Hicks "
        'confirmed that the group was created independently. "They are not affiliated with the '
        'campaign," she said.\n'
    )
    assert speakers_of(text) == ["Hope Hicks"]


def test_he_after_a_sentence_whose_subject_is_a_role_one_person_holds_is_that_person():
    text = (
        "Gov. Sam Ortiz spoke first on Sunday.\n\n"
        "“We cannot let fear win,” Tom Reyes said on Saturday, blaming the mayor.\n\n"
        "Speaking to reporters at City Hall on Sunday, the governor framed the shooting as a moment "
        "when the state needed to come together.\n\n"
        "He did not mention the ban. But it was clearly on his mind as he called on residents not to "
        "“give in to fear.”\n"
    )
    assert speakers_of(text) == ["Tom Reyes", "Sam Ortiz"]


def test_a_role_with_words_its_one_holders_role_lacks_leaves_she_to_the_person_just_named():
    text = (
        "Journalist Maria Hinojosa has written about the network before.\n\n"
        "After a host was fired, the network's nightly news anchor Ilia Calderon reacted with a "
        'letter. The Colombian journalist expressed concern about the remarks. "I am worried for my '
        'daughter," she wrote.\n'
    )
    assert speakers_of(text) == ["Ilia Calderon"]


def test_a_shadow_office_is_not_the_office_a_role_subject_names():
    text = (
        "Gordon Brown has issued a rallying cry to supporters.\n\n"
        "Speaking in Gateshead, Mr Brown said the cuts proposed by shadow chancellor Oliver Letwin "
        "were the equivalent of sacking every teacher, he told activists. He said: “Never again.”\n\n"
        "Turning to the economy, the chancellor pledged to continue growth.\n\n"
        "He said Labour was now “the only party trusted with the economy”.\n"
    )
    assert speakers_of(text) == ["Gordon Brown", "Gordon Brown"]


def test_a_quotation_after_indeed_goes_on_in_the_voice_of_the_one_quoted_before():
    text = (
        "Tom Brafman spoke to the judge. He concluded, “There is not a single case like this one.” "
        "Indeed, “We cite in our memo a dozen cases far worse than this.”\n"
    )
    assert speakers_of(text) == ["Tom Brafman", "Tom Brafman"]
