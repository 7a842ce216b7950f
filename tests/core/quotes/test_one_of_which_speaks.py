"""A relative "one of which" or "one of whom" after a plural noun speaks for one of those just named:
"the island's newspapers, one of which called it “…”" is one of the island's newspapers, an
organisation, and "three witnesses, one of whom said ..." one of the witnesses, an unnamed source."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

ROW = "The envoy decided not to file a protest on Monday.\n\n"


def test_one_of_the_newspapers_just_named_speaks_as_an_organisation():
    text = ROW + (
        "The incident has been covered by the island's newspapers, one of which called it “another "
        "indiscretion for which the minister should resign”.\n"
    )
    assert speakers_of(text) == ["one of the island's newspapers"]
    assert kinds_of(text)["one of the island's newspapers"] == "organisation"


def test_one_of_the_witnesses_just_named_is_an_unnamed_source():
    text = ROW + "Police spoke to three witnesses, one of whom said the car was “going far too fast.”\n"
    assert speakers_of(text) == ["one of three witnesses"]
    assert kinds_of(text)["one of three witnesses"] == "unnamed"


def test_which_after_a_name_gives_no_one_of_source():
    text = ROW + "The report was read by Ada Holt, who called it “a fair account.”\n"
    assert speakers_of(text) == ["Ada Holt"]
