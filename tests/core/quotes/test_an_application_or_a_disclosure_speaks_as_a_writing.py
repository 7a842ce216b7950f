"""A form filled in or filed speaks as any writing does: "“…,” the application states" is the
application's, "“…,” it continues" after it goes on with the application, and "“…,” her consultant
disclosure says" is the words of the woman it is hers; "said the disclosure of the texts was “…”"
keeps the one who said it."""

from __future__ import annotations

from tests.core.quotes.speakers import speakers_of

LEAD = (
    "Pay\n\nBrightwater Energy is offering its new field technicians $6,000 a month, a job posting shows.\n\n"
)


def test_the_application_states_is_the_applications():
    text = LEAD + "“As a field technician you will carry out the inspection plan,” the application states.\n"
    assert speakers_of(text) == ["the application"]


def test_it_continues_after_the_application_goes_on_with_it():
    text = (
        LEAD
        + "“As a field technician you will carry out the inspection plan,” the application states.\n\n"
        + "“A technician is the eyes and ears of the company in the field,” it continues.\n"
    )
    assert speakers_of(text) == ["the application", "the application"]


def test_her_disclosure_says_is_the_words_of_the_woman_it_is_hers():
    text = (
        LEAD
        + "Former county inspector Irene Castell registered as a consultant for the firm in July.\n\n"
        + "“Will advise and assist in matters related to pipeline safety,” her consultant disclosure says.\n"
    )
    assert speakers_of(text) == ["Irene Castell"]


def test_the_disclosure_a_person_talks_of_leaves_the_words_to_that_person():
    text = LEAD + "Mayor Tom Reyes said the disclosure of the text messages was “eye-opening.”\n"
    assert speakers_of(text) == ["Tom Reyes"]
