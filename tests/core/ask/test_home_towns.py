"""'Where is X from?' is answered by British news copy's apposition after the name, 'Mr X, of
Woodbridge, Suffolk,' (where X lives), not by a sentence naming a newspaper with a people's word."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import ORIGIN, answer_type_score

ARTICLE = parse_article(
    "Candidate quits over rally\n\n"
    "A council candidate has stood down after admitting he went to a rally of a banned group. "
    "Tom Ashby-Kerr, who had been chosen to fight the Harbour ward, quit after reports in a newspaper. "
    "A party spokesman said Mr Ashby-Kerr's resignation followed disclosures in the West Anglian Evening "
    "Post last month. Mr Ashby-Kerr, of Wendham, Norfolk, has also resigned as branch treasurer.\n"
)


def test_the_place_after_the_asked_persons_name_says_where_they_are_from():
    sentence = "Mr Ashby-Kerr, of Wendham, Norfolk, has also resigned as branch treasurer."
    assert answer_type_score(ORIGIN, sentence, {"ashbykerr"}) == 1.0


def test_a_body_after_the_name_is_no_home_town():
    sentence = "Ann Bell, of the Reform Coalition, said the law was unfair."
    assert answer_type_score(ORIGIN, sentence, {"bell"}) < 1.0


def test_where_a_person_is_from_is_their_of_place_apposition():
    result = answer_question(ARTICLE, "Where is Ashby-Kerr from?")
    assert result.tier == 1
    assert "of Wendham, Norfolk" in result.answer
