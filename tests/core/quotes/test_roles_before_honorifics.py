"""A role written before an honorific ("Republican presidential hopeful Sen. Ted Marlow") is the
name's, and opens the phrase that is the sentence's subject; a race's runner ("hopeful",
"front-runner") and the office run for ("presidential", "gubernatorial") are role words."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import speakers_of


def test_a_role_before_an_honorific_opens_the_subject():
    text = (
        "In line with most of his colleagues, Republican Presidential hopeful Sen. Ted Marlow was also "
        'critical of the plan, telling the Harbor Gazette: "The ferry plan is typical of this council."\n'
    )
    assert speakers_of(text) == ["Ted Marlow"]


def test_a_lower_case_office_before_a_runner_is_part_of_the_role():
    text = (
        "Republican gubernatorial hopeful Ted Marlow was also critical of the plan, telling the Harbor "
        'Gazette: "The ferry plan is typical of this council."\n'
    )
    assert speakers_of(text) == ["Ted Marlow"]


def test_a_party_before_an_honorific_lets_a_state_party_reference_mean_that_person():
    text = (
        "Republican Sen. Ted Marlow says the ferry plan skips over the winter.\n\n"
        "The Maine Republican said the plan was “a disgrace to the harbor.”\n\n"
        "Republican presidential candidate Dale Quist said he would keep the plan.\n"
    )
    assert speakers_of(text) == ["Ted Marlow"]


def test_a_role_of_another_party_is_not_the_one_nominee_named_with_a_role():
    text = (
        "Republican presidential nominee Dale Quist said he would keep the plan.\n\n"
        "Ada Holt campaigned in Ohio. “The ferry belongs to everyone,” the Democratic presidential "
        "nominee said.\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_a_name_after_a_dangling_preposition_is_no_subject():
    text = (
        "“Nobody here trusts the judges,” said Nina Holt, a baker who chairs the market board.\n\n"
        "Ruben Ortiz finished just behind, or perhaps level with, champion grower Saul Whitcombe at the "
        "county show. He wrote to the board that he was “thinking hard about pumpkins.”\n"
    )
    assert speakers_of(text) == ["Nina Holt", "Ruben Ortiz"]


def test_a_place_and_a_clause_after_a_name_are_no_role():
    text = (
        "When the candidate held rallies he was received by protesters. After his rally in San Jose, "
        "California the ferry candidate went a step further and portrayed protesters as thugs without "
        "offering proof.\n"
    )
    assert build_registry(parse_article("Title: T\n\n" + text)).persons == ()


def test_a_possessed_person_before_an_auxiliary_speaks():
    text = "Ferry candidate Ted Marlow’s doctor is calling the candidate “extremely physically fit.”\n"
    assert speakers_of(text) == ["Ted Marlow’s doctor"]
