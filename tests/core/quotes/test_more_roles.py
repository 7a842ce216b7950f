"""Role nouns of news copy that head a person's role: "farmer Tom Hale", "commentator Ada Kline"."""

from __future__ import annotations

import pytest

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


@pytest.mark.parametrize(
    "role", ["farmer", "volunteer", "speechwriter", "commentator", "staffer", "presenter"]
)
def test_a_news_role_before_a_name_is_that_persons_role(role):
    article = parse_article(f"Title: Dry\n\n“We need rain,” said {role} Tom Hale.\n")
    (speaker,) = quotes.list_speakers(article).speakers
    assert (speaker.name, speaker.role) == ("Tom Hale", role)


def test_a_commentator_imagining_words_speaks_them():
    article = parse_article(
        "Title: Race\n\n"
        "But conservative commentator Ada Kline imagined Holt was thinking: “What have I done?”\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Ada Kline"]


def _role_before(sentence: str) -> str | None:
    article = parse_article(f'Title: T\n\n{sentence}\n\n"It is too early to say," she said.\n')
    return quotes.list_people(article)[0].role


def test_a_title_joining_two_departments_with_and_is_whole():
    role = _role_before("Trade and Industry Secretary Ada Kline said the plan was ready.")
    assert role == "Trade and Industry Secretary"


def test_a_title_listing_departments_with_commas_is_whole():
    role = _role_before("Culture, Media and Sport Secretary Ada Kline said the plan was ready.")
    assert role == "Culture, Media and Sport Secretary"


def test_a_titled_person_before_and_is_not_part_of_the_next_persons_title():
    article = parse_article(
        "Title: T\n\nIt must be approved by Defence Secretary Tom Hale and Prime Minister Ada Kline.\n\n"
        '"It is too early to say," Ms Kline said.\n'
    )
    kline = next(p for p in quotes.list_people(article) if p.name == "Ada Kline")
    assert kline.role == "Prime Minister"


def _role_of(paragraph: str) -> str | None:
    (speaker,) = quotes.list_speakers(parse_article(f"Title: T\n\n{paragraph}\n")).speakers
    return speaker.role


def test_a_time_word_opening_the_sentence_is_no_part_of_the_role():
    assert _role_of("Yesterday fire chief Ray Dorn said: “We are ready.”") == "fire chief"


def test_a_common_noun_opening_a_sentence_loses_the_capital_it_owes_to_that_place():
    text = "The radio station will run the trial. Station manager Ray Dorn said: “Listeners will love it.”"
    assert _role_of(text) == "station manager"


def test_a_company_name_opening_a_role_keeps_its_capital():
    assert _role_of("Lumora chairman Ray Dorn said: “Listeners will love it.”") == "Lumora chairman"


def test_police_before_a_role_noun_says_what_kind_of_role():
    assert _role_of("Police chief Ray Dorn said: “We are ready.”") == "police chief"


def test_a_compound_in_grapher_heads_a_role():
    assert _role_of("“It was never meant to last,” said the biographer Ray Dorn.") == "biographer"


def test_a_chief_medical_officer_keeps_the_whole_title():
    text = "Lumora chief medical officer Ray Dorn said the report was “false and misleading”."
    assert _role_of(text) == "Lumora chief medical officer"


def test_two_roles_joined_by_and_before_a_name_are_both_the_persons():
    role = _role_before("Businessman and Greer loyalist Ada Kline said the mayor should accept the vote.")
    assert role == "businessman and Greer loyalist"


def test_a_body_joined_by_and_before_a_role_is_no_role_of_the_person():
    role = _role_before("Harbor Bank and port chief Ada Kline said the mayor should accept the vote.")
    assert role is None or not role.startswith("Harbor Bank and")


@pytest.mark.parametrize("role", ["satirist", "polemicist", "essayist", "humorist", "cartoonist"])
def test_a_writers_kind_before_a_name_with_initials_is_a_role(role):
    article = parse_article(
        "Title: Parades\n\nThe parade was cancelled.\n\n"
        f"“I hate all parades,” wrote famous {role} J.B. Harlow.\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["J.B. Harlow"]


def test_a_role_apposed_to_a_given_name_ends_before_its_who_clause():
    article = parse_article(
        "Title: Masks\n\n"
        "Sam Welk, a seller in central Ohio, said he had made a profit reselling masks. Eric, a truck "
        "driver who asked that his surname not be published, said he had also collected masks.\n\n"
        "“It was mind-blowing what you could charge for them,” he said.\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Eric"]


def test_a_role_before_a_who_clause_too_long_to_show_is_the_persons():
    article = parse_article(
        "Title: Masks\n\n"
        "Eric, a truck driver from Ohio who spoke on the condition that his surname not be published "
        "because he feared the company would retaliate against him, said he had collected masks.\n\n"
        "“It was mind-blowing what you could charge for them,” he said.\n"
    )
    assert [(s.name, s.role) for s in quotes.list_speakers(article).speakers] == [
        ("Eric", "truck driver from Ohio")
    ]
