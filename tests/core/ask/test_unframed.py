"""A question about the article itself that the article has no part for: "When was this published?"
with no dateline, date line or time stamp is tier 3 naming what it lacks, never a story sentence that
happens to say "published"."""

from __future__ import annotations

from bot.core import api, constants
from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

STUDY = parse_article(
    "Floods close schools\n\n"
    "Heavy rain flooded 30 villages in the Varna region on Monday, officials said.\n\n"
    "A study published last year found that such storms had doubled since 1990.\n"
)


def test_the_date_of_an_undated_article_is_missing_not_a_story_date():
    result = answer_question(STUDY, "When was this published?")
    assert result.tier == 3
    assert result.missing == ("a publication date",)


def test_the_agency_of_an_article_without_one_is_missing():
    result = answer_question(STUDY, "What news agency reported this?")
    assert result.tier == 3
    assert result.missing == ("a news agency",)


def test_what_is_missing_is_worded_as_a_description_not_a_typed_term():
    result = answer_question(STUDY, "When was this article written?")
    assert api.not_mentioned(result) == "The article doesn't mention a publication date."


def test_where_this_happened_with_no_dateline_is_still_answered_from_the_story():
    result = answer_question(STUDY, "Where did this happen?")
    assert result.tier != 3


RESIGNATION = parse_article(
    "Candidate quits\n\n"
    "A council candidate quit after reports in a newspaper that he went to a fringe rally. "
    "His party said the resignation followed disclosures in the Harbour Evening Gazette last month.\n"
)


def test_which_paper_reported_it_of_an_uncredited_story_is_the_storys_paper():
    result = answer_question(RESIGNATION, "Which newspaper reported it?")
    assert result.tier != 3
    assert "Harbour Evening Gazette" in (result.answer or result.passage.text)


def test_which_agency_reported_it_still_asks_about_the_article():
    result = answer_question(RESIGNATION, "What news agency reported it?")
    assert result.missing == ("a news agency",)


# A corpus export's article on one line: the lede is the whole article.
ONE_LINE = parse_article(
    "Heavy rain flooded 30 villages in the Varna region on Monday, officials said. "
    + "".join(f"Road {n} was closed for the {n}th time this year as the river rose. " for n in range(4, 40))
    + "Schools will reopen on Friday.\n"
)


def test_where_this_happened_in_a_one_line_article_shows_its_opening_not_all_of_it():
    result = answer_question(ONE_LINE, "Where did this happen?")
    assert result.passage.text.startswith("Heavy rain flooded 30 villages in the Varna region")
    assert len(result.passage.text) <= constants.ASK_PASSAGE_CHARS
