"""`When auditors asked about the payments, Delacroix responded “with …,” prosecutors alleged.`: once an
opening subordinate clause has closed before the quotation, the attribution right after the quotation
tells whose words they are; a quotation inside the subordinate clause stays its speaker's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "Gov. Sam Delacroix faces a tough re-election fight.\n\n"


def test_the_attribution_after_the_quotation_outranks_the_main_clauses_subject():
    text = OPENING + (
        "When auditors asked about the payments, Delacroix and his aide responded “with a series of "
        "misleading statements,” prosecutors alleged.\n"
    )
    assert speakers_of(text) == ["prosecutors"]


def test_a_quotation_in_the_main_clause_with_no_attribution_after_is_the_subjects():
    text = (
        OPENING
        + "When the audit began, Delacroix responded “with a series of misleading statements” and left.\n"
    )
    assert speakers_of(text) == ["Sam Delacroix"]


def test_a_quotation_inside_the_subordinate_clause_stays_its_speakers():
    text = OPENING + "As Delacroix condemned the “reckless spending,” Ivo Lowe said officers would patrol.\n"
    assert speakers_of(text) == ["Sam Delacroix"]


def test_a_quotation_right_after_the_subordinate_clauses_comma_stays_its_speakers():
    text = OPENING + "When Delacroix said, “No,” Ivo Lowe replied, “Then why are you here?”\n"
    assert speakers_of(text) == ["Sam Delacroix", "Ivo Lowe"]


def test_a_main_clause_opening_on_a_plain_noun_leaves_the_words_to_the_attribution_after():
    text = OPENING + (
        "When Delacroix told everyone he was close to the auditor, people “literally laughed,” "
        "one city hall aide said.\n"
    )
    assert speakers_of(text) == ["one city hall aide"]
