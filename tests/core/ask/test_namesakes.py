"""People asked about by a name the article gives someone else ("Zoltan Okafor" where its one Okafor is
Rudolph Okafor) are missing; the same person by a nickname or a misspelling ("Chris Vayle") is not."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.namesakes import namesake, only_others_given_name, only_others_surname
from tests.conftest import own_article


@pytest.fixture(scope="module")
def festival():
    return own_article("ask_cider_festival.txt")


def test_a_nickname_of_the_given_name_is_that_person(festival):
    assert answer_question(festival, "What did Chris Vayle say?").tier != 3


def test_a_nickname_asked_who_is_is_that_person(festival):
    assert answer_question(festival, "Who is Rudy Okafor?").tier != 3


def test_another_given_name_is_still_another_person(festival):
    assert answer_question(festival, "What did Pete Vayle say?").missing == ("Pete Vayle",)


def test_a_rare_given_name_before_a_surname_only_someone_else_has_is_missing(festival):
    result = answer_question(festival, "What did Zoltan Okafor say?")
    assert result.tier == 3
    assert result.missing == ("Zoltan Okafor",)


def test_a_given_name_before_a_surname_the_article_gives_only_another_in_full_is_missing(festival):
    # "Melania Dunmore opened ... Dunmore said": news copy names a person in full first, so the lone
    # Dunmore is Melania Dunmore, not a Zoltan the article never names.
    assert answer_question(festival, "What did Zoltan Dunmore say?").missing == ("Zoltan Dunmore",)


def test_a_surname_like_one_the_article_gives_only_another_given_name_is_missing(festival):
    # "Miller" is no form of Judge Cheryl Mills's name when asked with the article's other Kelly.
    assert answer_question(festival, "What did Kelly Miller say?").missing == ("Kelly Miller",)


def test_someone_with_both_names_spelt_alike_is_no_namesake():
    assert not namesake(("kelly", "schmidt"), ["Kelly Armstrong", "Kelly Schmdit"])


def test_a_suffix_after_the_surname_is_no_surname():
    assert not namesake(("tom", "barrack"), ["Thomas Barrack Jr."])


def test_initials_before_a_word_are_no_given_name():
    assert not only_others_surname(["Trump held shares in V F Corp."], "vf", "corp")
    assert only_others_surname(["Trump held shares in Ford Motor Co."], "general", "motor")


def test_a_verb_after_a_name_asked_what_is_is_no_surname(festival):
    assert answer_question(festival, "What is Tom Pruett playing?").tier != 3


def test_a_given_name_the_article_gives_only_people_of_other_surnames_is_someone_else(festival):
    # Its Kellys are Kelly Brandwick and Kelly Ashdown, its Mills is Cheryl Mills.
    assert answer_question(festival, "What did Kelly Mills say?").missing == ("Kelly Mills",)


def test_a_given_name_the_article_also_writes_alone_may_be_the_one_asked():
    assert not only_others_given_name(["Bill Eastland came.", "Bill said so."], "bill", "clinton")
    assert only_others_given_name(["Bill Eastland came.", "Hillary Clinton spoke."], "bill", "clinton")


def test_a_namesake_is_said_missing_before_a_thing_the_article_lacks(festival):
    # The article never mentions a unicorn either; the person asked about is what the reader needs to hear.
    assert answer_question(festival, "Did Zoltan Okafor see the unicorn?").missing == ("Zoltan Okafor",)


def test_a_given_name_whose_formal_form_the_article_has_only_as_a_surname_is_missing():
    article = parse_article(
        "Former striker takes up shooting\n\n"
        "Former striker Sol Dawes has taken up game shooting. He won the league with Luc Henry and "
        "now spends his weekends in the countryside.\n"
    )
    assert answer_question(article, "Did Dawes shoot with Prince Harry?").missing == ("Prince Harry",)


def test_a_nickname_of_a_given_name_the_article_writes_is_still_that_name():
    article = parse_article(
        "Royal visit\n\nPrince Henry opened the new hospital wing on Monday and met its nurses.\n"
    )
    assert answer_question(article, "Did Prince Harry meet the nurses?").missing == ()


def test_a_formal_form_after_an_honorific_is_a_surname():
    article = parse_article("Inquiry\n\nMr Henry told the inquiry the pier was unsafe.\n")
    assert answer_question(article, "Did Prince Harry visit the pier?").missing == ("Prince Harry",)


def test_a_formal_form_opening_a_sentence_is_a_given_name():
    article = parse_article(
        "Royal visit\n\nThe mayor met Smith. Henry, the prince, opened the new wing on Monday.\n"
    )
    assert answer_question(article, "Did Prince Harry open the wing?").missing == ()


def test_a_surname_someone_else_has_as_given_name_is_present_when_a_title_gives_it_alone():
    # "Howard Tern ... Mr Tern ... Mr Howard": the titled Howard may be the Peter Howard asked.
    article = parse_article(
        "Title: Party rejects rethink\n\nSacked MP Howard Tern will not be the party's candidate.\n\n"
        'Mr Tern said: "They selected me."\n\nAt a news conference, Mr Howard said he had played'
        " by the rules.\n"
    )
    assert answer_question(article, "What did Peter Howard say?").missing == ()
