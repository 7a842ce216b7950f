"""A paragraph of story whose last sentence a scraper cut off mid-sentence (no closing stop) stays
story with its quotations; a short caption or a credit without a stop stays a caption."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes

CUT_OFF = (
    "Nandakumar said the new reservoir would be the “heart of the whole scheme.” She called the old "
    "pipes the “biggest source of waste in town” and leaks"
)


def _kinds(text: str) -> list[str]:
    article = parse_article(
        "Title: Water plan\n\nMayor Priya Nandakumar presented her plan.\n\n" + text + "\n"
    )
    return [paragraph.kind for paragraph in article.paragraphs]


def test_a_paragraph_of_story_cut_off_mid_sentence_stays_story():
    assert _kinds(CUT_OFF)[-1] == "body"


def test_its_quotations_keep_their_speaker():
    article = parse_article(
        "Title: Water plan\n\nMayor Priya Nandakumar presented her plan.\n\n" + CUT_OFF + "\n"
    )
    assert [q.speaker for q in quotes.extract_quotes(article)] == ["Priya Nandakumar", "Priya Nandakumar"]


def test_a_short_caption_without_a_stop_stays_a_caption():
    assert _kinds("Mayor Priya Nandakumar at the reservoir on Wednesday")[-1] == "caption"


def test_a_story_line_ending_in_a_photo_credit_stays_a_caption():
    text = (
        "“We cannot keep losing water,” the mayor said of the plan she presented to the council on "
        "Wednesday. “That’s all I’m focused on.” | Jane Doe/AP Photo"
    )
    assert _kinds(text)[-1] == "caption"


def test_a_caption_ending_on_its_verb_of_saying_stays_a_caption():
    text = (
        "On Friday, Chinese leader Xi Jinping meets with Bill Gates. A meeting between the two is "
        "possible, but not certain, during this visit, US officials said"
    )
    assert _kinds(text)[-1] == "caption"


ONE_LONG_SENTENCE = (
    "Shortly after the plan was picked up by national media, her spokesman, Ned Callory, issued an "
    "email clarifying the mayor's position, asserting that the towns should decide the issue, as they "
    "currently do"
)


def test_one_long_sentence_that_lost_its_stop_stays_story():
    assert _kinds(ONE_LONG_SENTENCE)[-1] == "body"


def test_a_gallery_caption_as_long_as_a_sentence_stays_a_caption():
    text = (
        "Hide caption Marchers brought a variety of musical instruments to the rally at the reservoir, "
        "from harmonicas, trumpets and guitars to a communal drum pushed on a homemade dolly by volunteers"
    )
    assert _kinds(text)[-1] == "caption"


def test_a_short_perfect_of_saying_cut_off_stays_story():
    text = "Ketteridge has suggested the inquiry is “so tainted” by bias that it may need to be thrown out"
    assert _kinds(text)[-1] == "body"


def test_a_short_caption_in_the_present_without_a_stop_stays_a_caption():
    assert _kinds("Mayor Priya Nandakumar speaks to reporters at the reservoir on Wednesday")[-1] == "caption"
