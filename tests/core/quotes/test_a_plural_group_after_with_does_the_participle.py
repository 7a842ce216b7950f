"""A plural group right after a comma and "with" ("..., with prosecutors arguing that ... “…”") does
the participle, as a named person there does; a bare "one" there labels no one (the group before it
speaks)."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Bail hearing\n\nThe former treasurer Amos Harwick appeared in court on Friday.\n\n"


def test_with_prosecutors_arguing_is_the_prosecutors():
    text = LEAD + (
        "The two sides clashed in court, with prosecutors arguing that he deserved to stay in custody "
        "for “tampering with witnesses while free on bond.”\n"
    )
    assert speakers_of(text) == ["prosecutors"]


def test_with_one_telling_is_no_label():
    text = LEAD + (
        "Jurors were divided, with one telling the Gazette that the case was “far from over for anyone "
        "involved.”\n"
    )
    assert speakers_of(text) == ["jurors"]
