"""`If the crew lost power, he may have had no time, said Tom Garde, a pilot. “…”`: the comma before an
inverted verb of saying closes the reported clause, so the name after the verb speaks it, and the quotation
after that sentence goes on in that voice; a pronoun inside the reported clause is no subject of `said`.
`..., who was not authorized to speak, said the ministry had “…”` stays no one's: the words after the verb
are what was said."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_QUOTE = "“A pilot in that spot has seconds. So I think they tried to turn back.”"


def test_a_pronoun_in_the_reported_clause_leaves_the_inverted_name_speaking():
    text = (
        "The plane was lost over the bay.\n\n"
        f"If the crew had lost power, he may have had no time, said Tom Garde, a pilot. {_QUOTE}\n"
    )
    assert speakers_of(text) == ["Tom Garde"]


def test_a_name_in_the_reported_clause_leaves_the_inverted_name_speaking():
    text = (
        "The plane was lost over the bay.\n\n"
        f"If Ivan Morel had lost power, he may have had no time, said Tom Garde. {_QUOTE}\n"
    )
    assert speakers_of(text) == ["Tom Garde"]


def test_a_clause_after_the_verb_is_what_was_said():
    text = (
        "The talks went on late.\n\n"
        "A senior official travelling with the delegation, who was not authorized to speak on the record, "
        "said the ministry had “a good understanding of the deal we can draw conclusions from.”\n"
    )
    assert speakers_of(text) != ["the ministry"]


def test_people_in_the_reported_clause_leave_the_inverted_name_speaking():
    text = (
        "The summit opens in May.\n\n"
        "If the prince stands among other world leaders, he may look like a minor figure, said Ada Velt, "
        "a professor of history. “In group pictures he would look small.”\n"
    )
    assert speakers_of(text) == ["Ada Velt"]
