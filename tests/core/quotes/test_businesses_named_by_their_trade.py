"""A business named by its trade speaks as "the company" does: "the airline said", "the carrier said",
"the tech giant added" are an organisation's words, the one of that trade the article names."""

from __future__ import annotations

from tests.core.quotes.speakers import kinds_of, speakers_of

_GROUNDED = (
    "Corran Airlines grounded its regional jets on Tuesday after an engine failed over Lake Tarn.\n\n"
    "Pilot Maria Lund landed the plane safely. “Safety is our highest priority, and the jets stay on the "
    "ground until we know what happened,” the {noun} said in a statement. “We apologise to our customers.”\n"
)


def test_the_airline_is_the_airline_the_article_names():
    text = _GROUNDED.format(noun="airline")
    assert speakers_of(text) == ["Corran Airlines", "Corran Airlines"]
    assert kinds_of(text)["Corran Airlines"] == "organisation"


def test_the_carrier_is_the_airline_too():
    assert speakers_of(_GROUNDED.format(noun="carrier")) == ["Corran Airlines", "Corran Airlines"]


def test_a_trade_noun_with_no_business_of_its_kind_named_is_its_own_label():
    text = (
        "Engineers found a cracked blade in the engine, Inspector Tom Baird said.\n\n"
        "“We are cooperating fully with the investigation and will share what we find,” the "
        "manufacturer said on Wednesday.\n"
    )
    assert speakers_of(text) == ["the manufacturer"]


def test_the_carmaker_is_the_one_business_named():
    text = (
        "Vintner Motors recalled 40,000 cars, regulator chief Ana Ruiz said on Monday.\n\n"
        "“No injuries have been reported, and owners will be contacted by mail,” the carmaker said.\n"
    )
    assert speakers_of(text) == ["Vintner Motors"]
