"""A participle of saying after a passive verb of saying goes with the passive's agent: "The plan
has been criticized by the Farmers Union as too slow, saying “…”" is the union's, not the plan's."""

from tests.core.quotes.speakers import kinds_of, speakers_of

SAID = '"When crops fail, farmers act at once."'


def test_an_organisation_criticizing_in_the_passive_speaks_the_participles_quotation():
    text = (
        "The plan was published on Monday.\n\n"
        f"It has also been criticized by the National Farmers Union as being too slow, saying {SAID}"
    )
    assert speakers_of(text) == ["the National Farmers Union"]
    assert kinds_of(text) == {"the National Farmers Union": "organisation"}


def test_a_passive_agent_right_before_the_participle_speaks_too():
    text = f"The plan was published on Monday.\n\nThe plan was praised by the union, saying {SAID}"
    assert speakers_of(text) == ["the union"]


def test_a_passive_that_is_no_verb_of_saying_gives_no_agent():
    text = f"Ann Holt spoke on Monday.\n\nThe plan was drawn up by the farmers' union, Holt said. {SAID}"
    assert speakers_of(text) == ["Ann Holt"]
