"""The ask engine: classifies a question (who, when, where, how many...), ranks candidate
sentences against it and replies in three tiers: the answer, the closest passage, or what the
article never mentions.
"""

from bot.core.ask.answers import NOT_DIRECT, Answer, Source, not_mentioned
from bot.core.ask.engine import answer_question

__all__ = ["NOT_DIRECT", "Answer", "Source", "answer_question", "not_mentioned"]
