"""A name asked about with a lower-case particle inside it ("Ludwig van Beethoven", "Carla de Souza") is one
name: where the article never gives it, the reply says the whole name is missing, not its two halves."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.ask.engine import answer_question

CONCERT = parse_article(
    "Orchestra fills the harbour hall\n\n"
    "The Dunmore Chamber Orchestra played to a full harbour hall on Saturday night.\n\n"
    'Conductor Mara Quill said the players had rehearsed for six weeks. "They were ready," she said.\n\n'
    "Carla de Souza, the leader of the violins, thanked the town for its support.\n"
)


def test_a_missing_name_with_a_particle_is_named_whole():
    reply = answer_question(CONCERT, "What did Pieter van Dalen say about the concert?")
    assert reply.missing == ("Pieter van Dalen",)


def test_a_name_with_a_particle_the_article_gives_is_not_missing():
    reply = answer_question(CONCERT, "What did Carla de Souza do?")
    assert not reply.missing
