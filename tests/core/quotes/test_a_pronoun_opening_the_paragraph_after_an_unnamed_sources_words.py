"""A he or she opening the paragraph right after one closed by an unnamed person's quotation carries
that source on, though its noun tells no gender ("one of the officials", "a customs clerk") and a
man named before the source would fit: "“…,” one of the officials said. “…” ¶ He said he was
speaking out “…”", however many sentences the source's words run to. A bare quotation after the
she's sentence is the source's too. A source whose noun is of the other gender, or a paragraph going
on past the source's words, leaves the pronoun to the person named before."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Port probe\n\n"
    "“The inspectors were moved to other posts,” said Tomas Ruelle, a dock workers’ union leader.\n\n"
    "Several officials said the investigation had slowed.\n\n"
)
OFFICIAL = (
    "“Nobody is doing anything to stop these gangs,” one of the officials said. “The trade is growing. "
    "Everyone is being pressured to look away.”\n\n"
    "He said he was speaking out “because I cannot stay silent.”\n"
)
CLERK = (
    "A customs clerk, who asked not to be named, said the gangs pay the night shift. “Everyone knows "
    "which trucks not to open,” the clerk said.\n\n"
    "She said the bribes had doubled since the spring. “They are not even hiding it anymore.”\n"
)


def test_a_he_after_one_of_the_officials_words_is_that_official():
    assert speakers_of(LEAD + OFFICIAL) == ["Tomas Ruelle"] + ["one of the officials"] * 3


def test_a_bare_quotation_after_a_she_carrying_on_the_clerk_is_the_clerks():
    assert speakers_of(LEAD + CLERK) == ["Tomas Ruelle"] + ["a customs clerk"] * 2


def test_one_of_the_women_leaves_the_he_to_the_man_named_before():
    text = LEAD + OFFICIAL.replace("one of the officials said", "one of the women said")
    assert speakers_of(text)[-1] == "Tomas Ruelle"


def test_a_paragraph_going_on_past_the_sources_words_leaves_the_he_to_the_man_named_before():
    text = LEAD + OFFICIAL.replace("look away.”", "look away.” The port was quiet.")
    assert speakers_of(text)[-1] == "Tomas Ruelle"
