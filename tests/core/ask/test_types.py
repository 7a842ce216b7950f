"""`ask` answer types: ages by a name, amounts with their currency, "since YEAR", counts in words,
measurements with their unit, and reasons that are not the question said again."""

from __future__ import annotations

import pytest

from bot.core import constants
from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import (
    AGE,
    COUNT,
    DURATION_WORD,
    HOW_MANY,
    MEASURE,
    MONEY,
    ORIGIN,
    WHEN,
    WHY,
    answer_type_score,
    asks_how_long,
    classify,
)
from tests.conftest import own_article


@pytest.fixture(scope="module")
def feud():
    return own_article("search_shed_feud.txt")


@pytest.fixture(scope="module")
def strike():
    return own_article("search_grain_strike.txt")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How old was the pensioner?", AGE),
        ("At what age did she retire?", AGE),
        ("How tall is the shed?", MEASURE),
        ("How far is the port?", MEASURE),
        ("How low is the reservoir?", MEASURE),
        ("How cold was the winter?", MEASURE),
        ("What bail was set?", HOW_MANY),
        ("What was the vote?", HOW_MANY),
        ("What was the final score?", HOW_MANY),
    ],
)
def test_questions_about_ages_measures_and_amounts_have_their_own_kind(question, kind):
    assert classify(question).kind == kind


def test_an_age_after_a_name_and_a_comma_is_an_age():
    assert answer_type_score(AGE, "Police came when Martin Kaye, 52, tried to help.", {"pensioner"}) == 1.0


def test_an_age_before_another_noun_is_not_the_asked_age():
    text = "The 62-year-old actress says the shed is huge."
    assert answer_type_score(AGE, text, {"shed"}) < 1.0
    assert answer_type_score(AGE, text, {"actress"}) == 1.0


def test_a_number_glued_to_its_unit_is_a_measurement_and_an_age_is_not():
    assert answer_type_score(MEASURE, "The hedge has grown to more than 30ft.", {"hedge"}) == 1.0
    assert answer_type_score(MEASURE, "Terry, 61, lodged a complaint.", {"hedge"}) < 0.5


def test_once_and_twice_are_counts():
    assert answer_type_score(HOW_MANY, "I've offered to trim it twice.", {"trim"}) == 1.0
    assert answer_type_score(HOW_MANY, "He tried once.", {"tried"}) == 1.0


@pytest.mark.parametrize("text", ["Crews closed Highway 20 near the fire.", "Flight 370 was never found."])
def test_a_number_in_a_name_is_no_amount(text):
    assert answer_type_score(HOW_MANY, text, {"fire"}) == 0.0


def test_a_size_question_is_not_answered_by_a_sentence_whose_only_number_names_a_road():
    article = parse_article(
        "Grass fire\n\nThe grass fire near Lowmoor has burned about 900 acres since Monday.\n\n"
        "The cause of the fire is unknown. Deputies closed Highway 20 beside it.\n"
    )
    result = answer_question(article, "how big is the fire")
    assert "Highway 20" not in (result.answer or "")


def test_a_reason_that_restates_the_question_is_no_reason():
    text = "Dockers walked out on Monday after pay talks broke down."
    assert answer_type_score(WHY, text, {"talks", "collapse"}) == 0.0
    assert answer_type_score(WHY, text, {"dockers", "walked"}) == 1.0


def test_blaming_and_citing_give_a_reason():
    text = "Greggs will close 40 shops, blaming rising rents."
    assert answer_type_score(WHY, text, {"greggs", "close"}) == 1.0
    assert answer_type_score(WHY, "The mill shut, citing weak demand.", {"mill"}) == 1.0


def test_a_time_span_after_for_is_no_reason():
    assert answer_type_score(WHY, "She played the landlady for 11 years.", {"shed"}) == 0.0


def test_the_age_in_the_sentence_before_answers_how_old_a_described_person_was(feud):
    result = answer_question(feud, "How old was the pensioner?")
    assert result.answer is not None
    assert "52" in result.answer


def test_since_a_year_answers_when_someone_last_did_something_said_as_she(feud):
    result = answer_question(feud, "When did Carol last see the hills from her kitchen?")
    assert result.answer is not None
    assert "since 2019" in result.answer


def test_a_count_in_words_answers_how_many_times(feud):
    result = answer_question(feud, "How many times has Holt offered to paint the shed?")
    assert result.answer is not None
    assert "three times" in result.answer


def test_a_measurement_answers_how_tall(feud):
    result = answer_question(feud, "How tall is the shed?")
    assert "20ft" in (result.answer or result.passage.text)


def test_a_reason_in_a_clause_answers_why(feud):
    result = answer_question(feud, "Why was the pensioner taken to hospital?")
    assert result.answer is not None
    assert "chest pains" in result.answer


@pytest.mark.parametrize(
    "question",
    ["How old is the shed?", "Why did the shed fall down?", "When did Carol last see the sea?"],
)
def test_still_declines_what_the_feud_story_does_not_say(feud, question):
    assert answer_question(feud, question).answer is None


def test_an_amount_in_euros_a_day_answers_how_much_per_day(strike):
    result = answer_question(strike, "How much will the walkout cost per day?")
    assert result.answer is not None
    assert "12 million euros" in result.answer


def test_a_why_question_declines_when_the_story_only_restates_the_event(strike):
    assert answer_question(strike, "Why did the pay talks collapse?").answer is None


def test_an_age_or_a_year_is_not_a_count():
    assert answer_type_score(HOW_MANY, "Bev lives with husband Terry, 61, in Leeds.", {"children"}) == 0.0
    assert answer_type_score(HOW_MANY, "Bev and Terry at the soap awards in 2019", {"children"}) == 0.0
    assert answer_type_score(HOW_MANY, "They have 3 children.", {"children"}) == 1.0


def test_a_share_or_a_span_of_time_is_no_count_of_the_things_asked_about():
    walkers = "Walkers were 20 percent less likely to fall ill over 11 years."
    assert answer_type_score(COUNT, walkers, {"people"}) == 0.0
    assert answer_type_score(COUNT, walkers, {"years"}) == 1.0
    assert answer_type_score(COUNT, "The study followed 4,800 adults.", {"people"}) == 1.0


def test_how_much_something_cost_wants_an_amount_of_money():
    assert classify("How much did the shed cost?").kind == MONEY
    assert answer_type_score(MONEY, "It cost about 12 million euros a day.", {"cost"}) == 1.0
    assert answer_type_score(MONEY, "It cost him £400.", {"cost"}) == 1.0
    assert answer_type_score(MONEY, "Terry, 61, paid for it.", {"cost"}) == 0.0


def test_an_age_by_someone_else_does_not_answer_how_many(feud):
    assert answer_question(feud, "How many children does Carol have?").answer is None


def test_a_tally_answers_what_the_vote_was():
    article = parse_article(
        "Council backs tram plan\n\n"
        "The council voted 7–2 on Thursday to build the tram line.\n\n"
        '"Every penny comes back to us," the mayor said after the vote.\n'
    )
    result = answer_question(article, "What was the vote?")
    assert result.answer is not None
    assert "7–2" in result.answer


def test_a_caption_that_alone_names_the_subject_answers_over_a_weak_story_sentence():
    article = parse_article(
        "Resorts are offering holidays without phones this summer. "
        "Guests at the Teton Lodge hand in their devices at check-in and hike instead. "
        "Quiet escapes: pictured is Heron Bay Lodge, in the Adirondacks, US . "
        "Prices start at 300 dollars a night."
    )
    answer = answer_question(article, "Where is Heron Bay Lodge?")
    assert answer.answer is not None and "Adirondacks" in answer.answer


def test_the_day_a_report_was_made_is_no_date_of_the_event():
    text = "The minister visited the port, her office said Monday."
    assert answer_type_score(WHEN, text, {"minister", "visited"}) < 1.0


def test_the_day_of_the_event_next_to_a_reporting_verb_still_counts():
    text = "The minister visited the port on Friday, her office said Monday."
    assert answer_type_score(WHEN, text, {"minister", "visited"}) == 1.0


def test_a_new_reason_within_the_markers_read_counts():
    restated = " and the road shut because the road was closed" * (constants.REASON_MARKERS_READ - 1)
    text = "The road shut" + restated + " and the road shut because the bridge cracked."
    assert answer_type_score(WHY, text, {"road", "closed", "shut"}) == 1.0


def test_a_reason_past_the_markers_read_is_not_weighed():
    restated = " and the road shut because the road was closed" * constants.REASON_MARKERS_READ
    text = "The road shut" + restated + " and the road shut because the bridge cracked."
    assert answer_type_score(WHY, text, {"road", "closed", "shut"}) == 0.0


def test_how_many_asks_for_a_count_and_how_many_dollars_for_money():
    assert classify("How many followers does she have?").kind == COUNT
    assert classify("How many dollars did it cost?").kind != COUNT


def test_a_sum_of_money_is_no_count_of_things():
    assert answer_type_score(COUNT, "She offered £5,000 to her followers.", {"followers"}) == 0.0
    assert answer_type_score(COUNT, "She wrote to her 2,000 followers.", {"followers"}) == 1.0
    assert answer_type_score(HOW_MANY, "The bail was set at $5,000.", {"bail"}) == 1.0


def test_how_many_is_not_answered_by_a_sentence_giving_only_a_sum_of_money():
    article = parse_article(
        "Baker offers reward\n"
        "The baker Ada Frost shocked her Twitter followers by offering £5,000 for her stolen van.\n"
        "Frost sent the message to her 2,300 followers on Tuesday.\n"
    )
    result = answer_question(article, "How many Twitter followers does Ada Frost have?")
    assert "£5,000" not in (result.answer or "")


def test_what_state_someone_is_from_asks_for_their_origin():
    assert classify("what state is holt from").kind == ORIGIN
    assert classify("Which country is she from?").kind == ORIGIN


def test_a_lawmakers_party_tag_says_which_state_they_are_from():
    assert answer_type_score(ORIGIN, "said Rep. Ada Holt (D-Ore.) after the vote.", {"holt"}) == 1.0
    assert answer_type_score(ORIGIN, "said Sen. Ada Holt, D-Ore., after the vote.", {"holt"}) == 1.0


def test_what_state_a_lawmaker_is_from_is_answered_by_the_sentence_with_the_party_tag():
    article = parse_article(
        "Lawmakers clash over harbour bill\n"
        "The harbour bill passed the committee on Tuesday after a long debate.\n"
        "Holt has sat on the committee since 2015 and chairs its budget panel.\n"
        '"It is a bad bill for the coast," said Rep. Ada Holt (D-Ore.) after the vote.\n'
    )
    result = answer_question(article, "what state is holt from")
    assert result.tier == 1
    assert "(D-Ore.)" in result.answer


def test_a_season_answers_when():
    article = parse_article(
        "Tile maker to open site in Brno\n\n"
        "Keramo said on Thursday it would spend 90 million euros on a new factory outside Brno.\n\n"
        "The company will train workers with the city's technical college. Construction is due to "
        "start in the spring.\n"
    )
    result = answer_question(article, "When does construction start?")
    assert result.tier == 1
    assert result.answer == "Construction is due to start in the spring."


def test_a_fall_is_not_read_as_a_season():
    # "injured in the fall" is a tumble, not autumn.
    assert answer_type_score(WHEN, "The roofer was injured in the fall.", set()) < 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The Formula One Grand Prix at Imola was cancelled.",
        "Rand Paul spoke in Iowa on Monday.",
        "The poet Ezra Pound lived in Rapallo.",
    ],
)
def test_a_capitalised_currency_word_in_a_name_is_no_sum_of_money(sentence):
    assert answer_type_score(MONEY, sentence, set()) < 1


@pytest.mark.parametrize("sentence", ["He was allowed to claim 6 million Lira.", "It cost him 50 grand."])
def test_a_currency_word_after_a_number_is_a_sum_of_money_in_any_case(sentence):
    assert answer_type_score(MONEY, sentence, set()) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The Formula One race at Imola was cancelled.",
        "He flew home on Air Force One.",
        "World War Two ended.",
    ],
)
def test_a_number_word_inside_a_name_is_no_count(sentence):
    assert answer_type_score(HOW_MANY, sentence, set()) < 1


def test_a_number_word_opening_a_sentence_is_still_a_count():
    assert answer_type_score(HOW_MANY, "Two men entered the shop.", set()) == 1


@pytest.mark.parametrize(
    ("kind", "text", "asked", "other"),
    [
        (HOW_MANY, "Officers arrested twelve people.", {"twelve"}, {"people"}),
        (COUNT, "Turnout rose 20 percent.", {"people"}, {"percent"}),
        (WHEN, "The council met during the storm in March.", {"march"}, {"storm"}),
        (WHY, "The bridge closed because of flooding.", {"flooding"}, {"bridge"}),
        (AGE, "The 45-year-old officer was arrested.", {"shed"}, {"officer"}),
        (ORIGIN, "She moved to Lagos.", {"lagos"}, {"moved"}),
    ],
)
def test_a_sentence_read_for_one_question_is_read_afresh_for_the_next(kind, text, asked, other):
    """What a sentence holds is kept per sentence; which of it the question already says is not."""
    for _ in range(2):
        assert answer_type_score(kind, text, asked) < answer_type_score(kind, text, other)


def test_which_state_a_lawmaker_represents_asks_for_their_origin():
    assert classify("Which state does Ada Holt represent?").kind == ORIGIN
    assert classify("what district does holt represent").kind == ORIGIN


def test_a_party_tag_after_another_name_does_not_say_where_the_person_asked_about_is_from():
    sentence = "Holt and Rep. Tom Reyes (R-Va.) asked the court for a ruling."
    assert answer_type_score(ORIGIN, sentence, {"holt", "state"}) < 1.0
    assert answer_type_score(ORIGIN, sentence, {"reyes", "state"}) == 1.0


def test_what_day_is_not_answered_by_a_sentence_naming_only_a_year():
    article = parse_article(
        "Veterans forum\n\nHolt and Reyes spoke to veterans in Salem on Wednesday about jobs and "
        "pensions.\n\n"
        "At the forum, Holt called the 2003 war a mistake and Reyes praised the troops.\n"
    )
    result = answer_question(article, "What day was the forum?")
    assert result.answer is None or "Wednesday" in result.answer


def test_how_many_is_not_answered_by_a_count_of_what_the_question_only_qualifies():
    article = parse_article(
        "Health worries\n\nThe pollster Ada Holt told Harbor Radio on Thursday that health has been at "
        "the forefront.\n\n“Yesterday, there were two polls. Lakeside and Norwood had very similar "
        "numbers,” said Holt.\n\nHolt then read out what the voters were asked, and the answers: "
        "forty-three, yes; forty-four, no.\n"
    )
    assert answer_question(article, "How many said yes in the Lakeside poll?").answer is None
    assert "two polls" in answer_question(article, "How many polls came out yesterday?").answer


def test_the_night_someone_said_something_dates_the_saying_not_the_event_asked():
    sentence = "Holt said Wednesday night that the plan was right."
    assert answer_type_score(WHEN, sentence, {"holt", "retire"}) == 0.0


def test_a_time_of_day_answers_when():
    article = parse_article(
        "Council news\n\nThe council will meet in the town hall to vote on the budget. The meeting starts "
        "at 7 p.m. and is open to the public.\n\nResidents may speak for three minutes each.\n"
    )
    assert "7 p.m." in answer_question(article, "When does the meeting start?").answer
    assert answer_type_score(WHEN, "Doors open at 18:15 and the show airs at 9pm.", {"doors"}) == 1.0


def test_a_what_year_question_is_no_answer_without_a_year():
    # "during the reign of the old duke" dates it, but by no year.
    article = own_article("ask_valley_mills.txt")
    assert answer_question(article, "In what year was the cloth hall at Renwick built?").answer is None


def test_a_when_question_may_be_answered_by_a_period_without_a_year():
    article = own_article("ask_valley_mills.txt")
    reply = answer_question(article, "When was the cloth hall at Renwick built?")
    assert reply.answer is not None and "during the reign" in reply.answer


def test_a_what_year_question_is_answered_by_the_year():
    article = own_article("ask_valley_mills.txt")
    reply = answer_question(article, "In what year did the last mill close?")
    assert reply.answer is not None and "1961" in reply.answer


def test_one_of_several_is_no_count():
    # "Renwick, one of the busiest towns": no count of its mills.
    article = own_article("ask_valley_mills.txt")
    reply = answer_question(article, "How many water mills did Renwick have on the banks of the river?")
    assert reply.answer is None


def test_since_a_year_says_how_long_something_has_been_so():
    asked = {"toll", "charged", DURATION_WORD}
    assert answer_type_score(MEASURE, "The toll has been charged since the 1950s.", asked) == 1.0
    assert answer_type_score(MEASURE, "The toll was raised in 1950.", asked) < 1.0


def test_since_a_year_says_nothing_of_how_far_or_how_tall():
    # "How far ...?" is a measure question too, but no "<how long>" marker is among its words.
    assert answer_type_score(MEASURE, "The depot has stood by the road since 1998.", {"depot", "road"}) < 1.0
    assert asks_how_long("For how long has it stood?") and not asks_how_long("How far is the depot?")


def test_how_far_is_not_answered_by_since_when():
    article = parse_article(
        "Title: Depot\n\n"
        "The council depot has stood beside the ring road since 1998.\n\n"
        "Workers say it is too small.\n"
    )
    assert answer_question(article, "How far is the council depot from the ring road?").tier != 1
    assert answer_question(article, "How long has the council depot stood beside the ring road?").tier == 1


def test_how_long_has_it_been_so_is_answered_by_since_when():
    article = parse_article(
        "Title: Harbour tolls\n\n"
        "The harbour toll has been charged on every fishing boat by the board since the 1950s.\n\n"
        "Fishermen say it is too high.\n"
    )
    result = answer_question(article, "How long has the harbour toll been charged on fishing boats?")
    assert result.tier == 1
    assert "since the 1950s" in result.answer
