"""Discord's hard limits and the bot's own interaction budgets, named once.

Every reply is cut to these numbers before it is sent, so Discord never rejects one.
"""

from bot.core import constants

# Message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
CONTENT = 2000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR_NAME = 256
EMBED_TOTAL = 6000
EMBEDS_PER_MESSAGE = 10

# Application command limits.
DESCRIPTION = 100  # a command's or an option's description
AUTOCOMPLETE_CHOICES = constants.AUTOCOMPLETE_CHOICES  # shared with the core, which shapes choices
CHOICE_NAME = 100
CHOICE_VALUE = 100
# What a user may type into our text options; Discord refuses longer input itself.
OPTION_TEXT = 100

# Message flag that makes a reply visible only to the person who asked.
EPHEMERAL_FLAG = 64

# Discord drops an interaction that is not acknowledged within 3 s; work still running
# after DEFER_AFTER is acknowledged with "thinking..." and answered by a follow-up.
INTERACTION_DEADLINE = 3.0
DEFER_AFTER = 1.0
# Engine work runs on this many threads of its own: the GIL lets only one run Python at a time,
# and every extra CPU-bound thread takes GIL turns from the event loop that acknowledges
# interactions and answers heartbeats. Its own pool also keeps DNS look-ups off the queue.
ENGINE_THREADS = 1
# While the engine thread computes, the event loop waits this long (at most) for the GIL after
# each I/O call; Python's default, 5 ms, adds up to seconds over a burst of interactions.
GIL_SWITCH_INTERVAL = 0.0005
# Past the command budget the work's thread is left to finish unseen (see engine.py).
COMMAND_BUDGET = constants.COMMAND_BUDGET_SECONDS
# On SIGTERM, answers under way get this many seconds to be sent before the bot disconnects.
SHUTDOWN_GRACE = 5.0
# Autocomplete cannot be deferred: give up (no choices) well before the deadline.
AUTOCOMPLETE_BUDGET = 2.0
# Names gathered from several articles stop this long before the budget, to be sent in time.
AUTOCOMPLETE_MARGIN = 0.3

# Page size: a page holds at most this many items and this many description characters,
# so a long result reads as several short pages rather than one wall of text.
ITEMS_PER_PAGE = 5
LIST_ITEMS_PER_PAGE = 20
ITEM_CHARS = 900
# /speakers lists each quotation with no clear speaker on one line, cut to this.
UNCLEAR_QUOTE_CHARS = 160
# Room for the bold marks and escapes a line gains beyond its text's own characters.
MARKUP_SLACK = 40
# /speakers where no one is named for any quotation lists this many of them (each with its paragraph).
UNCLEAR_LISTED = 10
# An answer quotes at most this many paragraphs (a question and its reply), each an item.
ANSWER_PARAGRAPHS = 2
# The closest passage is the whole reply and holds its best sentence somewhere: a paragraph of news
# (a corpus export's joined paragraphs too) shows whole up to this, with room left for "Also close".
PASSAGE_CHARS = 2400
PAGE_CHARS = 3500
# A question in a reply to an answer may stand for any of this many people of the article.
FOLLOW_UP_PEOPLE = 200
# A paragraph asked for by number that is longer than a page starts on the page before it when at
# least this much of that page is left (else on a page of its own).
CONTINUED_FROM_CHARS = 400
# What the user typed, echoed back in a notice, is cut to this.
ECHO_CHARS = 100
# Footer text is the article's title; long titles are cut to this.
FOOTER_TITLE = 150
# Page buttons stop working (and are greyed out) after this many seconds.
PAGE_TIMEOUT = 300.0

# Per-user cooldown on every command: RATE uses per PER seconds. Answers cost milliseconds, so this
# only bounds a script (two a second sustained); a person asking ten questions in a row, or a test
# script running through a list of them, is never told to wait.
COOLDOWN_RATE = 20
COOLDOWN_PER = 10.0

# Reported speech lines shown with a "named but never quoted" notice.
PARAPHRASES_SHOWN = 3

# A notice lists this many quoted people ("Quoted in this article: ..."), then "+N more".
QUOTED_LISTED = 10
# Buttons offered when several quoted people fit a /quote (one row holds 5).
SPEAKER_CHOICES = 5
# Cited paragraphs offered in the "read in full" menu (a select menu holds 25 options).
CITATIONS = 25
