"""A sentence ending "according to his uncle." is the uncle's account: the he or she of the next
quotation's attribution is that unnamed relative (listed as "his uncle"), not the sentence's subject,
whose uncle he is. A pronoun of the other sex, or a relative named after the noun, keeps the rules
before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_according_to_his_uncle_is_the_uncle():
    text = (
        "Tom Reyes paid his debt to the bank last year, according to his uncle. "
        "“He worked two jobs to do it,” he said.\n"
    )
    assert speakers_of(text) == ["his uncle"]


def test_she_after_according_to_her_longtime_lawyer_is_the_lawyer():
    text = (
        "Gwen Holt never saw the letter, according to her longtime lawyer. "
        "“It went to the wrong address,” she said.\n"
    )
    assert speakers_of(text) == ["her longtime lawyer"]


def test_a_named_uncle_still_speaks_by_name():
    text = (
        "Tom Reyes paid his debt to the bank last year, according to his uncle, Sam Ortiz. "
        "“He worked two jobs to do it,” he said.\n"
    )
    assert speakers_of(text) == ["Sam Ortiz"]


def test_he_after_according_to_his_mother_is_not_the_mother():
    text = (
        "Tom Reyes paid his debt to the bank last year, according to his mother. "
        "“I worked two jobs to do it,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Reyes"]
