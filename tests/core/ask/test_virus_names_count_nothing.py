"""A name ending in a figure after a hyphen ("COVID-19", "SARS-CoV-2") names a virus or a model: its figure
counts nothing, so "How many volunteers were studied?" is not answered by the lede that names the virus and
a word of the question ("studying"), but by the sentence counting the volunteers."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question
from bot.core.ask.question import answer_type_score, classify

STUDY = parse_article(
    "Virus spreads like flu, study finds\n\n"
    "In a report published on Friday, doctors studying patients in Eastport said that SARS-CoV-2, the virus "
    "that causes COVID-19, may spread much as influenza does.\n\n"
    "The team used swab samples from the noses and throats of twelve infected volunteers, including one "
    "volunteer who had no symptoms.\n\n"
    "Several of the volunteers had only mild symptoms. The volunteers were all adults.\n\n"
    "Other doctors said the findings were worrying.\n"
)


def test_a_virus_name_is_no_count():
    question = "How many volunteers were studied?"
    kind = classify(question).kind
    assert answer_type_score(kind, "the virus SARS-CoV-2 was found", set()) == 0.0
    assert answer_type_score(kind, "cases of COVID-19 rose", set()) == 0.0
    assert answer_type_score(kind, "Covid-19 reached 40 homes", set()) == 1.0


def test_the_count_of_the_volunteers_ranks_first():
    question = "How many volunteers were studied?"
    assert "twelve infected volunteers" in rank_candidates(STUDY, question)[0].text
    result = answer_question(STUDY, question)
    assert "twelve infected volunteers" in (result.answer or result.passage.text)


def test_one_of_the_things_counted_is_a_count_of_them():
    # "one of the volunteers" counts the volunteers asked about, whatever virus the sentence names.
    question = "How many volunteers had no symptoms?"
    words = {"volunteers", "volunteer", "symptoms", "symptom"}
    kind = classify(question).kind
    assert answer_type_score(kind, "One of the volunteers had no symptoms at all.", words) == 1.0
    assert answer_type_score(kind, "Eastport is one of the main centres of the trial.", words) == 0.0
    assert answer_type_score(kind, "Reyes is one of the volunteers who fell ill.", words) == 0.0
