"""A participle after a comma that closes a "criticized X for saying ..." clause goes on from the
one who criticizes ("Brandvold has criticized Ostrom for saying the roads can wait, concluding
that the plan “…”"): the one blamed said only what "for saying" introduced."""

from __future__ import annotations

from .speakers import speakers_of

ARTICLE = (
    "Governor Lena Ostrom has praised the new highway plan.\n\n"
    "Senator Hugo Brandvold said on Monday that the plan was rushed. The Norland Democrat has "
    "criticized Ostrom for saying the roads can wait, concluding Thursday that the plan “will never "
    "pay for itself.”\n"
)


def test_the_participle_s_quotation_is_the_critic_s():
    assert speakers_of(ARTICLE) == ["Hugo Brandvold"]


def test_the_words_introduced_by_for_saying_stay_with_the_one_blamed():
    article = ARTICLE.replace(
        "for saying the roads can wait, concluding Thursday that the plan “will never pay for itself.”",
        "for saying the roads “can wait.”",
    )
    assert speakers_of(article) == ["Lena Ostrom"]
