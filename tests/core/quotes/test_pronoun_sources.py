"""Quotations whose source is he or she, given the person the running text makes clear.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_opening_a_paragraph_means_the_one_person_a_short_paragraph_before_names():
    text = (
        "Ministers were forthright. Nicolas Sarkozy of France said they were worried. “We are concerned "
        "about these developments,” he said. The comments come a day after Treasury Secretary John Snow "
        "said a strong dollar was “in America's interest”.\n\n"
        "But that was not enough for Mr Sarkozy.\n\n"
        "“If the Americans were to change their policy, it's up to them to say so,” he said.\n"
    )
    assert speakers_of(text) == ["Nicolas Sarkozy", "John Snow", "Nicolas Sarkozy"]


def test_he_opening_a_paragraph_goes_on_past_a_short_one_that_is_about_him_already():
    text = (
        "Trump never mentioned Clinton. “We will win so much,” Trump said.\n\n"
        "He nodded only obliquely to his finish in Iowa behind Ted Cruz.\n\n"
        "“You know, we learned a lot about ground games in one week,” he said.\n"
    )
    assert speakers_of(text) == ["Trump", "Trump"]


def test_he_and_his_outvote_a_rare_given_name_listed_as_a_womans():
    text = (
        "All Blacks captain Tama Umaga has warned the Lions will be his most fearsome opponents yet.\n\n"
        "But Umaga, in England for Saturday's match, also backed New Zealand to win the series. He told "
        "BBC Sport: “It's potentially the most fearsome line-up I've ever come up against.”\n"
    )
    assert speakers_of(text) == ["Tama Umaga"]


def test_a_name_after_a_bodys_owner_after_an_inverted_verb_of_saying_is_its_subject():
    text = (
        "Debates are not likely to alter the campaign, noted NBC's Dante Chinni.\n\n"
        "“Remember debates happen late in the campaign,” he wrote.\n"
    )
    assert speakers_of(text) == ["Dante Chinni"]


def test_she_after_a_chairman_whose_given_name_tells_no_gender_is_that_person():
    text = (
        "The federation opposes giving support officers the power to detain suspects.\n\n"
        "Police Federation chairman Jan Berry said civilian officers should act as “eyes and ears” for "
        "the police.\n\n"
        "“They should not be placed in potentially confrontational situations,” she said.\n"
    )
    assert speakers_of(text) == ["Jan Berry", "Jan Berry"]


def test_a_titled_name_set_off_after_an_office_is_the_person_not_the_places_role():
    text = (
        "The Bishop of Durham, the Rev Tom Wright, described the novel as a “great thriller”. “The "
        "evidence for Jesus and the origins of Christianity is astonishingly good,” he said.\n"
    )
    assert speakers_of(text)[-1] == "Tom Wright"


def test_a_lone_surname_opening_a_sentence_is_the_he_who_speaks_in_the_next():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "Fenn openly admitted that his vote was about money, looking to the prize in May. "
        "“With an eye to May, the blue one,” he said.\n\n"
        "Hale defied the question, and did not make a choice. “With certainty, I will predict "
        "the winner,” he said.\n"
    )
    assert speakers_of(text) == ["Fenn", "Hale"]


def test_a_plural_noun_opening_a_sentence_before_a_he_who_speaks_is_no_person():
    text = (
        "The council met on Monday to vote on the harbor plan.\n\n"
        "Statistics showed that few of the boats had paid their fees. “It is not aimed at any "
        "one group,” he said.\n"
    )
    assert speakers_of(text) == [None]


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


def test_he_said_in_a_new_paragraph_opened_by_other_men_is_not_the_man_quoted_before():
    text = (
        "“A lot of people had a favourite candidate,” said Dave Kern, a vice chairman of the party.\n\n"
        "Tom Reyes still has fences to mend, especially as he takes on state leaders. Brian Pike, the "
        "chairman of the county party, said Reyes hurt his cause by taking on the state’s GOP Sen. "
        "Kelly Ayotte, who is running for re-election. “I don’t think it’s cut well for him,” he said.\n"
    )
    assert speakers_of(text) == ["Dave Kern", None]  # Reyes or Pike: unclear, never Kern


def test_a_name_set_off_by_dashes_after_a_description_is_the_subject_he_means():
    text = (
        "The panel included commentator Ben Carter and commentator Marc Lamont Hill.\n\n"
        "“I'll be honest with you,” Carter told the rapper.\n\n"
        "But the third panelist -- Hill -- quickly jumped in.\n\n"
        "“He would not be on the show if a woman had not said the word on a tape,” he said.\n"
    )
    assert speakers_of(text) == ["Ben Carter", "Marc Lamont Hill"]


def test_the_subject_of_a_clause_fronted_before_the_subject_is_no_rival_for_he():
    text = (
        "Ben Carter and Marc Hill sat on the panel on Monday.\n\n"
        "When Carter finished his answer, Hill said the rapper was right.\n\n"
        "“He earned his place on the show,” he said.\n"
    )
    assert speakers_of(text) == ["Marc Hill"]


def test_a_name_after_or_behind_an_object_is_no_rival_of_he():
    text = (
        "Dan Holt gave the mayor some credit on Monday, but he suggested the mayor is no Tom Reyes "
        "or Sam Ortiz.\n\n"
        "“We don't always elect a Reyes every four years, but we hope for one,” he said.\n"
    )
    assert speakers_of(text) == ["Dan Holt"]
