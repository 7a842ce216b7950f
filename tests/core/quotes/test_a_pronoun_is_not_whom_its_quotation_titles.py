"""A person the quoted words name after a title ("“I talked to President-elect Holt about this,” he
said") is whom the speaker talks of, not the speaker: the pronoun passes over him to the one before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Builders back the plan\n\n"
    "Rep. Lou Varga sits on the transition team. As a senior member of the transport committee, he "
    "expects to play a central role.\n\n"
    "Marvin Holt set out a $1 trillion goal during the campaign, but some senators are balking at it.\n\n"
    "“I talked to President-elect Holt about this when I went to New York,” he said.\n"
)


def test_the_pronoun_passes_over_the_man_its_quotation_titles():
    assert speakers_of(ARTICLE) == ["Lou Varga"]


def test_an_honorific_in_the_quotation_passes_him_over_too():
    assert speakers_of(ARTICLE.replace("President-elect Holt", "Mr. Holt")) == ["Lou Varga"]


def test_the_same_man_named_without_a_title_may_still_be_the_speaker():
    text = ARTICLE.replace("“I talked to President-elect Holt about this", "“Marine Holt was my first ship")
    assert speakers_of(text) == ["Marvin Holt"]


def test_words_the_speaker_quotes_another_saying_to_him_may_title_him():
    text = ARTICLE.replace(
        "I talked to President-elect Holt about this", "Bernie was saying, Mr. Holt should go"
    )
    assert speakers_of(text) == ["Marvin Holt"]


def test_a_councillor_the_quotation_names_is_passed_over_for_the_agent_who_praised_her():
    text = (
        "Harbour plan wins praise\n\n"
        "Councillor Dana Whitcombe has argued for years that the old harbour should be rebuilt.\n\n"
        "Her proposal was praised on Tuesday by none other than Mayor Tobias Lindqvist.\n\n"
        "“Councillor Whitcombe has shown real patience on the harbour,” he said.\n"
    )
    assert speakers_of(text) == ["Tobias Lindqvist"]
