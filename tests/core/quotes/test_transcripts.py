"""A transcript's turns ("MARSH: About 12,000 this morning.") are the labelled person's words, though
no quote marks surround them."""

from __future__ import annotations

from bot.core.article import parse_article
from bot.core.quotes import engine as quotes
from tests.core.quotes.speakers import speakers_of

INTERVIEW = parse_article(
    "Transcript: Governor Ada Pell on the storm\n\n"
    "Governor Ada Pell spoke with anchor Rob Tate on Sunday about the storm.\n\n"
    "TATE: Governor, how many homes are still without power?\n\n"
    "PELL: About 12,000 this morning. Crews have worked around the clock.\n\n"
    "Q: When will schools reopen?\n\n"
    "GOV. PELL: Most of them on Wednesday.\n"
)


def test_each_turn_is_a_quotation_of_the_person_its_label_names():
    found = quotes.find_quotes(INTERVIEW, "Pell")
    assert [q.text for q in found.quotes] == [
        "About 12,000 this morning. Crews have worked around the clock.",
        "Most of them on Wednesday.",
    ]


def test_the_interviewer_is_quoted_too():
    assert [q.text for q in quotes.find_quotes(INTERVIEW, "Tate").quotes] == [
        "Governor, how many homes are still without power?"
    ]


def test_a_label_that_names_no_one_gives_no_speaker():
    speakers = quotes.list_speakers(INTERVIEW).speakers
    assert [s.name for s in speakers] == ["Ada Pell", "Rob Tate"]


def test_one_labelled_line_is_no_transcript():
    article = parse_article(
        "Mayor quits\n\nMayor Ada Pell said she would leave office on Friday.\n\n"
        "PELL: The city deserves better.\n\nThe council meets on Monday.\n"
    )
    assert quotes.find_quotes(article, "Pell").quotes == ()


def test_a_turn_with_quote_marks_is_left_to_the_quotation_it_holds():
    article = parse_article(
        "Storm\n\nAnchor Rob Tate spoke to Governor Ada Pell.\n\n"
        "TATE: What did the mayor tell you?\n\n"
        "PELL: He said “we are fine” and hung up.\n"
    )
    assert all("hung up" not in q.text for q in quotes.find_quotes(article, "Pell").quotes)


def test_the_paragraphs_after_transcript_as_follows_are_the_transcripts():
    text = (
        "Gov. Tom Reed spoke in Portside after the vote.\n\n"
        "Transcript as follows:\n\n"
        '"Tonight we arrived in Portside, and we went to a restaurant on the quay.\n\n'
        '"We are now up four hundred jobs, and the ferries run on time."\n'
    )
    assert set(speakers_of(text)) == {"transcript"}


def test_a_transcript_of_labelled_voices_is_not_given_to_the_transcript():
    text = (
        "Partial transcript as follows:\n\n"
        '"HOST: Will the ferries run again on Monday morning?\n\n'
        '"REED: Every one of them will run on time."\n'
    )
    assert "transcript" not in speakers_of(text)
