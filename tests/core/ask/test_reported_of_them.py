""" "What did Reyes say about the warrants?" is not answered by a sentence reporting someone else's words in
which Reyes is only named well after the verb of saying ("Norland's news agency reported Norland issued
warrants ... for harbour master Tom Reyes"). A name before the verb, or right after it ("said Tom Reyes"),
speaks."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.said import reports_of_them

_REPORT = (
    "On Monday, Norland's state news agency reported Norland issued arrest warrants on 12 people believed to "
    "have been involved in the fire and asked the harbour police to detain harbour master Tom Reyes."
)


def test_a_report_naming_the_person_only_after_its_verb_is_not_their_words():
    assert reports_of_them("What did Reyes say about the warrants?", [_REPORT])
    assert not reports_of_them("What did Reyes say?", ["Reyes told reporters the warrants were unlawful."])
    assert not reports_of_them(
        "What did Reyes say?", ["The warrants are unlawful, said harbour master Tom Reyes."]
    )


def test_the_report_is_no_answer_to_what_the_person_said():
    article = parse_article(_REPORT + "\n\nAmong the 12 warrants, Reyes's was the only name disclosed.\n")
    assert answer_question(article, "What did Reyes say about the warrants?").tier != 1
