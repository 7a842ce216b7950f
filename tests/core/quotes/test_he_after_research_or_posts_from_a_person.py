"""A he or she opening the next paragraph's attribution means the person research or posts are from
or by ("according to research from Louis Brandt, ...", "a new round of posts by Governor Vernon
Pike"), as "in a statement by Greta Lund" does; not the speaker quoted before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Vouchers\n\nA ruling could reshape how church schools are paid for.\n\n"
    "“This decision will decide whether vouchers keep growing,” says Martin Greer, a law professor.\n\n"
)


def test_he_after_research_from_a_person_is_that_person():
    text = LEAD + (
        "Parish schools now get more money from vouchers than from any other source, according to "
        "research from Louis Brandt, an associate professor of economics.\n\n"
        "“The legal rules here will matter a great deal,” he says.\n"
    )
    assert speakers_of(text)[1:] == ["Louis Brandt"]


def test_he_after_posts_by_a_titled_person_is_that_person():
    text = LEAD + (
        "Rallies on Friday triggered a new round of posts by Governor Vernon Pike.\n\n"
        "“Great to see so many parents standing up for their kids,” he wrote.\n"
    )
    assert speakers_of(text)[1:] == ["Vernon Pike"]
