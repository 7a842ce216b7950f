""" "attacked" reports words only when what it takes is words or a view ("attacked the plan as reckless")
or with a quotation: "after he attacked Ambassador Tom Reyes with a fruit knife" tells no one's words
and answers no "What did Reyes say ...?"."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.said import _reports_speech

KNIFE = parse_article(
    "Ambassador attacked in Seoul\n\n"
    "A man was quickly overpowered and taken into custody after he attacked Ambassador Tom Reyes with a "
    "fruit knife on Thursday morning. The attacker, Kim Dae-ho, 55, had a history of protests. Police said "
    "he acted alone.\n"
)


def test_a_physical_attack_answers_no_question_about_words():
    assert answer_question(KNIFE, "What did Reyes say after the attack?").tier != 1


def test_an_attack_in_words_still_reports_speech():
    assert _reports_speech("Reyes attacked the council's plan as reckless on Monday.")
    assert _reports_speech("Holt attacked Reyes for his remarks.")
    assert _reports_speech('Reyes attacked the rally: "This is a disgrace."')
    assert _reports_speech("He attacked the ambassador with a knife, police said.")
    assert not _reports_speech("He attacked the ambassador with a knife on Thursday.")
