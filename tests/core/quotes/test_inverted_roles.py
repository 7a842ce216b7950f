"""Speakers after an inverted verb that British and sports copy writes as a role with modifiers
("said the Labour MP", "said the Sale full-back"), titles ("Chancellor of the Exchequer"), surnames
that are also body or title words ("Dan Press", "Mr Major") and writings owned by an organisation
("Chelsea's statement", "a BBC statement")."""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article
from tests.core.quotes.speakers import speakers_of


def test_a_party_and_role_after_said_refer_back_to_the_person_just_named():
    text = "Stephen Pound spoke in the Commons on Monday. “I felt guilt,” said the Labour MP.\n"
    assert speakers_of(text) == ["Stephen Pound"]


def test_a_constituency_before_the_role_is_a_modifier():
    text = "Stephen Pound spoke in the Commons on Monday. “I felt guilt,” said the Ealing North MP.\n"
    assert speakers_of(text) == ["Stephen Pound"]


def test_a_club_and_playing_position_after_said_refer_back_to_the_player():
    text = "Skipper Jason Robinson believes the mood is good. “We are confident,” said the Sale full-back.\n"
    assert speakers_of(text) == ["Jason Robinson"]


def test_a_playing_position_alone_is_a_role():
    text = "Jason Robinson believes the mood is good. “We are confident,” said the full-back.\n"
    assert speakers_of(text) == ["Jason Robinson"]


def test_an_age_in_the_role_is_not_someone_named_later_without_it():
    text = (
        "Ronnie Corbett also criticised quiz shows. “It is laughing at each other,” said the "
        "74-year-old comedian. Victoria Wood slated comedian Sacha Baron Cohen.\n"
    )
    assert speakers_of(text) != ["Sacha Baron Cohen"]


def test_a_spokesman_no_one_is_named_as_is_an_unnamed_source():
    text = "A meeting in Geneva agreed a fund. “The fund is voluntary,” said the spokesman.\n"
    assert speakers_of(text) == ["the spokesman"]


def test_the_chancellor_of_the_exchequer_is_a_title_before_the_name():
    text = "“Gold is mentioned for the first time,” said Chancellor of the Exchequer Gordon Brown.\n"
    assert speakers_of(text) == ["Gordon Brown"]


def test_a_given_name_before_a_body_word_makes_a_person():
    text = "“Fuel efficiency catches the eye,” Jim Press said in a statement.\n"
    article = parse_article("Title: T\n\n" + text)
    assert [(s.name, s.kind) for s in api.speakers(article).speakers] == [("Jim Press", "person")]


def test_a_newspaper_is_still_an_organisation():
    text = "“Fuel efficiency catches the eye,” the Washington Post said.\n"
    article = parse_article("Title: T\n\n" + text)
    assert [s.kind for s in api.speakers(article).speakers] == ["organisation"]


def test_an_organisations_statement_is_the_organisations_words():
    text = "Chelsea sacked the striker. Chelsea's statement added: “Drugs have no place at our club.”\n"
    assert speakers_of(text) == ["Chelsea"]


def test_the_bank_whose_statement_speaks_is_the_one_bank_named():
    text = "Harbor Bank cut 200 jobs. The bank's statement said: “We regret the decision deeply.”\n"
    assert speakers_of(text) == ["Harbor Bank"]


def test_an_honorific_before_a_title_word_makes_it_a_surname():
    text = "John Major spoke at the rally. “We will win the election,” said Mr Major.\n"
    assert speakers_of(text) == ["John Major"]


def test_ms_before_a_title_word_is_the_woman_of_that_surname():
    text = "Courtney Love met musician Kristin King. Ms King said the singer “threw the bottle at my face”.\n"
    assert speakers_of(text) == ["Kristin King"]


def test_an_address_to_an_office_is_no_surname():
    text = "“We will win the election,” said Mr President.\n"
    assert speakers_of(text) != ["President"]


def test_an_organisations_statement_with_a_or_an_is_the_organisations():
    text = "The complaints were upheld. “He had been asked to tone his act down,” a BBC statement read.\n"
    assert speakers_of(text) == ["BBC"]


def test_an_inverted_role_after_a_hyphened_count_refers_back_to_the_person_named():
    text = (
        "The race is in March.\n\n"
        "Ada Lind has not ruled out running. “I haven't decided what I will run,” said the two-time "
        "champion.\n"
    )
    assert speakers_of(text) == ["Ada Lind"]
