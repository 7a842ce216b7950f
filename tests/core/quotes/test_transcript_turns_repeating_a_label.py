"""A transcript of e-mails gives each turn its writer's whole title (":Secretary of the Navy Tom
Hale: “Oy. I agree. ...”"): a second turn of the same writer opens with a sentence that is nearly
all label, which the article model marks as a repeat of the first turn's; its quotation is new all
the same, and stays, read whole past that first sentence."""

from tests.core.quotes.speakers import speakers_of

TURNS = (
    "The following e-mails were released by the committee on Monday:\n"
    ':Director of Navy Communications Bill Wade: "We do not have to turn the other cheek, you know."\n'
    ':Secretary of the Navy Tom Hale: "No, save it and blow him away! Tom."\n'
    ':Secretary of the Navy Tom Hale: "Oy. I agree. I had hoped you would stay until they got rid of him."'
)


def test_a_second_turn_of_the_same_writer_keeps_its_quotation():
    assert speakers_of(TURNS) == ["Bill Wade", "Tom Hale", "Tom Hale"]


def test_a_lede_repeated_with_its_quotation_is_still_dropped():
    text = (
        'Mayor Ann Holt said the plan was "a disaster for the town and its people" on Monday.\n\n'
        "The council met for an hour.\n\n"
        'Mayor Ann Holt said on Monday the plan was "a disaster for the town and its people".'
    )
    assert speakers_of(text) == ["Ann Holt"]
