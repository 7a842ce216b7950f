""" "Who is X?" is answered by the sentence saying after the name who X is ("X was once ranked as the
country's richest man", "X is now known as a ..."), however low the model ranks it beside X's quotations."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

TYCOON = parse_article(
    "Harbour tycoon detained over accounts\n\n"
    "One of Norland's best-known businessmen was detained on Thursday on charges of falsifying accounts.\n\n"
    "Tomas Verlander was once ranked as the country's richest man and ran a group spanning ferries, hotels "
    "and a football club. He was led away from his office in Eastport by detectives.\n\n"
    "Mr Verlander's fall follows the arrests of several other executives as regulators try to clean up the "
    'market. "I felt enormous pressure when I worked for Harbour Lines and it was nothing but pain," '
    'Verlander told a weekly magazine in 1999. "He shouted at me for arriving late."\n'
)


def test_once_ranked_as_says_who_he_is():
    result = answer_question(TYCOON, "Who is Tomas Verlander?")
    assert result.answer is not None
    assert result.answer.startswith("Tomas Verlander was once ranked as the country's richest man")


def test_known_as_says_who_she_is():
    article = parse_article(
        "Chef opens harbour cafe\n\n"
        "A new cafe opened on the harbour front on Saturday.\n\n"
        "Ada Brell is now widely known as the best pastry chef in Norland. She trained in Lyon.\n\n"
        '"We wanted a place for the whole of Eastport," Brell told the Harbour Gazette. '
        '"Everyone is welcome at Brell\'s."\n'
    )
    result = answer_question(article, "Who is Ada Brell?")
    assert result.answer is not None
    assert "best pastry chef" in result.answer


def test_identified_as_says_who_he_is():
    article = parse_article(
        "Man shot after stabbings\n\n"
        "Police shot a man dead in Eastport on Sunday after three people were stabbed.\n\n"
        'The attacker, identified as Tom Reyes, 20, had been released from prison a week earlier. "He was '
        'obsessed with knives," Inspector Ada Holt told the Eastport Gazette. '
        '"Reyes planned it for weeks."\n'
    )
    result = answer_question(article, "Who is Tom Reyes?")
    assert result.answer is not None
    assert result.answer.startswith("The attacker, identified as Tom Reyes")
