"""A lede that describes the person it is about ("A 34-year-old man has been charged ...") answers
"Who ...?" with the sentence a little later that names him, as news copy introduces people."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

ROBBERY = parse_article(
    "Man charged over raid\n\n"
    "A 34-year-old man has been charged with armed robbery after a jeweller's in Kessling was raided.\n\n"
    "Police said two men escaped with watches worth an estimated £80,000.\n\n"
    "Daniel Rourke, of Ashgrove Road, appeared at Kessling Magistrates' Court on Monday.\n"
)


def test_who_is_answered_with_the_sentence_naming_the_person_the_lede_describes():
    result = answer_question(ROBBERY, "Who has been charged with armed robbery?")
    assert result.tier == 1
    assert result.answer.startswith("A 34-year-old man has been charged")
    assert "Daniel Rourke" in result.answer
    assert [s.paragraph for s in result.sources] == [1, 3]


def test_a_question_that_is_not_who_keeps_the_lede_alone():
    result = answer_question(ROBBERY, "What was the man charged with?")
    assert "Daniel Rourke" not in (result.answer or "")


def test_a_name_no_list_knows_is_taken_when_an_age_follows_it():
    article = parse_article(
        "Spy on hunger strike\n\n"
        "An ex-intelligence officer is entering the seventh week of a hunger strike in Kessling.\n\n"
        "Vytautas Marozas, 50, claims he was betrayed by the authorities he spied for.\n"
    )
    result = answer_question(article, "Who is on hunger strike?")
    assert "Vytautas Marozas" in result.answer


def test_a_name_no_list_knows_is_taken_when_a_description_follows_it():
    article = parse_article(
        "Student missing\n\n"
        "A student from Kessling College has not been seen since Friday night.\n\n"
        "Tavi Ondrasek, an engineering student, left a party on Harbour Street at midnight.\n"
    )
    result = answer_question(article, "Who has not been seen since Friday?")
    assert "Tavi Ondrasek" in result.answer


def test_a_long_lede_is_cut_so_that_the_naming_sentence_shows_whole():
    article = parse_article(
        "A 21-year-old Kessling College nursing student who vanished after leaving a crowded "
        "birthday party on the seafront over the weekend sent her sister a text in the early hours "
        "of Sunday saying that her phone was dying and that she was lost, police said today. Mira "
        "Castell, a keen swimmer and choir singer at the college, was last seen at 2am on Sunday "
        "walking towards the old pier.\n"
    )
    result = answer_question(article, "Who vanished after the party?")
    assert result.tier == 1
    assert len(result.answer) <= 300
    assert result.answer.endswith("was last seen at 2am on Sunday walking towards the old pier.")
    assert "student who vanished" in result.answer


def test_a_quotation_after_the_lede_introduces_no_one():
    article = parse_article(
        "A militant group, al-Hadir, claimed the attack on the border post, according to the Kessling "
        'News Agency. "Al-Hadir may be considered a rival to the older groups in the region," said an '
        "analyst at the Marsh Institute. Officials said two guards were hurt.\n"
    )
    result = answer_question(article, "Who claimed the attack?")
    assert result.tier == 1
    assert "rival" not in result.answer


def test_a_name_described_then_saying_something_is_a_witness_not_the_person_described():
    article = parse_article(
        "Man hurt in Kessling\n\n"
        "A 52-year-old man was hurt in a fight outside a bakery in Kessling on Saturday night.\n\n"
        "Ulla Rennick, a shop owner, said she heard glass breaking and called an ambulance.\n\n"
        "Police are asking for witnesses.\n"
    )
    result = answer_question(article, "Who was hurt outside the bakery?")
    assert result.tier == 1
    assert "Ulla Rennick" not in result.answer


def test_a_listed_given_name_described_then_saying_something_is_a_spokesperson():
    article = parse_article(
        "Man charged over break-in\n\n"
        "A 27-year-old man has been charged with burglary after a pharmacy in Kessling was broken into.\n\n"
        "Peter Lamb, a police spokesman, said cash and medicines were taken.\n\n"
        "The man will appear in court next week.\n"
    )
    result = answer_question(article, "Who has been charged with burglary?")
    assert result.tier == 1
    assert "Peter Lamb" not in result.answer


def test_a_name_with_an_age_then_telling_something_is_a_witness():
    article = parse_article(
        "Cyclist injured\n\n"
        "A teenage cyclist was injured in a crash with a van on the Kessling ring road.\n\n"
        "Nadia Frost, 63, told reporters the van did not stop.\n"
    )
    result = answer_question(article, "Who was injured in the crash?")
    assert "Nadia Frost" not in result.answer
