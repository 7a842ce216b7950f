"""A reason may stand before a marker of what it led to ("So they pulled over.", "winds meant that it would
have to stop", "which is why", "prompting"): such a sentence answers "Why ...?" as one with "because" does."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question
from bot.core.ask.question import WHY, answer_type_score

ASKED = {"ferry", "stop", "stopped", "return"}


def test_a_cause_before_meant_that_is_a_reason():
    text = "Headwinds meant that the ferry would have to stop on its return crossing."
    assert answer_type_score(WHY, text, ASKED) == 1.0


def test_a_cause_before_which_is_why_is_a_reason():
    text = "Fuel costs doubled last winter, which is why the ferry stopped."
    assert answer_type_score(WHY, text, ASKED) == 1.0


def test_a_cause_before_prompting_is_a_reason():
    text = "A storm flooded the harbour, prompting the ferry to stop."
    assert answer_type_score(WHY, text, ASKED) == 1.0


def test_an_intent_or_a_measure_is_no_effect_marker():
    assert answer_type_score(WHY, "I never meant it as a slight to the ferry crews.", ASKED) == 0.0
    assert answer_type_score(WHY, "The ferry stopped so quickly that nobody noticed.", ASKED) == 0.0
    assert answer_type_score(WHY, "So far the ferry has stopped twice.", ASKED) == 0.0


HARBOUR = parse_article(
    "Title: Harbour ferry halted\n\n"
    "The Gull Island ferry left the quay at seven, as it does every morning, carrying commuters and post. "
    "Halfway across, the crew smelled smoke in the engine room, with one deckhand feeling faint. So the "
    "crew turned back. Officials are trying to find out what went wrong, and how long the boat had been "
    "leaking before it turned back to the quay. The ferry company said the boat would be inspected on "
    "Monday.\n"
)


def test_a_reason_in_the_sentence_before_so_answers_why():
    result = answer_question(HARBOUR, "Why did the crew turn back?")
    assert result.tier == 1
    assert "smelled smoke in the engine room" in result.answer


def test_a_reason_for_the_asked_event_outranks_a_reason_for_something_else():
    asked = {"ferry", "closed", "close"}
    tied = answer_type_score(WHY, "The ferry was closed, citing rising fuel costs.", asked)
    other = answer_type_score(WHY, "It had run for medical trips every weekday.", asked)
    assert tied == 1.0
    assert 0.6 <= other < tied  # still a reason, so still an answer when it is the only one


def test_a_reason_put_first_is_tied_to_the_event_after_it():
    text = "After the engine caught fire, the ferry was closed."
    assert answer_type_score(WHY, text, {"ferry", "closed"}) == 1.0


def test_a_particle_an_employer_or_a_price_is_no_reason():
    asked = {"guards", "pull", "pulled", "pulling"}
    assert answer_type_score(WHY, "The guards were robbed soon after pulling over at Exit 7.", asked) == 0.0
    assert answer_type_score(WHY, "Two guards who work for Transvalue Inc. were held.", asked) == 0.0
    assert answer_type_score(WHY, "The truck was sold for $20,000 last year.", asked) == 0.0


def test_a_quoted_reason_is_read_inside_its_quotation_marks():
    text = 'An attendant suspended over "inappropriate images" on her blog says she has been fired.'
    assert answer_type_score(WHY, text, {"attendant", "suspended"}) == 1.0


def test_an_emotion_gives_its_cause():
    text = "Protesters were frustrated that the police released only part of the footage."
    assert answer_type_score(WHY, text, {"protesters", "frustrated"}) == 1.0
