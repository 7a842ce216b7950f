"""After a quotation's attribution ("“…,” Holt said,"), a clause of its own ("before Reyes
interjected:", "but Reyes shot back:") introduces the next quotation as its own subject's words,
not as what the first speaker reported."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_INTRO = "Mayor Ann Holt and council member Tom Reyes spoke on Monday.\n\n"


def test_a_clause_opened_by_before_gives_the_next_quotation_to_its_subject():
    text = _INTRO + "“It is a fair test,” Holt said, before Reyes interjected: “It is a trap.”\n"
    assert speakers_of(text) == ["Ann Holt", "Tom Reyes"]


def test_a_clause_opened_by_but_gives_the_next_quotation_to_its_subject():
    text = _INTRO + "“It is a fair test,” Holt said, but Reyes shot back: “It is a trap.”\n"
    assert speakers_of(text) == ["Ann Holt", "Tom Reyes"]


def test_a_person_reporting_another_still_speaks_the_words_reported():
    text = _INTRO + "Holt said Reyes once described the pier as “a trap for the unwary.”\n"
    assert speakers_of(text) == ["Ann Holt"]


def test_a_while_clause_after_the_attribution_gives_the_next_quotation_to_its_subject():
    text = _INTRO + "“The budget is sound,” Holt said on Friday, while Reyes called it “a fantasy.”\n"
    assert speakers_of(text) == ["Ann Holt", "Tom Reyes"]


def test_a_whereas_clause_gives_the_next_quotation_to_its_subject():
    text = _INTRO + "“The budget is sound,” Holt said, whereas Reyes called it “a fantasy.”\n"
    assert speakers_of(text) == ["Ann Holt", "Tom Reyes"]


def test_a_clause_after_a_semicolon_gives_the_quotation_to_its_own_subject():
    text = _INTRO + "Holt says the pier is safe; Reyes says “a storm would take it away.”\n"
    assert speakers_of(text) == ["Tom Reyes"]
