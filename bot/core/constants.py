"""Thresholds and limits of the core engines, named once so every engine agrees.

Discord's own limits live in `bot.discord.limits`; these are about articles and queries.
"""

# Articles larger than this are refused: a news article is a few dozen kilobytes, and
# the bot must stay within a 512 MB dyno even with a library of many articles.
MAX_ARTICLE_BYTES = 8 * 1024 * 1024

# Queries: Discord caps option text at 100 characters for our commands; the CLI allows
# a little more for pasted questions but refuses walls of text.
MAX_QUERY_CHARS = 300

# A paragraph or sentence whose rapidfuzz token_set_ratio with an earlier one reaches
# this is a near-duplicate (the reworded lede that news sites repeat below the fold).
NEAR_DUPLICATE_SCORE = 85
# Only sentences with at least this many words can be called near-duplicates, so that
# "He said." is never a duplicate of a longer sentence that contains those words.
NEAR_DUPLICATE_MIN_WORDS = 6
# Candidates for a near-duplicate must share this share of their content words; the
# detector keeps this many recent sentences per word and scores at most this many.
NEAR_DUPLICATE_SHARED_WORDS = 0.5
NEAR_DUPLICATE_POSTINGS = 4
NEAR_DUPLICATE_CANDIDATES = 3

# Paragraphs without final punctuation are captions only when at least this share of the
# article's paragraphs end like sentences; otherwise the text is simply unpunctuated.
PUNCTUATED_SHARE = 0.5

# A paragraph longer than this is never a photo caption (captions are a line or two).
MAX_CAPTION_CHARS = 400

# A first line shorter than this with no final punctuation is taken as the title.
MAX_TITLE_CHARS = 150
# Derived titles (from the lede) are cut to this many characters.
DERIVED_TITLE_CHARS = 80
# A title is derived from the first sentence with this many words of letters, which skips
# by-lines and time stamps ("By . Associated Press . PUBLISHED: . 14:11 EST").
TITLE_SOURCE_MIN_WORDS = 8

SUMMARY_MIN_SENTENCES = 1
SUMMARY_MAX_SENTENCES = 10
SUMMARY_DEFAULT_SENTENCES = 3

LOOKUP_DEFAULT_LIMIT = 5
LOOKUP_MAX_LIMIT = 25

# --- quotes: speaker registry, attribution and speaker queries (bot/core/quotes.py and friends) ---

# A query word matches a name or role word at this rapidfuzz ratio ("blinkin" ~ "blinken").
QUOTE_WORD_MATCH_SCORE = 80
# Whole-name fallback for a query typed without spaces ("antonyblinken").
QUOTE_NAME_MATCH_SCORE = 85
# How many suggestions a failed /quote offers, and how much (rapidfuzz ratio of the closest
# words) a quoted person must resemble the query to be suggested before the most quoted.
QUOTE_SUGGESTIONS = 5
QUOTE_SUGGESTION_RESEMBLANCE = 70
# Discord refuses autocomplete choices of 100 characters or more.
AUTOCOMPLETE_CHOICE_CHARS = 99
# Body paragraphs looked back through to resolve "he said" to a person.
PRONOUN_WINDOW_PARAGRAPHS = 3
# "He added:" carries on the speaker quoted at most this many paragraphs before.
CONTINUING_SPEAKER_PARAGRAPHS = 2
# Words a trailing "..., he told reporters at the White House." may have after its verb.
ATTRIBUTION_TAIL_WORDS = 6
# A "caption" paragraph with this many sentences is story text a photo caption was run into.
RUN_ON_CAPTION_SENTENCES = 4
# Longest role before a name ("US Ambassador to China"), appositive after it, and name itself.
MAX_ROLE_WORDS = 14
MAX_APPOSITIVE_WORDS = 20
MAX_NAME_WORDS = 4

# --- summary engine ----------------------------------------------------------------------
# Sentences shorter than this (in words), or with fewer ordinary lower-case words than the
# next figure, are by-line debris or fragments ("By .", "14:11 EST, 25 October 2013").
SUMMARY_MIN_WORDS = 6
SUMMARY_MIN_LOWER_WORDS = 3
# "Label: what the photo shows" captions have a label of at most this many words.
SUMMARY_CAPTION_LABEL_WORDS = 4
# Longer "sentences" (text with no full stops) are cut to this many words in a summary.
SUMMARY_MAX_SENTENCE_WORDS = 80
# ...and to this many characters (scripts written without spaces have few "words").
SUMMARY_MAX_SENTENCE_CHARS = 600
# A quotation still open after this many sentences is an unbalanced quote mark: stop
# treating the sentences after it as part of someone's quote.
SUMMARY_MAX_QUOTE_SENTENCES = 6
