"""Someone placed by where they stand ("a man in the front row") speaks the quotation before their
verb of saying, though the verb's particle and where it was said follow it ("called out at the back
of the hall"); the person quoted before does not go on."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_a_man_in_the_front_row_calling_out_speaks():
    text = (
        "“Why do the farmers like me? Tell me,” Governor Alma Reyes asked the crowd.\n\n"
        "“Because you never quit,” a man in the front row called out at the back of the hall.\n"
    )
    assert speakers_of(text) == ["Alma Reyes", "a man in the front row"]
