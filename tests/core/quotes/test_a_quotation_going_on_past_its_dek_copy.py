"""A body quotation repeating the words a dek sets after its own ("Mayor sues bank to block
subpoena: “No grounds exist ...”") is the quotation when it goes on with the quotation of the
sentence before it ("“…,” the lawsuit contends. “No grounds exist ...”"): it is listed with that
speaker, and the dek's copy, with none, goes. A lede opening on the quotation keeps it: the body's
echo is a repeat."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BODY = (
    "Mayor Victor Hale sued Granite Bank on Monday to block a subpoena from the city council.\n\n"
    "“The subpoena was issued to harass the mayor,” the lawsuit contends. “No grounds exist for "
    "this request other than a political one.”\n"
)


def test_the_body_copy_going_on_with_its_speakers_quotation_is_kept():
    dek = (
        "Mayor sues Granite Bank to block council subpoena: “No grounds exist for this request other "
        "than a political one.”"
    )
    assert speakers_of("Subpoena\n\n" + dek + "\n\n" + BODY) == ["the lawsuit", "the lawsuit"]


def test_a_lede_opening_on_the_quotation_keeps_it():
    lede = "“No grounds exist for this request other than a political one,” Mayor Hale said on Monday."
    assert speakers_of("Subpoena\n\n" + lede + "\n\n" + BODY) == ["Victor Hale", "the lawsuit"]
