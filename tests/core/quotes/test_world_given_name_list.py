"""Given names the 1990 US census lists lack ("Nate", "Conor", "Kellyanne"), from the world list cut
from nomquamgender's data (bot/core/quotes/worldnames.txt), open a person's name and tell a gender;
no English word, particle or census name is on it, and a census name keeps its census gender."""

from __future__ import annotations

from importlib import resources

from bot.core.quotes.givennames import census_given_names, given_name_gender, is_given_name
from bot.core.search.commonwords import common_words
from tests.eval_scripts import load_eval_script

from .speakers import speakers_of


def _world_list() -> dict[str, str]:
    text = (resources.files("bot.core.quotes") / "worldnames.txt").read_text(encoding="utf-8")
    rows = (line.split() for line in text.splitlines() if not line.startswith("#"))
    return {row[0]: row[1] for row in rows}


def test_a_name_the_census_lacks_opens_a_full_name_before_a_participle():
    text = (
        "The Tally Desk’s Nate Marchetti sounded a skeptical note, suggesting the race “is far from over.”\n"
    )
    assert speakers_of(text) == ["Nate Marchetti"]


def test_a_name_the_census_lacks_tells_the_gender_a_later_pronoun_must_fit():
    text = "Nate Reyes and Kellyanne Varga spoke on Monday.\n\n“The numbers are moving,” she said.\n"
    assert speakers_of(text) == ["Kellyanne Varga"]


def test_world_list_names_tell_a_gender():
    assert [given_name_gender(n) for n in ("Conor", "Jeb", "Kellyanne", "Liam")] == ["m", "m", "f", "m"]


def test_an_unlisted_word_before_a_world_list_name_opens_the_name():
    text = "“The oppression is real,” said Nazlin Umar Fazaldin Rajput, a teacher in Mombasa.\n"
    assert speakers_of(text) == ["Nazlin Umar Fazaldin Rajput"]


def test_a_contracted_particle_opens_a_surname_not_a_given_name():
    text = (
        "Bob Vander Plaats, an Iowa activist, backed the senator.\n\n"
        "“It is probably not a big deal,” Mr. Vander Plaats said.\n"
    )
    assert speakers_of(text) == ["Bob Vander Plaats"]


def test_english_words_and_particles_are_no_world_names():
    assert not any(is_given_name(w) for w in ("Job", "King", "Vander", "Abu", "Von", "Garcia"))


def test_every_line_is_a_name_and_a_gender_no_census_name_and_no_common_word():
    names = _world_list()
    assert len(names) > 5000
    assert set(names.values()) <= {"m", "f", "-"}
    assert not names.keys() & census_given_names()
    wordlike = names.keys() & common_words()
    assert len(wordlike) < 0.01 * len(names)  # only names no dictionary knows in lower case ("nate")


def test_the_builder_keeps_a_clear_name_and_drops_noise_surnames_and_words():
    build = load_eval_script("world_given_names").build
    data = {
        "zorvane": [20, 5000, 0.99, 3],  # a name many sources count
        "dvd": [1, 1970, 0.0, 3],  # one source's keyboard noise
        "garcia": [20, 782, 0.0, 3],  # far more often a surname
        "job": [20, 400000, 0.0, 3],  # an English word
        "vander": [20, 9000, 0.0, 3],  # a particle
    }
    assert build(data) == ["zorvane f"]
