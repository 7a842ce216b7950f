"""Quotations lost or given to no one because of how news copy writes them (session 14).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes.registry import build_registry
from tests.core.quotes.speakers import kinds_of, speakers_of


def test_a_quotation_saying_what_we_have_seen_is_speech_not_a_caption():
    text = (
        "Harbor officials said on Monday that ferry fares would rise again.\n\n"
        "“What we have seen is that our fares have been too low to pay for the boats,” Mara Quill, "
        "the deputy harbor director, said on a call with reporters.\n"
    )
    assert speakers_of(text) == ["Mara Quill"]


def test_a_pull_quote_the_body_repeats_as_the_second_piece_of_a_quotation_is_the_body_speakers():
    text = (
        "The city council voted on Tuesday to close the old ferry pier.\n\n"
        "“We cannot keep patching a pier that the sea is taking back piece by piece.”\n\n"
        "The pier, built in 1931, carries about 4,000 passengers a day in summer.\n\n"
        "“The sea decides, not us,” said Gwen Holt, who chairs the works committee. “We cannot keep "
        "patching a pier that the sea is taking back piece by piece.”\n"
    )
    assert speakers_of(text) == ["Gwen Holt", "Gwen Holt"]


def test_a_pull_quote_signed_below_by_a_name_and_an_affiliation_without_a_dash_is_the_signers():
    text = (
        "Harbor officials said on Monday that fares would rise for the third year in a row.\n\n"
        "“We are going to enter the next downturn without the boats we need.”\n\n"
        "Josh Bivens, Harbor Policy Institute\n\n"
        "Fares rose by about 40 percent in ten years.\n"
    )
    assert speakers_of(text) == ["Josh Bivens"]


def test_a_pull_quote_block_closed_after_its_signature_line_is_the_signers():
    text = (
        "Harbor officials said on Monday that fares would rise for the third year in a row.\n\n"
        '"We are going to enter the next downturn without the boats we need.\n'
        'Josh Bivens, Harbor Policy Institute."\n\n'
        "Fares rose by about 40 percent in ten years.\n"
    )
    assert speakers_of(text) == ["Josh Bivens"]


def test_a_sentence_about_a_person_after_a_bare_quotation_signs_nothing():
    text = (
        "Harbor officials said on Monday that fares would rise for the third year in a row.\n\n"
        "“We are going to enter the next downturn without the boats we need.”\n\n"
        "Josh Bivens, an economist, disagreed with the board.\n"
    )
    assert speakers_of(text) == [None]


def test_a_person_described_then_named_by_a_given_name_alone_speaks_her_she_said():
    text = (
        "The mayor spoke at the pier on Monday and was heckled.\n\n"
        "The woman who started it all identified herself to reporters as a 52-year-old Salem resident "
        "named Caroline.\n\n"
        "“He truly cares about the town,” she said of the mayor.\n"
    )
    assert speakers_of(text) == ["Caroline"]


def test_a_person_identified_only_by_a_given_name_is_a_speaker():
    text = (
        "The protest was led by a woman, identified only as Joan, who lives near the pier.\n\n"
        "“We were never asked,” she said.\n"
    )
    assert speakers_of(text) == ["Joan"]


def test_a_thing_called_something_by_someone_is_no_person():
    text = "The mayor called Larkspur a disgrace on Monday.\n\n“Larkspur will answer for it,” she said.\n"
    assert "Larkspur" not in speakers_of(text)


def _gender_of(text: str, name: str) -> str | None:
    people = build_registry(parse_article("Title: T\n\n" + text)).persons
    return next(p.gender for p in people if p.name == name)


def test_a_she_opening_the_talk_of_the_sentence_after_one_about_her_tells_her_gender():
    text = (
        "Solenne Brac is a candidate in the mayoral election. While her party thrives on anger at the "
        "fares, she has been careful in her speeches.\n"
    )
    assert _gender_of(text, "Solenne Brac") == "f"


def test_a_she_after_a_sentence_whose_talk_a_pronoun_opened_tells_nothing_of_the_name():
    text = (
        "Solenne Brac, a councillor, spoke at the pier on Monday.\n\n"
        "After the storm, she issued a plan to rebuild the pier: Solenne Brac later adopted a similar "
        "approach. She has called for a new ferry too.\n"
    )
    assert _gender_of(text, "Solenne Brac") is None


def test_a_she_in_words_quoted_after_a_name_tells_nothing_of_the_name():
    text = (
        "Solenne Brac, a councillor, spoke at the pier on Monday.\n\n"
        "“She will win if Solenne Brac is still popular. And she will lose if the fares rise,” said "
        "Tom Reyes, a pollster.\n"
    )
    assert _gender_of(text, "Solenne Brac") is None


def test_she_goes_on_past_a_paragraph_she_opens_about_a_man_to_the_woman_before():
    text = (
        "Mary Brac is a candidate in the mayoral election.\n\n"
        "“It is everything but Ada Holt,” Brac told reporters.\n\n"
        "Polls see Brac losing the vote to a mainstream candidate, despite her growing popularity.\n\n"
        "She shares with Tom Reyes a plan that banks on presenting herself as an outsider.\n\n"
        "“We are not insiders,” she told reporters on Wednesday.\n"
    )
    assert speakers_of(text)[-1] == "Mary Brac"


def test_a_woman_of_no_known_given_name_speaks_her_she_told_past_a_man_talked_of():
    text = (
        "Solenne Brac is a candidate in the mayoral election. While her party thrives on anger at the "
        "fares, she has been careful in her speeches.\n\n"
        "“It is everything but Ada Holt,” Brac told reporters.\n\n"
        "Polls see Brac losing the vote to a mainstream candidate, despite her growing popularity.\n\n"
        "She shares with Tom Reyes a plan that banks on presenting herself as an outsider.\n\n"
        "“We are not insiders,” she told reporters on Wednesday.\n"
    )
    assert speakers_of(text)[-1] == "Solenne Brac"


def test_the_first_piece_of_a_broken_quotation_said_again_in_the_second_piece_is_kept():
    text = (
        "Sen. Ada Holt said on Friday that the mayor would release her taxes.\n\n"
        "“I think she will,” Holt replied. “She has been clear. And I think she will release them at "
        "the right time.”\n"
    )
    assert speakers_of(text) == ["Ada Holt", "Ada Holt"]


def test_a_second_piece_written_in_title_case_after_a_full_stop_is_speech_not_a_title():
    text = (
        "“Two people in this race know how to do that,” said Rick Wilson, a strategist who once worked "
        "for Holt. “That’s Ada Holt and Tom Reyes.”\n"
    )
    assert speakers_of(text) == ["Rick Wilson", "Rick Wilson"]


def test_a_mayor_whose_surname_is_a_newspaper_word_is_a_person():
    text = (
        "“I don't think there is bad publicity,” said Harbor City Mayor Don Guardian in an interview.\n\n"
        "Guardian said he understood why the governor would visit.\n"
    )
    assert kinds_of(text) == {"Don Guardian": "person"}
