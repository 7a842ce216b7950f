""" "Characterized ... this way:" and "cited" put words to what is described: their subject speaks the
quotation ("An official characterized the departure this way: “…”", "Holt cited “the war on
hunger,” the new roads and ...")."""

from tests.core.quotes.speakers import speakers_of


def test_an_unnamed_source_characterizing_something_this_way_speaks_the_quotation():
    text = (
        "Minister Ann Holt resigned on Monday.\n\n"
        "But a senior State Department official characterized the departure this way: "
        '"She was not asked to stay."'
    )
    assert speakers_of(text) == ["a senior State Department official"]


def test_a_person_characterizing_herself_speaks_the_words():
    text = (
        "Ann Holt ran the firm for six years.\n\n"
        'On the campaign trail, Holt routinely characterizes herself as a leader who "saved the company '
        'from ruin."'
    )
    assert speakers_of(text) == ["Ann Holt"]


def test_a_person_citing_a_quoted_phrase_speaks_it():
    text = (
        "Minister Ann Holt resigned on Monday.\n\n"
        'Asked to list the tasks ahead, Holt cited "the global war against hunger," the new roads and '
        "the death of President Kim Lee."
    )
    assert speakers_of(text) == ["Ann Holt"]
