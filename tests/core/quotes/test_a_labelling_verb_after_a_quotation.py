"""A verb that labels its object right after a quotation (`“…,” described the director as careless`)
has no inverted subject after it: the object is never the speaker; `“…!” called out X` still names X."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

_OPENING = "An unsigned letter attacking the parks director appeared last week.\n\n"


def test_the_object_of_a_labelling_verb_after_a_quotation_is_no_speaker():
    text = (
        "The unnamed author, described by the Gazette as a “senior aide in the parks office,” described "
        "the director as careless and vain.\n"
    )
    assert speakers_of(_OPENING + text) == [None]


def test_a_verb_that_labels_after_a_quotation_leaves_a_later_phrase_alone():
    text = (
        "Harbor Central Command said it is in the process of developing a “multinational harbor effort,” "
        "called “Operation Gull,” to increase security of the bay.\n"
    )
    assert speakers_of(_OPENING + text)[0] == "Harbor Central Command"


def test_called_out_after_a_quotation_names_who_called_it():
    text = "“This is a disgrace!” called out Tom Reyes, 39, a ferry worker from nearby Dunmore.\n"
    assert speakers_of(_OPENING + text) == ["Tom Reyes"]
