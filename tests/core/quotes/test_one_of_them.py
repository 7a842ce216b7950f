"""A sentence opening "One of them told ..." introduces an unnamed person whom the he or she of the
next quotation's attribution means, never a person named before the group."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_one_of_them_is_the_he_after_it():
    text = (
        "“We are disgusted,” national president Tom Hale said in a statement. A group of students gathered "
        "to pray. One of them told a local station he was frustrated. “We should be past this,” he said.\n"
    )
    assert speakers_of(text) == ["Tom Hale", "one of them"]


def test_he_after_one_of_those_women_goes_back_to_the_man_who_wrote():
    text = (
        "Inquiry\n\nTen of the guards were interviewed, and four of the women asked for money, Tobias "
        "Wendler wrote. Police arrived when one of those women complained.\n\n"
        "“Although we found misconduct, our inquiry found no risk to the mayor,” he wrote.\n"
    )
    assert speakers_of(text) == ["Tobias Wendler"]
