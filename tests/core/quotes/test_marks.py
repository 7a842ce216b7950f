"""Quotation spans: pairs of quote marks in a paragraph, recovered when unbalanced."""

from __future__ import annotations

from bot.core.quotes import marks as qm
from tests.core.quotes.speakers import speakers_of


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in qm.find_spans(text)]


def test_curly_and_straight_quotes_are_both_found():
    assert _texts('“One,” she said, and "two."') == ["One,", "two."]


def test_apostrophes_are_not_quote_marks():
    assert _texts("Blinken’s trip and the officials' plans") == []


def test_a_stray_closing_mark_is_ignored():
    assert _texts('The vote was 6-5" and the toll starts.') == []


def test_an_unclosed_quote_runs_to_the_end_of_the_paragraph():
    spans = qm.find_spans("He said: “We will rebuild.")
    assert len(spans) == 1 and spans[0].open_end


def test_a_second_opener_drops_the_first_unclosed_one():
    assert _texts("“broken and then “whole quote here.”") == ["whole quote here."]


def test_a_curly_opener_typed_as_closer_is_read_as_closer():
    assert _texts("“Yes we can“ he said.") == ["Yes we can"]


def test_inner_text_drops_the_comma_before_the_closing_mark():
    text = "“We will win,” he said."
    assert qm.inner_text(text, qm.find_spans(text)[0]) == "We will win"


def test_single_words_and_titles_are_labels_not_speech():
    for text in ("a “constructive” meeting", "the “Art of the Deal” book", "a so-called “peace plan” here"):
        assert qm.is_label(text, qm.find_spans(text)[0]), text


def test_a_short_sentence_with_punctuation_is_speech():
    text = "He said “No way.”"
    assert not qm.is_label(text, qm.find_spans(text)[0])


def test_a_quote_woven_into_the_sentence_is_partial():
    text = "Austin said he would meet “at some point.”"
    span = qm.find_spans(text)[0]
    assert qm.is_partial(text, span, 0)


def test_a_quote_after_a_colon_is_full():
    text = "Okafor said: “We will reopen.”"
    span = qm.find_spans(text)[0]
    assert not qm.is_partial(text, span, 0)


def test_a_paragraph_opening_with_a_mark_continues_a_quote():
    assert qm.starts_with_opener("“And once we close lanes,” he said.")
    assert not qm.starts_with_opener("He said.")


def test_an_opener_after_a_quoted_question_ending_the_sentence_starts_the_next_paragraph():
    # A nested question closes the sentence ("...about it?'") and the break before the next
    # paragraph of the same quotation was lost: both pieces are kept, the first whole.
    text = (
        "Coach Tom Hale said: \"He ran at me shouting 'what do you want to do about it?' "
        '"It is a disgrace, and I do not expect an apology from him."'
    )
    assert _texts(text) == [
        "He ran at me shouting 'what do you want to do about it?'",
        "It is a disgrace, and I do not expect an apology from him.",
    ]
    assert speakers_of(text) == ["Tom Hale", "Tom Hale"]


def test_a_mark_after_s_closes_an_open_quote_that_nothing_else_closes():
    text = "She wants owners to 'treasure the moments' their dogs gave them, she said."
    assert [text[s.start : s.end] for s in qm.find_spans(text, singles=True)] == ["treasure the moments"]


def test_a_plural_possessive_inside_a_quote_does_not_close_it():
    text = "'The dockers' union will not back down,' he said."
    spans = qm.find_spans(text, singles=True)
    assert [text[s.start : s.end] for s in spans] == ["The dockers' union will not back down,"]


def _paragraph_texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in qm.paragraph_spans(text)]


def test_a_paragraph_whose_only_single_quotation_opens_in_lower_case_has_it():
    text = "Yesterday, he said they ‘cannot even protect their own citizens’."
    assert _paragraph_texts(text) == ["cannot even protect their own citizens"]


def test_a_lower_case_single_quotation_may_open_with_an_apostrophe_word():
    text = "He said they ‘can’t even protect their own citizens’."
    assert _paragraph_texts(text) == ["can’t even protect their own citizens"]


def test_in_british_copy_a_straight_single_quotation_may_open_in_lower_case():
    text = "Farmers were 'part of the solution, not the problem', the union said."
    assert [text[s.start : s.end] for s in qm.paragraph_spans(text, british=True)] == [
        "part of the solution, not the problem"
    ]


def test_outside_british_copy_a_straight_mark_before_a_small_letter_opens_nothing():
    # American headlines put single marks around quoted words; the body's double marks are the speech.
    assert _paragraph_texts("Mayor says blast was an 'intentional act.'") == []


def test_straight_elisions_in_british_copy_are_no_quotation():
    text = "He came 'cause it was rock 'n' roll in the '90s."
    assert qm.paragraph_spans(text, british=True) == []


def test_an_article_without_double_marks_is_british_copy():
    assert qm.uses_single_marks(["'This is a trend,' said Dr Raman.", "Bees fell by 31%."])
    assert not qm.uses_single_marks(["Mayor says it was an 'intentional act.'", '"We know," he said.'])


def test_curly_elisions_in_lower_case_are_no_quotation():
    assert _paragraph_texts("It was rock ‘n’ roll in the ‘90s.") == []


def test_a_straight_mark_glued_between_a_comma_and_the_next_word_closes_the_quotation():
    text = '"He says one thing to one crowd,"Lena Marsh said in a statement. "Voters fear that."'
    assert _texts(text) == ["He says one thing to one crowd,", "Voters fear that."]


def test_a_curly_closer_glued_to_the_next_word_closes_the_quotation():
    text = "“He was good company,”Lena Marsh said. “Voters fear that.”"
    assert _texts(text) == ["He was good company,", "Voters fear that."]


def test_a_curly_opener_after_a_comma_and_before_a_space_closes_the_quotation():
    text = "“It's unusual,“ said Lena Marsh, a lawyer. “Voters fear that.”"
    assert _texts(text) == ["It's unusual,", "Voters fear that."]


def test_a_short_quotation_closed_by_a_mistyped_opener_is_speech_not_a_label():
    said = speakers_of("“It's unusual,“ said Lena Marsh, a lawyer at Harbor Legal. “Voters fear that.”")
    assert said == ["Lena Marsh", "Lena Marsh"]


def test_a_title_cased_quotation_after_a_works_noun_is_a_title():
    text = "She tossed cold water on the idea, she wrote in her memoir, “Tough Choices.”"
    span = qm.find_spans(text)[0]
    assert qm.is_label(text, span)


def test_a_long_title_with_its_subtitle_after_a_works_noun_is_a_title():
    text = "He wrote the book “Left at the Station: How Cities Forgot Their Buses.” on a train."
    span = qm.find_spans(text)[0]
    assert qm.is_label(text, span)


def test_a_sentence_in_title_case_after_a_works_noun_past_the_longest_title_is_speech():
    text = (
        "She wrote in her memoir, “We Fought For Every Vote In Every Town In Every County In The State "
        "And We Won.”"
    )
    span = qm.find_spans(text)[0]
    assert not qm.is_label(text, span)


def test_a_title_cased_quotation_after_in_is_a_title():
    text = "alluding to the actor's latest turn as a rugged frontiersman in “The Revenant.”"
    span = qm.find_spans(text)[0]
    assert qm.is_label(text, span)


def test_a_straight_mark_after_quoted_words_and_a_space_closes_the_quotation():
    text = (
        "\"Voters want to know why they should not pick the name of 'Holt,' \" said Dana Pruitt, "
        "a volunteer.\n"
    )
    assert speakers_of(text) == ["Dana Pruitt"]


def test_a_stray_opening_mark_ending_a_paragraph_does_not_make_it_a_caption():
    text = (
        "Gwen Holt, the mayor, spoke on Friday.\n\n"
        "“We will not back down,” Holt said. “\n\n"
        "The council meets on Monday.\n"
    )
    assert speakers_of(text) == ["Gwen Holt"]


def test_a_curly_closer_after_a_slipped_space_closes_the_open_quotation():
    text = "“People think they are truths, ”said Carla Olden, of the Harbor Foundation."
    assert _texts(text) == ["People think they are truths, "]


def test_a_curly_closer_typed_for_an_opener_with_nothing_open_still_opens():
    text = "He described the newsroom as ”moderate men should leave.”"
    assert _texts(text) == ["moderate men should leave."]
