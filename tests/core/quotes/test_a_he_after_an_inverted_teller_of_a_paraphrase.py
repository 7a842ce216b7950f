"""A he or she after a sentence that reports someone's view and closes with ", says Professor X of
Y." means X, who said it, not the subject of the view reported nor the person quoted before."""

from __future__ import annotations

from .speakers import speakers_of

OPENING = (
    "“I do think we are seeing the map redrawn,” says Amos Ellery, a professor of history at "
    "Tarn College.\n\n"
    "“These are people who feel the county has let them down,” said Rufus Kell, a fellow at the "
    "Greer Institute.\n\n"
)


def test_the_pronoun_means_the_inverted_teller_of_the_view():
    article = OPENING + (
        "In that sense, Mayor Brock Hale is a populist in the mold of the old Grange leaders, says "
        "Professor Ellery of Tarn College.\n\n"
        "Hale shares with them an appeal to “people who feel nobody in the capital speaks for "
        "them” on the state stage, he says.\n"
    )
    assert speakers_of(article)[2] == "Amos Ellery"


def test_a_name_opening_the_clause_after_the_verb_is_no_inverted_teller():
    article = (
        "Mayor Brock Hale spent the week in the north.\n\n"
        "Ari Fleischer, a former aide to the governor, added that a Hale loss would prove the party "
        "right. “If he loses badly, we will have a story that says we were right,” he said.\n"
    )
    assert speakers_of(article) == ["Ari Fleischer"]
