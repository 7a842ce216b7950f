"""Attribution patterns of US political news met on unseen articles (issue 11, second pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def test_a_party_label_between_name_and_verb_keeps_the_speaker():
    text = "“The audit is overdue,” Sen. Ada Brill (D-Ore.) said on Tuesday.\n"
    assert speakers_of(text) == ["Ada Brill"]


def test_a_party_label_makes_a_lone_surname_a_person():
    text = (
        "Sens. Tom Pike (R-Kan.) and Lou Marsh (D-Ohio) pressed the bank.\n\n"
        "“Why is nobody fired?” Marsh demanded.\n"
    )
    assert speakers_of(text) == ["Lou Marsh"]


def test_a_state_label_after_a_name_is_no_obstacle_to_a_relative_clause():
    text = "Sen. Ida Crane (Vt.), who chairs the panel, said the plan was “dead on arrival.”\n"
    assert speakers_of(text) == ["Ida Crane"]


def test_an_object_pronoun_does_not_give_the_subject_its_gender():
    text = (
        "Dr. Sam Ortiz defended the pills on his show.\n\n"
        "Sen. Jo Dunne scolded him: “The evidence is against you,” she said.\n"
    )
    assert speakers_of(text) == ["Jo Dunne"]


def test_a_pronoun_inside_a_quotation_does_not_give_the_speaker_its_gender():
    text = (
        "Lee Hart, a surgeon, spoke first.\n\n"
        "Pat Quill said of the governor: “She has failed this state.”\n\n"
        "“We will see,” he said.\n"
    )
    assert speakers_of(text) == ["Pat Quill", "Pat Quill"]


def _people(text: str) -> dict[str, str | None]:
    article = parse_article("Title: T\n\n" + text)
    return {p.name: p.gender for p in quotes._analyse(article).registry.persons}


def test_an_age_in_an_appositive_makes_a_full_name_a_person():
    text = "The shooting killed Omar Dale Fenn, a 41-year-old, near his home.\n"
    assert "Omar Dale Fenn" in _people(text)


def test_an_appositive_noun_only_a_person_takes_makes_a_full_name_a_person():
    text = "Rita Vance, her Green rival, toured the port on Friday.\n"
    assert "Rita Vance" in _people(text)


def test_her_as_an_object_gives_no_gender():
    text = "Arvo Brill, a senator, spoke. Arvo Brill met the mayor and told her to leave.\n"
    assert _people(text)["Arvo Brill"] is None


def test_a_stray_pronoun_does_not_undo_a_persons_clear_gender():
    sentences = " ".join(["Kim Dorsey said she would win."] * 4 + ["Kim Dorsey attacked his record."])
    assert _people("Kim Dorsey, a senator, spoke. " + sentences + "\n")["Kim Dorsey"] == "f"


def test_a_place_word_before_a_full_name_is_not_part_of_it():
    text = (
        "Judges crowned former Miss Universe Alicia Ramos in 1996. Miss Universe Alicia Ramos said "
        "she was proud. Alicia Ramos, a singer, later moved to Florida. Miss Universe is a pageant.\n"
    )
    assert [name for name in _people(text) if "Ramos" in name] == ["Alicia Ramos"]


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


def test_a_later_she_means_whom_the_sentences_opening_she_means():
    text = (
        "Gwen Holt, the senator, spoke on Friday.\n\n"
        "She says the tweets accusing Ann Reyes, a singer, of fraud are “lies.”\n\n"
        "She tweeted: “This is dangerous for a president.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]


def test_a_womans_given_name_outweighs_pronouns_meaning_her_rival():
    text = (
        "Hillary Dorn, the nominee, spoke in Ohio. Dorn says he never paid his taxes.\n\n"
        "She says the plan is “a rigged system.”\n"
    )
    assert speakers_of(text) == ["Hillary Dorn"]


def test_a_given_name_on_both_lists_tells_no_gender():
    from bot.core.quotes.givennames import given_name_gender

    assert (given_name_gender("Hillary"), given_name_gender("Donald"), given_name_gender("Jordan")) == (
        "f",
        "m",
        None,
    )


def test_ms_picks_the_woman_of_a_shared_surname_by_her_given_name():
    text = "Gwen Holt, a lawyer, and Tom Holt, a builder, run the firm.\n\n“We will appeal,” Ms. Holt said.\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_mr_is_unclear_when_a_relative_named_by_one_word_may_share_the_surname():
    text = (
        "Peter Wells, a cyclist, died in the crash. His widow, Joanna Wells, 52, wept.\n\n"
        "Peter Wells's brother Tom, 49, spoke outside.\n\n"
        "“Eight seconds is all it takes,” said Mr Wells.\n"
    )
    assert speakers_of(text) == [None]


def test_a_common_given_name_makes_a_full_name_a_person():
    text = (
        "During the town hall, Tina Marwick had a question for the president.\n\n"
        "“My son gave his life,” she said.\n"
    )
    assert speakers_of(text) == ["Tina Marwick"]


def test_a_city_that_is_also_a_given_name_makes_no_person():
    text = "The Charlotte Observer reported the story on Friday.\n"
    assert _people(text) == {}


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.kind) for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_a_stray_opening_mark_ending_a_paragraph_does_not_make_it_a_caption():
    text = (
        "Gwen Holt, the mayor, spoke on Friday.\n\n"
        "“We will not back down,” Holt said. “\n\n"
        "The council meets on Monday.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_the_possessor_before_an_inverted_speaker_is_not_the_speaker():
    text = "Gwen Holt, the mayor, spoke.\n\n“We expect a vote soon,” said Holt’s chief of staff, Ray Dorn.\n"
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_possessors_unnamed_aide_is_no_quote_of_the_possessor():
    text = "Gwen Holt, the mayor, spoke.\n\n“We expect a vote soon,” said Holt’s chief of staff.\n"
    assert speakers_of(text) != ["Gwen Holt"]


def test_role_words_before_a_name_after_a_quotation_keep_the_speaker_despite_a_long_tail():
    text = (
        "“We are winning,” campaign manager Ravi Molina told reporters on the bus after the rally "
        "in Ohio on Tuesday night.\n"
    )
    assert speakers_of(text) == ["Ravi Molina"]


def test_a_quotation_after_a_sentence_naming_one_person_as_subject_is_theirs():
    text = (
        "Sen. Bernie Sanders (Vt.) identified young voters as a reason for hope. "
        "“The younger people are sick and tired of discrimination.”\n"
    )
    assert speakers_of(text) == ["Bernie Sanders"]


def test_according_to_an_unnamed_source_labels_the_source():
    assert _quotes("“The talks failed,” according to a senior official.\n") == [
        ("a senior official", "unnamed")
    ]


def test_quoted_x_as_saying_is_xs_quotation():
    text = "The Times quoted Gwen Holt, the mayor, as saying, “We will not back down.”\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_went_on_to_say_keeps_the_subject():
    text = "Gwen Holt, the mayor, spoke on Friday. Holt went on to say, “We will not back down.”\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_subject_separated_from_its_verb_by_a_clause_holding_a_quotation_speaks_both():
    text = (
        "Gwen Holt, the mayor, spoke on Friday.\n\n"
        "Ms. Holt, noting that “the budget is tight,” added: “We will cut nothing.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]


def test_a_letter_reading_words_is_their_source():
    assert _quotes("“We support our neighbourhood schools,” the letter reads.\n") == [
        ("the letter", "unnamed")
    ]


def test_the_role_said_right_after_a_quotation_holds_despite_a_long_tail():
    text = (
        "Mayor Bill Rourke spoke at the scene.\n\n"
        "“We do not see a link to terrorism,” the mayor said, adding that it would take “more hours” "
        "before details emerge.\n"
    )
    assert speakers_of(text)[0] == "Bill Rourke"


def test_a_sentence_after_a_quotation_that_starts_with_the_is_not_its_attribution():
    text = "Gwen Holt, the mayor, said: “We will find them.” The search continued overnight.\n"
    assert speakers_of(text) == ["Gwen Holt"]


def test_what_it_called_is_the_words_of_the_organisation_opening_the_sentence():
    text = (
        "The Security Council on Friday pledged sanctions against what it called “a clear threat to "
        "international peace.”\n"
    )
    assert _quotes(text) == [("the Security Council", "organisation")]


def test_it_opening_a_sentence_is_the_organisation_opening_the_sentence_before():
    text = (
        "Gwen Holt’s campaign is defending her remarks. It is denouncing what it calls “the biggest "
        "coordinated attack in history.”\n"
    )
    assert _quotes(text) == [("Gwen Holt’s campaign", "organisation")]


def test_it_after_a_body_named_past_its_owner_is_that_body_not_the_owner():
    text = (
        "Two sprinters missed their tests. Athletics' ruling body the IAAF said their excuses were "
        "“unacceptable”. It added that both had been “provisionally suspended pending a hearing”.\n"
    )
    assert ("the IAAF", "organisation") in _quotes(text)
    assert ("Athletics", "organisation") not in _quotes(text)


def test_a_headline_word_before_a_surname_makes_no_second_person():
    text = (
        "Senators Ask Moderator To Fact Check Trump\n\n"
        "Donald Trump, the nominee, spoke on Friday. Reporters check the facts.\n"
    )
    assert [name for name in _people(text) if "Trump" in name] == ["Donald Trump"]


def test_a_shared_surname_far_from_the_relatives_full_name_is_the_main_person():
    text = (
        "Hillary Vance, the nominee, spoke in Ohio. Hillary Vance said the race was close.\n\n"
        "Hillary Vance, the senator, toured a plant. Critics raised Bill Vance on Monday.\n\n"
        "The polls tightened.\n\nThe debate is on Monday.\n\nTickets sold out.\n\n"
        "“We will win this,” Vance said.\n"
    )
    assert speakers_of(text) == ["Hillary Vance"]


def test_the_role_with_its_modifier_picks_one_of_two_holders():
    text = (
        "Dan Pruitt, the Republican nominee, and Ann Vale, the Democratic nominee, met on Monday.\n\n"
        "The Republican nominee said, “We will build the bridge.”\n"
    )
    assert speakers_of(text) == ["Dan Pruitt"]


def test_often_between_a_source_and_its_verb_keeps_the_source():
    assert _quotes("“We live in a dangerous world,” my father often said.\n") == [("my father", "unnamed")]


def test_a_possessor_in_a_reported_clause_does_not_rival_the_sentences_subject():
    text = (
        "Ivana Trump, the nominee’s daughter, spoke on Monday.\n\n"
        "Economist Aparna Mathur, who studies tax policy, said Ivana Trump’s statement did not "
        "clarify the matter.\n\n"
        "“I don't see details about who is left out,” she said.\n"
    )
    assert speakers_of(text) == ["Aparna Mathur"]


def test_a_title_in_quotes_and_a_person_as_object_do_not_stop_the_sole_subject_rule():
    text = (
        "Ann Vale, the nominee, spoke.\n\n"
        "On “Face the Nation,” Sen. Bernie Sanders (Vt.), who lost the primaries to Vale, named young "
        "voters as a reason for hope. “The younger people are sick and tired of discrimination.”\n"
    )
    assert speakers_of(text)[-1] == "Bernie Sanders"
