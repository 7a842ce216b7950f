"""After "When I asked him whether Judge Ombrello would matter, he gave only mild approval.", a later
"he told me" means the main clause's he (whom the writer asked), never the man asked about; a man
who is the opening clause's own subject ("Though Reyes tweeted all weekend, he was out of sight") is
still the main clause's he."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_he_after_a_question_about_another_man_is_the_one_asked():
    text = (
        "Senator Harlan Voss spent Tuesday at a diner in Millbrook.\n\n"
        "When I asked him whether the governor's pick of Judge Percy Ombrello would matter, he gave "
        "only mild approval. “I have a lot of respect for Ombrello,” he told me.\n"
    )
    assert speakers_of(text) == ["Harlan Voss"]


def test_he_after_an_opening_clause_with_its_own_subject_is_that_subject():
    text = (
        "Governor Tom Reyes met donors.\n\n"
        "Though Mayor Ivo Dahl tweeted throughout the weekend, he was out of sight. On Sunday he "
        "denounced the attack, telling reporters that “hate has no place in our town.”\n"
    )
    assert speakers_of(text) == ["Ivo Dahl"]
