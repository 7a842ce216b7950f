"""What people type is cleaned once, and unusable input gets a short message."""

import pytest

from bot.core import constants
from bot.core.errors import QueryError
from bot.core.query import clean_query


def test_spaces_are_collapsed_and_trimmed():
    assert clean_query("  who   did\tBlinken meet?  ") == "who did Blinken meet?"


def test_control_characters_are_removed():
    assert clean_query("bal\x00loon\x1b") == "balloon"


@pytest.mark.parametrize("text", [None, "", "   ", "\t\n", "\x00\x01"])
def test_empty_input_asks_for_words(text):
    with pytest.raises(QueryError, match=r"(?i)type"):
        clean_query(text)


def test_punctuation_only_input_is_refused():
    with pytest.raises(QueryError, match="no letters"):
        clean_query("?!?...")


def test_ten_thousand_characters_are_refused():
    with pytest.raises(QueryError, match="too long"):
        clean_query("a" * 10_000)


def test_query_at_the_limit_is_accepted():
    assert len(clean_query("a" * constants.MAX_QUERY_CHARS)) == constants.MAX_QUERY_CHARS


def test_lone_surrogate_is_refused():
    with pytest.raises(QueryError, match="not valid text"):
        clean_query("balloon\ud800")


def test_message_names_what_was_typed():
    with pytest.raises(QueryError, match="speaker name"):
        clean_query("", "speaker name")


def test_combining_accents_are_composed():
    assert clean_query("Bli\u0301nken") == "Blínken"


def test_a_paragraph_is_opened_whole_by_its_number(bundled):
    from bot.core import api

    passage = api.paragraph(bundled, 8)
    assert passage.paragraph == 8 and passage.text.startswith("Blinken plans to meet")


def test_a_paragraph_past_the_end_is_a_clear_error(bundled):
    import pytest

    from bot.core import api
    from bot.core.errors import QueryError

    with pytest.raises(QueryError, match="numbered 1 to 37"):
        api.paragraph(bundled, 99)


def test_formatting_typed_around_words_is_taken_off():
    # Discord users bold a name; the marks are no part of it, so "Who is **Kennedy**?" is "Who is X?".
    assert clean_query("who is **Kennedy**?") == "who is Kennedy?"
    assert clean_query("||Kennedy|| said what?") == "Kennedy said what?"
    assert clean_query("Who is [Kennedy](https://example.org)?") == "Who is Kennedy?"


def test_a_mark_inside_a_word_stays():
    assert clean_query("E*Trade and Bill_Porter_Fund") == "E*Trade and Bill_Porter_Fund"


def test_a_mark_escaped_by_a_backslash_stays_as_typed():
    # Discord shows "\_" as an underscore, never italics: the shrug kept no arms ("¯\(ツ)/¯").
    assert clean_query("¯\\_(ツ)_/¯ what?") == "¯\\_(ツ)_/¯ what?"
    assert clean_query("the \\*starred\\* item") == "the \\*starred\\* item"
    assert clean_query("the *starred* item") == "the starred item"


def test_fancy_text_letters_are_read_as_plain_letters():
    assert clean_query("𝐖𝐡𝐨 𝐝𝐢𝐝 𝐁𝐥𝐢𝐧𝐤𝐞𝐧 𝐦𝐞𝐞𝐭?") == "Who did Blinken meet?"
    assert clean_query("Ｗｈｏ ｉｓ 𝘉𝘭𝘪𝘯𝘬𝘦𝘯？") == "Who is Blinken?"


def test_other_compatibility_characters_stay_as_typed():
    assert clean_query("area in km² and ½ mile") == "area in km² and ½ mile"


def test_a_question_typed_as_a_block_quote_or_code_block_loses_the_marks():
    # Discord users quote a message ("> ...") or paste in a code block; the marks are no words.
    assert clean_query("> who chairs the council?") == "who chairs the council?"
    assert clean_query(">>> who chairs the council?") == "who chairs the council?"
    assert clean_query("```\nwho chairs the council?\n```") == "who chairs the council?"


def test_a_greater_than_sign_inside_a_question_stays():
    assert clean_query("Did turnout reach > 50%?") == "Did turnout reach > 50%?"


def test_a_question_typed_as_a_heading_or_subtext_loses_the_marks():
    assert clean_query("# who chairs the council?") == "who chairs the council?"
    assert clean_query("### who chairs the council?") == "who chairs the council?"
    assert clean_query("-# who chairs the council?") == "who chairs the council?"


def test_a_hash_without_a_space_after_it_stays():
    assert clean_query("#1 seed and #metoo?") == "#1 seed and #metoo?"


def test_characters_that_are_not_valid_text_get_a_remedy():
    # A terminal not set to UTF-8 hands "Renée" over as surrogate escapes ("Ren\udce9e").
    with pytest.raises(QueryError, match="type it again"):
        clean_query("Ren\udce9e", "speaker name")
