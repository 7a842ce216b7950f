"""The ask engine: classifies a question (who, when, where, how many...), ranks candidate
sentences against it and replies in three tiers: the answer, the closest passage, or what the
article never mentions.
"""

from bot.core.ask.answers import NOT_DIRECT, Answer, Source, not_mentioned

__all__ = ["NOT_DIRECT", "Answer", "Source", "answer_question", "not_mentioned"]


def __getattr__(name: str) -> object:
    # The engine (and its hundreds of patterns) is imported on first use, not by every command's
    # start-up: `about`, `summary` or `quote` never ask.
    if name == "answer_question":
        from bot.core.ask.engine import answer_question

        return answer_question
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
