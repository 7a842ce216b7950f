"""Questions about news copy as corpora store it (one line, one paragraph) and as readers type
them: how sure a one-paragraph article's answer is, what a reason is, what is never mentioned."""

from __future__ import annotations

import pytest

from bot.core.ask.candidates import rank_candidates
from bot.core.ask.confidence import FEATURES
from tests.conftest import own_article


@pytest.fixture(scope="module")
def orchard():
    return own_article("ask_one_line_orchard.txt")


def test_a_one_paragraph_article_weighs_the_lead_over_a_rival_sentence_far_away(orchard):
    assert len(orchard.paragraphs) == 1
    best = rank_candidates(orchard, "What did the board say about the valley?")[0]
    # Two other sentences a few hundred characters away say as much: no clear lead, although no
    # other paragraph exists (before, the lead was full: 1.0).
    assert best.evidence.values[FEATURES.index("lead")] < 0.5
