"""Words quoted as a name others give ("legislation -- known by critics as the “parking lots
everywhere bill” --", "a facility known as the “mosquito lab.”") are a label, no one's words."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Builders\n\nBuilders in Ardmore won a major victory this spring.\n\n"


def test_a_name_critics_give_is_not_the_subjects_words():
    text = (
        TITLE
        + "Gov. Elmer Tasker signed legislation -- known by critics as the “parking lots everywhere bill” "
        + "-- that allows builders to pave over parks.\n"
    )
    assert speakers_of(text) == []


def test_a_name_known_as_with_its_article_is_a_label():
    text = TITLE + "Gov. Elmer Tasker cut money for a lab known as the “mosquito lab for the whole state.”\n"
    assert speakers_of(text) == []
