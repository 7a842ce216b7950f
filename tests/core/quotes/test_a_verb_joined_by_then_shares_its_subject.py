"""A verb of saying joined by "then" to the one before ("“…,” he told reporters, then added, “…”")
shares that verb's subject: the second quotation is the same speaker's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Station attack\n\nA gunman killed two people at the rail station in Marlow on Friday.\n\n"


def test_then_added_after_told_reporters_keeps_the_speaker():
    text = LEAD + (
        "Governor Walter Hemming visited the station on Saturday. “We will not be intimidated,” he told "
        "reporters, then added, “This city will grieve, and then it will get back to work.”\n"
    )
    assert speakers_of(text) == ["Walter Hemming", "Walter Hemming"]


def test_then_declared_after_said_keeps_the_speaker():
    text = LEAD + (
        "“That was the worst day of my life,” commuter Ivo Santer said, then declared at the top of his "
        "voice, “Never again in this town!”\n"
    )
    assert speakers_of(text) == ["Ivo Santer", "Ivo Santer"]
