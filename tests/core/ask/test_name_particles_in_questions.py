"""A name asked about with a lower-case particle inside it ("Ludwig van Beethoven", "Carla de Souza", "Nasser
al-Wuhayshi") is one name: where the article never gives it, the reply says the whole name is missing, not its
pieces, and a particle the article uses as a plain word ("a delivery van") does not make the name present."""

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


VAN_THEFT = parse_article(
    "Delivery van stolen\n\n"
    "A delivery van was stolen from a yard in Dunmore on Monday, police said.\n\n"
    "The owner, Tom Hale, said the van held parcels worth £4,000.\n"
)


def test_a_particle_the_article_uses_as_a_plain_word_does_not_make_the_name_present():
    reply = answer_question(VAN_THEFT, "What did Ludwig van Beethoven say?")
    assert reply.missing == ("Ludwig van Beethoven",)


MILITIA = parse_article(
    "Militia frees hostage\n\n"
    "Gunmen of al Qaeda in the Arabian Peninsula freed a Dunmore engineer on Monday, officials said.\n\n"
    "The engineer, Tom Hale, had been held for eight months.\n"
)


def test_a_name_with_a_glued_particle_is_named_whole():
    reply = answer_question(MILITIA, "What did Nasser al-Wuhayshi say about the release?")
    assert reply.missing == ("Nasser al-Wuhayshi",)


def test_a_group_named_with_a_glued_particle_is_named_missing():
    reply = answer_question(MILITIA, "Did al-Shabaab claim the kidnapping?")
    assert reply.missing == ("al-Shabaab",)
