"""A person named in a list ("including Sen. Lena Ostrova") whose ", who ..." clause quotes them is a
speaker, whom a role in the next paragraph ("the Maine Democrat said") refers back to, not the
subject of an earlier sentence."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

TEXT = (
    "The ethics panel cleared Norbury councillor Ivan Roth on Tuesday.\n\n"
    "Several lawmakers called for a review, including Sen. Lena Ostrova, who called on the panel to "
    "“finish a proper review” of the complaint.\n\n"
    "“We must listen to the harbour workers,” the Maine Democrat said in a statement.\n"
)


def test_a_role_after_a_who_clause_quoting_a_listed_person_means_that_person():
    assert speakers_of(TEXT) == ["Lena Ostrova", "Lena Ostrova"]


def test_a_who_clause_quoting_no_one_leaves_the_role_to_the_usual_look_back():
    text = TEXT.replace("“finish a proper review”", "finish a proper review")
    assert "Lena Ostrova" not in speakers_of(text)


def test_a_quotation_after_the_who_clause_ends_is_not_the_clauses():
    text = (
        "The ethics panel cleared Norbury councillor Ivan Roth on Tuesday.\n\n"
        "Asked whether Roth will face Sen. Lena Ostrova, who has criticised him, he replied: "
        "“I don't know.”\n\n"
        "“We must listen to the harbour workers,” the Maine Democrat said in a statement.\n"
    )
    assert "Lena Ostrova" not in speakers_of(text)
