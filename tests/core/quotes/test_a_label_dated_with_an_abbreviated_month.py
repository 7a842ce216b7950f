"""A fact-check label naming a speaker and a date with an abbreviated month ("Dresner, Aug. 2:
“…”") gives the quotation to the speaker: the month's full stop ends no sentence."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Senator Ruth Caldera claims the new port bill will cut shipping costs in half. Her aide, "
    "Paul Dresner, repeated the claim at a briefing.\n\n"
    "Dresner, Aug. 2: “The old rules have cost shippers enormously.”\n\n"
    "Caldera, July 9 statement: “I never met them. Not once.”\n"
)


def test_the_label_with_an_abbreviated_month_names_the_speaker():
    assert speakers_of(ARTICLE) == ["Paul Dresner", "Ruth Caldera"]


def test_a_full_stop_after_a_month_ending_a_sentence_still_ends_it():
    article = ARTICLE.replace("Dresner, Aug. 2:", "The vote came in Aug. Officials were told:")
    assert speakers_of(article)[0] is None
