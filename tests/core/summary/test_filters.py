"""Sentence screening: debris, fragments and captions are recognised by their form alone."""

import pytest

from bot.core import constants
from bot.core.summary.filters import clipped, display_text, quote_open_after, screen


@pytest.mark.parametrize(
    "text",
    [
        "14:11 EST, 25 October 2013 . | .",
        "Last updated at 3:31 PM on 19th July 2011 .",
        "Scroll down for video and more pictures of the parade .",
        "UPDATED: .",
        "This transcript has been edited for length.",
        "This story has been corrected to fix the date in paragraph 4.",
        "Reporting by Fabian Cambero; Editing by Rosalba O'Brien",
        "Editor's note: Names have been changed.",
    ],
)
def test_by_line_and_time_stamp_debris_is_unusable(text):
    assert screen(text).unusable in ("debris", "fragment")


@pytest.mark.parametrize(
    "text",
    [
        "By .",
        "Associated Press .",
        "In a filing in federal court last week, Cassell and .",
        "and then the minister left the building without a word.",
        "LATEST SCORES FROM THE NORTHERN LEAGUE TONIGHT.",
    ],
)
def test_fragments_are_unusable(text):
    assert screen(text).unusable == "fragment"


@pytest.mark.parametrize(
    "text",
    [
        "Final embrace: A woman holds her dog in its last moments.",
        "Decision time: The manager will trim his squad to 22 next week.",
        "Pictured on the right is the map turned on its head.",
    ],
)
def test_captions_are_unusable(text):
    assert screen(text).unusable == "caption"


@pytest.mark.parametrize(
    "text",
    [
        "He admitted: 'In the past I have been more careful, but enough is enough.'",
        "The minister told MPs: 'We will not raise taxes this year.'",
        "Mr Coe, pictured with Alya and her father, said he was proud of the school.",
        "I did not know what to call it, and it was the first name I could think of.",
        "Players celebrate the winner with the crowd late on.",
    ],
)
def test_ordinary_sentences_are_usable(text):
    assert screen(text).unusable is None


@pytest.mark.parametrize("opening", ["He", "She", "It", "This", "But", "They"])
def test_sentences_opening_with_a_back_reference_lean_back(opening):
    assert screen(f"{opening} said the plan would be ready by the end of the year.").leans_back


@pytest.mark.parametrize("opening", ["This week,", "This weekend", "That year", "This morning"])
def test_a_sentence_dated_this_week_does_not_lean_back(opening):
    assert not screen(f"{opening} the council voted to close the library.").leans_back


@pytest.mark.parametrize("opening", ["Since then,", "After that,", "Even so,", "By then", "In addition,"])
def test_a_sentence_opening_with_a_phrase_pointing_back_leans_back(opening):
    assert screen(f"{opening} the number of readers has fallen every year.").leans_back


def test_a_sentence_dated_since_a_year_does_not_lean_back():
    assert not screen("Since 2010, the number of readers has fallen every year.").leans_back


def test_this_before_a_noun_that_is_no_time_still_leans_back():
    assert screen("This decision angered the library's readers.").leans_back


def test_sentence_opening_with_a_name_does_not_lean_back():
    assert not screen("Blinken said the plan would be ready by the end of the year.").leans_back


def test_quotations_and_questions_are_flagged():
    assert screen("“We will win,” she said after the vote on Friday.").is_quote
    assert screen("Who will pay for the new bridge over the river?").is_question


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("(CNN) -- Ralph Mata was a police lieutenant.", "Ralph Mata was a police lieutenant."),
        ("WASHINGTON (Reuters) - The Senate passed the bill.", "The Senate passed the bill."),
        ("NEW DELHI: India said on Monday it would act.", "India said on Monday it would act."),
        ("He wore a casual . navy blue shirt .", "He wore a casual navy blue shirt."),
        ("Cassell and . Edwards filed the suit.", "Cassell and Edwards filed the suit."),
        ("US officials said so.", "US officials said so."),
    ],
)
def test_display_text_removes_datelines_and_line_wraps(raw, shown):
    assert display_text(raw) == shown


def test_display_text_keeps_text_that_would_be_left_empty():
    assert display_text("UPDATED: .").startswith("UPDATED")


def test_ordinary_sentence_is_not_clipped():
    text = "The council met on Monday to discuss the budget."
    assert clipped(text) == text


def test_endless_sentence_is_clipped_at_a_clause_break_with_an_ellipsis():
    text = ("the river rose all night " * 15) + ", and the town woke to water " + "in every street " * 20
    result = clipped(text)
    assert result.endswith("…")
    assert len(result.split()) <= constants.SUMMARY_MAX_SENTENCE_WORDS


@pytest.mark.parametrize(
    ("text", "open_before", "open_after"),
    [
        ("He said: 'We will build it.", False, True),
        ("People really want to buy it.", True, True),
        ("I don't really care.'", True, False),
        ("“We will win,” she said.", False, False),
        ("Dencia's cream and the players' union.", False, False),
    ],
)
def test_quotation_state_is_tracked_past_apostrophes(text, open_before, open_after):
    assert quote_open_after(text, open_before) is open_after


def test_endless_text_without_spaces_is_clipped_by_characters():
    text = "北京今天下雨" * 200
    result = clipped(text)
    assert result.endswith("…")
    assert len(result) <= constants.SUMMARY_MAX_SENTENCE_CHARS + 1


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("(CNN Student News) -- Today we look at the vote.", "Today we look at the vote."),
        ("San Francisco, California (Mashable) -- Apple unveiled a phone.", "Apple unveiled a phone."),
        (
            "He met the Prime Minister (Labour) -- and then he left.",
            "He met the Prime Minister (Labour) -- and then he left.",
        ),
    ],
)
def test_partner_datelines_are_removed_but_asides_are_kept(raw, shown):
    assert display_text(raw) == shown


def test_a_time_inside_a_sentence_is_not_debris():
    assert screen("The attack happened at 10:30 PM on Tuesday in the city centre.").unusable is None


def test_a_sentence_that_is_all_quotation_leans_on_the_one_before():
    assert screen("“The employers have refused every offer we put on the table.”").leans_back
    assert not screen("“We will win,” said the union leader on Tuesday morning.").leans_back


def test_a_transcripts_speaker_label_stays_in_the_sentence():
    assert screen("MARSH: About 12,000 homes this morning, down from 80,000.").text.startswith("MARSH: ")


def test_a_transcript_reply_leans_on_the_question_before_it():
    assert screen("MARSH: No. We made the request before the river crested.").leans_back


def test_a_transcript_turn_that_is_no_reply_stands_alone():
    assert not screen("MARSH: About 12,000 homes this morning, down from 80,000.").leans_back


def test_a_title_wrapped_before_its_name_is_closed_up():
    shown = screen("Mr . Cameron has been ridiculed for wearing the same loafers on every holiday.").text
    assert shown == "Mr Cameron has been ridiculed for wearing the same loafers on every holiday."


def test_a_title_that_may_end_a_sentence_keeps_its_stop():
    shown = screen("The choir sang a hymn to thank the Lord . Then the bells rang out.").text
    assert shown == "The choir sang a hymn to thank the Lord . Then the bells rang out."
