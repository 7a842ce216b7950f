"""The quote engine: finds direct quotations (marks), attributes each to a speaker
(attribution, people registry) and answers speaker queries (/quote, /speakers, autocomplete).
"""

from bot.core.quotes.engine import (
    QuoteResult,
    Speaker,
    SpeakerList,
    complete_speakers,
    find_person,
    find_quotes,
    list_speakers,
    read_note,
)
from bot.core.quotes.people import Quote

__all__ = [
    "Quote",
    "QuoteResult",
    "Speaker",
    "SpeakerList",
    "complete_speakers",
    "find_person",
    "find_quotes",
    "list_speakers",
    "read_note",
]
