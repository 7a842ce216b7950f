"""A participle joined on by "and" after words a relative clause quotes ("holding a rally where the
crowd chanted “…” and deriding the city as “…”") goes on with the sentence subject's series of
doings, not with the relative clause's speaker; a participle joined on to an earlier participle's
quotation ("advising graduates to “…,” and telling the class, “…”") stays with that same speaker."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of


def test_the_participle_after_a_crowds_chant_is_the_subjects():
    text = (
        "Rally\n\nGovernor Wesley Tarrant has spent the past month holding a rally where the crowd "
        "chanted “lock the doors!” and deriding the city of Brennock as “a crumbling and lawless "
        "place”.\n"
    )
    assert speakers_of(text) == ["the crowd", "Wesley Tarrant"]


def test_a_participle_after_a_participles_quotation_keeps_its_speaker():
    text = (
        "Speeches\n\nAnchor Katie Couric has promoted humility in her speeches, advising graduates in "
        "2007 to “work hard and stay humble,” and telling the class of 2014, “If you're too big for a "
        "small job, you're too small for a big one.”\n"
    )
    assert speakers_of(text) == ["Katie Couric", "Katie Couric"]
