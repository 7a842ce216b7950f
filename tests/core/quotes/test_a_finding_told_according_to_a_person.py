"""Words a finding of no one's holds ("The deeper investigation concluded that Quill and her deputy
“…,” according to Ardenne"), set off by "according to" a named person, are that person's account,
in their words; a person who tells the clause keeps them. A later "he said" whose words name the
others by their rank ("Deputy Harbormaster Brisk") is not one of those it names."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Pilot captain removed\n\n"
    "Commodore Felix Ardenne spoke to reporters at a briefing in Kessing on Tuesday.\n\n"
)
FINDING = (
    "The deeper investigation concluded that Capt. Mara Quill and the station commander, Deputy "
    "Harbormaster Lionel Brisk, “did not act soon enough to clear the channel,” according to Ardenne.\n\n"
)


def test_a_finding_according_to_a_person_is_that_persons():
    assert speakers_of(LEAD + FINDING) == ["Felix Ardenne"]


def test_a_person_telling_the_clause_keeps_it():
    text = LEAD + (
        "Capt. Mara Quill admitted that the crew “did not act soon enough to clear the channel,” "
        "according to Ardenne.\n\n"
    )
    assert speakers_of(text) == ["Mara Quill"]


def test_he_said_is_not_the_one_his_words_name_by_rank():
    text = LEAD + FINDING + "“Deputy Harbormaster Brisk fell well short of what we expect,” he said.\n"
    assert speakers_of(text) == ["Felix Ardenne", "Felix Ardenne"]
