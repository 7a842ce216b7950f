"""`..., she was interrupted repeatedly by a group of protesters. ¶ Several shouted “shame” or booed. They
also yelled retorts like, “…”`: a quotation's "they" is the group a passive's "by" names in the sentence it
looks back to, past sentences telling of some of that group ("Several shouted ...") and past an embedded
tweet; a group after "by" with no passive is no one who acted, and a group opening a sentence ("Several
protesters shouted") is "they" itself."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = "Hearing\n\nA public hearing on the new rail depot in Marlow turned rowdy on Tuesday night.\n\n"
INTERRUPTED = (
    "As Councilwoman Tessa Okafor tried to present the plan, she was interrupted repeatedly by a group of "
    "protesters.\n\n"
)
YELLED = "They also yelled retorts like, “Who is paying for your campaign?”\n"
TWEET = (
    "Watch the hearing live on the city's website https://t.co/xyz — Tessa Okafor (@TessaOkafor) "
    "March 3, 2020\n\n"
)


def test_they_are_the_group_a_passives_by_names():
    assert speakers_of(LEAD + INTERRUPTED + YELLED) == ["a group of protesters"]


def test_they_pass_over_a_sentence_about_some_of_the_group():
    text = LEAD + INTERRUPTED + "Several booed when she stood at the lectern. " + YELLED
    assert speakers_of(text) == ["a group of protesters"]


def test_they_pass_over_an_embedded_tweet():
    text = LEAD + INTERRUPTED + TWEET + "Several booed when she stood at the lectern. " + YELLED
    assert speakers_of(text) == ["a group of protesters"]


def test_the_group_after_a_passive_and_before_its_relative_clause():
    text = LEAD + "The council was bombarded by protesters who repeatedly interrupted the vote.\n\n" + YELLED
    assert speakers_of(text) == ["protesters"]


def test_a_group_after_by_with_no_passive_is_no_they():
    text = LEAD + "As Councilwoman Tessa Okafor presented the plan, she stood by a group of protesters.\n\n"
    assert speakers_of(text + YELLED) == [None]


def test_a_group_opening_the_sentence_is_they_itself():
    text = LEAD + INTERRUPTED + "Several protesters booed when she stood at the lectern. " + YELLED
    assert speakers_of(text) == ["several protesters"]
