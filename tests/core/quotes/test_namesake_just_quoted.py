"""A surname two people share, far from both full names, goes on meaning the namesake quoted in the
paragraph or two before ("“…,” Wrey said. ¶ “…” ¶ “…,” Wrey said last week")."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_shared_surname_goes_on_meaning_the_namesake_just_quoted():
    text = (
        "The crash killed four people: pilot Joe Marr, engineer Dan Wrey and two others.\n\n"
        "Last week, the mayor said the families were wrong. However, Ann Wrey, mother of crash victim "
        "Dan Wrey, forcefully rejected the mayor’s claim.\n\n"
        "“We were face to face at the funeral. She lied to me,” Wrey said.\n\n"
        "“They still go on with their lies. I know what she said.”\n\n"
        "“There is a special place in hell for people like her,” Wrey said last week.\n"
    )
    assert speakers_of(text) == ["Ann Wrey", "Ann Wrey", "Ann Wrey"]
