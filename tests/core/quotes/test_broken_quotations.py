"""A quotation broken by its attribution (“A,” she said. “B.”) stays two quotes, as news corpora
mark it, but the second resumes the first: it is no partial quote, and a reader is shown the two
together, with the attribution as the article writes it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import passages
from bot.core.quotes.engine import extract_quotes
from tests.core.quotes.speakers import speakers_of

_TEXT = (
    "Title: T\n\nMayor Ada Holt opened the harbour on Monday.\n\n"
    "“After that, we rebuilt the pier,” she said. “Now the boats can come back.”\n\n"
    "“It took two years,” Holt said, “and it cost more than we planned.”\n\n"
    "Holt called the pier “a gift to the town” and the harbour “our future for years.”\n"
)


def _quotes():
    return extract_quotes(parse_article(_TEXT))


def test_a_quotation_broken_by_its_attribution_goes_on_in_the_next_sentence():
    assert [q.resumes for q in _quotes()[:2]] == [False, True]


def test_the_rest_of_a_quotation_after_its_attribution_is_no_partial_quote():
    rest = _quotes()[3]
    assert rest.text == "and it cost more than we planned."
    assert rest.resumes and not rest.partial


def test_fragments_in_the_writers_sentence_do_not_resume_each_other():
    assert [q.resumes for q in _quotes()[4:]] == [False, False]


def test_a_broken_quotation_is_shown_as_one_passage():
    groups = passages.passages(_quotes())
    assert [len(g) for g in groups] == [2, 2, 2]
    assert passages.passage_text(groups[0]) == (
        "“After that, we rebuilt the pier,” she said. “Now the boats can come back.”"
    )
    assert (
        passages.passage_text(groups[1])
        == "“It took two years,” Holt said, “and it cost more than we planned.”"
    )


def test_a_passage_shows_sentences_its_pieces_share_once():
    text = (
        "Title: T\n\nMayor Ada Holt opened the harbour on Monday.\n\n"
        "“What kept me going,” she said, “is the pier. It was our work.”\n"
    )
    group = passages.passages(extract_quotes(parse_article(text)))[0]
    assert passages.passage_text(group) == "“What kept me going,” she said, “is the pier. It was our work.”"


def test_the_heading_counts_quotes_and_the_passages_they_are_shown_in():
    assert passages.quotes_heading(_quotes()[:4]) == "4 quotes in 2 passages"


def test_the_heading_is_a_plain_count_when_every_quote_stands_alone():
    assert passages.quotes_heading([_quotes()[0], _quotes()[4]]) == "2 quotes"


def test_partial_quotes_of_one_sentence_are_shown_as_one_passage():
    partials = _quotes()[4:]
    assert [q.text for q in partials] == ["a gift to the town", "our future for years."]
    assert passages.passages(partials) == [tuple(partials)]
    assert passages.passage_text(partials) == (
        "Holt called the pier “a gift to the town” and the harbour “our future for years.”"
    )
    assert passages.quotes_heading(partials) == "2 quotes in 1 passage"


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
