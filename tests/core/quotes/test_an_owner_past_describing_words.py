"""A possessed noun of speech with a describing word or two before it ("Mara Delling's famous remark
that “…”", "Obama's oft-repeated pledge that “…”") is its owner's; a quotation the same sentence then
names "as the new “…”" is a label, no one's further words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Housing\n\nTenants are already getting eviction notices.\n\n"


def test_a_famous_remark_is_its_owners():
    text = TITLE + "It gave new meaning to Mara Delling's famous remark that “we have to pass the law.”\n"
    assert speakers_of(text) == ["Mara Delling"]


def test_a_label_after_as_the_new_is_no_ones():
    text = TITLE + (
        "Ivo Marsh's oft-repeated pledge that “if you like your lease, you can keep your lease” is being"
        " treated as the new “Read my lips.”\n"
    )
    assert speakers_of(text) == ["Ivo Marsh", None]
