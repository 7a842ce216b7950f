"""A he inside an opening clause of a subordinator and a participle ("After signaling in the first
debate that he would end the subsidies, Julian Ferrante appeared to soften") means the main clause's
subject named after it, so a later "he said" goes to that subject, not to the last man quoted."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Debate\n\nFive candidates for the Tallis Senate seat met on Tuesday night for their second debate.\n\n"
    "Victor Amsel, a former state treasurer, defended the current program. “I have fought for these "
    "payments for twenty years,” Amsel said.\n\n"
)
QUOTE = "“No family farm will be left behind,” he said.\n"


def test_the_he_after_a_participle_clause_is_the_main_clauses_subject():
    text = LEAD + (
        "After signaling in the first debate that he would end the subsidies altogether, Julian Ferrante "
        "appeared to soften that position on Tuesday. The candidate said his view was more nuanced.\n\n"
    )
    assert speakers_of(text + QUOTE) == ["Victor Amsel", "Julian Ferrante"]


def test_a_he_after_the_clauses_comma_is_still_the_sentences_own():
    text = LEAD + (
        "After signaling in the first debate that the subsidies should end, he said on Tuesday that "
        "Julian Ferrante had been right about them all along.\n\n"
    )
    assert speakers_of(text + QUOTE) == ["Victor Amsel", "Victor Amsel"]
