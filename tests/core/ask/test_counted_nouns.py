"""A count question's noun is what its number counts: "How many troops?" is not answered by "several
hundred UK citizens", which counts citizens; a count of the noun's synonym or of nothing named still
answers."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import counts_another_thing

STANDBY = parse_article(
    "Title: Troops on standby\n\n"
    "Officials said several hundred UK citizens were still in the country. Troops were on standby.\n\n"
    "The embassy said the airport remained open.\n"
)


def test_a_count_of_other_people_is_no_count_of_troops():
    result = answer_question(STANDBY, "How many troops are on standby?")
    assert result.answer is None
    assert "several hundred UK citizens" in result.passage.text


def test_a_count_of_the_noun_asked_answers():
    assert not counts_another_thing("How many troops were sent?", "Officials said 300 troops were sent.")


def test_a_count_of_a_synonym_answers():
    assert not counts_another_thing("How many cars were recalled?", "The firm recalled 3,000 vehicles.")


def test_a_count_naming_no_noun_answers():
    assert not counts_another_thing("How many troops were sent?", "Of the soldiers, 300 were sent.")


def test_any_count_answers_how_many_people():
    assert not counts_another_thing("How many people died?", "Officials said 30 civilians died.")


def test_a_hyphened_count_counts_the_noun_after_it():
    assert counts_another_thing(
        "How many lacemakers were there?", "The records name twenty-five widows in Dover."
    )


def test_hundreds_of_counts_the_noun_after_of():
    assert counts_another_thing("How many settlers were there?", "Hundreds of French soldiers were stranded.")
    assert not counts_another_thing("How many troops were sent?", "Dozens of troops were sent.")


def test_a_quoted_noun_is_what_its_count_counts():
    assert counts_another_thing("How many settlers were there?", 'The edict named 66 "safe towns" in all.')


WARNING = parse_article(
    "Title: Guard on standby\n\n"
    "Officials said some 40 million Canadians were under a storm warning. Troops were on standby.\n\n"
    "The agency said the highway remained open.\n"
)


def test_a_count_of_a_people_is_no_count_of_troops():
    # "40 million Canadians": a people's plural is capitalised, and counts Canadians all the same.
    result = answer_question(WARNING, "How many troops are on standby?")
    assert result.answer is None
    assert counts_another_thing("How many troops were sent?", "Some 40 million Americans say so.")
    assert not counts_another_thing("How many Canadians were warned?", "40 million Canadians were warned.")


def test_a_number_joined_to_letters_counts_nothing():
    # "I-95" names a road: the count beside the trucks is the only one, and it counts trucks.
    text = "Traffic on I-95 was stopped, and 12 trucks were stuck."
    assert counts_another_thing("How many ambulances were sent?", text)


STRANDED = parse_article(
    "Drivers stranded\n\n"
    "Hundreds of drivers were stranded overnight on Route 9 after a storm.\n\n"
    "Traffic on I-95 was stopped near the bridge, and the crews were sent in at dawn.\n"
)


def test_a_road_number_is_no_count_of_what_the_question_asks():
    # The article never says how many crews: "I-95" names a road, it counts nothing.
    assert answer_question(STRANDED, "How many crews were sent?").answer is None


def test_a_count_beside_a_road_number_still_answers():
    article = parse_article(
        "Drivers stranded\n\nTraffic on I-95 was stopped near the bridge, and 12 crews were sent in.\n"
    )
    result = answer_question(article, "How many crews were sent?")
    assert result.answer is not None and "12 crews" in result.answer
