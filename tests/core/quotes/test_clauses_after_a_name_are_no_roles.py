"""Words after a name and a comma that hold a finite verb of their own ("During his interview with
Reyes, the King repeatedly referred to the group ...", "Holt, the writer is dead") are the sentence's
main clause, not an apposition: they give the name no role, so a later "the King said" is not that
person's. An apposition going on with "and is ..." keeps the role before it."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    listed = quotes.list_speakers(parse_article("Title: T\n\n" + text))
    return {s.name: tuple(s.roles) for s in listed.speakers}


_INTERVIEW = (
    "The King of Norland spoke to the broadcaster's Tom Reyes. King Omar II said his country would act. "
    "“We will not stop,” Omar said. He felt “anger and sorrow,” the King continued. During his interview "
    "with Reyes, the King repeatedly referred to the group, the Northern Front, as thugs. “They are "
    "outlaws,” the King said.\n"
)


def test_the_kings_words_are_not_the_interviewers():
    assert speakers_of(_INTERVIEW) == ["Omar II", "Omar II", "Omar II"]


def test_a_main_clause_after_a_fronted_phrase_gives_no_role():
    assert "Tom Reyes" not in _roles(_INTERVIEW)


def test_an_apposition_ends_before_and_is():
    text = (
        "Jacob Holt, an expert on the group and is with the Harbor Foundation, spoke first. “They are "
        "outlaws,” the expert said.\n"
    )
    assert _roles(text)["Jacob Holt"] == ("expert on the group",)
    assert speakers_of(text) == ["Jacob Holt"]


def test_a_highly_respected_strategist_keeps_the_role():
    text = "“It is over,” said Dan Ruiz, a highly respected veteran strategist.\n"
    assert _roles(text)["Dan Ruiz"] == ("highly respected veteran strategist",)


_ACCOMPANIED = (
    "Mr. Holt said he had asked Vice President Ruth P. Ellison Jr. to lead a task force on flooding.\n\n"
    "Accompanied by Ms. Ellison, the president signaled his support for new limits on building. He "
    "promised to confront the builders.\n\n"
    "On Wednesday the president said that the group would report in March, and that those would be "
    "“proposals that I will push without delay.”\n\n"
    "“We will start at once,” Ms. Ellison said.\n"
)


def test_a_past_verb_taking_an_object_after_a_fronted_phrase_gives_no_role():
    assert _roles(_ACCOMPANIED)["Ruth P. Ellison Jr."] == ("Vice President",)


def test_the_president_is_then_not_the_vice_president_named_in_the_fronted_phrase():
    assert speakers_of(_ACCOMPANIED) == ["Holt", "Ruth P. Ellison Jr."]


def test_a_woman_named_the_towns_top_teacher_keeps_the_role():
    text = "“It is over,” said Ann Bell, the teacher named the town's best this year.\n"
    assert _roles(text)["Ann Bell"] == ("teacher named the town's best this year",)
