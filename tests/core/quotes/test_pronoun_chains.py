"""A he or she carried on by subject pronouns of that gender, through paragraphs naming no one, means
the one person of that gender the paragraph before them names, even as an object ("I met with Ada
Holt ... She is looking ahead. ¶ She plans ... ¶ “…,” she told me."); a she before that naming
means someone named earlier, and a paragraph about something else breaks the chain."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_chain_of_she_leads_back_to_the_woman_met():
    said = speakers_of(
        "I met with Ada Holt in her office two days after the vote. She is looking ahead to more votes."
        "\n\nShe plans to support at least a hundred candidates in the spring."
        "\n\n“What is imperative is that we keep the movement alive,” she told me."
    )
    assert said == ["Ada Holt"]


def test_a_she_before_the_woman_named_is_someone_else():
    said = speakers_of(
        "Tom Reyes spoke first. She appeared to imply that the mayor, Ada Holt, could lose the vote."
        "\n\nShe plans to support at least a hundred candidates in the spring."
        "\n\n“What is imperative is that we keep the movement alive,” she told me."
    )
    assert said == [None]


def test_a_paragraph_about_something_else_breaks_the_chain():
    said = speakers_of(
        "I met with Ada Holt in her office two days after the vote. She is looking ahead to more votes."
        "\n\nThe ferry will sail again in May, the harbour board has decided."
        "\n\n“What is imperative is that we keep the movement alive,” she told me."
    )
    assert said == [None]


def test_she_in_a_clause_opening_the_sentence_before_the_name_is_that_person():
    text = (
        "Even if she loses the primary, do not expect Delia Marsh to leave quietly. If the party keeps "
        "ignoring her, she says, she may run as an independent.\n\n"
        "“The party has not helped me,” she told the Harmon Ledger on Tuesday.\n"
    )
    assert speakers_of(text) == ["Delia Marsh"]


def test_a_pronoun_opening_a_clause_after_if_is_no_subject_the_next_he_goes_on_with():
    text = (
        "The caucus met on Tuesday.\n\n"
        "But Holt would be mistaken if he views the group as a “renegade caucus” to help the other "
        "side, said Rep. Emanuel Clever (D-Mo.).\n\n"
        "“We are not going to hold the caucus hostage for our own narrow interests,” he said.\n"
    )
    assert speakers_of(text)[-1] == "Emanuel Clever"


def test_a_pronoun_in_an_opening_participle_phrase_leaves_he_to_the_subject():
    text = (
        "Governor Ada Holt spoke on Tuesday. Mayor Tom Reyes was there too.\n\n"
        "Speaking to reporters as he left the hall, Reyes praised Holt as a woman of “tremendous energy.”\n\n"
        "“We are always on the same wavelength,” he said.\n"
    )
    assert speakers_of(text)[-1] == "Tom Reyes"
