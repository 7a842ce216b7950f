"""The authors of a report or plan speak as one unnamed source ("“…,” wrote the authors of the
report"), listed under the words naming them; a title those words end inside of ("the authors of the
“Harbor Renewal Plan,”") is left out of the label, never shown with half its marks."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of


def test_the_authors_of_a_report_are_an_unnamed_source():
    text = (
        "The council published its review on Monday.\n\n"
        "“We have to show young families we mean it,” wrote the authors of the review. “They will "
        "stop listening otherwise.”\n"
    )
    assert speakers_of(text) == ["the authors of the review", "the authors of the review"]
    assert kinds_of(text) == {"the authors of the review": "unnamed"}


def test_a_title_cut_off_the_authors_words_is_left_out_of_the_label():
    text = (
        "“If we want young voters to back the party, we have to show them we mean it,” wrote the authors "
        "of the “Harbor Renewal Plan,” giving the example of the last mayor’s poor showing with students.\n"
    )
    assert speakers_of(text) == ["the authors"]
