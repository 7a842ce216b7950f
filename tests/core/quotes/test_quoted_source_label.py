"""An outlet quoting an unnamed source whose label it puts in quote marks ("quotes a “council aide”
as saying: “…”") quotes that source, labelled with its marks, as it would "a council aide"."""

from tests.core.quotes.speakers import kinds_of, speakers_of

SAID = '"The plan ignores the study that was called for last year."'


def test_a_source_labelled_in_quote_marks_and_quoted_as_saying_speaks():
    text = f'The council passed the budget.\n\nA news site quotes a "council aide" as saying: {SAID}'
    assert speakers_of(text) == ['a "council aide"']
    assert kinds_of(text) == {'a "council aide"': "unnamed"}


def test_a_label_holding_a_bodys_name_speaks_too():
    text = f'The council passed the budget.\n\nThe paper quotes a "Senate aide" as saying: {SAID}'
    assert speakers_of(text) == ['a "Senate aide"']
