""" "How much snow fell?" asks an amount of a stuff, said with a unit ("21 inches of snow") or the stuff
itself: a sentence whose every figure counts other things ("almost a dozen snow-day jokes") is no
answer."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import measures_another_thing

JOKES = parse_article(
    "Mayor jokes through the storm\n\n"
    "Every time a storm hits Brayford, students turn to social media to learn whether schools will close. "
    "The mayor, Tom Reyes, answers with jokes first. He was in fine form on Tuesday night, tweeting almost "
    "a dozen snow-day jokes, as yet another storm hit Brayford. Schools opened two hours late on Wednesday.\n"
)


def test_a_count_of_other_things_is_no_amount_of_snow():
    assert answer_question(JOKES, "How much snow fell on Tuesday night?").tier != 1


def test_an_amount_with_a_unit_still_answers():
    article = parse_article(
        "Storm buries Brayford\n\n"
        "A storm dropped 21 inches of snow on Brayford overnight, and about 3,000 homes lost power.\n"
    )
    result = answer_question(article, "How much snow fell on Brayford?")
    assert result.tier == 1 and "21 inches" in result.answer


def test_what_an_amount_of_stuff_may_be():
    question = "How much oil was spilled?"
    assert measures_another_thing(question, "Crews cleaned 40 beaches and rescued 300 birds.")
    assert not measures_another_thing(question, "About 4,000 barrels leaked into the bay.")
    assert not measures_another_thing(question, "The tanker spilled 2 million litres.")
    assert not measures_another_thing(question, "Some 5,000 were spilled, the company said.")
    # "How many" and "how much more" are read by the count's own rules
    assert not measures_another_thing("How many birds were rescued?", "Crews rescued 300 birds.")
    assert not measures_another_thing("How much longer will it take?", "Crews rescued 300 birds.")
