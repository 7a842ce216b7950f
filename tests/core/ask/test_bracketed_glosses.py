"""ask.definitions: "What does X mean?" is answered by the sentence glossing X in brackets ("A pujá
(literally means worship, devotion, or offering) was conducted ..."), with or without the accents the
article writes, not by a sentence only using X."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

HARVEST = (
    "Harvest party draws crowd\n\n"
    "On Saturday, a few hundred people attended a harvest party in Kelby.\n\n"
    "A pujá (literally means worship, devotion, or offering) was conducted at the start of the meeting and a "
    "poster was displayed.\n\n"
    'Ana Lobo had said, "The town was quiet because of pujá rituals. But these arrogant ministers have '
    'challenged the harvest by eating in public."\n'
)


def test_a_bracketed_gloss_answers_what_a_word_means():
    for question in ("What does puja mean?", "What does pujá mean?", "What is a puja?"):
        answer = answer_question(parse_article(HARVEST), question).answer
        assert answer is not None and "literally means worship" in answer, question


FEVER = (
    "Health body declares an epidemic\n\n"
    "On Wednesday, the Harbor Health Board declared the ongoing outbreak of KEL-7 — the disease caused by "
    "the kelby virus — to be an epidemic.\n\n"
    "As of Thursday, the board reported there were at least 1,200 cases of KEL-7 in the region, resulting "
    "in over 46 deaths.\n"
)


def test_a_hyphened_name_defined_by_a_dash_aside_answers_what_it_is():
    answer = answer_question(parse_article(FEVER), "What is KEL-7?").answer
    assert answer is not None and "the disease caused by" in answer
