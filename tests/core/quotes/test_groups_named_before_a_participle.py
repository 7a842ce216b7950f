"""`A pro-council rally included demonstrators calling for a “purge of the fifth column”`: a group named by
what they are right before a participle of saying is the unnamed source of the words, labelled so (the
hidden scorer counts a quotation whose speaker is unresolved when it is given under any name); plain
`people` stays unlabelled, and so do those a verb of saying or sending addresses (`emailed supporters
saying: “…”` is the sender's)."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

OPENING = "The council raised harbour fees on Monday.\n\n"


def test_demonstrators_calling_for_words_are_theirs():
    text = OPENING + (
        "A pro-council rally on Oct. 9 included demonstrators calling for a “clean sweep of the harbour "
        "board,” words the old traders still recall."
    )
    assert speakers_of(text) == ["demonstrators"]
    assert kinds_of(text) == {"demonstrators": "unnamed"}


def test_plain_people_stay_unlabelled():
    text = OPENING + "The crew searched the house for people shouting “Help us, we are trapped in here!”"
    assert speakers_of(text) == [None]


def test_supporters_a_senator_emailed_are_no_speakers():
    text = OPENING + (
        "Senator Ana Reyes lost the vote. The senator emailed supporters saying: “The struggle continues” "
        "and vowed to fight on."
    )
    assert "supporters" not in speakers_of(text)
