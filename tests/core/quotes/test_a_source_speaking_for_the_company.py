"""An unnamed source speaking for a plain noun ("a spokesman for the company") names the one
organisation the noun stands for, as "the company said" does ("a spokesman for Brannock Holdings");
a word ending a longer name ("Lines" of "Brannock Lines") is no business known by that word alone."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def _diverted(company: str, quoted: str) -> str:
    return (
        f"Shipping firms have begun to divert vessels. {company}, which runs a weekly service from Asia, "
        f"said it had sent two ships to Carrow.\n\n{quoted}\n"
    )


def test_a_spokesman_for_the_company_names_the_one_company():
    text = _diverted("Brannock Holdings", "“It is costing us dearly,” a spokesman for the company said.")
    assert speakers_of(text) == ["a spokesman for Brannock Holdings"]


def test_a_spokeswoman_for_the_bank_names_the_one_bank():
    text = "Harbor Bank raised its rates on Monday.\n\n“We had no choice,” a spokeswoman for the bank said.\n"
    assert speakers_of(text) == ["a spokeswoman for Harbor Bank"]


def test_a_spokesman_for_the_company_stays_so_when_no_company_is_clear():
    text = _diverted("Brannock Lines", "“It is costing us dearly,” a spokesman for the company said.")
    assert speakers_of(text) == ["a spokesman for the company"]


def test_the_last_word_of_a_longer_name_is_no_company_known_by_it():
    text = _diverted("Brannock Lines", "“It is costing us dearly,” the company said.")
    assert speakers_of(text) == ["the company"]
