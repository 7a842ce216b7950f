"""An outlet's "reported" or "reports" says where the words were read, not who spoke them: the subject
opening the sentence with a verb of saying speaks ("Marsh declared “…” and vowed “…,” the Herald
reported", "Pell also said, the Ledger reported: “…”"); with no such subject the outlet does."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TITLE = "Coast\n\nThe Dravia government said Monday it would expand patrols along the northern coast.\n\n"


def test_a_declared_subject_keeps_words_the_outlet_reports_after_them():
    text = TITLE + (
        "Governor Lena Marsh declared “there is no difference between old dams and new dams” and vowed"
        " to redouble repairs “to protect every valley in this province,” the Corvo Herald reported.\n"
    )
    assert speakers_of(text) == ["Lena Marsh", "Lena Marsh"]


def test_said_before_an_outlets_clause_and_a_colon_is_the_subjects():
    text = (
        TITLE + "Councilman Dorian Pell also said, the Harbor Ledger reported: “The council must answer.”\n"
    )
    assert speakers_of(text) == ["Dorian Pell"]


def test_words_after_the_outlets_clause_go_on_with_the_subject():
    text = TITLE + (
        "Olmsby said the site would be closed for “a long while,” WKRV reports, but that the staff would"
        " “mend the fences together” by spring.\n"
    )
    assert speakers_of(text) == ["Olmsby", "Olmsby"]


def test_an_outlet_reporting_words_no_one_else_says_is_the_source():
    text = TITLE + "The patrols will be “the largest in a decade,” the Corvo Herald reported.\n"
    assert speakers_of(text) == ["the Corvo Herald"]
