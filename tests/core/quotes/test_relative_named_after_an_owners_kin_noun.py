"""`The next day, May 30, Mr. Omar’s older sister, Sahra, walked to the police station. ... ¶ She challenged
him, saying that “…”`: a relative named after an owner's kin noun with a word saying which one ("older
sister", "late husband") heads the sentence as its subject, so a later she means her (was a man quoted
before, whose gender the article never said)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = (
    "Missing\n\nWord that he was missing was a blow for the city’s large community. “It went out like "
    "wildfire that he had left and nobody knew where he had gone,” said Abdiwali Hersi, a friend and, like "
    "Mr. Omar, a 2013 high school graduate. They had played football together just a few days earlier. "
    "“I had no clue,” he said.\n\n"
)


def test_she_is_the_older_sister_named_after_the_owner():
    text = OPENING + (
        "The next day, May 30, Mr. Omar’s older sister, Sahra, walked to the police station near the "
        "family’s apartment to report his disappearance. Over the next day or so, she managed to reach "
        "him in Turkey via messages on an app. Their exchanges are recorded in court papers.\n\n"
        "She challenged him, saying that “going away is not the answer to anything.”"
    )
    assert speakers_of(text) == ["Abdiwali Hersi", "Abdiwali Hersi", "Sahra"]
