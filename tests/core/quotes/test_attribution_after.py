"""`“…,” X said <a long tail>`: the name right after a quotation speaks, whatever follows the verb
(issue 11, session 5). One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_name_heading_the_role_words_after_a_quotation_is_no_speaker():
    text = (
        "Ann Holt runs the ferry company.\n\n"
        "“They are not terminable at will,” Holt spokesperson Ron Lyle told the Harbor Journal in July, "
        "after Dan Reed stated an interest in ending the contracts.\n"
    )
    assert speakers_of(text) == ["Ron Lyle"]


def test_an_abbreviated_title_after_a_quotation_opens_the_speakers_name():
    text = (
        "Marco Holt, a senator, spoke at the debate.\n\n"
        "“It reminds us how important this vote is,” Sen. Marco Holt said Saturday night at the "
        "debate, which was held at the ferry terminal.\n"
    )
    assert speakers_of(text) == ["Marco Holt"]


def test_a_naval_commanders_abbreviated_rank_opens_the_speakers_name():
    text = (
        "The order lifts the cap on retired pilots.\n\n"
        "“We expect the secretary to delegate the authority,” Navy Cdr. Gary Rosso, a ministry "
        "spokesman, said in a statement.\n"
    )
    assert speakers_of(text) == ["Gary Rosso"]


def test_a_dash_aside_after_a_where_said_tail_leaves_the_name_before_it_the_speaker():
    text = (
        "The minister met officials in Dorval on Friday.\n\n"
        "“We want the people to make that determination” about Mr. Varga’s fate, Mr. Tellmann said on "
        "the harbor channel’s “Morning Tide” — a line often used by his predecessor.\n"
    )
    assert speakers_of(text) == ["Tellmann"]


def test_an_outlets_acronym_after_a_quotation_speaks_it():
    text = (
        "The senator lost every committee seat on Saturday.\n\n"
        "“The campaign ran eight delegates and lost every one,” CNN said. “It picked one supporter.”\n"
    )
    assert speakers_of(text) == ["CNN", "CNN"]


def test_a_title_after_a_channels_possessive_is_no_quotation():
    text = (
        "Sunday on the harbor channel’s “Morning Tide Report,” Rep. Dan Reed said the ferry fares "
        "were too high.\n"
    )
    assert speakers_of(text) == []


def test_a_verb_in_ed_closing_the_attribution_after_a_quotation_is_how_the_name_spoke():
    text = "Sean Holt hosts the harbor show.\n\n“Would the fares be negotiable?” Holt pressed.\n"
    assert speakers_of(text) == ["Sean Holt"]


def test_an_inverted_verb_in_ed_before_a_name_after_a_quotation_is_its_attribution():
    text = (
        "Roy Verley worked at the ferry company for years.\n\n"
        '"An awful lot of analysts said no," remembered Roy Verley, the former spokesman.\n'
    )
    assert speakers_of(text) == ["Roy Verley"]


def test_went_on_after_a_name_after_a_quotation_is_its_attribution():
    text = (
        "Tom Holt spoke to Ann Reed about the fares.\n\n"
        "“You know, it happens, right?” Holt went on, as if he did not hear her.\n"
    )
    assert speakers_of(text) == ["Tom Holt"]


def test_a_delegate_named_after_a_quotation_is_its_speaker():
    text = (
        "“We have had better conventions,” Ohio delegate Bill Eastman, wearing a cowboy hat, said "
        "matter-of-factly as confetti fluttered down around him.\n"
    )
    assert speakers_of(text) == ["Bill Eastman"]


def test_a_long_tail_after_a_comma_closing_the_attribution_of_a_question_is_no_obstacle():
    text = (
        "Ann Holt was asked about the ferry fares on Monday.\n\n"
        "“Will anybody pay that much, right?” Holt remarked, alluding to the fares of the summer "
        "crossings that the harbor board doubled without a vote last year.\n"
    )
    assert speakers_of(text) == ["Ann Holt"]


def test_a_one_word_name_after_a_quotation_ending_in_an_exclamation_mark_is_the_speaker():
    text = (
        "“I voted again and again to mend the sea wall,” Gwen Holt said.\n\n"
        "“We are sick of being told it is a waste of money, it’s insulting!” Marsh said.\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Marsh"]


def test_a_name_and_told_opening_the_sentence_after_a_question_attribute_it_despite_a_long_tail():
    text = (
        "Ray Dorn criticised Gwen Holt in parliament over her plan for the harbor.\n\n"
        "“It seems we will never see eye to eye, who can say?” Holt told the Harbor Radio station "
        "in a talk broadcast on Monday when asked how the two would work together if she won the vote.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_firm_and_a_role_before_a_name_after_the_quotation():
    text = (
        "“The leases cannot be ended on a whim,” Holt spokesperson Ron Lessing told the Harbor Journal.\n\n"
        "“We expect freight prices to fall sharply,” BrightWater Capital fund manager Delia "
        "Frost said at a trade forum in Leeds last week.\n"
    )
    assert speakers_of(text) == ["Ron Lessing", "Delia Frost"]


def test_role_words_before_a_name_after_a_quotation_keep_the_speaker_despite_a_long_tail():
    text = (
        "“We are winning,” campaign manager Ravi Molina told reporters on the bus after the rally "
        "in Ohio on Tuesday night.\n"
    )
    assert speakers_of(text) == ["Ravi Molina"]


def test_role_words_and_an_abbreviated_title_before_a_name_after_a_quotation_keep_the_speaker():
    text = (
        "“I am very concerned,” Peter Hollis, assistant inspector general, testified before the council.\n\n"
        "“This is truly a broken agency,” committee Chairman Rep. Dana Morrow, R-Vale., said, adding that "
        "the employee problems have become “intolerable.”\n"
    )
    assert speakers_of(text) == ["Peter Hollis", "Dana Morrow", "Dana Morrow"]


def test_the_role_said_right_after_a_quotation_holds_despite_a_long_tail():
    text = (
        "Principal Grace Okoro met parents on Monday.\n\n"
        "“The roof will be fixed before term starts,” the principal said, adding that the gym would stay "
        "shut “for a few weeks” while builders checked the beams.\n"
    )
    assert speakers_of(text)[0] == "Grace Okoro"


def test_a_sentence_after_a_quotation_that_starts_with_the_is_not_its_attribution():
    text = "Gwen Holt, the mayor, said: “We will find them.” The search continued overnight.\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_judges_finding_that_quotes_the_ruling_is_hers():
    text = (
        "Judge Nadia Strom ruled against the port authority on Friday.\n\n"
        "She found that the authority “has not met its burden of showing the dredging was lawful.”\n"
    )
    assert speakers_of(text) == ["Nadia Strom"]


def test_a_judge_ruling_that_quotes_the_ruling_is_hers():
    text = "Judge Nadia Strom ruled that the authority “has not met its burden” under the law.\n"
    assert speakers_of(text) == ["Nadia Strom"]


def test_crediting_someone_for_understanding_quoted_words_is_the_crediters():
    text = (
        "Mayor Elena Varga spent Tuesday defending her plan.\n\n"
        "Councilman Otto Brasch credits Varga for finally understanding that “the docks have been "
        "rotting for twenty years.”\n"
    )
    assert speakers_of(text) == ["Otto Brasch"]


def test_a_quotation_named_as_a_saying_after_a_copula_is_no_ones():
    text = (
        "A survey by analyst Elena Sadovskaya found that attitudes reflect fears of the neighbour. "
        "“In 2030, we will all wake up speaking Chinese,” is one common saying here.\n"
    )
    assert speakers_of(text) == [None]


def test_a_quotation_before_a_copula_and_a_verb_of_saying_is_the_sayers():
    text = "Franklin Dorn spoke in Ohio on Monday. “The storm of unbelief and anger” is coming, he said.\n"
    assert speakers_of(text) == ["Franklin Dorn"]


def test_a_moderator_asking_a_question_after_it_is_its_asker():
    text = (
        "Senator Owen Tasker says the party has not been fair to him.\n\n"
        "“Do you think this process has been fair to you?” moderator Rhea Dunmore asked the Vermont "
        "senator in an interview aired Sunday.\n"
    )
    assert speakers_of(text) == ["Rhea Dunmore"]


def test_a_named_asker_after_a_question_with_a_long_tail_is_its_asker():
    text = (
        "Senator Owen Tasker says the party has not been fair to him.\n\n"
        "“Do you plan to quit?” Rhea Dunmore asked the senator in an interview aired on the harbor "
        "channel Sunday.\n"
    )
    assert speakers_of(text) == ["Rhea Dunmore"]


def test_a_name_whose_apposition_lacks_its_closing_comma_speaks():
    text = (
        "The council split over the tram plan.\n\n"
        "“Talks continue with both towns,” Ana Ruiz, the council's deputy chief for transport said in "
        "a statement Sunday.\n"
    )
    assert speakers_of(text) == ["Ana Ruiz"]


def test_an_attribution_closing_the_sentence_tells_its_earlier_partial_quotation_too():
    text = (
        "Mayor Ivo Brandt was answering a speech by council leader Rolf Dahl.\n\n"
        "Brandt has turned city hall “into a noisy marketplace” and is making the council “a den of "
        "favors,” Dahl added.\n"
    )
    assert speakers_of(text) == ["Rolf Dahl", "Rolf Dahl"]


def test_what_someone_implied_others_did_is_the_implier_s_quotation():
    text = (
        "The market burned on Friday.\n\n"
        "Bishop Anton Reel strongly implied that the rioters who attacked the market did so because "
        "they “grew up without any hope of work.”\n"
    )
    assert speakers_of(text) == ["Anton Reel"]


def test_a_person_who_then_said_inside_what_a_paper_notes_speaks():
    text = (
        "Senator Dana Whitcomb faced a loud crowd in Ellery on Friday, according to the Ellery Bee.\n\n"
        "The Bee notes that she then said, “Well, it is a nice thought.”\n"
    )
    assert speakers_of(text) == ["Dana Whitcomb"]


def test_the_news_reports_that_someone_describes_are_a_noun_not_a_source():
    text = (
        "Mr. Halvorsen, a researcher at the Nordby Institute, studied the coverage last year.\n\n"
        "Mr. Halvorsen said the news reports “were greatly exaggerated and not based in facts.”\n"
    )
    assert speakers_of(text) == ["Halvorsen"]


def test_an_outlet_named_news_still_reports():
    text = "Harbor News reports that “two of the men came to the attention of the police last summer.”\n"
    assert speakers_of(text) == ["Harbor News"]


def test_a_chant_is_no_ones_quotation():
    text = (
        "Governor Ada Breck spoke at the rally on Friday.\n\n"
        "She denounced the mayor, which prompted chants of “send them home” from the crowd.\n"
    )
    assert speakers_of(text) == [None]


def test_a_chant_named_after_its_words_is_no_ones_quotation():
    text = (
        "Governor Ada Breck spoke at the rally on Friday.\n\n"
        "In response to “send them home” chants from the crowd, Breck left her prepared remarks.\n"
    )
    assert speakers_of(text) == [None]


def test_a_chant_named_before_its_words_is_no_ones_quotation():
    text = (
        "Governor Ada Breck spoke at the rally on Friday.\n\n"
        "Boos rained down when Breck spoke, and the crowd reprised the chant “Send them home! Go home!”\n"
    )
    assert speakers_of(text) == [None]


def test_a_group_responding_with_chants_chants_them():
    text = "The rally ran late.\n\nHarbor supporters responded with chants of “keep the ferry running.”\n"
    assert speakers_of(text) == ["Harbor supporters"]


def test_a_name_after_roles_joined_by_and_with_a_party_label_speaks():
    text = (
        "The race tightened on Monday.\n\n"
        "“We will win this seat,” said Denver lawyer and Democratic activist Jay Pelling.\n"
    )
    assert speakers_of(text) == ["Jay Pelling"]


def test_a_name_after_joined_roles_the_first_with_a_noun_saying_what_kind_speaks():
    text = (
        "The levy vote is in November.\n\n"
        "“This levy has cost the county thousands of jobs,” said labor economist and Elmstead College "
        "Professor Nadia Pruitt, who taught at Dunmore Tech when the levy first passed.\n"
    )
    assert speakers_of(text) == ["Nadia Pruitt"]


def test_a_name_after_joined_roles_opening_on_a_capitalised_word_and_a_kind_speaks():
    text = (
        "The levy vote is in November.\n\n"
        "“This levy has cost the county thousands of jobs,” said IT labor expert and Elmstead College "
        "Professor Nadia Pruitt.\n"
    )
    assert speakers_of(text) == ["Nadia Pruitt"]


def test_a_name_after_joined_roles_with_a_place_and_a_title_speaks():
    text = (
        "Delegates argued for hours on Tuesday.\n\n"
        "“Members are waiting for someone new,” said former party chairman and Fenmore Governor Lena Marsh.\n"
    )
    assert speakers_of(text) == ["Lena Marsh"]


def test_a_name_after_joined_roles_one_modified_by_another_name_speaks():
    text = (
        "Delegates argued for hours on Tuesday.\n\n"
        "“This is not a campaign falling apart,” said Fenmore Republican consultant and Okafor supporter "
        "Dirk Halvey.\n"
    )
    assert speakers_of(text) == ["Dirk Halvey"]


def test_a_places_possessive_before_a_participle_is_no_speaker():
    text = (
        "The talks resumed on Monday.\n\n"
        "Minister Ada Marrow said that the North's announced pause on missile tests was “a very "
        "significant step for the whole region.”\n"
    )
    assert speakers_of(text) == ["Ada Marrow"]


def test_an_inverted_verb_with_its_particle_speaks_for_the_name_after_it():
    text = "The council met.\n\n“That plan has been tried twice,” chimed in Leo Vance.\n"
    assert speakers_of(text) == ["Leo Vance"]


def test_years_of_service_among_joined_roles_leave_the_name_speaking():
    says = "says 23-year firefighter and Milton resident Jeff Walz.\n"
    text = "Crews worked all night.\n\n“It’s very frustrating,” " + says
    assert speakers_of(text) == ["Jeff Walz"]


def test_a_name_closing_the_sentence_with_no_verb_speaks():
    text = (
        "Crews worked all night.\n\n"
        "“The people voted for an outsider,” county spokeswoman Sara Lindqvist. "
        "“Nobody else would have won.”\n"
    )
    assert speakers_of(text) == ["Sara Lindqvist", "Sara Lindqvist"]


def test_a_name_opening_a_clause_after_the_quotation_is_no_label():
    text = (
        "The report was released.\n\n"
        "“Saying that the plan had worked,” Holt “thus confirmed a decision made months earlier,” "
        "the passage continued.\n"
    )
    assert "Holt" not in speakers_of(text)


def test_blurted_out_is_a_verb_of_saying():
    text = "The call went on.\n\n“Ah, get lost,” one person on the line blurted out.\n"
    assert speakers_of(text) == ["one person on the line"]


def test_a_person_of_a_saints_town_and_its_state_speaks():
    said = "“The legislature has the most to blame,” Barney Coulter of St. Augustine, Fla., said.\n"
    text = "The vote was close.\n\n" + said
    assert speakers_of(text) == ["Barney Coulter"]


def test_a_name_and_where_its_words_were_given_with_no_verb_after_a_quotation_speaks():
    text = (
        "The governors' association celebrated its wins on Tuesday night.\n\n"
        "“Governor Walker is a doer,” RGA Chairman Chris Hale in a statement about the Varnland "
        "governor.\n"
    )
    assert speakers_of(text) == ["Chris Hale"]


def test_a_titled_name_and_said_opening_the_sentence_after_a_question_attribute_it_despite_a_long_tail():
    text = (
        "Marta Fennick, the former mayor of Ostwick, published her memoir on Tuesday.\n\n"
        "At a signing, Mrs. Fennick recalled refusing a request from her own party to attack a rival, Dora "
        "Pell, as the party's campaign team had asked her.\n\n"
        "“I said, ‘Why would I attack her? For running?’” Mrs. Fennick said she told the campaign team when "
        "it made the request of her.\n"
    )
    assert speakers_of(text) == ["Marta Fennick"]


def test_a_titled_shared_surname_after_a_question_with_a_long_tail_is_still_its_attribution():
    text = (
        "Hillary Clinton and Bill Clinton arrived in Ostwick on Monday.\n\n"
        "“What difference does it make?” Mrs. Clinton told lawmakers when pressed about whether the assault "
        "was planned or spontaneous.\n"
    )
    assert speakers_of(text) == ["Hillary Clinton"]


def test_an_adverb_in_ly_between_the_name_and_its_verb_after_a_quotation_keeps_the_attribution():
    text = (
        "Broadcaster Colin Haverty appeared on a morning show to criticize the mayor's budget speech.\n\n"
        "Huh? “These people reach for every possible excuse to cut the library budget.” Haverty calmly "
        "explained.\n"
    )
    assert speakers_of(text) == ["Colin Haverty"]


def test_a_name_after_two_long_joined_roles_one_naming_an_outlet_speaks():
    text = (
        "Governor Alma Vance has faced a run of bad news this month.\n\n"
        "“Vance is much luckier than her predecessor,” said longtime Harbor Weekly political correspondent "
        "and former Dorne speechwriter Oren Falk.\n"
    )
    assert speakers_of(text) == ["Oren Falk"]


def test_a_bodys_name_set_off_after_its_description_speaks():
    text = (
        "Voters in Corvel rejected the casino measure on Tuesday. Several trade groups had opposed it.\n\n"
        "“The voters of Corvel have rejected a badly drafted measure,” said one of those trade groups, The "
        "Harbor Gaming Council.\n"
    )
    assert speakers_of(text) == ["the Harbor Gaming Council"]
