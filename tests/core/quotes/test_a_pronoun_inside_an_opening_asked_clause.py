"""A he inside an opening question clause ("Asked whether he was considering a run, Whitcombe
brushed aside the question") means the main clause's subject named after it, so a later "he said"
goes to that subject, not to the last man quoted."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Feud\n\nGovernor Dale Whitcombe called on his party to stop feuding on Thursday.\n\n"
    "Party strategist Owen Rasmuller said the party could learn from its rivals. “We can do better "
    "than that,” Rasmuller said.\n\n"
)


def test_the_he_after_an_asked_clause_is_the_one_asked():
    text = LEAD + (
        "Asked whether he was considering a run for the Senate, Whitcombe brushed aside the question. "
        "“Anyone thinking about that right now needs a long rest,” he said.\n"
    )
    assert speakers_of(text) == ["Owen Rasmuller", "Dale Whitcombe"]


def test_a_he_after_the_asked_clauses_comma_is_still_the_sentences_own():
    text = LEAD + (
        "Asked about the Senate, he said nothing. Whitcombe later toured a school. “Anyone thinking "
        "about that right now needs a long rest,” he said.\n"
    )
    assert speakers_of(text) == ["Owen Rasmuller", "Dale Whitcombe"]
