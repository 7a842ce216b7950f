"""'Who wrote this article?' is answered by the byline or the writer's closing line, never by a
sentence where someone in the story is writing something else."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask import not_mentioned
from bot.core.ask.engine import answer_question

STORY = (
    "Appeal court rules on fares\n\n"
    "{byline}"
    "A state court on Friday blocked a bus fare rise in Dunmore County.\n\n"
    'Judge Ada Pell, writing for the panel, said the notice "was not a formality."\n\n'
    "{closing}"
)


def article(byline: str = "", closing: str = "The county has 30 days to appeal.\n"):
    return parse_article(STORY.format(byline=byline, closing=closing))


def test_the_byline_names_the_writer():
    result = answer_question(article(byline="By Lina Marsh\n\n"), "Who wrote this article?")
    assert result.answer == "By Lina Marsh"


def test_a_wire_byline_in_capitals_with_its_agency_names_the_writer():
    result = answer_question(article(byline="By LINA MARSH, Associated Press\n\n"), "who wrote this")
    assert result.answer == "By LINA MARSH, Associated Press"


def test_a_wire_byline_of_two_writers_is_byline_matter():
    story = article(byline="By LINA MARSH and IVO BRANDT, Associated Press\n\n")
    assert story.sentences[0].is_byline


def test_the_closing_line_about_a_writer_the_story_never_names_is_the_answer():
    closing = "Nora Quill, a former transit planner, is a fellow at the Civic Roads Institute.\n"
    result = answer_question(article(closing=closing), "who is the author")
    assert result.tier == 1
    assert result.answer.startswith("Nora Quill")


def test_a_wire_credit_line_closing_the_article_names_the_reporter():
    closing = (
        "The county has 30 days to appeal.\n\nReporting by Ivo Brandt in Dunmore; Editing by Cleo Marr\n"
    )
    result = answer_question(article(closing=closing), "Who wrote this article?")
    assert result.answer is not None and result.answer.startswith("Reporting by Ivo Brandt")


def test_without_a_writer_the_article_does_not_say():
    result = answer_question(article(), "Who wrote the story?")
    assert result.tier == 3
    assert not_mentioned(result) == "The article doesn't say."


def test_a_closing_line_about_someone_in_the_story_is_no_writer():
    result = answer_question(article(closing="Ada Pell is the court's senior judge.\n"), "Who wrote this?")
    assert result.tier == 3


def test_who_wrote_something_else_is_left_to_the_ranking():
    result = answer_question(article(byline="By Lina Marsh\n\n"), "Who wrote for the panel?")
    assert "Ada Pell" in result.answer


def test_a_story_in_one_paragraph_has_no_closing_line_about_a_writer():
    story = parse_article("Ada Pell was a judge for 30 years, and on Friday she blocked a bus fare rise.\n")
    assert answer_question(story, "Who wrote this?").tier == 3


def test_who_is_this_by_asks_for_the_writer():
    result = answer_question(article(byline="By Lina Marsh\n\n"), "Who is this by?")
    assert result.answer == "By Lina Marsh"


def test_the_line_an_opinion_pieces_disclaimer_follows_names_the_writer():
    # A corpus line: the opinion piece's writer's line and disclaimer run into its first paragraph.
    text = (
        "Nora Quill is a fellow at the Civic Roads Institute. The views expressed in this commentary "
        "are solely those of the writer. Bus fares in Dunmore County rose on Friday. Riders were upset."
    )
    result = answer_question(parse_article(text), "Who wrote this article?")
    assert result.answer == "Nora Quill is a fellow at the Civic Roads Institute."


def test_a_disclaimer_of_their_own_opinions_after_a_story_sentence_names_no_writer():
    text = (
        "Judge Ada Pell is the chief judge of the panel. The opinions expressed in this ruling are "
        "the court's. Bus fares in Dunmore County rose on Friday."
    )
    result = answer_question(parse_article(text), "Who wrote this article?")
    assert result.answer is None
