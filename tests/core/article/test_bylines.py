"""By-line matter at the head of an article ("By . Rob Carver . PUBLISHED: . 06:12 EST, 14 March
2014 . | . UPDATED: ."), as a news site's page flattened to text runs it into the lede, is no story
text."""

from __future__ import annotations

from bot.core.article import parse_article

_FLATTENED_PAGE = (
    "By . Hannah Brill . PUBLISHED: . 06:12 EST, 14 March 2014 . | . UPDATED: . 09:40 EST, 14 March 2014 . "
    "The town council voted on Tuesday to close the library. Readers were upset."
)


def _flags(text: str) -> list[tuple[str, bool]]:
    article = parse_article(text)
    return [(s.text, s.is_byline) for p in article.paragraphs for s in p.sentences]


def test_every_by_line_sentence_before_the_story_is_marked():
    flags = _flags(_FLATTENED_PAGE)
    assert [text for text, byline in flags if byline] == [
        "By .",
        "Hannah Brill .",
        "PUBLISHED: .",
        "06:12 EST, 14 March 2014 . | .",
        "UPDATED: .",
        "09:40 EST, 14 March 2014 .",
    ]


def test_by_line_sentences_are_no_body_text():
    article = parse_article(_FLATTENED_PAGE)
    body = [s.text for p in article.paragraphs for s in p.sentences if s.is_body]
    assert body == ["The town council voted on Tuesday to close the library.", "Readers were upset."]


def test_a_by_line_paragraph_under_a_headline_is_marked():
    flags = _flags(
        "Council votes to close library\n\nBy Hannah Brill for the Daily Courier\n\nThe council voted.\n"
    )
    assert flags[0] == ("By Hannah Brill for the Daily Courier", True)


def test_a_sentence_opening_with_by_is_story_text():
    flags = _flags("Title: Vote\n\nBy the end of the day, the council had voted.\n")
    assert flags == [("By the end of the day, the council had voted.", False)]


def test_a_name_alone_later_in_the_story_is_no_by_line():
    flags = _flags("The council voted. Hannah Brill .\n")
    assert not any(byline for _, byline in flags)


def test_a_by_line_first_line_is_no_headline():
    article = parse_article(
        "By Hannah Brill\n\nThe council voted on Tuesday to close the library. Readers were upset.\n"
    )
    assert article.title == "The council voted on Tuesday to close the library"
    assert article.paragraphs[0].sentences[0].is_byline


def test_a_by_line_paragraph_under_a_standfirst_is_by_line_matter():
    # A feature's headline, its standfirst, then the writer: the by-line is not the article's first sentence.
    flags = _flags(
        "# The last lighthouse keepers\n\n"
        "*For decades the keepers lived on an island with no shop. A few are still alive.*\n\n"
        "By Ingrid Halvorsen\n\n"
        "Birgitta Holm was 23 when she first climbed the lighthouse.\n"
    )
    assert [text for text, byline in flags if byline] == ["By Ingrid Halvorsen"]


_WEB_HEAD = (
    "Council votes to close library\n\nBy Lina Marsh, Herald\nUpdated 9:12 PM ET, Tue March 3, 2026\n\n"
)
_STORY = "The town council voted on Tuesday to close the library. Readers were upset.\n"


def test_a_web_pages_updated_line_under_its_by_line_is_by_line_matter():
    flags = _flags(_WEB_HEAD + _STORY)
    assert flags[:2] == [("By Lina Marsh, Herald", True), ("Updated 9:12 PM ET, Tue March 3, 2026", True)]


def test_a_by_line_closed_by_its_date_is_by_line_matter():
    flags = _flags(
        "Council votes to close library\n\nBy Lina Marsh and Tom Reyes, Herald — March 3, 2026\n\n" + _STORY
    )
    assert flags[0] == ("By Lina Marsh and Tom Reyes, Herald — March 3, 2026", True)


def test_a_by_line_and_its_date_joined_by_a_hard_wrapped_text_are_by_line_matter():
    flags = _flags("By Lina Marsh, Herald Updated 9:12 PM ET, Tue March 3, 2026\n\n" + _STORY)
    assert flags[0] == ("By Lina Marsh, Herald Updated 9:12 PM ET, Tue March 3, 2026", True)


def test_a_date_opening_a_corpus_line_is_by_line_matter():
    flags = _flags("March 3, 2026 . " + _STORY)
    assert flags[0] == ("March 3, 2026 .", True)
    assert not flags[1][1]


def test_a_sentence_opening_with_a_date_is_story_text():
    flags = _flags("March 3, 2026 was the day the council voted to close the library.\n")
    assert not flags[0][1]
