"""Attribution patterns of US political news met on unseen articles (issue 11, second pass).

One behaviour per test, each on a small article written for it.
"""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.extract_quotes(parse_article("Title: T\n\n" + text))]


def test_a_party_label_between_name_and_verb_keeps_the_speaker():
    text = "“The audit is overdue,” Sen. Ada Brill (D-Ore.) said on Tuesday.\n"
    assert _speakers(text) == ["Ada Brill"]


def test_a_party_label_makes_a_lone_surname_a_person():
    text = (
        "Sens. Tom Pike (R-Kan.) and Lou Marsh (D-Ohio) pressed the bank.\n\n"
        "“Why is nobody fired?” Marsh demanded.\n"
    )
    assert _speakers(text) == ["Lou Marsh"]


def test_a_state_label_after_a_name_is_no_obstacle_to_a_relative_clause():
    text = "Sen. Ida Crane (Vt.), who chairs the panel, said the plan was “dead on arrival.”\n"
    assert _speakers(text) == ["Ida Crane"]


def test_an_object_pronoun_does_not_give_the_subject_its_gender():
    text = (
        "Dr. Sam Ortiz defended the pills on his show.\n\n"
        "Sen. Jo Dunne scolded him: “The evidence is against you,” she said.\n"
    )
    assert _speakers(text) == ["Jo Dunne"]


def test_a_pronoun_inside_a_quotation_does_not_give_the_speaker_its_gender():
    text = (
        "Lee Hart, a surgeon, spoke first.\n\n"
        "Pat Quill said of the governor: “She has failed this state.”\n\n"
        "“We will see,” he said.\n"
    )
    assert _speakers(text) == ["Pat Quill", "Pat Quill"]
