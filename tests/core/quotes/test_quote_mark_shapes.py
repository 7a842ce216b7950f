"""Quote marks typed in odd ways: a quotation nested in marks of its own style, a title opened and never
closed, an opening mark glued to the word before, and contractions that are no opening mark.

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from bot.core.quotes import marks as qm
from tests.conftest import own_article
from tests.core.quotes.speakers import speakers_of


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in qm.find_spans(text)]


def test_an_opening_mark_glued_to_the_word_before_still_opens_a_quotation():
    text = (
        "Pupils marked the end of term with a fair. 'It is a truly happy afternoon,' said Nathan Kerr, a "
        "science teacher, who called it a chance for families to'see how much their children have "
        "grown this year.'\n"
    )
    assert speakers_of(text) == ["Nathan Kerr", "Nathan Kerr"]


def test_a_contraction_is_no_glued_opening_mark():
    text = "Nathan Kerr, a maths teacher, said he'll be back. 'It was fun,' he said.\n"
    assert speakers_of(text) == ["Nathan Kerr"]


def test_a_misspelt_contraction_is_no_glued_opening_mark():
    text = "Nathan Kerr, a maths teacher, said it was'nt over. 'It was fun,' he said.\n"
    assert speakers_of(text) == ["Nathan Kerr"]


def test_a_straight_mark_between_spaces_closes_the_open_quotation():
    text = '"My thoughts go out to the victims # Dorval " Vink tweeted. The city mourned.'
    assert _texts(text) == ["My thoughts go out to the victims # Dorval "]


def test_a_tweet_closed_by_a_spaced_mark_is_its_writers():
    text = (
        'Karel Vink, the prime minister, offered condolences on Twitter. "Another city mourns. My '
        'thoughts go out to the victims # Dorval " Vink tweeted.\n'
    )
    assert speakers_of(text) == ["Karel Vink"]


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


def _quotes(name: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes.extract_quotes(own_article(name))]


RAIL = "quotes_rail_remark.txt"


BRITISH = "quotes_british_partials.txt"


def test_single_quoted_speech_counts_in_an_article_that_also_uses_double_marks():
    said = _quotes(RAIL)
    assert ("Gail Ross", "I have used this line for years and never heard anything like it.") in said
    assert (None, "We apologise to every passenger on that train.") in said


def test_a_double_quotation_nested_in_a_single_one_stays_inside_it():
    texts = [text for _, text in _quotes(RAIL)]
    assert "You lot are animals" not in texts
    assert any(text.startswith('Then the conductor said "You lot are animals"') for text in texts)


def test_apostrophes_do_not_open_quotations():
    said = dict((text[:20], speaker) for speaker, text in _quotes(RAIL))
    assert said["Students don't deser"] == "Amara Nyong'o"
    assert any(text.endswith("the '90s all over again.") for _, text in _quotes(RAIL))


def test_elided_decade_and_plural_possessive_are_not_marks():
    text = "In the '90s the students' union said 'We will march,' and did."
    spans = [text[s.start : s.end] for s in qm.paragraph_spans(text)]
    assert spans == ["We will march,"]


def test_british_partial_quotations_in_straight_single_marks_have_their_speaker():
    said = _quotes(BRITISH)
    assert ("Rob Penhale", "a wake-up call for every parish") in said
    assert ("Rob Penhale", "part of the answer, not the problem") in said


def test_british_copy_keeps_its_elisions_out_of_the_quotations():
    assert all("roll" not in text and "90s" not in text for _, text in _quotes(BRITISH))
