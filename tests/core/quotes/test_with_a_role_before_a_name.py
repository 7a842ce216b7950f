"""`..., with anti-tax crusader Gus Norwell calling it a plan to hike “…”`: role words between "with" and
the name right before a participle leave the name its subject, as a bare `with Gus Norwell calling` does,
also when a body or a group that could speak is named earlier in the sentence."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

OPENING = "“We are not going to ask the harbour to pay for everything,” the White House said.\n\n"


def test_a_role_between_with_and_the_name():
    text = OPENING + (
        "Harbour traders mocked the White House's fee plan from its first week, with anti-levy "
        "campaigner Gus Norwell calling it a scheme to raise “taxes on the families who keep this harbour "
        "alive.”"
    )
    assert speakers_of(text) == ["the White House", "Gus Norwell"]


def test_two_role_words_and_an_article():
    text = OPENING + (
        "Critics piled on at once, with the veteran union leader Marta Quell describing the fees as "
        "“a raid on the people who keep this harbour alive.”"
    )
    assert speakers_of(text) == ["the White House", "Marta Quell"]


def test_with_a_titled_name_before_a_participle_the_name_speaks():
    text = (
        "The race for governor has turned to the candidates' backgrounds.\n\n"
        "City Tribune writer Nadia Folsom has a problem with state Sen. Gareth Pike calling the governor "
        "“a pampered child of privilege.”\n"
    )
    assert speakers_of(text) == ["Gareth Pike"]
