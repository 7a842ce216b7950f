"""Things typed in lower case that a question takes for granted ("Was a knife used?", "what did the
mayor say"): named as missing when the article never uses any of their words, never otherwise."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.absence import lower_case_names, thing_phrases, titled_lower_case_names
from bot.core.ask.engine import answer_question
from bot.core.ask.forms import is_unlisted_word
from bot.core.ask.spellings import conventional_form, lower_case_spelling, other_form
from bot.core.search.index import build_index
from tests.conftest import own_article


@pytest.fixture(scope="module")
def clinic():
    return own_article("ask_clinic_names.txt")


def test_a_yes_no_question_about_a_thing_the_article_never_mentions_names_it(clinic):
    result = answer_question(clinic, "Was an ambulance called to the clinic?")
    assert result.tier == 3
    assert result.missing == ("ambulance",)


def test_the_lower_case_subject_of_a_did_question_is_looked_for_without_its_verb(clinic):
    assert "unison" in thing_phrases("did unison support the nurses")
    result = answer_question(clinic, "did unison support the nurses")
    assert result.missing == ("unison",)


def test_a_speaker_asked_about_with_a_determiner_is_named_when_never_mentioned(clinic):
    result = answer_question(clinic, "what did the mayor say about the clinic")
    assert result.tier == 3
    assert result.missing == ("mayor",)


def test_a_yes_no_question_about_things_the_article_mentions_is_answered(clinic):
    result = answer_question(clinic, "Did the charity drive patients to appointments?")
    assert result.tier == 1
    assert "local charity" in result.answer


def test_an_indefinite_pronoun_is_no_thing_taken_for_granted():
    assert thing_phrases("Did anyone die?") == []
    assert thing_phrases("did somebody call the police") == ["police"]


def test_a_choice_between_two_things_takes_neither_for_granted():
    assert thing_phrases("Is the clinic run by a charity or the health board?") == []


def test_an_acronym_the_article_spells_out_in_lower_case_is_mentioned(clinic):
    # "chief executive officer": not capitalised, still the CEO.
    result = answer_question(clinic, "When did the CEO last visit the clinic?")
    assert result.tier == 1
    assert "since 2021" in result.answer


def test_short_words_with_the_letters_of_an_acronym_do_not_spell_it_out():
    assert lower_case_spelling("the talks ended in recent agreements", "ira") is None
    assert lower_case_spelling("of its gross domestic product", "gdp") == "gross domestic product"


def test_a_lower_case_spelling_starts_at_the_start_of_a_word():
    assert lower_case_spelling("its regross domestic product", "gdp") is None


def test_an_acronyms_spelling_in_a_longer_run_of_capitalised_words_starts_at_a_capitalised_word():
    article = parse_article(
        "Leaders meet\n\nThe Summit of the Group of 20 opens in Osaka on Friday.\n\n"
        "Trade will lead the talks, officials said.\n"
    )
    assert other_form(build_index(article), "G20") == "Group of 20"


@pytest.fixture(scope="module")
def debate():
    return own_article("ask_namesakes.txt")


def test_a_given_name_the_article_never_uses_before_someone_elses_surname_is_someone_else(debate):
    # The article's Keel is Marta Keel: "Tomas Keel" is not mentioned, although "Keel" is.
    result = answer_question(debate, "What did Tomas Keel say about the debate?")
    assert result.tier == 3
    assert result.missing == ("Tomas Keel",)


def test_a_namesake_typed_in_lower_case_is_someone_else_too(debate):
    result = answer_question(debate, "who is tomas keel")
    assert result.missing == ("tomas keel",)


def test_a_typo_in_the_given_name_of_someone_the_article_names_is_no_namesake(debate):
    result = answer_question(debate, "What did Martha Keel say about the harbour budget?")
    assert result.tier != 3


def test_a_rare_given_name_before_a_surname_the_article_has_may_be_a_spelling_of_the_same_person(debate):
    # "Oleksandr" is no common given name: it may be the article's Olek Brandt written in full.
    result = answer_question(debate, "What did Oleksandr Brandt say about schools?")
    assert result.tier != 3


def test_what_a_yes_no_question_ends_on_after_a_preposition_is_looked_for(clinic):
    assert "swimming" in thing_phrases("Did the clinic look at swimming?")
    result = answer_question(clinic, "Did the clinic look at swimming?")
    assert result.tier == 3
    assert result.missing == ("swimming",)


def test_a_given_name_of_the_article_before_a_surname_it_never_uses_is_someone_else(debate):
    # The article's Ruth is Ruth Okonjo: "Ruth Adeyemi" is not mentioned, although "Ruth" is.
    result = answer_question(debate, "What did Ruth Adeyemi say about the debate?")
    assert result.tier == 3
    assert result.missing == ("Ruth Adeyemi",)


def test_a_typo_in_the_surname_of_someone_the_article_names_is_no_namesake(debate):
    result = answer_question(debate, "Who chaired the debate with Ruth Okonja?")
    assert result.tier != 3


def test_a_word_no_word_list_knows_in_a_yes_no_question_is_a_name_in_any_case(clinic):
    assert "aberystwyth" in thing_phrases("did the nurses move to aberystwyth")
    result = answer_question(clinic, "did the nurses move to aberystwyth")
    assert result.tier == 3
    assert result.missing == ("aberystwyth",)


def test_a_place_only_the_headline_names_typed_in_lower_case_is_no_missing_thing(clinic):
    # "Brayford" stands in the headline only.
    result = answer_question(clinic, "is the clinic in brayford")
    assert result.tier != 3


def test_the_subject_of_a_did_question_leaves_out_a_verb_with_its_particle():
    assert "unison" in thing_phrases("did unison shut down the clinic")
    assert "unison shut" not in thing_phrases("did unison shut down the clinic")


def test_the_subject_of_an_is_question_ends_before_its_verb_in_ing(clinic):
    assert "unison" in thing_phrases("is unison planning to close the clinic")
    result = answer_question(clinic, "is unison planning to close the clinic")
    assert result.missing == ("unison",)


GROCER = parse_article(
    "Grocer cuts prices\n\nChief executive Martin Oyelaran said the group would cut prices on 1,500 "
    "products.\n\nShares fell 7% in early trading.\n"
)


@pytest.mark.parametrize("question", ["What did the CEO announce?", "who is the ceo"])
def test_an_abbreviation_the_article_writes_out_is_mentioned(question):
    result = answer_question(GROCER, question)
    assert result.missing == ()
    assert "Chief executive Martin Oyelaran" in (result.answer or result.passage.text)


def test_an_abbreviation_after_the_companys_name_is_the_role_the_article_writes_out():
    # "Who is Harwick's CEO?": the name phrase holds a word the article has, the role is still
    # written "chief executive" there, and the answer is the sentence naming him with it.
    article = parse_article(
        "Harwick to open depot\n\nHarwick Foods will open a depot in Leeds next year.\n\n"
        "The site will employ 400 people, chief executive Martin Oyelaran told staff on Monday.\n\n"
        "Harwick, based in York, sells frozen meals to 900 shops.\n"
    )
    result = answer_question(article, "Who is Harwick's CEO?")
    assert result.tier == 1
    assert "chief executive Martin Oyelaran" in result.answer


def test_an_abbreviation_the_article_never_writes_out_is_missing():
    article = parse_article("Shares fall\n\nShares in the grocer fell 7% in early trading on Monday.\n")
    assert answer_question(article, "What did the CEO say?").missing == ("CEO",)


LEVEE = parse_article(
    "Levee holds\n\nGov. Ines Marwick ordered sandbags for the river towns on Sunday.\n\n"
    "Gen Z volunteers filled them overnight.\n"
)


@pytest.mark.parametrize("question", ["What did the governor order?", "what did the governor do"])
def test_a_role_the_article_writes_only_as_a_title_before_a_name_is_mentioned(question):
    result = answer_question(LEVEE, question)
    assert result.missing == ()
    assert result.answer is not None and "Gov. Ines Marwick ordered sandbags" in result.answer


def test_a_title_abbreviation_before_no_name_stands_for_no_role():
    index = build_index(LEVEE)
    assert conventional_form(index, "governor") == "Gov."
    assert conventional_form(index, "general") is None  # "Gen Z" is a generation, not a general


def test_a_surname_asked_that_is_only_someone_elses_given_name_is_someone_else(debate):
    # The article's Ruth is Ruth Okonjo: "Daniel Ruth" is not mentioned, although "Ruth" is.
    result = answer_question(debate, "What did Daniel Ruth say about the debate?")
    assert result.tier == 3
    assert result.missing == ("Daniel Ruth",)


def test_a_given_name_the_article_has_only_as_a_common_word_does_not_make_a_person_present():
    article = parse_article(
        "Title: Harbour vote\n\nThe council vote marks a turning point for the harbour.\n\n"
        "Councillors approved the new pontoons by nine votes to two.\n"
    )
    result = answer_question(article, "What did Mark Tanner say about the vote?")
    assert result.tier == 3
    assert result.missing == ("Mark Tanner",)


def test_someone_asked_to_have_asked_something_is_named_whole_in_lower_case(debate):
    result = answer_question(debate, "what did lena fairbank ask the candidates")
    assert result.tier == 3
    assert result.missing == ("lena fairbank",)


def test_a_name_typed_in_lower_case_is_not_present_as_a_loose_likeness_of_a_common_word():
    article = parse_article(
        "Title: Harbour gala\n\nThe harbour gala went on beyond midnight on Saturday.\n\n"
        "A brass band played and the mayor gave a short speech.\n"
    )
    result = answer_question(article, "did beyonce sing at the gala")
    assert result.tier == 3
    assert result.missing == ("beyonce",)


@pytest.fixture(scope="module")
def orchard():
    return parse_article(
        "Title: Orchard sale\n\nThe Hale family sold their apple orchard in Maine on Friday after forty "
        "years.\n\nMost of the buyers were Polish and Canadian growers, the auctioneer said.\n\n"
        "Ruth Hale said the family would move to a smaller farm near the coast.\n"
    )


def test_a_place_typed_in_lower_case_that_the_article_never_mentions_is_named(orchard):
    result = answer_question(orchard, "did the family ever live in vermont")
    assert result.tier == 3
    assert result.missing == ("vermont",)


def test_a_person_typed_in_lower_case_that_the_article_never_mentions_is_named_in_any_question(orchard):
    result = answer_question(orchard, "how does ruth hale know putin")
    assert result.tier == 3
    assert result.missing == ("putin",)


def test_a_people_typed_in_lower_case_is_named_though_the_article_has_the_word_after_it(orchard):
    result = answer_question(orchard, "how many belarusian growers bought land")
    assert result.tier == 3
    assert result.missing == ("belarusian",)


def test_a_lower_case_name_the_article_mentions_is_no_missing_thing(orchard):
    result = answer_question(orchard, "where in maine was the orchard")
    assert result.tier != 3
    assert result.missing == ()


def test_a_common_word_of_the_place_lists_typed_in_lower_case_is_no_name(orchard):
    assert lower_case_names("what northern towns did the buyers come from") == []
    assert lower_case_names("did the growers conceptualize a new orchard") == []


def test_someone_asked_to_have_thought_something_is_named_whole_in_lower_case(orchard):
    result = answer_question(orchard, "what did nora quist think of the sale")
    assert result.tier == 3
    assert result.missing == ("nora quist",)


@pytest.fixture(scope="module")
def trial():
    return parse_article(
        "Title: Clinic trial\n\nA medical trial at Harvard found that the new inhaler cut asthma attacks by "
        "a third.\n\nThe city council paid for part of the trial, and Democrats in the state senate want "
        "more money for it.\n\nDr Lena Ortiz said the results were the best the team had seen.\n"
    )


def test_an_organisation_whose_only_word_in_the_article_is_a_common_one_is_named_missing(trial):
    result = answer_question(trial, "What does the American Medical Association think of the trial?")
    assert result.tier == 3
    assert result.missing == ("American Medical Association",)


def test_an_organisation_is_mentioned_by_a_word_of_its_own_written_as_a_name(trial):
    result = answer_question(trial, "What did Harvard University find?")
    assert result.missing == ()


def test_an_organisation_is_mentioned_by_its_head_word(trial):
    result = answer_question(trial, "What did the City Council pay for?")
    assert result.missing == ()


def test_a_rare_word_in_a_question_typed_all_in_lower_case_is_a_name(orchard):
    result = answer_question(orchard, "how does ruth hale know merkel")
    assert result.tier == 3
    assert result.missing == ("merkel",)


def test_a_frequent_word_no_dictionary_lists_is_a_name_in_lower_case(orchard):
    result = answer_question(orchard, "has ruth hale ever met obama")
    assert result.tier == 3
    assert result.missing == ("obama",)


def test_a_rare_word_in_a_question_that_capitalises_is_no_name(orchard):
    assert lower_case_names("How was the sale conceptualized?") == []
    assert "conceptualized" in lower_case_names("how was the sale conceptualized")


def test_function_words_are_no_unlisted_names():
    assert not is_unlisted_word("upon")
    assert not is_unlisted_word("whats")
    assert is_unlisted_word("obama")


def test_a_surname_is_no_compound_the_article_writes_apart():
    # "Whitehouse" is not the article's "White House"; its Sheldon is Sheldon Marsh.
    article = parse_article(
        "Title: Donors\n\nThe White House said on Monday that donors gave more than ever.\n\n"
        '"We gave what we could," said Sheldon Marsh, a retired banker.\n'
    )
    result = answer_question(article, "How much did Sheldon Whitehouse give?")
    assert result.tier == 3
    assert result.missing == ("Sheldon Whitehouse",)


PARTY = (
    "Title: Party rules\n\nThe Democratic National Committee met on Friday to change its rules.\n\n"
    "The Security Council of the party's youth wing backed the plan.\n"
)


def test_an_organisation_whose_head_only_another_organisation_has_is_named_missing():
    result = answer_question(parse_article(PARTY), "What did the Republican National Committee say?")
    assert result.tier == 3
    assert result.missing == ("Republican National Committee",)


def test_an_organisation_the_article_names_in_full_is_there():
    assert answer_question(parse_article(PARTY), "What did the Security Council back?").tier != 3


def test_an_organisation_the_article_calls_by_its_head_in_lower_case_may_be_there():
    article = parse_article(
        PARTY
        + "\nA spokesman said the committee would meet again in May. Republican members were not there.\n"
    )
    assert answer_question(article, "What did the Republican National Committee say?").tier != 3


def test_a_head_in_lower_case_does_not_speak_for_a_name_with_a_word_the_article_never_uses():
    # "the committee" is the Democratic one: the article never says "Republican" in any form.
    article = parse_article(PARTY + "\nA spokesman said the committee would meet again in May.\n")
    result = answer_question(article, "What did the Republican National Committee say?")
    assert result.missing == ("Republican National Committee",)


def test_a_british_spelling_typed_in_lower_case_is_no_name_to_declare_missing():
    # "equalise" is in no American-leaning word list, but it is a word, not someone never mentioned.
    match = parse_article(
        "Rovers reach the final\n\n"
        "Bramley Rovers beat Eastport 2-1 on Saturday to reach the county cup final.\n\n"
        "Eastport led at the break, but Rovers levelled through a free kick from Jordan Fee.\n\n"
        "Kelvin Okafor headed the winner two minutes from time."
    )
    result = answer_question(match, "how did rovers equalise")
    assert result.tier != 3 and "equalise" not in result.missing


# A one-line text naming neither a city's sheriff nor the city.
_INDICTMENT = parse_article(
    "(CNN)A grand jury in Clark County has indicted a man over a shooting. Police said the man fired six "
    "shots. His lawyer said he would plead not guilty.",
    "indictment",
)


def test_the_one_asked_to_have_spoken_is_named_with_the_noun_the_missing_name_qualifies():
    result = answer_question(_INDICTMENT, "What did the Las Vegas sheriff say?")
    assert result.tier == 3
    assert result.missing == ("Las Vegas sheriff",)


def test_a_noun_the_article_has_is_left_out_of_the_missing_name():
    assert answer_question(_INDICTMENT, "What did the Las Vegas police say?").missing == ("Las Vegas",)


def test_an_office_capitalised_as_a_title_after_the_is_looked_for_too():
    assert "pope" in thing_phrases("What did the Pope say about the image?")
    article = parse_article(
        "Image on a hillside\n\nA landslide left a shape in the rock that believers say is a face. Police "
        "were called to control the crowds who came to see it on Saturday.\n"
    )
    result = answer_question(article, "What did the Pope say about the image?")
    assert result.tier == 3
    assert result.missing == ("Pope",)  # as typed: a title standing alone is a name


def test_an_office_the_article_names_by_its_title_is_not_missing():
    article = parse_article(
        "Papal visit\n\nPope Francis blessed the crowd in the square and spoke about the image on the wall.\n"
    )
    assert answer_question(article, "What did the Pope say about the image?").missing == ()


def test_what_a_there_question_says_is_there_is_looked_for():
    assert thing_phrases("Are there penguins at Blood Falls?") == ["penguins"]
    assert not any("still" in phrase for phrase in thing_phrases("Are there still Britons at the camp?"))
    article = parse_article(
        "Red glacier\n\nScientists took samples of the red brine that flows from under a glacier in "
        "Antarctica, where the ice is two million years old.\n"
    )
    result = answer_question(article, "Are there penguins at the glacier?")
    assert result.tier == 3
    assert result.missing == ("penguins",)


def test_a_there_question_about_what_is_going_to_be_looks_for_the_thing_not_the_lead_in():
    assert thing_phrases("Is there going to be a strike?") == ["strike"]
    assert thing_phrases("Is there likely to be a recount?") == ["recount"]


def test_a_title_word_opening_a_name_is_not_lowered_as_an_office():
    assert thing_phrases("What did the General Motors spokesman say?") == []
    assert thing_phrases("What did the Prime Minister say?") == ["prime minister"]


def test_a_bare_noun_before_a_passive_participle_is_looked_for(clinic):
    assert "cocaine" in thing_phrases("Was cocaine found in the car?")
    result = answer_question(clinic, "Was cocaine found in the clinic?")
    assert result.tier == 3
    assert result.missing == ("cocaine",)


def test_the_body_after_a_possessor_asked_to_have_said_something_is_looked_for(clinic):
    assert "union" in thing_phrases("What did the Marshes' union say about the clinic?")
    result = answer_question(clinic, "What did the Marshes' union say about the clinic?")
    assert result.tier == 3
    assert result.missing == ("union",)


def test_a_body_after_a_possessor_that_the_article_has_is_not_missing(clinic):
    result = answer_question(clinic, "What did the clinic's health board say?")
    assert result.tier != 3


def test_a_title_the_article_has_before_a_lower_case_name_it_lacks_is_missing():
    article = parse_article(
        "Title: Pope signs decree\n\nPope Clement on Thursday signed a decree on abuse reporting.\n\n"
        "The decree takes effect in June, the Vatican said.\n"
    )
    result = answer_question(article, "did pope benedict sign the decree?")
    assert result.tier == 3
    assert result.missing == ("pope benedict",)


def test_a_verb_after_a_title_with_a_determiner_is_no_name(clinic):
    assert titled_lower_case_names("did the sister close the clinic", {"close"}) == []


def test_after_did_a_given_name_and_a_common_word_are_a_subject_and_its_verb():
    article = parse_article(
        "Title: Harbour gala\n\nThe harbour gala went on beyond midnight on Saturday.\n\n"
        "A brass band played and the mayor gave a short speech.\n"
    )
    assert answer_question(article, "did nate perform at the gala").missing == ("nate",)
    assert answer_question(article, "did nate fairbank perform at the gala").missing == ("nate fairbank",)
