"""A time in a clause joined by a conjunction ("..., as Streamly streamed the first two episodes early
Tuesday") dates that clause's deed: it answers no "When was ...?" about what the other clause tells."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

SITCOM = parse_article(
    "Sitcom returns online\n\n"
    'There\'s no movie yet, but the sitcom "Harbour Lights" has begun its sixth season. Not even '
    "cancellation by the network could kill the fan favourite, as Streamly streamed the first two episodes "
    "of the new season early Tuesday. The cast said they were thrilled.\n"
)


def test_a_time_of_another_clause_dates_nothing_asked():
    assert answer_question(SITCOM, "When was Harbour Lights cancelled?").tier != 1


def test_the_clauses_own_time_still_answers():
    result = answer_question(SITCOM, "When did Streamly stream the episodes?")
    assert result.tier == 1 and "early Tuesday" in result.answer


def test_a_time_in_the_asked_clause_still_answers():
    article = parse_article(
        "Network drops sitcom\n\n"
        "The network cancelled Harbour Lights in May, and Streamly picked it up a month later. "
        "Fans were delighted.\n"
    )
    result = answer_question(article, "When was Harbour Lights cancelled?")
    assert result.tier == 1 and "in May" in result.answer
