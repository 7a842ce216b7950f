""" "charged" set between its subject and a comma, as an aside in another clause ("Briggs and Delvane,
meanwhile, the Harmon spokesman charged, used “…”"), is the aside's verb of saying, as "said" there
is; "was charged," stays a passive with no speech."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Campaign app\n\nThe Harmon campaign built a phone app last fall for its supporters.\n\n"


def test_the_spokesman_charged_as_an_aside_speaks_the_quotation():
    text = LEAD + (
        "Rival candidate Lowell Briggs and Delvane, meanwhile, the Harmon spokesman charged, used "
        "stolen records “for a purpose that was never explained to the users.”\n"
    )
    assert speakers_of(text) == ["the Harmon spokesman"]


def test_was_charged_with_a_comma_is_no_speech():
    text = LEAD + (
        "Lowell Briggs, who was charged, tried and acquitted last year, said the app was “a gift to "
        "every hacker in the state.”\n"
    )
    assert speakers_of(text) == ["Lowell Briggs"]
