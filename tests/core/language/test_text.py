"""Sentence splitting and text folding on the constructions news copy is full of."""

import pytest

from bot.core.article import parse_article
from bot.core.language.text import fold, is_caseless, split_sentences, words


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_splits_plain_sentences():
    assert sentences("The ship sailed. It sank. Nobody knows why!") == [
        "The ship sailed.",
        "It sank.",
        "Nobody knows why!",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith and Dr. Jones met Gen. Lee in Washington.",
        "She met John F. Kennedy at the airport.",
        "He spoke to Microsoft Corp. co-founder Bill Gates on Friday.",
        "U.S. officials said the deal was worth 3.5 billion dollars.",
        "The U.S. Navy sent two ships.",
        "Shares fell 2.5 percent by 4 p.m. on Friday.",
    ],
)
def test_does_not_split_after_abbreviations_initials_or_decimals(text):
    assert sentences(text) == [text]


def test_does_not_split_after_an_abbreviation_before_a_quotation_going_on():
    text = "North Korea says it is willing to talk to the U.S. ‘at any time, in any format’ again."
    assert sentences(text) == [text]


def test_splits_after_an_abbreviation_that_ends_a_sentence():
    assert sentences("The talks were held in the U.S. The next round is in Paris.") == [
        "The talks were held in the U.S.",
        "The next round is in Paris.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The permit was filed under ref. No. 4471 last spring.",
        "The tower is approx. 300 metres tall.",
        "The bridge costs approx. £30 million a year.",
        "See ref. A14 for the full list of stations.",
        "The bill (ref. HB 12) passed on Monday.",
        "Both rulings (refs. CA 7 and CA 9) were upheld.",
        "The survey was cited in Fig. 3 of the report.",
        "Figs. 2 and 3 show the flood line.",
        "They met at St. Mary's Church on Sunday.",
        "Ex-Gov. Harlan Voss signed the order.",
        "The order was signed by Lt.-Gov. Ana Ruiz on Friday.",
        "The bill has two sponsors, Sens. Ray Okafor and Lin Dale.",
        "The cost was est. 40 million dollars.",
        "The fees, incl. Parking, rose sharply.",
        "The method, cf. Marsh and Ortiz, is new.",
        "He lived at No. 10 Harbour Row until 1990.",
        "The vote is on Sept. 11 in the town hall.",
        "The Mt. Corran trail reopens in spring.",
        "Sec. Elena Park flew to Lisbon.",
        "His niece, state Del. Marta Pryce, shouted to the crowd.",
        "The base is led by Brig. Gen. Ann Holt this year.",
        "The court ruled on Prop. 12 on Wednesday.",
        "The claim rests on Art. 5 and Ord. 12 of the harbor code.",
    ],
)
def test_does_not_split_after_a_reference_or_title_abbreviation(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("He said no. The vote failed.", "He said no."),
        ("Fans argued with the ref. The match stopped.", "Fans argued with the ref."),
        ("Polls close at 8 p.m. EST. Results follow at ten.", "Polls close at 8 p.m. EST."),
        ("The office moved to Main St. The old one closed.", "The office moved to Main St."),
        ("The law took effect in Jan. It was repealed in June.", "The law took effect in Jan."),
        ("She won by 53 secs. Critics said the course was short.", "She won by 53 secs."),
        ("The museum showed modern art. 5 visitors came.", "The museum showed modern art."),
        ("The hearing ends at 4 p.m. Tomorrow the jury meets.", "The hearing ends at 4 p.m."),
    ],
)
def test_splits_after_an_abbreviation_that_is_also_a_sentence_end(text, first):
    assert sentences(text) == [first, text[len(first) + 1 :]]


def test_keeps_a_quotation_ending_in_comma_inside_its_sentence():
    text = "“We will build homes,” the mayor said. “The work starts Monday.”"
    assert sentences(text) == ["“We will build homes,” the mayor said.", "“The work starts Monday.”"]


@pytest.mark.parametrize(
    "text",
    [
        "“We loved every minute of it!” Holt said on Twitter.",
        "“Is that all there is?” Mayor Ada Holt asked the council.",
        "“Go home!” Reyes wrote in a letter to the paper.",
        "“Why are we paying for roads nobody uses?” Ilse Vandam reportedly told lawmakers.",
    ],
)
def test_keeps_a_quotation_ending_in_a_mark_with_its_attribution(text):
    assert sentences(text + " The vote is on Monday.") == [text, "The vote is on Monday."]


@pytest.mark.parametrize(
    "following",
    [
        "Holt said the council would vote again on Monday next week after all.",
        "Holt wrote that the council had voted.",
        "Holt said because of the vote, the library will close.",
        "Police arrived an hour later.",
    ],
)
def test_a_sentence_after_a_quotation_ending_in_a_mark_that_says_more_stands_apart(following):
    assert sentences(f"“Who could blame them?” {following}") == ["“Who could blame them?”", following]


def test_splits_after_a_quotation_ending_in_full_stop():
    text = "He said it was “over.” Then he left."
    assert sentences(text) == ["He said it was “over.”", "Then he left."]


def test_splits_corpus_style_spaced_full_stops():
    assert sentences("He was exposed to hepatitis A . State officials said the risk is low .") == [
        "He was exposed to hepatitis A .",
        "State officials said the risk is low .",
    ]


def test_does_not_split_before_a_lowercase_word():
    text = "The issues range from trade to war. from Russia to Ukraine."
    assert sentences(text) == [text]


def test_fold_reads_letters_unicode_does_not_decompose_as_the_plain_letter_typed():
    assert fold("Søren Ødegaard of Łódź") == "soren odegaard of lodz"


def test_fold_keeps_the_length_of_a_letter_it_reads_plainly():
    assert len(fold("Ødegaard Đoković")) == len("Ødegaard Đoković")


def test_fold_removes_case_accents_and_curly_quotes():
    assert fold("Café “Déjà” Vu’s") == 'cafe "deja" vu\'s'


def test_words_keep_inner_apostrophes_and_drop_punctuation():
    assert words("China’s F-22 isn't here.") == ["China’s", "F", "22", "isn't", "here"]


def test_words_keep_the_combining_marks_inside_them():
    # An accent typed after its letter, a nukta, Devanagari vowel signs: parts of the word, which
    # `\w` alone splits at.
    assert words("cafe\u0301 au lait") == ["cafe\u0301", "au", "lait"]
    assert words("A\u0915\u093c\u00b5") == ["A\u0915\u093c\u00b5"]
    assert words("हिन्दी भाषा") == ["हिन्दी", "भाषा"]


CASELESS = (
    "the harbour council met on monday. it agreed to reopen the old pier. mr. hale said work "
    "starts in may. the ferry crews welcomed the news. repairs will cost about 2.5 million pounds."
)


def test_caseless_text_is_split_into_its_sentences():
    article = parse_article(CASELESS)
    assert len(article.sentences) == 5


def test_a_title_still_joins_a_caseless_sentence():
    texts = [s.text for s in parse_article(CASELESS).sentences]
    assert "mr. hale said work starts in may." in texts


def test_ordinary_text_is_not_caseless():
    assert not is_caseless("The council met on Monday. It agreed to reopen the pier. Work starts in May.")


def test_text_joined_by_line_separators_is_paragraphs():
    text = "\u2028".join(["The council met on Monday.", "It agreed to reopen the pier.", "Work starts soon."])
    assert len(parse_article(text).paragraphs) == 3
