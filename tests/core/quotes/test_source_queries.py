"""What /quote answers when the typed words name an organisation or an unnamed source.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core import api
from bot.core.article import parse_article

MARKET = parse_article(
    "Title: Market traders strike over rents\n\n"
    "Stallholders at the city market walked out on Monday over a rise in rents.\n\n"
    '"We cannot pay these prices," said John Miller, chairman of the Market Traders\' Association.\n\n'
    '"Half of us will be gone by spring," one trader said.\n'
)

STATEMENT = (
    "Title: Rovers release striker\n\n"
    "Rovers have released striker Dan Kerr after he failed a drugs test in March.\n\n"
    'Rovers said in a statement: "We have a zero tolerance policy. {words}"\n\n'
    'Rovers\' statement added: "It is a hard day for everyone."\n'
)


def _statement(words: str):
    return parse_article(STATEMENT.format(words=words))


def test_a_word_of_an_unnamed_source_finds_it_before_a_person_whose_role_resembles_it():
    result = api.quote(MARKET, "trader")
    assert result.speaker is not None and result.speaker.name == "one trader"


def test_a_person_typed_by_name_is_still_found_beside_unnamed_sources():
    assert api.quote(MARKET, "Miller").speaker.name == "John Miller"


def test_the_kind_the_one_quoted_organisation_calls_itself_finds_it():
    result = api.quote(_statement("Drugs have no place at our club."), "the club")
    assert result.speaker is not None and result.speaker.name == "Rovers"


def test_the_kind_the_article_gives_the_quoted_organisation_as_speaker_finds_it():
    article = parse_article(
        "Title: Rovers release striker\n\n"
        'The club said the player would be paid in full. Rovers added: "We have a zero tolerance policy."\n'
    )
    assert api.quote(article, "the club").speaker.name == "Rovers"


def test_a_kind_written_near_the_quotation_but_of_someone_else_finds_nothing():
    # "his contract with the club": any club, not the speaker named as one.
    assert api.quote(_statement("He broke his contract with the club."), "the club").speaker is None


def test_a_kind_the_organisation_s_name_contradicts_finds_nothing():
    article = parse_article(
        "Title: Phone tender\n\n"
        'The ministry said: "We want a modern network." It added that the firm said nothing.\n'
    )
    assert api.quote(article, "the firm").speaker is None


PIER = parse_article(
    "Title: Pier to reopen in May\n\n"
    "The pier at Gull Bay will reopen in May after repairs, the council said on Monday.\n\n"
    'A spokeswoman for the council said the work was "ahead of schedule".\n\n'
    'A spokesman for the harbour trust said the last beams were "going in this week".\n'
)


def test_spokesperson_finds_a_spokeswoman_the_article_names_so():
    result = api.quote(PIER, "council spokesperson")
    assert result.speaker is not None and result.speaker.name == "a spokeswoman for the council"


def test_spokesman_as_typed_finds_the_spokesman_before_the_spokeswoman():
    result = api.quote(PIER, "spokesman")
    assert result.speaker is not None and result.speaker.name == "a spokesman for the harbour trust"


def test_spokesperson_typed_in_full_is_still_offered_the_spokeswoman():
    assert "a spokeswoman for the council" in api.complete_speaker(PIER, "spokesperson", 25)
