"""A name right after a quotation whose words end with no punctuation inside the marks ("whether
to go after” Thomas Smith.") is the object the quoted words run on into, not a verbless label."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Campaign adviser Joel Benson spoke on Monday.\n\n"
    "“He made a decision about her judgment,” Benson added. “He listened to her in the Situation "
    "Room time after time, including about whether or not to go after” Thomas Smith.\n"
)


def test_the_name_the_quotation_runs_into_is_not_its_speaker():
    assert speakers_of(ARTICLE) == ["Joel Benson", "Joel Benson"]


def test_a_name_after_a_comma_inside_the_marks_is_still_a_label():
    article = ARTICLE.replace("go after” Thomas Smith.", "go after,” adviser Thomas Smith.")
    assert speakers_of(article) == ["Joel Benson", "Thomas Smith"]
