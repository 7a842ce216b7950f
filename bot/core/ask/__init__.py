"""The ask engine: classifies a question (who, when, where, how many...), ranks candidate
sentences against it and answers with the best one only when confident.
"""

from bot.core.ask.engine import Answer, Source, answer_question

__all__ = ["Answer", "Source", "answer_question"]
