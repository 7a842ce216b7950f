"""Sentence splitting of corpus-style news copy, as the summariser needs it."""

from bot.core.language.text import split_sentences


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


def test_single_capital_before_a_sentence_opener_ends_a_sentence():
    text = "He was diagnosed with hepatitis A. The diocese says he caught it in Italy."
    assert sentences(text) == [
        "He was diagnosed with hepatitis A.",
        "The diocese says he caught it in Italy.",
    ]


def test_middle_initials_still_do_not_end_a_sentence():
    assert sentences("George W. Bush spoke. He met John F. Smith.") == [
        "George W. Bush spoke.",
        "He met John F. Smith.",
    ]


def test_spaced_full_stop_after_a_function_word_is_a_line_wrap():
    text = "In a filing last week, Cassell and . Edwards said their client was forced."
    assert sentences(text) == [text]


def test_spaced_full_stop_after_a_title_is_not_a_sentence_end():
    assert sentences("Mr . Cameron has been ridiculed. He left.") == [
        "Mr . Cameron has been ridiculed.",
        "He left.",
    ]


def test_spaced_full_stops_of_a_by_line_still_split_it():
    assert sentences("By . Associated Press . The bishop said so.") == [
        "By .",
        "Associated Press .",
        "The bishop said so.",
    ]


def test_spaced_full_stop_after_a_content_word_ends_a_sentence():
    assert sentences("She died later from her injuries . The crash was in 2013.") == [
        "She died later from her injuries .",
        "The crash was in 2013.",
    ]
