"""A "she" after "said" tells nothing of the speaker's sex when the apposition before the verb names
someone else by role ("Robin Keller, who ran the mayor's campaign, said she was ..."): she may be the
mayor, so a later "He said" may still be Keller."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

ARTICLE = (
    "Council vote\n\n"
    "Anton Brakel, the opposition leader, said the vote was “a deal decided in back rooms.”\n\n"
    "Robin Keller, who ran the mayor's campaign, said she was “deeply grateful to the voters.”\n\n"
    "He said the rival camp had shown “how ready they are to help.”\n"
)


def test_he_after_the_apposition_may_be_the_speaker_it_describes():
    assert speakers_of(ARTICLE)[-1] == "Robin Keller"


def test_she_right_after_an_apposition_naming_no_role_still_tells_her_sex():
    text = ARTICLE.replace("who ran the mayor's campaign", "who ran the campaign")
    assert speakers_of(text)[-1] == "Anton Brakel"
