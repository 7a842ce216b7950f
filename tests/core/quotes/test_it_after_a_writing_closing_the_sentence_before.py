"""A paragraph opening "It said ... “…”" after a sentence whose attribution a writing closes ("...,
Treloar’s letter said.") stands for that writing: its writer speaks when a person owns it, else the
writing does; a sentence closed by someone speaking ("..., Treloar said.") is no writing for "It"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Dismissal\n\nIn a letter to Sergeant Dale Marrick, Chief Amos Treloar said he intended to fire "
    "the officer for serious violations of procedure.\n\n"
)
IT_SAID = (
    "It said Marrick would have the opportunity, with a union representative, to provide “further "
    "information or mitigating circumstances” before his dismissal was final.\n"
)
DISCIPLINED = "Marrick had previously been disciplined in 2017 for reckless driving that injured a bystander"


def test_it_after_a_persons_letter_is_the_writers():
    text = LEAD + DISCIPLINED + ", Treloar’s letter said.\n\n" + IT_SAID
    assert speakers_of(text) == ["Amos Treloar"]


def test_it_after_a_letter_no_one_owns_is_the_letters():
    text = LEAD + DISCIPLINED + ", the letter said.\n\n" + IT_SAID
    assert speakers_of(text) == ["the letter"]


def test_it_after_a_person_speaking_is_no_writing():
    text = LEAD + DISCIPLINED + ", Treloar said.\n\n" + IT_SAID
    assert speakers_of(text) == [None]
