"""Verbs of saying: which verbs introduce a quotation as "said" does ("pointed out", "maintains", "cried",
"began", "is reported as saying", a participle opening a sentence), and when "began" is none.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

import pytest

from tests.core.quotes.speakers import speakers_of


@pytest.mark.parametrize("verb", ["quoted", "cited", "reported"])
def test_a_person_an_agency_quoted_as_saying_after_the_quotation_speaks_it(verb):
    text = (
        "Deputy Trade Minister Ilya Stroganov met the board on Friday.\n\n"
        f"Owen Dale, a trader, was there too. “There were meetings,” Vesti {verb} Mr. Stroganov as "
        "saying.\n"
    )
    assert speakers_of(text) == ["Ilya Stroganov"]


def test_a_person_reported_as_saying_speaks_the_quotation_before():
    text = (
        "Mitchell Kapor, chairman of the foundation, warned of lawsuits. “If totally pushed to the wall "
        "they are going to unleash the lawyers,” Mr Kapor is reported as saying.\n"
    )
    assert speakers_of(text) == ["Mitchell Kapor"]


def test_pointed_out_is_a_verb_of_saying():
    text = (
        "The tax row went on.\n\n"
        "“Still, the mayor has so far declined to release any tax returns,” Dana Holt pointed out "
        "on Monday after the vote in the hall.\n"
    )
    assert speakers_of(text) == ["Dana Holt"]


def test_an_outlet_that_points_out_words_is_their_source():
    text = (
        "The tax row went on.\n\n"
        "But as The Harbor Post pointed out, “Still, the mayor has so far declined to release any "
        "tax returns. They are more detailed than the forms.”\n"
    )
    assert speakers_of(text) == ["the Harbor Post"]


def test_maintains_introduces_the_quotation_after_its_colon():
    text = (
        "The oil firm's tax row went on in Moscow on Monday.\n\n"
        "Larkspur maintains the bill is unfair: “The demand will cause the company to collapse.”\n"
    )
    assert speakers_of(text) == ["Larkspur"]


def test_cried_says_its_quotation_as_said_does():
    text = 'Ada Holt spoke for an hour.\n\n"Do we give up?" Holt asked.\n\n"Nooooo!" the crowd cried out.\n'
    assert speakers_of(text) == ["Ada Holt", "the crowd"]


def test_a_sentence_opened_by_a_participle_of_saying_goes_on_with_the_speaker_before():
    text = (
        "The council approved a new budget on Monday.\n\n"
        "Later in the show, Gwen Holt stated of the budget that the auditor's report “wasn’t good.” "
        "Adding, “Now, like with all council scandals, what they actually do is never that bad.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]


def test_began_after_a_quotation_is_a_verb_of_saying():
    text = (
        "Finance chief Tom Reed made headlines when his memo surfaced on Monday.\n\n"
        "The uproar was loud.\n\n"
        "“After nearly seven years as chief,” he began, “I will be retiring to spend time with my family.”\n"
    )
    assert speakers_of(text) == ["Tom Reed", "Tom Reed"]


def test_began_closing_the_sentence_after_a_quotation_is_a_verb_of_saying():
    text = (
        "Union president Walt Brenner spoke at the hall on Friday.\n\n"
        "“The governor has been boxed in by a hostile legislature,” he began.\n"
    )
    assert speakers_of(text) == ["Walt Brenner"]


def test_began_closing_a_sentence_of_its_own_says_nothing():
    text = (
        "Union president Walt Brenner spoke at the hall on Friday.\n\n"
        "Brenner began. “The governor has been boxed in,” a voter said.\n"
    )
    assert speakers_of(text) == ["a voter"]


def test_began_before_another_verb_is_no_verb_of_saying():
    text = (
        "Senator Tom Reed vowed to stay in the race. He sent out an email as the committee meeting "
        "began vowing to “fight for every vote” in the last primary.\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_asserted_is_a_verb_of_saying():
    text = "“The harbor has never been safer for the island families,” Mara Quill asserted.\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_thanked_someone_for_words_is_a_verb_of_saying():
    text = "Mara Quill thanked the council for “stepping up and acting when the ministry won't.”\n"
    assert speakers_of(text) == ["Mara Quill"]


def test_a_plural_noun_of_saying_does_not_hide_the_speaker_introducing_a_lone_quotation():
    text = (
        "Vera Holt issued a statement on Tuesday.\n\n"
        "Though she called the deal “outrageous,” Holt restricted comments about "
        "the bank to the future.\n\n"
        "“If a bank cannot be managed, it should be broken up.”\n"
    )
    assert speakers_of(text)[-1] == "Vera Holt"


def test_a_participle_after_with_and_a_name_is_that_persons():
    text = (
        "Ruth Calder and Simon Price spoke. Nora Blake and Ann Hale met.\n\n"
        "Both Calder and Price saw the delay as a sign of muddle, with Price noting the folly "
        "of sending “a dozen road crews here, a dozen there” across the county.\n"
    )
    assert speakers_of(text) == ["Simon Price"]


def test_a_participle_after_and_and_a_name_is_that_persons():
    text = (
        "Nora Blake and Ann Hale met on Thursday.\n\n"
        "Both leaders issued a statement, Hale saying she was “quite hopeful” and Blake calling it "
        "a “useful talk with a fair partner.”\n"
    )
    assert speakers_of(text) == ["Nora Blake"]


def test_asked_right_after_a_question_has_its_asker_after_it():
    text = (
        "Anita Dunmore, a former adviser, spoke on Monday.\n\n"
        "If the council is changing the plan — as many residents believe, but Gwen Holt strongly "
        "denies — “why wouldn’t you raise the question?” asked Dunmore, now a partner at a law firm.\n"
    )
    assert speakers_of(text) == ["Anita Dunmore"]


def test_a_plural_noun_of_saying_after_the_and_a_name_is_no_verb():
    text = "Gwen Holt condemned the Harbor attacks, calling them “a crime against every town.”\n"
    assert speakers_of(text) == ["Gwen Holt"]


@pytest.mark.parametrize("date", ["2014", "September 2012"])
def test_a_plural_noun_of_saying_after_a_dated_name_is_no_verb(date):
    text = f"Clara Fenn said of the {date} Varna attacks: “Raiders assume it is open season.”\n"
    assert speakers_of(text) == ["Clara Fenn"]


def test_agrees_after_a_quotation_attributes_it_to_the_name_after_it():
    text = (
        "“We want a quiet street,” said Dana Pruitt, 41.\n\n"
        "“Our ideas of success are different,” agrees Lena Moss, 30, of Harbor City.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt", "Lena Moss"]


def test_agreed_to_is_a_deal_not_speech():
    text = (
        "Gwen Holt said the town would pay nothing. The harbor board agreed to make a one-time "
        "payment of “$5-10 million.”\n"
    )
    assert speakers_of(text) == [None]


def test_a_word_of_saying_after_a_possessive_is_a_noun():
    text = (
        "Gwen Holt, the senator, spoke on Friday.\n\n"
        "She says Dorn’s tweets about the vote are “lies and conspiracy theories.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_plural_word_of_saying_with_no_speaker_does_not_hide_the_subject():
    text = (
        "Gwen Holt, the senator, spoke on Friday.\n\n"
        "She says the early-morning tweets about the vote are “lies and conspiracy theories.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_went_on_to_say_keeps_the_subject():
    text = "Gwen Holt, the mayor, spoke on Friday. Holt went on to say, “We will not back down.”\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_was_quick_to_add_keeps_the_subject():
    text = (
        "Council aide Dan Pfeffer spoke to the paper on Monday.\n\n"
        'Pfeffer was quick to add that "no one has alleged anything that is even close to" a crime.\n'
    )
    assert speakers_of(text) == ["Dan Pfeffer"]


def test_was_careful_to_say_keeps_the_subject():
    text = (
        "Council aide Dan Pfeffer spoke on Monday. Pfeffer was careful to say the plan was “not dead yet.”\n"
    )
    assert speakers_of(text) == ["Dan Pfeffer"]


def test_clarified_that_is_a_verb_of_saying_of_the_main_clause():
    text = (
        "Park row\n\n"
        "When reporter Lola Vance asked Dr. Ike Moss whether the mayor had proposed closing the park, "
        "Mayor Ben Tarr clarified that “it would not be closed for good.”\n"
    )
    assert speakers_of(text) == ["Ben Tarr"]


def test_an_owners_described_plural_is_a_noun_not_a_verb():
    text = (
        "Firing\n\n"
        "President Rex Colby on Monday fired former spy chief Otto Vance, a sharp critic.\n\n"
        "In addition, Vance criticized Colby’s attacks on the inquiry. He added that the president’s "
        "recent attacks were a result of the “growing heat on some of the people around him” "
        "through the probe.\n"
    )
    assert speakers_of(text) == ["Otto Vance"]


def test_words_the_writer_borrows_to_quote_a_person_are_that_persons():
    text = (
        "Senator Ada Ferris won the nomination on Thursday.\n\n"
        "Despite all this, there remained the feeling that “our common ground is bigger than our "
        "quarrels,” to quote candidate Ferris in one of her first appeals to rival supporters.\n"
    )
    assert speakers_of(text) == ["Ada Ferris"]


@pytest.mark.parametrize("borrowed", ["to use an Edwin Marsh phrase", "to borrow a phrase from Edwin Marsh"])
def test_a_phrase_the_writer_borrows_is_the_persons_it_is_borrowed_from(borrowed):
    text = (
        "The new transit plan runs to 600 pages and pleases almost nobody.\n\n"
        f"Will the plan leave the city with “a riddle wrapped in fog,” {borrowed}?\n"
    )
    assert speakers_of(text) == ["Edwin Marsh"]


def test_states_before_to_is_a_plural_noun_not_a_verb_of_saying():
    text = (
        "The old law was struck down because it overrode local rules. It would be “a monumental act of "
        "hypocrisy” for the court to force states to adopt a single rule.\n"
    )
    assert speakers_of(text) == [None]


def test_continues_before_a_quoted_verb_in_ing_is_doing_not_saying():
    text = (
        "If Ostria continues “moving heavy weapons toward the border,” it will face new sanctions, "
        "said Tobias Wren, the deputy foreign minister.\n"
    )
    assert speakers_of(text) == ["Tobias Wren"]


def test_continued_describing_a_noun_is_no_verb_of_saying():
    text = (
        "If Ostria keeps “moving heavy weapons toward the border,” it will experience continued economic "
        "disruption from sanctions, said Tobias Wren, who is the deputy foreign minister.\n"
    )
    assert speakers_of(text) == ["Tobias Wren"]


def test_posted_after_a_writing_is_no_verb_before_the_colon():
    text = (
        "Petra Lindqvist, a retired judge, was more blunt in a tweet posted just after the vote: "
        "“[Mayor] Hollis isn't going to get invited to the harvest fair this year.”\n"
    )
    assert speakers_of(text) == ["Petra Lindqvist"]


def test_a_name_given_in_a_set_off_participle_has_no_speaker():
    text = (
        "Mayor Edwin Calloway joked about the city's old stadium at a dinner in Brenford.\n\n"
        "He mentioned the sights in Brenford, including the old ball park, frequently called "
        "“The House that Garvey Built.”\n"
    )
    assert speakers_of(text) == [None]


def test_called_after_an_apposition_closes_keeps_its_subject():
    text = "It was what Bay Buchanan, treasurer for the insurgent campaign, called “hand-to-hand combat.”\n"
    assert speakers_of(text) == ["Bay Buchanan"]


def test_states_after_from_and_an_adjective_are_places_not_a_verb():
    text = (
        "The budget fight in Carrow began on Tuesday.\n\n"
        "Members from rural states who are facing reelection will “have to make their own choice” on the "
        "vote, said Pell Varga, director of the party's election office.\n"
    )
    assert speakers_of(text) == ["Pell Varga"]
