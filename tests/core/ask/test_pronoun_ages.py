"""'How old was she?' and the obituary's "She was 91.": an age given by a pronoun-led sentence
belongs to the person the sentence before names, and answers a question asked by pronoun."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

OBITUARY = parse_article(
    "Ilse Varga, glassmaker, dies at 88\n\n"
    "Ilse Varga, a glassmaker whose bowls stand in three national museums, died on Friday at her "
    "studio in Kessling. She was 88.\n\n"
    "Her son, Pal Varga, said the cause was pneumonia.\n\n"
    "Varga married the potter Endre Lakos in 1961; he died in 2002. He was 79.\n\n"
    "She opened her first workshop in 1958 and taught at the Kessling academy for thirty years.\n"
)


def test_a_pronoun_led_age_after_the_sentence_naming_her_is_her_age():
    result = answer_question(OBITUARY, "How old was Ilse Varga?")
    assert result.tier == 1
    assert result.answer.endswith("She was 88.")
    assert "Ilse Varga, a glassmaker" in result.answer


def test_a_question_by_pronoun_takes_the_first_age_given_by_that_pronoun():
    result = answer_question(OBITUARY, "how old was she")
    assert result.tier == 1
    assert result.answer.endswith("She was 88.")


def test_a_question_about_him_never_takes_her_age():
    result = answer_question(OBITUARY, "How old was he?")
    assert "88" not in (result.answer or "")


def test_a_pronoun_led_age_after_a_sentence_naming_two_people_is_nobodys_for_sure():
    # "Varga married the potter Endre Lakos ...; he died in 2002. He was 79.": his age, not hers.
    result = answer_question(OBITUARY, "How old was Varga?")
    assert "79" not in (result.answer or "")


def test_an_age_at_death_is_the_pronoun_led_age_after_the_sentence_telling_the_death():
    result = answer_question(OBITUARY, "How old was Ilse Varga when she died?")
    assert result.tier == 1
    assert result.answer.endswith("She was 88.")
