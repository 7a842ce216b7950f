"""A he or she in the paragraph where an unnamed source was just quoted ("A border guard told the
Gazette that “…”. ..., he explained"): the source goes on, though its noun tells no gender, when
no one the pronoun may mean is named in that paragraph before it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Border patrols\n\n"
    "Border patrols near Velmora have doubled this spring, officials said.\n\n"
    "Former colonel Aldric Menzies spoke to the Gazette about the patrols: “The people in the valley "
    "are not safe. The smugglers use them as cover.”\n\n"
)


def test_a_he_after_a_quoted_guard_is_the_guard():
    text = LEAD + (
        "A border guard told the Gazette on the condition of anonymity that the smugglers are dangerous "
        "because “they only care about money. The valley means nothing to them.” The smugglers started "
        "digging the tunnels two years ago, "
        "he explained, and “these tunnels are paid for by the river towns.”\n"
    )
    assert speakers_of(text) == ["Aldric Menzies", "a border guard", "a border guard"]


def test_a_she_added_after_a_quoted_contractor_is_the_contractor():
    text = (
        "Portal\n\nThe state's licensing portal crashed on its first day.\n\n"
        "“The contract was written so that nobody had to test anything,” a former software contractor "
        "told the Ledger. “But the warnings were there for months,” she added.\n"
    )
    assert speakers_of(text) == ["a former software contractor", "a former software contractor"]


def test_a_person_named_before_the_source_in_the_paragraph_keeps_the_pronoun():
    text = (
        "Debate\n\nHillary Clinton prepared for the debate on Monday.\n\n"
        "Clinton, a top aide said, “is very confident in the contrast,” and she has often told "
        "friends that “I only lost one debate.”\n"
    )
    assert speakers_of(text) == ["a top aide", "Hillary Clinton"]
