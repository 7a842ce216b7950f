"""The story's own event asked with "the" ("When did the attack happen?") is not told by a sentence naming
it only as another one ("..., another attack ascribed to the rebels"): that one is an earlier attack."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.another import only_another
from bot.core.ask.engine import answer_question

RAID = parse_article(
    "Car bomb hits army base\n\n"
    "A car bomb was on Monday rammed into an army base in Dunmore in the north of Norland. Dozens died, "
    "officials said.\n\n"
    "The rebels said they had carried it out.\n\n"
    "Last week a car bombing in Eastport killed five and wounded 110, another attack ascribed to the "
    "rebels.\n"
)


def test_another_attack_is_not_the_one_asked():
    assert only_another("Where was the car bomb attack?", ["Last week ..., another attack ascribed to them."])
    result = answer_question(RAID, "Where was the car bomb attack?")
    shown = result.answer or result.passage.text
    assert "Dunmore" in shown
    assert "Eastport" not in shown


def test_the_same_word_said_plainly_is_the_one_asked():
    text = "Gunmen attacked the base on Monday, a week after another attack on a checkpoint."
    assert not only_another("When did the attack happen?", [text])
    assert not only_another("When was the other attack?", ["..., another attack ascribed to them."])
