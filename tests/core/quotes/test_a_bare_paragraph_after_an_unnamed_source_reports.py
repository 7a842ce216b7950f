"""A paragraph of quoted words alone after one whose sentence reports one unnamed person's speech ("A
spokesperson for the agency said the letter was filed. ¶ “…”") goes on in that source's voice when
the words speak as I or we; reportage in the third person is a document's, not the source's."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Letter\n\nThe senator's letter reached the agency late in the summer.\n\n"
    "A spokesperson for the agency said when the letter was received it was added to the file.\n\n"
)


def test_first_person_words_are_the_unnamed_sources():
    text = LEAD + "“On the night of September 12, we included it in the background file, as usual.”\n"
    assert speakers_of(text) == ["a spokesperson for the agency"]


def test_third_person_reportage_is_not_the_unnamed_sources():
    text = (
        LEAD
        + "“The senator had received private assurances starting in January. Officials say that changed.”\n"
    )
    assert speakers_of(text) == [None]


def test_the_source_of_the_sentences_first_verb_speaks():
    text = (
        "Inquiry\n\nThe inquiry opened in May.\n\n"
        "A source familiar with the inquiry said the investigators have asked for records.\n\n"
        "“We will talk to everyone at the agency and we will get answers soon.”\n"
    )
    assert speakers_of(text) == ["a source familiar with the inquiry"]


def test_a_group_of_unnamed_people_does_not_speak_the_words():
    text = (
        "Fares\n\nThe ferry board met on Monday.\n\n"
        "Harbor officials said on Monday that fares would rise for the third year in a row.\n\n"
        "“We are going to enter the next downturn without the boats we need.”\n"
    )
    assert speakers_of(text) == [None]
