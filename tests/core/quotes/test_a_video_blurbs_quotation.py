"""A video's blurb ("CLOSE During a news conference, Mayor Dana Pruitt admitted ... so she could “get
the cranes moving sooner.” BRENNOCK HERALD"), its player's close button before it and the outlet's
credit after it, tells what someone said: its quotation is listed with its speaker, though the line
is no sentence of the story. The same words under a photo, with no close button, stay a caption."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

BODY = (
    "The Brennock council voted 6-3 on Thursday to end the emergency declaration.\n\n"
    "“The bridge needs fixing, but not like this,” said council member Ivo Strand.\n"
)


def test_a_video_blurbs_quotation_is_its_speakers():
    text = (
        "Bridge vote\n\nCLOSE During a news conference at City Hall, Mayor Dana Pruitt admitted that she "
        "did it so she could “get the cranes moving sooner.” BRENNOCK HERALD\n\n" + BODY
    )
    assert speakers_of(text) == ["Dana Pruitt", "Ivo Strand"]


def test_a_photo_caption_without_the_close_button_stays_a_caption():
    text = (
        "Bridge vote\n\nMayor Dana Pruitt at City Hall, where she admitted that she did it so she could "
        "“get the cranes moving sooner.” BRENNOCK HERALD\n\n" + BODY
    )
    assert speakers_of(text) == ["Ivo Strand"]
