"""Quote marks typed in odd ways: a quotation nested in marks of its own style, a title opened and never
closed, an opening mark glued to the word before, and contractions that are no opening mark.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from bot.core.quotes import marks as qm
from tests.core.quotes.speakers import speakers_of


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in qm.find_spans(text)]


def test_an_opening_mark_glued_to_the_word_before_still_opens_a_quotation():
    text = (
        "Pupils marked the day with pies. 'It is a real exciting moment,' said Nathan Kerr, a maths "
        "teacher, who called it a time for people to'remember how much fun they found some of the "
        "stuff in school.'\n"
    )
    assert speakers_of(text) == ["Nathan Kerr", "Nathan Kerr"]


def test_a_contraction_is_no_glued_opening_mark():
    text = "Nathan Kerr, a maths teacher, said he'll be back. 'It was fun,' he said.\n"
    assert speakers_of(text) == ["Nathan Kerr"]


def test_a_misspelt_contraction_is_no_glued_opening_mark():
    text = "Nathan Kerr, a maths teacher, said it was'nt over. 'It was fun,' he said.\n"
    assert speakers_of(text) == ["Nathan Kerr"]


def test_a_quotation_nested_in_the_same_curly_marks_stays_inside_the_outer_one():
    text = "Dana Holt tweeted: “Fans behind the mayor wearing “Vote For Holt” shirts tonight… ouch.”"
    assert _texts(text) == ["Fans behind the mayor wearing “Vote For Holt” shirts tonight… ouch."]


def test_a_quotation_nested_in_the_same_straight_marks_stays_inside_the_outer_one():
    text = 'Holt wrote, "Reports say the driver shouted "Stop now!" as he sped off." The post spread.'
    assert _texts(text) == ['Reports say the driver shouted "Stop now!" as he sped off.']


def test_a_quotation_with_a_same_style_nested_one_gets_its_speaker():
    text = (
        "The harbor board met on Monday.\n\n"
        "Ray Dorn, a councillor, wrote on Friday: “If you want voters to trust you, you have to show "
        "it even when “your side” is to blame. Otherwise, nothing else you say counts.”\n"
    )
    assert speakers_of(text) == ["Ray Dorn"]


def test_a_title_opened_inside_a_quotation_and_never_closed_leaves_the_quotation_whole():
    text = (
        "Holt continues, “In fact, the argument is so weak that Dorn published a column titled "
        "“‘Sorry, Not Me.’ He wrote, ‘I would vote for Holt.’”"
    )
    assert _texts(text) == [
        "In fact, the argument is so weak that Dorn published a column titled “‘Sorry, Not Me.’ "
        "He wrote, ‘I would vote for Holt.’"
    ]


def test_the_inch_marks_of_heights_close_no_quotation():
    text = (
        "“She keeps calling me ‘Tiny Ada.’ Fine, she’s taller than me; she’s about 6’1”,” Ada Holt "
        "said Friday in Maine as the hall cheered.\n\n"
        "“So I can’t see why she tells people I am 5’3”. You can’t believe a word.”\n"
    )
    found = quotes.extract_quotes(parse_article("Title: T\n\n" + text))
    assert [q.speaker for q in found] == ["Ada Holt", "Ada Holt"]
    assert found[1].text.endswith("5’3”. You can’t believe a word.")


def test_a_curly_quotation_nested_in_a_straight_one_running_on_stays_inside_it():
    text = (
        "Mara Quill stated:\n\n"
        '"The ministry is no longer about “Equal Fares For All” anymore. It is about cuts.\n\n'
        '"Every crew on the harbor knows it."\n'
    )
    assert speakers_of(text) == ["Mara Quill", "Mara Quill"]
