"""A name after "As for" opening a clause ("As for Pell, the doctor told the Ledger he ...") or after "The
response of" ("The response of Rep. Aldo Brenn has been sharp.") is the topic the clause goes on about:
the he of the next quotation means that person, not the one quoted before (session 67)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_as_for_means_the_topic_not_the_last_speaker():
    text = (
        "Debate\n\nThe latest poll shows surgeon Ben Pell overtaking Victor Hask as the frontrunner.\n\n"
        "“Hask losing to Pell? I don't think so,” Hask remarked at a rally.\n\n"
        "Expect some Hask jabs Wednesday night. As for Pell, the doctor told the Dunmore Ledger he's hoping "
        "voters will see what he represents.\n\n"
        "“I hope they will look at my life and see that it has been dedicated to service,” he said.\n"
    )
    assert speakers_of(text) == ["Victor Hask", "Ben Pell"]


def test_he_after_the_response_of_someone_means_that_someone():
    text = (
        "Law\n\nThe assembly in Varland will debate the new harbor surveillance law on Wednesday.\n\n"
        "“I do think the mayor is scared of the vote,” says Tomas Reddel, director of Open Harbor.\n\n"
        "The response of Rep. Aldo Brenn of Eastmark has been sharp. In an op-ed in the Tolbury Ledger "
        "Monday, he elaborated on his opposition to the camera program.\n\n"
        "“The city needs to keep some police work secret, but secret laws are poison,” he wrote.\n"
    )
    assert speakers_of(text) == ["Tomas Reddel", "Aldo Brenn"]
