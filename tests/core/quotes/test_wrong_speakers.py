"""Quotations not given to the wrong speaker (issue 11, precision pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_noun_phrase_opening_the_clause_after_said_is_not_an_inverted_speaker():
    text = (
        "Gwen Holt, the mayor, who called the plan “a disaster for every family here,” said "
        "Monday the council would vote again.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_quotation_in_a_clause_opened_by_while_is_that_clauses_speakers():
    text = "While Gwen Holt called the plan “a gift to developers,” Ray Dorn said it would create jobs.\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_place_in_a_title_before_the_name_is_not_the_speaker():
    text = "“She is going to be more aggressive,” said former South Carolina Gov. Jim Hodges, a backer.\n"
    assert speakers_of(text) == ["Jim Hodges"]


def test_a_long_title_before_an_inverted_speaker_is_skipped():
    text = "“It does not mean he was honest,” said United Steelworkers Political Director Tim Waters.\n"
    assert speakers_of(text) == ["Tim Waters"]


def test_a_person_modifying_the_title_of_an_inverted_speaker_is_not_the_speaker():
    text = "Ted Cruz spoke in Iowa.\n\n“Politicians are practical people,” said the senior Cruz adviser.\n"
    assert speakers_of(text) == ["the senior Cruz adviser"]


def test_an_inverted_said_after_a_quotation_in_a_subordinate_clause_still_attributes_it():
    text = (
        "When Gwen Holt said at a rally that she would not run, she “spoke for every teacher in "
        "this city,” said Ray Dorn, a union member.\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_us_state_in_apposition_is_no_person():
    text = (
        "Rep. Tom Cole of Oklahoma, an ally of party leaders, said Thursday that Trump is "
        "“unpredictable and erratic in public.”\n"
    )
    assert speakers_of(text) == ["Tom Cole"]


def test_a_city_and_state_after_of_belong_to_the_person_before_them():
    text = (
        "Stacy Baker of Columbia, South Carolina says she thinks Cruz can win if he keeps "
        "“doing what he is doing every day.”\n"
    )
    assert speakers_of(text) == ["Stacy Baker"]


def test_he_after_x_said_y_did_something_is_x_the_teller():
    text = (
        "“We will not back down,” President Barack Obama said on Monday.\n\n"
        "White House spokesman Josh Earnest said Obama was not targeting anyone in particular.\n\n"
        "“It is not uncommon to hear that kind of talk on cable television,” he said.\n"
    )
    assert speakers_of(text) == ["Barack Obama", "Josh Earnest"]


def test_an_inverted_speaker_is_not_the_subject_of_what_another_said():
    text = (
        "Hillary Clinton held a rally in Ohio.\n\n"
        "The Clinton approach is made possible by money, said Katie Harbath, a Facebook director. "
        "Others are “having to be leaner and deal with a smaller staff,” she said.\n"
    )
    assert speakers_of(text) != ["Hillary Clinton"]


def test_a_surname_far_from_a_relatives_one_full_naming_is_the_person_the_article_is_about():
    text = (
        "Carly Fiorina ran the company for six years.\n\n"
        "Fiorina pushed the merger through. Fiorina met the board every week.\n\n"
        "Flying home one night, she told her husband, Frank Fiorina, that it would be ugly.\n\n"
        "The vote was close.\n\n"
        "The shares fell for a month.\n\n"
        "“The majority of our employees support this merger,” Fiorina told the crowd.\n"
    )
    assert speakers_of(text) == ["Carly Fiorina"]


def test_a_name_after_state_rep_is_a_subject_for_a_later_she():
    text = (
        "Hillary Clinton held a lead. Clinton is strong.\n\n"
        "But state Rep. Gilda Cobb-Hunter, a party official, recalled that Clinton’s lead could erode.\n\n"
        "“The black vote is not a monolith,” she said.\n\n"
        "Her husband, Bill Clinton, was not there.\n"
    )
    assert speakers_of(text) == ["Gilda Cobb-Hunter"]


def test_a_capitalised_word_before_a_given_name_is_no_part_of_the_name():
    text = (
        "Kasich won no states. Even Lindsey Graham said: “I think John Kasich would be the best "
        "nominee, but he has no path.”\n"
    )
    assert speakers_of(text) == ["Lindsey Graham"]


def test_a_given_name_ending_in_ed_is_kept_in_the_name():
    text = "“The economy cannot run yet,” said Mohamed El-Erian, an economic adviser.\n"
    assert speakers_of(text) == ["Mohamed El-Erian"]


def test_a_given_name_before_a_middle_initial_is_no_occupation():
    text = "Rep. Sander M. Levin, a superdelegate, said: “It was a narrow victory for us.”\n"
    assert speakers_of(text) == ["Sander M. Levin"]


def test_an_inverted_his_title_before_a_name_is_the_named_persons():
    text = (
        "Bernie Sanders lost in Arizona.\n\n"
        "“We will chip away at the lead,” added his campaign manager Jeff Weaver, speaking to CNN.\n"
    )
    assert speakers_of(text) == ["Jeff Weaver"]


def test_a_person_after_of_in_an_inverted_title_is_not_the_speaker():
    text = (
        "Chris Christie left the race.\n\n"
        "“It just was never meant to be,” said Monmouth University political scientist Patrick "
        "Murray of Christie, who suspended his campaign.\n"
    )
    assert speakers_of(text) == ["Patrick Murray"]


def test_a_sentence_opening_word_written_lower_case_elsewhere_is_no_given_name():
    text = (
        "Bernie Sanders lost California on Tuesday. Sanders spoke late.\n\n"
        "Will Sanders quit the race? His aides will not say.\n\n"
        "“We will take our fight to Philadelphia in July,” Sanders said.\n"
    )
    assert speakers_of(text) == ["Bernie Sanders"]


def test_like_opening_a_sentence_is_no_part_of_a_name():
    text = (
        "Sen. Bob Corker wrote the bill.\n\nLike Corker, Ben Cardin backed it.\n\n"
        "“We will not touch the deal,” Corker said.\n"
    )
    assert speakers_of(text) == ["Bob Corker"]


def _quotes_without_title_line(text: str) -> list[tuple[int, str | None]]:
    return [(q.paragraph, q.speaker) for q in quotes.extract_quotes(parse_article(text))]


def test_a_title_case_headline_ending_in_a_full_stop_gives_no_quotation():
    text = (
        "Kasich: ‘We Are Going To Go All The Way To Cleveland.’\n\n"
        "Gov. John Kasich said on Tuesday that he would “go all the way to Cleveland” and win there.\n\n"
        "He spoke in Ohio.\n"
    )
    # The headline is the article's title: the body's first paragraph is paragraph 1.
    assert _quotes_without_title_line(text) == [(1, "John Kasich")]


def test_a_body_sentence_repeating_the_headline_keeps_its_quotation():
    text = (
        "Kasich Says He Will ‘Go All The Way To Cleveland.’\n\n"
        "Kasich says he will “go all the way to Cleveland.”\n\n"
        "Gov. John Kasich spoke in Ohio on Tuesday night.\n"
    )
    assert _quotes_without_title_line(text) == [(1, "John Kasich")]


def test_a_short_show_title_after_an_outlets_possessive_is_no_quotation():
    text = "Gwen Holt said she knew nothing of the server on Wednesday’s broadcast of CNN’s “New Day.”\n"
    assert speakers_of(text) == []


def test_a_show_title_after_on_is_no_quotation_even_before_said():
    text = "Asked during an appearance on “CBS This Morning,” Gwen Holt said she had not decided.\n"
    assert speakers_of(text) == []


def test_a_participle_after_with_and_a_name_is_that_persons():
    text = (
        "John Bolton and Sebastian Gorka spoke. Donald Trump and Paul Ryan met.\n\n"
        "Both Bolton and Gorka saw the death as a sign of disarray, with Gorka noting the absurdity "
        "of positioning “a couple of hundred SF guys here, a couple there” around the city.\n"
    )
    assert speakers_of(text) == ["Sebastian Gorka"]


def test_a_participle_after_and_and_a_name_is_that_persons():
    text = (
        "Donald Trump and Paul Ryan met on Thursday.\n\n"
        "Both men issued a statement, Ryan saying he was “very encouraged” and Trump calling it "
        "a “great meeting with a good man.”\n"
    )
    assert speakers_of(text) == ["Donald Trump"]


def test_a_body_word_between_a_given_name_and_a_surname_is_a_middle_name():
    text = "“It is really jarring,” said Kathleen Hall Jamieson, a professor of communication.\n"
    assert speakers_of(text) == ["Kathleen Hall Jamieson"]


def test_a_title_glued_to_a_body_word_before_a_full_name_leaves_the_name():
    text = (
        "Senators spoke on Tuesday.\n\n"
        "“I do not know what it is going to take,” said Senate Minority Whip Dick Durbin (D-Ill.) "
        "in an interview.\n"
    )
    assert speakers_of(text) == ["Dick Durbin"]


def test_a_paragraph_ending_in_a_bodys_name_is_read():
    text = "Workers met at the gates of The Harwick Mill Company\n\n“We will reopen,” said Ann Voss.\n"
    assert speakers_of(text) == ["Ann Voss"]


def test_a_state_abbreviation_before_who_is_no_person():
    text = (
        "“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, "
        "said in an interview.\n"
    )
    assert speakers_of(text) == ["Harry Bond"]


def test_a_given_name_before_a_double_surname_written_alone_elsewhere_stays_in_the_name():
    text = (
        "“That has got to scare a teacher,” union President Lina Ortega Saavedra said.\n\n"
        "Ortega Saavedra said the vote would be close.\n"
    )
    assert speakers_of(text) == ["Lina Ortega Saavedra"]


def test_a_determiner_opening_a_sentence_is_no_source():
    text = "One sign at the rally read, “Buses now.” Another advised, “Ride or walk, but vote.”\n"
    assert speakers_of(text)[1] is None


def test_an_advocate_title_before_a_name_is_no_part_of_it():
    text = "“This is a question of fairness,” said City Public Advocate Trish Pellam.\n"
    assert speakers_of(text) == ["Trish Pellam"]


def test_a_co_host_after_a_programme_name_is_a_role_not_the_speaker():
    text = "“Imagine the buses running on time,” mused Harbor Radio co-host Stu Varnell.\n"
    assert speakers_of(text) == ["Stu Varnell"]


def test_a_name_before_wrote_after_an_outlets_possessive_is_a_person():
    text = "As the Harbor Gazette’s Ishvan Tolarek wrote, “the plan was drafted in a hurry.”\n"
    assert speakers_of(text) == ["Ishvan Tolarek"]


def test_another_before_a_surname_is_no_given_name():
    text = (
        "“Take the lead,” former planning director Ilse-Marie Pellam wrote to the mayor.\n\n"
        "Another Pellam email shows early frustration with the council.\n\n"
        "“The council is setting the agenda,” Pellam wrote in a June email.\n"
    )
    assert speakers_of(text) == ["Ilse-Marie Pellam", "Ilse-Marie Pellam"]


def test_a_word_after_of_the_and_a_nationality_is_no_person():
    text = (
        "As Archbishop Aris Tavitian of the Greek Vicariate of Port Ellis told reporters, "
        "“We have suffered the same fate.” He added, “The council should have been first.”\n"
    )
    assert speakers_of(text) == ["Aris Tavitian", "Aris Tavitian"]


def test_capitalised_words_after_the_opening_with_no_given_name_are_no_person():
    text = (
        "For those of you not yet on the Holt Express, the pundits are wrong.\n\n"
        "Holt told a radio host that Reed “had a crazy policy,” adding, “He lost every vote.”\n"
    )
    assert speakers_of(text) == ["Holt", "Holt"]


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


def test_a_prepositional_phrase_opening_the_sentence_holds_no_subject():
    text = (
        "Gwen Holt spoke on Monday.\n\n"
        "In Harbor City, Holt released a radio ad calling it “a disgrace for the coast.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_possessor_before_the_named_subject_of_a_participle_is_not_its_speaker():
    text = (
        "Gwen Holt ran for mayor.\n\n"
        "In early October, Holt’s state director, Tom Varga, reached out to a firm, writing in "
        "an email: “We want to use this soon.”\n"
    )
    assert speakers_of(text) == ["Tom Varga"]


def test_an_abbreviations_full_stop_does_not_cut_the_clause_before_a_colon():
    text = (
        "Gwen Holt ran for mayor.\n\n"
        "Senate Majority Leader Ray Dorn, R-Ky., delivered a blunt message to Holt: "
        "“It is time to quit attacking people and get on message.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


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


def test_a_name_before_when_closes_the_title_run_after_an_inverted_said():
    text = (
        "Gwen Reed spoke in Harbor City.\n\n"
        "“Anyone who refuses to follow the law puts us at risk,” said Reed constituent Dan Pike "
        "when asked about the plan.\n"
    )
    assert speakers_of(text) == ["Dan Pike"]


def test_a_name_after_like_opening_the_sentence_is_not_the_participles_subject():
    text = (
        "Bob Reed and Ana Menza wrote the bill.\n\n"
        "Like Reed, Menza also rejected the notion that the council could pull away from the bill, "
        "arguing that there is “flexibility for the mayor” in the plan.\n"
    )
    assert speakers_of(text) == ["Ana Menza"]


def test_two_titles_joined_by_and_before_an_inverted_speaker_are_skipped():
    text = (
        "“He is reprising that role,” said former Ohio Gov. and Democratic National Committee "
        "Chairman Ed Rook.\n"
    )
    assert speakers_of(text) == ["Ed Rook"]


def test_a_verb_of_saying_in_an_opening_when_clause_does_not_take_the_main_clauses_quotation():
    text = (
        "Gwen Holt and Ray Dorn debated on Monday.\n\n"
        "When Holt suggested that the port would sue the city for reneging on the deal, Dorn fired "
        "back forcefully: “If they sue us in a court here, they are going to lose.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_quotation_held_by_the_main_clause_after_as_x_puts_it_stays_xs():
    text = (
        "Gwen Holt and Ray Dorn debated on Monday.\n\n"
        "As the Gazette’s Lena Moss puts it, Holt is trying to make the council “an offer they "
        "cannot afford to refuse.”\n"
    )
    assert speakers_of(text) == ["Lena Moss"]


def test_a_person_before_an_unclosed_appositive_role_of_a_body_is_the_speaker():
    text = (
        "Anton Rusk, president and CEO of Harbor Restaurant Association stated, “It is not a "
        "political problem; it is a math problem.”\n"
    )
    assert speakers_of(text) == ["Anton Rusk"]


def test_a_quotation_according_to_a_document_filed_by_a_named_person_is_theirs():
    text = (
        "The charge against Lena Moss was dropped.\n\n"
        "“Although there was probable cause to make an arrest, the evidence cannot prove all required "
        "elements of the crime,” according to a court document filed by state attorney Dana Pruitt.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_nationality_that_is_a_given_name_before_a_surname_makes_a_second_person():
    text = (
        "“We laugh at our troubles,” said German Ortega, one of the stars of the play.\n\n"
        "“This is a social critique,” said Freddy Ortega, German's brother and fellow comedian.\n"
    )
    assert speakers_of(text) == ["German Ortega", "Freddy Ortega"]


def test_a_school_s_name_written_alone_is_no_person():
    text = (
        "Sen. Tom Reed went to the firehouse near Casey Ridge Elementary School, where families gathered.\n\n"
        "In that sense, Casey Ridge wasn’t just a tragedy, but a summons. “This was something different,” "
        "he added.\n"
    )
    assert speakers_of(text) == ["Tom Reed"]


def test_a_clause_opened_by_after_behind_an_opening_phrase_does_not_give_its_subject():
    text = (
        "Dan Axton admires Gwen Holt.\n\n"
        "In June 2009, after Holt suffered a concussion, Axton emailed her, telling her, “you are an "
        "all-star player and we need you for the long run!”\n"
    )
    assert speakers_of(text) == ["Dan Axton"]


def test_a_group_in_an_opening_subordinate_clause_does_not_speak_the_main_clauses_quotation():
    text = (
        "Tessa Lyle spoke first at the rally.\n\n"
        "As the crowd began to chant, Lyle walked back on stage and joked, “Some of you are being "
        "ridiculous,” drawing loud jeers.\n"
    )
    assert speakers_of(text) == ["Tessa Lyle"]


def test_a_role_an_opening_place_phrase_precedes_speaks_its_relative_clause_not_the_place():
    text = (
        "Dan Reed flew south on Wednesday.\n\n"
        "In Mexico City, Reed endured without complaint a lecture from the Mexican president, who said that "
        "the deal has been good for “the town as well as the port” and that jobs rely on it.\n"
    )
    assert speakers_of(text) == ["the Mexican president"]


def test_a_role_in_apposition_to_a_person_before_a_relative_clause_stays_that_persons():
    text = (
        "Gwen Holt has had a frosty relationship with Dan Reed, now the council leader, who in 2010 "
        "said his goal was to make her a “one-term mayor.”\n"
    )
    assert speakers_of(text) == ["Dan Reed"]
