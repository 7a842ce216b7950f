"""The name after "with" that a participle follows, past an aside ("with Adm. Grant Holloway --
head of the coastal fleet -- expressing his condolences"), is that participle's subject: a he in
the next sentence may mean him."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Heavy rain forced rescuers to halt the search for four sailors missing off the coast.\n\n"
    "Debris was found near Corran Point, harbor spokesman Neil Ashby said.\n\n"
)
QUOTE = "\n\nHe said the loss was “a reminder to us that those who serve put themselves at risk.”"


def test_a_he_after_an_absolute_with_clause_means_its_subject():
    text = (
        LEAD + "Still, there was little hope, with Adm. Grant Holloway -- head of the coastal fleet -- "
        "expressing his condolences." + QUOTE
    )
    assert speakers_of(text) == ["Grant Holloway"]


def test_a_name_after_with_and_no_participle_is_no_subject():
    text = LEAD + "Still, there was little hope after a call with Adm. Grant Holloway on Monday." + QUOTE
    assert speakers_of(text) != ["Grant Holloway"]
