"""A writing a sentence just before says a named person sent ("Ada Holt emailed supporters ... The email
goes on to say:", "Tom Reyes sent a short letter ... “…,” the letter said") holds that person's words;
a title before the sender's name may hold role words ("Parks director Linnea Frost put out a new
statement: “…,” the statement read"); one another person opens, or a campaign sends, or one sent
after an opening clause, is not given to anyone named."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_email_a_named_person_emailed_is_that_person():
    text = (
        "Ada Holt, vice chair of the campaign, emailed supporters on Monday.\n\n"
        "The email goes on to say: “We will win this fight together.”\n"
    )
    assert speakers_of(text) == ["Ada Holt"]


def test_the_letter_a_named_person_sent_is_that_person():
    text = "Tom Reyes sent a short letter to the board on Tuesday. “I resign,” the letter said.\n"
    assert speakers_of(text) == ["Tom Reyes"]


def test_a_letter_a_campaign_sent_is_no_persons():
    text = "Ada Holt spoke on Monday.\n\nThe Holt campaign sent a letter. “Give now,” the letter said.\n"
    assert speakers_of(text) != ["Ada Holt"]


def test_a_sentence_naming_two_people_before_its_verb_gives_no_one():
    text = "Tom Reyes and Ada Holt sent a joint letter on Tuesday. “We resign,” the letter said.\n"
    assert speakers_of(text) == ["the letter"]


def test_the_statement_a_titled_person_put_out_before_the_quotation_in_its_sentence_is_that_person():
    text = (
        "Parks director Linnea Frost put out a new statement on Tuesday: “As I said before, the fountain "
        "was closed for safety reasons alone,” the statement read.\n"
    )
    assert speakers_of(text) == ["Linnea Frost"]


def test_a_statement_sent_after_an_opening_clause_is_no_ones():
    text = (
        "After Tom Reyes left, Linnea Frost released a statement on Tuesday. “The fountain was closed for "
        "safety reasons alone,” the statement said.\n"
    )
    assert speakers_of(text) == ["the statement"]
