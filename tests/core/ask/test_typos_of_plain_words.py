""" "who qualifed second" asks who qualified, of a report that says "qualifying": a lower-case word no
word list knows, one slip from a common word the article uses, is that word, not a name the article
lacks. A surname typed in lower case stays a name, and a word the search already finds as a typo is
left as typed."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.typos import with_corrected_typos
from bot.core.search.index import build_index

RACE = parse_article(
    "Pellow takes pole in Dunmore\n\n"
    "Kira Pellow took pole position for Sunday's Dunmore Grand Prix on the last lap of qualifying.\n\n"
    "Her team-mate Ottavio Brann finished qualifying in second place, a tenth of a second behind.\n\n"
    "The race starts at 2pm local time.\n"
)


def test_a_typo_of_a_plain_word_is_not_missing():
    reply = answer_question(RACE, "who qualifed second")
    assert reply.missing == ()
    assert "Ottavio Brann" in (reply.answer or reply.passage.text)


def test_a_typo_is_read_as_the_word_the_article_uses():
    index = build_index(RACE)
    assert with_corrected_typos(index, "who qualifed second") == "who qualified second"


def test_a_lower_case_name_the_article_lacks_is_still_missing():
    assert answer_question(RACE, "what did verstappen say").missing == ("verstappen",)


def test_a_word_the_search_finds_as_a_typo_is_left_as_typed():
    index = build_index(RACE)
    assert with_corrected_typos(index, "who was second in qualifyng") == "who was second in qualifyng"
