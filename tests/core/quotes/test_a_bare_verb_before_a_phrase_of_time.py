"""A verb in -ed right after a quotation and a name is how that name spoke even when a phrase of
time or occasion follows it ("“…,” Brandt charged as he campaigned", "cracked at a reception")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Candidate sharpens attacks\n\nGovernor Hollis Brandt took aim at his rival on Saturday.\n\n"


def test_a_bare_verb_before_as_and_a_clause():
    text = (
        LEAD
        + '"A man who cannot run a bakery wants the state," Brandt charged as he campaigned in Millport.\n'
    )
    assert speakers_of(text) == ["Hollis Brandt"]


def test_a_bare_verb_before_at_and_an_occasion():
    text = LEAD + '"I have not had so much fun in years," Brandt cracked at a reception for the team.\n'
    assert speakers_of(text) == ["Hollis Brandt"]
