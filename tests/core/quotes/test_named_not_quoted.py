"""/quote for an organisation or place the article names but never quotes: the reply says it is
mentioned (in the article's own spelling), never that no one by that name is in the article."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

SHELTER = parse_article(
    "Title: Flood shelter opens near Millbrook\n\n"
    "Evacuees slept at a shelter the American Red Cross set up at Millbrook High School.\n\n"
    "Harbor Light Energy said it had cut power to 2,000 homes. The utility gave no date for repairs.\n\n"
    '"We have beds for everyone," said Nadia Flores, who runs the shelter.\n'
)


def _message(query: str) -> str:
    return quotes.find_quotes(SHELTER, query).message


def test_an_organisation_named_but_never_quoted_is_said_to_be_mentioned():
    assert _message("American Red Cross") == (
        "“American Red Cross” is mentioned in the article but never quoted directly."
    )


def test_part_of_an_organisations_name_finds_the_whole_name():
    assert _message("red cross").startswith("“American Red Cross” is mentioned")


def test_a_place_named_on_its_own_is_given_as_written_not_inside_a_longer_name():
    assert _message("millbrook").startswith("“Millbrook” is mentioned")


def test_words_the_article_writes_only_in_lower_case_are_not_a_name():
    assert _message("the shelter") == "No one called “the shelter” is named in this article."


def test_a_company_whose_name_ends_in_a_business_word_is_not_a_person():
    names = [speaker.name for speaker in quotes.list_people(SHELTER)]
    assert names == ["Nadia Flores"]
    assert _message("harbor light").startswith("“Harbor Light Energy” is mentioned")


def test_an_organisation_whose_name_holds_of_is_found_whole():
    article = parse_article(
        "Title: T\n\nA spokesman for the Department of Transportation declined to comment.\n\n"
        '"We will appeal," said Rosa Lind.\n'
    )
    message = quotes.find_quotes(article, "department of transportation").message
    assert message.startswith("“Department of Transportation” is mentioned")


def test_a_role_the_article_names_without_quoting_is_said_to_be_mentioned():
    article = parse_article(
        "Title: T\n\nAccording to a council spokesperson, an appeal would take six months.\n\n"
        '"If not here, where?" asked council leader Mark Doyle.\n'
    )
    message = quotes.find_quotes(article, "council spokesperson").message
    assert message.startswith("“council spokesperson” is mentioned in the article but never quoted directly.")


def test_a_spokesperson_is_not_the_leader_of_the_same_body():
    article = parse_article(
        "Title: T\n\nA council spokesperson said the vote was final.\n\n"
        '"If not here, where?" asked council leader Mark Doyle.\n'
    )
    assert quotes.find_quotes(article, "council spokesperson").quotes == ()


def test_a_person_quoted_only_in_a_word_or_two_is_not_said_to_be_never_quoted():
    # British style: the reported line shown under the message holds the two quoted words.
    article = parse_article(
        "Title: Manager jailed\n\n"
        "Prosecutor Ines Vale said the manager had 'systematically targeted' residents with dementia.\n\n"
        "Detective Omar Sheikh said the inquiry took two years.\n\n"
        "'We are appalled,' said Rhona Baird, who runs the home.\n"
    )
    assert quotes.find_quotes(article, "Vale").message.startswith(
        "Ines Vale (prosecutor) is named in the article but not quoted at length."
    )
    assert "never quoted directly" in quotes.find_quotes(article, "Sheikh").message


def test_a_reported_line_holding_a_few_quoted_words_is_shown_with_its_speaker():
    article = parse_article(
        "Title: Manager jailed\n\n"
        "Defending, Owen Barclay said his client was “deeply ashamed” of what she did.\n\n"
        "“We are appalled,” said Rhona Baird, who runs the home.\n"
    )
    result = quotes.find_quotes(article, "Barclay")
    assert result.message.startswith("Owen Barclay is named in the article but not quoted at length.")
    assert [p.text for p in result.paraphrases] == [
        "Defending, Owen Barclay said his client was “deeply ashamed” of what she did."
    ]


def test_a_sentence_closing_a_longer_quotation_is_no_reported_line():
    article = parse_article(
        "Title: Manager jailed\n\n“We are appalled. Nobody here knew what she was doing,” Rhona Baird said.\n"
    )
    assert quotes.find_quotes(article, "Baird").paraphrases == ()


def test_a_pronoun_asked_for_is_told_to_name_the_person():
    # "he" names no one by itself; "“He” is mentioned in the article" would read as a name's notice.
    assert _message("he") == "“he” is a pronoun: /quote takes a person's name."


def test_a_query_of_filler_words_names_nothing_the_article_opens_a_sentence_with():
    article = parse_article(
        "Title: T\n\nA Harbor Light Energy spokesman declined to comment.\n\n"
        '"We have beds for everyone," said Nadia Flores.\n'
    )
    assert quotes.find_quotes(article, "a").message.startswith("No one called “a” is named")
