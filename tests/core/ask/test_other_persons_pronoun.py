"""A sentence opening with the pronoun of the other sex than the person asked about, after one that
names someone else too, speaks of that someone: "Holloway married the engineer James Park in 1961. He
died in 2010." does not say when Holloway died, and the two sentences are no candidate for her."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.candidates import rank_candidates
from bot.core.ask.engine import answer_question

OBITUARY = parse_article(
    "Architect dies at 88\n\n"
    "Margaret Holloway, who designed the Kessling library and the town's first swimming baths, has died "
    "at the age of 88.\n\n"
    "She died on Sunday at her home in Ashgrove, her family said.\n\n"
    "Holloway married the engineer James Park in 1961. He died in 2010.\n\n"
    "Her library, opened in 1968, is now a listed building.\n"
)
HUSBAND = "Holloway married the engineer James Park in 1961. He died in 2010."


def test_his_death_is_no_candidate_for_hers():
    texts = [c.text for c in rank_candidates(OBITUARY, "When did Margaret Holloway die?")]
    assert HUSBAND not in texts


def test_his_death_is_not_offered_as_also_close_for_hers():
    result = answer_question(OBITUARY, "When did Margaret Holloway die?")
    assert all("He died in 2010" not in s.text for s in (result.passage, *result.also) if s is not None)


def test_his_death_still_answers_for_him():
    result = answer_question(OBITUARY, "When did James Park die?")
    assert result.tier == 1
    assert result.answer == HUSBAND
