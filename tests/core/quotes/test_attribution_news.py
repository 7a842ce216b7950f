"""Attribution through roles, titles and pronouns in US news writing (issue 11, third pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


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


def test_a_surname_that_is_a_role_word_still_names_its_person():
    text = (
        "Paul Bishop, a former party chairman, ran for governor in 2004.\n\n"
        "Bishop, a doctor by training, mocked the plan on Tuesday, tweeting, “Notice the cost.”\n"
    )
    assert speakers_of(text) == ["Paul Bishop"]


def test_a_role_word_surname_opening_a_sentence_as_an_adjective_is_no_mention():
    text = (
        "Ann King chairs the port board.\n\n"
        "Rita Vance, the harbour master, spoke on Monday. King tides flooded the docks.\n\n"
        "“It will be a long summer,” she said.\n"
    )
    assert speakers_of(text) == ["Rita Vance"]


def test_a_role_with_an_of_phrase_refers_back_to_the_person_just_named():
    text = (
        "Rita Vance spoke in Dayton on Monday.\n\n"
        "“We will win this state,” the former secretary of state said.\n"
    )
    assert speakers_of(text) == ["Rita Vance"]


def test_a_descriptive_noun_phrase_with_an_age_refers_back_to_the_person_of_its_gender():
    text = (
        "Tom Reyes questioned the plan. Ivy Marsh, the mayor's eldest daughter, defended it, and when "
        "pressed, the 34-year-old mother of three replied, “It is meant to help mothers.”\n"
    )
    assert speakers_of(text) == ["Ivy Marsh"]


def test_a_reference_noun_with_plain_modifiers_refers_back():
    text = (
        "Victor Hale held a rally in Tampa.\n\n"
        "“The polls are rigged,” the real estate mogul told supporters.\n"
    )
    assert speakers_of(text) == ["Victor Hale"]


def test_he_after_a_paragraph_naming_one_man_as_object_is_that_man():
    text = "Police arrested Victor Lund, 41, on Tuesday.\n\n“I did nothing wrong,” he said.\n"
    assert speakers_of(text) == ["Victor Lund"]


def test_he_after_a_paragraph_naming_two_men_as_objects_stays_unattributed():
    text = "Police arrested Victor Lund and Sam Ortiz on Tuesday.\n\n“I did nothing wrong,” he said.\n"
    assert speakers_of(text) == [None]


def test_a_name_joined_by_and_to_an_object_is_an_object_too():
    text = (
        "Lou Marsh, the sheriff, spoke on Monday. Police arrested Victor Lund and Sam Ortiz on Tuesday.\n\n"
        "“We had no choice,” he said.\n"
    )
    assert speakers_of(text) == ["Lou Marsh"]


def test_said_a_name_then_a_role_then_a_name_is_the_second_persons():
    text = "Vera Holt toured Toledo on Monday.\n\n“We are confident,” said Holt spokeswoman Tessa Lyle.\n"
    assert speakers_of(text) == ["Tessa Lyle"]


def test_he_added_after_a_new_subject_is_named_carries_on_the_new_subject():
    text = (
        "“We will build it,” Cal Dunmore said at the rally.\n\n"
        "Gil Parr, his running mate, echoed the point. “It will be built,” he added.\n"
    )
    assert speakers_of(text) == ["Cal Dunmore", "Gil Parr"]


def test_he_added_after_a_new_subject_is_named_in_the_quotations_paragraph_carries_on_the_new_subject():
    # British copy runs several of its paragraphs into one: the new subject follows the quotation there.
    text = (
        "“We will build it,” Cal Dunmore said at the rally. Gil Parr, his running mate, echoed "
        "the point. “It will be built on time,” he added.\n"
    )
    assert speakers_of(text) == ["Cal Dunmore", "Gil Parr"]


def test_he_added_with_no_one_named_since_carries_on_the_speaker_just_quoted():
    text = (
        "Gil Parr spoke first.\n\n“We will win it,” Cal Dunmore said at the rally.\n\n"
        "“It will be paid for,” he added.\n"
    )
    assert speakers_of(text) == ["Cal Dunmore", "Cal Dunmore"]


def test_a_paragraph_naming_a_voice_and_ending_in_a_colon_introduces_the_next_quotation():
    text = "Maria Lopez, 34, a teacher from Phoenix:\n\n“I am voting for the first time this year.”\n"
    assert speakers_of(text) == ["Maria Lopez"]


def test_a_relative_clause_after_a_name_speaks_for_that_name():
    text = (
        "Cal Dunmore spoke on Monday.\n\n"
        "The remark drew criticism from Paul Ryde, who called it “completely unacceptable.”\n"
    )
    assert speakers_of(text) == ["Paul Ryde"]


def test_a_relative_clause_after_a_quotation_is_not_its_attribution():
    text = (
        "Cal Dunmore spoke on Monday.\n\n"
        "His claim that the vote was “totally rigged tonight” drew criticism from Paul Ryde, who "
        "called it “completely unacceptable.”\n"
    )
    assert speakers_of(text)[0] is None


def test_paragraphs_naming_no_one_do_not_count_against_the_pronoun_look_back():
    text = (
        "Vera Holt grew up in a mill town.\n\n"
        "Her father worked the night shift for thirty years.\n\n"
        "The town lost its mill in 1982, and most families left.\n\n"
        "Those years shaped her politics, friends say.\n\n"
        "“I saw what happens when a town loses its work,” she said in an interview.\n"
    )
    assert speakers_of(text) == ["Vera Holt"]


def test_the_object_of_called_is_no_rival_subject_for_a_later_reference():
    text = (
        "Vera Holt spoke in Tampa. Dunmore, 70, said he would win.\n\n"
        "Holt, in her speech, called Dunmore “a man with no plan for anything.”\n\n"
        "“We fight on,” the Democratic nominee told a crowd of 5,000.\n"
    )
    assert speakers_of(text)[-1] == "Vera Holt"


def test_according_to_a_statement_from_a_person_is_that_persons():
    text = (
        "Cal Dunmore, the nominee, spoke on Monday.\n\n"
        "“The campaign stands by every word,” according to a statement from Dunmore.\n"
    )
    assert speakers_of(text) == ["Cal Dunmore"]


def test_a_statement_from_a_person_reads_that_persons_words():
    text = (
        "Cal Dunmore, the nominee, spoke on Monday.\n\n"
        "The statement from Dunmore read: “We reject these lies entirely.”\n"
    )
    assert speakers_of(text) == ["Cal Dunmore"]


def test_an_ap_style_party_and_state_after_a_name_is_no_person():
    text = "Rep. Joe Crane, R-Texas, said the bill was “dead on arrival.”\n"
    assert speakers_of(text) == ["Joe Crane"]


def test_a_word_of_a_quoted_show_title_is_no_person():
    text = (
        'In an interview on CBS\'s "Meet the Nation," House Speaker Paul Ryde (R-Wis.) said the talks '
        "were over.\n\n"
        'On "Meet the Nation," Sen. Ida Crane (Vt.), who lost to Holt, named jobs as one of the reasons '
        "to vote. "
        '"The young are sick and tired of waiting for work."\n'
    )
    quotes_ = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    assert [q.speaker for q in quotes_ if q.text.startswith("The young")] == ["Ida Crane"]


def test_a_paragraph_of_one_speakers_quotes_ending_on_her_hands_her_the_next_lone_quotation():
    text = (
        "“We will fight for the plant,” Vera Holt said. Holt later toured the plant with workers.\n\n"
        "“Jobs come first, and they always will.”\n"
    )
    assert speakers_of(text) == ["Vera Holt", "Vera Holt"]


def test_a_plural_noun_of_saying_does_not_hide_the_speaker_introducing_a_lone_quotation():
    text = (
        "Vera Holt issued a statement on Tuesday.\n\n"
        "Though she called the deal “outrageous,” Holt restricted comments about "
        "the bank to the future.\n\n"
        "“If a bank cannot be managed, it should be broken up.”\n"
    )
    assert speakers_of(text)[-1] == "Vera Holt"


def test_a_persons_clause_ending_in_as_before_a_quotation_is_their_characterisation():
    text = (
        "Harold Reed, the minority leader, spoke on Monday.\n\n"
        "In recent weeks, Reed has gone after Dunmore as a “leech who will bleed the country dry.”\n"
    )
    assert speakers_of(text) == ["Harold Reed"]


def test_a_passive_clause_ending_in_as_is_not_its_subjects_characterisation():
    text = (
        "Harold Reed, the minority leader, spoke on Monday.\n\n"
        "Reed was cast by critics as “a leech who will bleed the country dry.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_person_reporting_what_another_person_said_is_given_the_quotation():
    text = (
        "Cal Dunmore and Vera Holt met in Ohio.\n\n"
        "Dunmore said at a rally that Holt once described the pact as “the gold standard” of trade deals.\n"
    )
    assert speakers_of(text) == ["Cal Dunmore"]


def test_an_organisation_reporting_what_a_person_urged_leaves_the_quotation_to_the_person():
    text = (
        "Foreign Minister Qin Gang met the envoy on Monday.\n\n"
        "China said Qin had urged Washington to “stop interfering in our internal affairs.”\n"
    )
    assert speakers_of(text) == ["Qin Gang"]


def test_two_people_reporting_together_do_not_take_the_quotation():
    text = (
        "Paul Cassell and Brad Edwards sued Alan Dershowitz.\n\n"
        "Cassell and Edwards said Dershowitz defamed them when he accused them of “deliberate "
        "misconduct and unethical behavior.”\n"
    )
    assert speakers_of(text) != ["Brad Edwards"]
