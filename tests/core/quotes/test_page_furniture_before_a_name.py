"""A news page's furniture run into a caption ("(Photo: …) Story Highlights Hartwick says ...") is no
part of the name after it: the speaker is Hartwick, not "Story Highlights Hartwick"."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_story_highlights_before_a_name_is_not_part_of_it():
    text = (
        "Governor Hartwick speaks in Fenmoor on Tuesday. (Photo: Dana Pell, Fenmoor Daily) Story "
        'Highlights Hartwick says she is "certain" the bridge will be finished on time\n\n'
        "Governor Hartwick said on Tuesday that the new river bridge will open on schedule.\n\n"
        '"I am not worried about the politics of this," Hartwick said in an interview.\n'
    )
    assert speakers_of(text) == ["Hartwick"]
