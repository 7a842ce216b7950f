"""An unnamed person introduced after the sentence's opening link ("But a spokeswoman for Lutz said
...") is whom the next sentence's "she said" means, as without "But"; the label ends at the verb."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Vote fight\n\nAgency spokeswoman Nora Hask said the vote was a mistake.\n\n"


def test_a_she_after_but_a_spokeswoman_is_the_spokeswoman():
    text = LEAD + 'But a spokeswoman for Lutz said the mayor refused. "We heard nothing," she said.\n'
    assert speakers_of(text) == ["a spokeswoman for Lutz"]


def test_the_unnamed_label_ends_at_its_verb_of_saying():
    text = LEAD + 'A Lutz spokeswoman said the mayor refused. "We heard nothing," she said.\n'
    assert speakers_of(text) == ["a Lutz spokeswoman"]


def test_a_named_woman_quoted_before_keeps_her_own_words_only():
    text = LEAD + 'But a spokeswoman for Lutz said the mayor refused. "We heard nothing," she said.\n'
    assert "Nora Hask" not in speakers_of(text)
