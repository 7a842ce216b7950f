"""What a question asks for: its type (who/when/where/how many/why...) and answer-type detectors.

Pure pattern rules, no language model: they say whether a sentence holds something of the
kind the question wants (a name, a date, a place, a number, a reason) beyond the question's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps

from bot.core import constants
from bot.core.ask.forms import derived, news_synonyms, place_forms, similar, synonyms
from bot.core.ask.sizes import measured_by_units
from bot.core.language.lexicon import (
    DEMONYMS,
    ORDINALS,
    PLACES,
    US_PARTY_INITIAL,
    US_PARTY_STATE,
    US_PLACES,
    WEEKDAYS_MONTHS,
)
from bot.core.language.stemming import stem
from bot.core.language.text import STOPWORDS, words
from bot.core.quotes.function_words import CLAUSE_OPENERS, PREPOSITIONS

WHO, WHEN, WHERE, HOW_MANY, WHY, WHAT, HOW, OTHER = (
    "who",
    "when",
    "where",
    "how_many",
    "why",
    "what",
    "how",
    "other",
)
AGE, MEASURE, MONEY = "age", "measure", "money"  # "how old"; "how tall/far/long"; "how much ... cost"
ALIAS = "alias"  # "What is Burma also called?", "What was Mata's nickname?"
NAME = "name"  # "What is the name of the announcer?", "Who is the woman who sued the city?"
COUNT = "count"  # "How many followers does he have?": a number of things, never a sum of money
ORIGIN = "origin"  # "Where is Dencia from?": a place, or a people ("the Nigerian singer")
# Kinds whose answer must hold something of that kind (a date, a place, a number, a reason, a name).
STRICT_KINDS = frozenset({WHEN, WHERE, ORIGIN, HOW_MANY, COUNT, AGE, MEASURE, MONEY, ALIAS, NAME})

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# The months as a sentence writes them: "may" and "march" in lower case are a verb ("he may declare an
# emergency", "they march on Sunday"), no month.
_MONTHS_ANY_CASE = "|".join(m for m in _MONTHS.split("|") if m not in ("may", "march", "mar"))
_CAPITALISED_MONTHS = "(?-i:May|March|Mar)"
_WRITTEN_MONTHS = f"{_MONTHS_ANY_CASE}|{_CAPITALISED_MONTHS}"
_DATE_PART = rf"\d|{_MONTHS}|{_DAYS}"  # a time word that dates something: a number, a month, a day


def _initials(*alternations: str) -> str:
    """The first letters of the words of `alternations` ("one|two|three" -> "ot"), for a lookahead
    that lets a pattern of word lists skip at once every position no match can start at: else the
    engine tries each word at every word's start (the lookahead halves the scan of a sentence)."""
    return "".join(sorted({word[0].lower() for words in alternations for word in words.split("|")}))


def _word_trie(alternation: str) -> str:
    """A regex matching as the alternation of lower-case words `alternation` ("four|fifty|fourteen") does,
    with shared beginnings written once ("f(?:our(?:|teen)|ifty)"): sre tries each alternative in
    turn at every word start, so a list of 50 words costs 50 tries there, the tree a few per letter.

    The same matches in the same order of preference: words are joined under a first letter only
    past no word that ends before them ("seventy|seven|seventh": "seven" is tried before "seventh"),
    and two first letters never match at one place, so their order does not matter.
    """
    return _trie_of(alternation.split("|"))


def _trie_of(words: list[str]) -> str:
    branches: list[str] = []
    run: dict[str, list[str]] = {}  # first letter -> what follows it, in order, since the last ended word
    for word in [*words, ""]:
        if word:
            run.setdefault(word[0], []).append(word[1:])
            continue
        branches += [
            re.escape(first) + (_trie_of(rest) if rest != [""] else "") for first, rest in run.items()
        ]
        branches.append("")  # a word ended here: tried in its place
        run = {}
    branches.pop()  # the end of the list is no word
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_TIME_WORDS = (
    "century|centuries|decade|year|years|era|period|reign|dynasty|age|morning|evening|night|"
    "today|yesterday|tomorrow|week|weeks|month|months|earlier|later|ago|since|until|during|"
    "before|after|bc|ad|bce|ce"
)
_TIME = re.compile(
    rf"(?=[\d{_initials(_MONTHS, _DAYS, 'noon|midnight', _TIME_WORDS)}])"
    # Every branch starts a word: the boundary is read once, and each word list as a tree (_word_trie).
    rf"(?:\b(?:(?:{_word_trie(f'{_MONTHS_ANY_CASE}|{_DAYS}')}|{_CAPITALISED_MONTHS})\b|\d{{3,4}}s?\b|\d{{1,2}}(?:st|nd|rd|th)\b|"
    # a time of day: "6:00 a.m.", "9pm", "18:15", "noon"
    r"\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d\d\b|(?:noon|midnight)\b|"
    rf"{_word_trie(_TIME_WORDS)}\b))",
    re.IGNORECASE,
)
# What names a day: a weekday, a day of a month ("Nov. 8", "8 November"), or one relative to today.
_DAY_LEVEL = re.compile(
    rf"\b(?:{_DAYS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b|\b(?:yesterday|today|tomorrow|tonight)\b",
    re.IGNORECASE,
)
_DAY_QUESTION = re.compile(r"^\s*(?:on\s+)?(?:what|which)\s+(?:day|date)\b", re.IGNORECASE)
# A weekday right after a verb of reporting: when the news was told, not when it happened. So is a day
# owning a piece of telling: "(as she detailed in today's New York Times op-ed)", "in Monday's statement".
_REPORTED_ON = re.compile(
    rf"\b(?:said|says|told|reported|announced|added|confirmed|stated)\s+(?:on\s+)?(?:{_DAYS})\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\b(?:yesterday|today|tonight|{_DAYS})['’]s(?=\s+(?:[A-Z][\w.&’'-]*\s+){{0,4}}"
    r"(?:op-eds?|columns?|articles?|interviews?|statements?|announcements?|editorials?|speech|briefing|"
    r"(?:press|news)\s+conference|letters?|posts?|tweets?|blog)\b)",
    re.IGNORECASE,
)
# An age said of someone named after it: "its 14 year old soloist", "Toro Rosso's 17-year-old
# driver" is no time. Not one a time is said by: "when she is six months old".
_AGED = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|my|your)\s+|[’']s\s+)\d{1,3}[\s-](?:year|month|week|day)s?[\s-]old\b",
    re.IGNORECASE,
)
# "during the town hall", "before the vote": a time word and the event it places (up to four words).
_EVENT_AFTER = re.compile(
    r"\b(?:during|before|after|since|until)\s+(?P<event>(?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE
)
_SPAN_BEFORE = re.compile(
    r"\b(?:\w+\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centur(?:y|ies))|shortly|soon|just|"
    r"long|moments?|right|immediately)\s+$",
    re.IGNORECASE,
)
_DATED = re.compile(rf"\d|\b(?:{_WRITTEN_MONTHS}|{_DAYS})\b", re.IGNORECASE)
_RELATIVE_TIME = re.compile(
    r"\b(?:(?:last|next|this|that|earlier this|later this|the following|the previous)\s+"
    r"(?:year|week|month|spring|summer|autumn|fall|winter|decade|century)|yesterday|today|tomorrow|"
    r"tonight|\w+ (?:days|weeks|months|years) (?:ago|later|earlier)"
    # "due to start in the spring", "by early summer" ("in the fall" may be a tumble: left out)
    r"|(?:in|by|until|from)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|autumn|winter))\b",
    re.IGNORECASE,
)
_PLACE_NOUNS = (
    "road|street|avenue|lane|highway|motorway|bridge|junction|roundabout|hotel|restaurant|pub|bar|cafe|"
    "club|house|home|flat|apartment|building|office|school|university|college|hospital|church|mosque|"
    "temple|station|airport|port|harbour|harbor|beach|park|garden|square|market|shop|store|mall|village|"
    "town|city|capital|district|area|region|county|province|state|country|border|coast|island|sea|river|"
    "lake|mountain|hill|valley|forest|field|farm|camp|prison|jail|court|courthouse|stadium|arena|ground|"
    "centre|center|base|embassy|palace|castle|museum|library|theatre|theater|zoo|factory|plant|site|"
    "neighbourhood|neighborhood|suburb|estate|compound|venue|hall|summit|continent|waters|territory"
)
# "in the harbour district", "at a hotel", "on a road near": a place without a capitalised name.
_COMMON_PLACE = re.compile(
    rf"\b(?:in|at|near|outside|inside|across|along|on|into|from)\s+(?:the|a|an|his|her|their|its)\s+"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}(?:{_PLACE_NOUNS})s?\b"
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    "hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|"
    "several|few|many|first|second|third|percent|per cent|once|twice|thrice"
)
_NUMBER_WORD = _word_trie(_NUMBER_WORDS)  # the patterns' form of the list: a tree of its words
_CARDINAL = (
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|once|twice|thrice)\b"
)
# A figure as written, "1,250.5": read at most WORD_CHARS_READ long, or a run of thousands of digits was
# read to its end from each of its digits (a question about 20 KB of them took a minute).
_FIGURE = rf"\d[\d,.]{{0,{constants.WORD_CHARS_READ - 1}}}"
_AMOUNT = rf"(?:{_FIGURE}|\b(?:{_NUMBER_WORD}))"
_AMOUNT_INITIALS = rf"\d{_initials(_NUMBER_WORDS)}"
# The first words of an amount said in words (_WORDED_AMOUNT).
_WORDED_INITIALS = _initials("half|over|under|about|around|nearly|almost|than|a|couple")
# An age by a name or a noun: "Rojas-Jovel, 45,", "aged 45", "the 45-year-old", "45 years old".
_AGE = re.compile(
    r"\b\d{1,3}-(?:year|month|week|day)-old(?P<noun>(?:\s+[a-z][\w-]*){0,3})|\baged\s+\d{1,3}\b|\b\d{1,3}\s+years?\s+old\b|\bage\s+(?:of\s+)?\d{1,3}\b"
    r"|[A-Za-z][\w’'-]*,\s+\d{1,3},",
    re.IGNORECASE,
)
# The units of a length of time.
_TIME_UNITS = "hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?|centuries|century"
# Units of everything but weight: a size, a time, a speed, an area, a volume. Inches only glued to the
# figure ("2in", "6ft 2in"; "6 ft 2 in" is measured by its feet): "beat her 6-4 in the final" is no height.
_SIZE_UNITS = (
    r"ft|feet|foot|(?<=\d)in|inch|inches|m|metres?|meters?|km|kilometres?|kilometers?|miles?|cm|mm|yards?|"
    "storeys?|stories|floors|mph|kph|km/h|knots|"
    "acres?|hectares?|sq|square|hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?|"
    "centuries|laps|degrees|litres?|liters?|gallons?"
)
_UNITS = f"{_SIZE_UNITS}|kg|kilos?|kilograms?|tonnes?|tons?|lbs?|pounds|stone"
# Any age written as one ("28-year-old", "a six-month-old", "45 years old"): no length of time.
_AN_AGE = re.compile(
    rf"(?=[{_AMOUNT_INITIALS}])(?:\b(?:\d{{1,3}}|{_NUMBER_WORD})[\s-](?:year|month|week|day)s?[\s-]old\b)",
    re.IGNORECASE,
)
# An amount of a unit said in words, with no number: "half an hour", "an hour and a half", "a couple of
# days", "a quarter of a mile", "in just over an hour" (not "a year ago", "once a week", "within a week of").
_WORDED_AMOUNT = (
    r"\b(?:(?:half|over|under|about|around|nearly|almost|than)\s+an?|a\s+quarter\s+of\s+an?"
    rf"|(?:a\s+)?couple(?:\s+of)?)\s+(?:{_SIZE_UNITS})\b"
    rf"|\ban?\s+(?:{_SIZE_UNITS})\s+and\s+a\s+(?:half|quarter)\b"
)
# A measurement: a number and its unit, glued or not ("30ft", "2 miles", "five hours"), or in words.
_MEASUREMENT = re.compile(
    rf"(?=[{_AMOUNT_INITIALS}{_WORDED_INITIALS}])(?:{_AMOUNT}\s*-?(?:{_UNITS})\b|{_WORDED_AMOUNT})",
    re.IGNORECASE,
)
# A height in feet and inches ("6'3\"", "5ft 9in" is a measurement already).
_FEET_INCHES = r"\b\d['’]\s?\d{1,2}\b"
# "How long is the turtle?" asks a length or a time: "can grow up to 2,000 pounds" weighs it.
_SIZES = frozenset("long short tall high deep wide far".split())
_SIZE_MEASUREMENT = re.compile(
    rf"(?=[{_AMOUNT_INITIALS}{_WORDED_INITIALS}])"
    rf"(?:{_AMOUNT}\s*-?(?:{_SIZE_UNITS})\b|{_FEET_INCHES}|{_WORDED_AMOUNT})",
    re.IGNORECASE,
)
# A height as US sports copy writes it, "the 6-4 forward", is a height only in a sentence about one; else
# "6-4" is a score ("beat her 6-4").
_HYPHENATED_HEIGHT = re.compile(r"(?<![\d.,–-])[4-7]-(?:1[01]|\d)(?![\d–-])")
_ABOUT_HEIGHT = re.compile(r"\b(?:tall|taller|height|stands?|standing|stood)\b", re.IGNORECASE)
# "How long has it been recognised?": "since the 1950s", "since 2004" says for how long, up to now.
_SINCE_WHEN = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\d{4}s?\b", re.IGNORECASE)
_NUMBER = re.compile(rf"(?=[\d{_initials(_NUMBER_WORDS)}])(?:\d|\b(?:{_NUMBER_WORD})\b)", re.IGNORECASE)
# A number and the noun it counts, past one describing word: "two polls", "three new polls".
_COUNTED = re.compile(rf"(?:\d[\d,.]*|\b(?:{_NUMBER_WORD})\b)(?P<after>(?:\s+[A-Za-z][\w-]*){{0,2}})")
_SAYING = frozenset("said say says told voted answered".split())
# A number word capitalised after a capitalised word is part of a name, no count: "Formula One",
# "Air Force One", "World War Two", "Channel Four".
_NAMED_NUMBER = re.compile(
    rf"\b([A-Z][\w’'-]{{0,{constants.WORD_CHARS_READ - 1}}}\s+)"
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred)\b"
)
# Amounts of a unit, no count of things ("20 percent", "11 years", "8.9 metres"): the units of _UNITS
# that are no other word ("in", "m", "pounds" ...), with shares.
_SHARE_OR_SPAN = re.compile(
    rf"(?=[{_AMOUNT_INITIALS}])"
    rf"(?:{_AMOUNT}\s*-?(?P<unit>percent|per cent|%|hours?|days?|weeks?|months?|years?|minutes?|seconds?|"
    r"decades?|centuries|metres?|meters?|kilometres?|kilometers?|km|miles?|kg|kilograms?|tonnes?|acres?|hectares?|"
    r"degrees|litres?|liters?|gallons?)(?!\w))",
    re.IGNORECASE,
)
# Participles of a setback or a push whose "by" names the cause, not a doer: "had its launch delayed by the
# attacks", "shares were hit by weak sales", "a rally fuelled by hopes of a deal" (not "arrested by police").
_CAUSED_BY = (
    "delayed postponed disrupted halted hampered slowed stalled interrupted cancelled canceled blocked "
    "hit hurt damaged affected dampened dented boosted buoyed lifted driven fuelled fueled triggered "
    "sparked prompted caused spurred overshadowed marred plagued"
).split()
_REASON = re.compile(
    # "delayed by the attacks", "held up by fog": the participle stays in the event the reason is for. "by"
    # comes first and the participle is looked for behind it, or every position of a text would try all
    # thirty-odd look-behinds (a why-question on 10,000 paragraphs took twice as long).
    r"\bby(?=\s)(?:" + "|".join(rf"(?<=\b{word} by)" for word in (*_CAUSED_BY, "held up")) + r")|"
    # "due to a legal dispute", not "due to be completed" (a plan)
    r"\b(?:because|due to(?!\s+(?:be|begin|start|open|close|end|meet|return|arrive|leave|finish|resume)\b)|"
    # "Protesters were frustrated that the police released only some of the video": an emotion's cause
    r"(?:frustrated|angry|upset|worried|concerned|furious|disappointed|annoyed|outraged|unhappy|delighted)"
    r"\s+(?:that|at|by|about|with)|owing to|since|so that|in order to|as a result|result of|after|"
    # "suspended over the images", not "pulled over in Wilson County" (a verb's particle); "closed for
    # repairs", not "works for Acme Inc." nor "sold for $20m" (an employer, a price)
    r"over(?!\s+(?:in|at|to|on|from|by|into|with|and|or|the\s+(?:weekend|years?|summer|winter|past|next))\b|\s*[,.;:!?])|"
    r"caused|cause|reason|to avoid|to prevent|to ensure|aimed at|for(?!\s+(?:(?-i:[A-Z])|[$£€\d]))|"
    r"amid|following|thanks to|"
    r"result(?:ed|s|ing)? in|led to|leading to|blam(?:ing|ed|es)|citing|cited|in case|"
    # "In response to American aid to Israel, OPEC raised ...", "in a bid to cut costs": a cause or a purpose
    r"in (?:response|reaction|retaliation|protest) (?:to|at|against|for)|"
    r"in (?:a bid|an (?:effort|attempt)) to|(?:designed|intended|meant|trying|seeking) to|"
    # "so we can test each other out": a purpose clause
    r"so(?=\s+(?:we|he|she|they|it|I|you)\s+(?:can|could|will|would|may|might)\b))\b",
    re.IGNORECASE,
)
# Markers after which comes what a reason led to, the reason standing before them: "they smelled gas. So
# they pulled over.", "prevailing winds meant that it would have to stop", "fuel costs rose, which is why
# the ferry closed", "a storm hit, prompting the ferry's closure". Not "so far", "so-called", "by means of",
# "meant to" (a purpose, which _REASON reads), nor "so" before what it measures ("so many", "so quickly").
_EFFECT = re.compile(
    r"(?:^|(?<=[,;:.!?\"“”—–]))\s*so\b(?!\s*-|\s+(?:far|much|many|long|few|little|often|soon|called|well|"
    r"too|very|as|that|on|forth|what|[a-z]+ly)\b)"
    r"|(?<!\bby\s)\b(?:means|meant)\b(?!\s+(?:to|of|for|by)\b)"
    r"|\b(?:which|that|this)\s+(?:is|was)\s+why\b|\b(?:that|this)['’]s\s+why\b|\bprompt(?:ed|ing)\b",
    re.IGNORECASE,
)
# A purpose given with a bare "to" after what was done: "travelled to Oslo on Monday to sign a fishing
# pact", "asked to stop to pick up a package". Read only as a reason tied to the event asked about.
_BARE_TO = re.compile(r"(?<=\s)to\s+(?P<verb>[a-z]+)\b")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
# Words taking an infinitive as their object or complement, whose "to" is no purpose: "decided to close",
# "was able to leave", "the decision to close", "the first to finish".
_INFINITIVE_TAKERS = frozenset(
    """want wants wanted wanting plan plans planned planning hope hopes hoped hoping try tries tried trying
    agree agrees agreed decide decides decided deciding decision need needs needed have has had having going
    able unable likely unlikely used expect expects expected due set about ready willing unwilling eager
    keen reluctant begin begins began begun start starts started continue continues continued refuse
    refuses refused fail fails failed failure seem seems seemed appear appears appeared ask asks asked
    tell tells told allow allows allowed force forces forced order orders ordered urge urges urged help
    helps helped wish wishes wished promise promises promised threaten threatens threatened vow vows
    vowed aim aims aimed intend intends intended prepare prepares prepared preparing choose chooses chose
    chosen manage manages managed offer offers offered pledge pledges pledged seek seeks sought attempt
    attempts attempted propose proposes proposed vote votes voted tend tends tended like likes liked love
    loves loved prefer prefers preferred hate hates hated learn learns learned learnt invite invites
    invited encourage encourages encouraged persuade persuaded convince convinced require requires
    required enable enables enabled cause causes caused get gets got gotten first last next only hard
    easy difficult impossible possible bound supposed meant designed enough too right rights chance
    chances opportunity ability way time permission power authority move bid effort efforts call
    calls push drive campaign reason license licence deal agreement threat commitment pressure
    happy glad sorry sure free
    me you him her us them""".split()  # "allowed them to dictate": a verb's object and its infinitive
)
_PARTICLES = frozenset("off up out down over away back on in about around through".split())
# Words after a bare "to" that are nouns, not verbs: "taken to hospital", "went to court", "close to home".
_BARE_TO_NOUNS = frozenset(
    """hospital court prison jail school work bed church power office date death life market sea
    university college town home hand mind light trial war rest dinner lunch breakfast safety justice
    account attention heaven hell sleep air land shore camp class parliament congress wales""".split()
)
# A word right before "meant" or "so" that makes it no effect marker: "I never meant it", "or so".
_NO_CAUSE_BEFORE = re.compile(
    r"\b(?:i|you|he|she|we|they|it|who|what|never|not|n[’']t|or|and|just|only|really|also)$", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[,.;:!?\"“”]")
_OPENING_QUOTE = re.compile(r"\s*(?:[\"“‘']\s*)?")
# Where the clause before an effect marker begins: the last of these before it, past the marker's own.
_CLAUSE_START = re.compile(r"[,.;:!?\"“”—–]")
_BLAMED_FOR = re.compile(r"\s+for\s+", re.IGNORECASE)
# "for 11 years", "since 2019", "after ten minutes", "for several more weeks": a time span, not a reason. A
# figure is read as one (a year, most often), but a number word only before a unit of time: "because
# hundreds of residents complained", "because many disagreed" give reasons, and a number word starts no
# longer word ("because tenants complained").
_SPAN = re.compile(
    r"^\s*(?:(?:the|a|an|past|last|next|more than|about|nearly|almost)\s+)*"
    rf"(?:{_FIGURE}|\b(?:{_NUMBER_WORD})\b(?:\s+[a-z]+)?[\s-]+(?:{_TIME_UNITS})\b)",
    re.I,
)
# "the 11 September attacks": an event named by its date, no span.
_DATED_EVENT = re.compile(rf"^\s*(?:the\s+)?\d{{1,2}}\s+(?:{_MONTHS})\s+[a-z]", re.I)
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|from|to|near|into|across|on|off|outside|inside|between|through)\s+(?:the\s+)?"
    r"([A-Z][\w’'\-]+)"
)
# A place name opening a clause, and the word after it: "Ireland began", ", Ireland pressed".
_PLACE_ACTING = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\b(?:and|but|while|as|when|before|after|until|though|although)\s+)"
    r"([A-Z][\w’'-]+)\s+([a-z]+)\b"
)
# Verbs that do not end in "-ed", as a team or a government is their subject in news copy.
_COMMON_VERBS = frozenset(
    """is are was were has have had will would could can did does do said says began begins won wins
    lost loses led leads beat beats drew draws took takes made makes came comes went goes held holds kept
    keeps ran runs gave gives got gets left leaves fought fights sent sends spent spends brought brings
    found finds struck strikes hit hits put puts set sets broke breaks chose chooses threw throws rose
    fell falls grew grows became becomes told tells saw sees met meets paid pays face faces host hosts
    play plays need needs must may might should""".split()
)
_SPOKEN_TO = re.compile(
    r"\b(?:speak|speaks|speaking|spoke|talk|talks|talking|talked|said|says|told|explained|wrote|writing|"
    r"according|interview|interviews|interviewed)\s+(?:to|with)\s+",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][\w’'\-]*)")
_HOW_MANY = re.compile(
    r"^\s*(?:how (?:many|much|long|old|far|big|large|often|tall|high)|what (?:percentage|percent|number|"
    r"amount|proportion|share|size|population))\b",
    re.IGNORECASE,
)
# A question after another name for something: "also called", "known as", "nickname".
_ALIAS_QUESTION = re.compile(
    r"^\s*(?:what|which)\b.*\b(?:also\s+(?:called|known|named)|known\s+as|nick-?names?|nicknamed|aliases|alias|"
    r"(?:other|another)\s+(?:names?|terms?|words?)|dubbed|referred\s+to\s+as)\b"
    # "An evaporative tower is also referred to as what kind of tower?": the question word after the naming.
    r"|\b(?:also\s+(?:called|known\s+as|named|referred\s+to\s+as)|nicknamed)\s+(?:\w+\s+){0,2}?(?:what|which)\b"
    # "What was the extra week of early voting called?": the name it goes by.
    r"|^\s*what\s+(?:is|was|are|were)\s+.+\s+called\s*\??\s*$",
    re.IGNORECASE,
)
# How news copy gives another name: "Burma, also known as Myanmar", "Mata, nicknamed ..." (not
# "entitled to compensation"), and reference prose's '"shortening the cutoff" or rather, shortening ...'.
_ALIAS = re.compile(
    r"\b(?:(?:also|otherwise|better|commonly)\s+)?(?:known|called|named|referred\s+to)\s+as\b|\balso\s+(?:called|named)\b"
    r"|\bnicknamed\b|\bdubbed\b|\ba\.?k\.?a\b|\b(?:en)?titled\b(?!\s+to\b)|\btermed\b|\bor\s+rather\b",
    re.IGNORECASE,
)
# A question after someone's or something's name: "What's the name of the woman who...", "What was
# the boy's name?", "Who is the kayaker who took the photos?" (a person described, not named).
_NAME_QUESTION = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?names?\b"
    r"|^\s*(?:who|whom)\s+(?:is|was|are|were)\s+the\s+(?:[\w’'-]+\s+){1,2}?(?:who|that|whose)\b",
    re.IGNORECASE,
)
# A capitalised word that may be a name: not the first of a sentence, even after an opening quote.
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<![.!?]\s['‘“\"])(?<!^)(?<!^['‘“\"])\b([A-Z][\w’'\-]*)")
_AGE_QUESTION = re.compile(r"^\s*(?:how old|(?:(?:at|from) )?what age)\b", re.IGNORECASE)
_MONEY_QUESTION = re.compile(
    # "What were profits in dollars?", "how much is that in euros": an amount in that currency.
    r"^\s*(?:what|how\s+much)\b.*\bin\s+(?:us\s+)?(?:dollars|pounds|euros|sterling|yen)\s*\??\s*$"
    r"|^\s*how\s+much\s+(?:money|cash)\b"
    r"|^\s*how\s+much\b.*\b(?:cost|costs|costing|pay|paid|pays|spend|spent|worth|charge|charged|earn|earned|"
    r"earns|fined|raise|raised|owe|owed|sell|sold|buy|bought|price|priced|"
    # "How much did Ayotte return?" after donations: money handed over or back
    r"donate|donated|contribute|contributed|refund|refunded|repay|repaid|return|returned|borrow|"
    r"borrowed|lend|lent|invest|invested|pledge|pledged|steal|stole|stolen|embezzle|embezzled)\b",
    re.IGNORECASE,
)
_CURRENCY_WORDS = (
    r"dollars?|euros?|pounds?|pence|cents?|yen|yuan|rupees?|francs?|krona|kronor|kroner|rand|pesos?|lira|lire|"
    r"roubles?|rubles?|pesetas?|shillings?|guilders?|drachmas?|dinars?|riyals?|dirhams?|usd|gbp|eur|bucks|quid"
)
# A currency with a number: "$1.78bn", "£933m", "40 dollars", "6 million lira".
_SUM_PATTERN = (
    r"[$£€¥₹]\s?\d|\d\s?(?:[$£€¥₹]|p\b)"
    rf"|\d\s+(?:(?:million|billion|trillion)\s+)?(?i:{_CURRENCY_WORDS}|grand)\b"
)
_SUM = re.compile(_SUM_PATTERN)
# Charges news copy gives as a share of something: "pay 1% in income tax", "interest of 4.5%".
_LEVIES = frozenset("tax taxes interest vat duty duties tariff tariffs levy commission royalty".split())
_PERCENTAGE = re.compile(
    rf"\d(?:[\d.,]{{0,{constants.WORD_CHARS_READ - 2}}}\d)?\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE
)
# A currency's name in lower case, or in any case after a number ("6 million Lira"): capitalised
# alone it is someone's or something's ("Rand Paul", "Ezra Pound", "Grand Prix"); "grand" is money
# only after a number ("50 grand").
_CURRENCY = re.compile(rf"{_SUM_PATTERN}|\b(?:{_CURRENCY_WORDS}|USD|GBP|EUR)\b")
# "MSN Spaces is free to anyone", "for free", "at no extra cost": a price of nothing, which answers
# "How much does it cost?" as a sum would; not "free trade" or "a free agent".
_NO_CHARGE = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|stays?)\s+(?:entirely\s+|completely\s+)?free\b(?!\s+(?:of|from)\s+(?!charge))"
    r"(?!\s+to\s+(?!anyone|everyone|all\b|users|members|customers|subscribers|the\s+public))"
    r"|\bfree\s+of\s+charge\b|\bfor\s+free\b|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b",
    re.IGNORECASE,
)
# "£50,000", "$1.2 million", "300 euros": a sum of money, which counts no things.
_MONEY_AMOUNT = re.compile(
    r"[$£€¥₹]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|m|bn|k)\b)?"
    rf"|\b{_FIGURE}\s*(?:(?:million|billion|trillion)\s+)?(?:{_CURRENCY_WORDS})\b",
    re.IGNORECASE,
)
# "How many" before a currency ("how many dollars") asks for money after all.
_COUNT_QUESTION = re.compile(rf"^\s*how\s+many\b(?!\s+(?:{_CURRENCY_WORDS})\b)", re.IGNORECASE)
_ORIGIN_QUESTION = re.compile(
    r"^\s*(?:where|(?:what|which)\s+(?:state|country|city|town))\s+(?:is|was|are|were|does|do|did)\b.*\bfrom\s*\??\s*$"
    r"|^\s*what\s+nationality\b"
    # "Which state does Lindsey Grant represent?": a lawmaker's state, said as where one is from.
    r"|^\s*(?:what|which)\s+(?:state|district|city|country)\s+(?:does|did|do)\s+.+?\s+represent\s*\??\s*$",
    re.IGNORECASE,
)
# A US lawmaker's party and state after the name: "Jason Chalmers (R-Utah)", "Elias Cumbers, D-Md.,".
_PARTY_STATE = re.compile(rf"(?:\(|,\s){US_PARTY_STATE}[\w.]*(?:\s[A-Z][\w.]*)?(?:\)|,)")
# "Mr Penrose, of Woodbridge, Suffolk,": British news copy gives where someone lives in an apposition
# after the name ("of" a place written with no "the": "Holt, of the Reform Coalition," is a body).
_HOME_WORDS = frozenset({"live", "lives", "lived", "living", "home", "reside", "resides"})
_OF_PLACE = re.compile(r"\b([A-Z][\w’'-]+),\s+(?:of|from)\s+(?!the\b)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,")
# "Terry, 61,": an age, not a count of anything; nor a year, a decade or a number in a name.
_AGE_BY_NAME = re.compile(
    # Every branch starts a word: the boundary is read once, and the branches tried only at a word's
    # start (each branch read the boundary for itself at every position: 75 us a bundled paragraph).
    r"\b(?=\w)(?:"
    # A name read at most WORD_CHARS_READ long ("A1-A1-..." was read to its end from each of its words).
    rf"[A-Z][\w’'-]{{0,{constants.WORD_CHARS_READ - 1}}},\s+\d{{1,3}},"
    r"|\d{1,3}-(?:year|month|week|day)-old\b"
    rf"|(?i:{_word_trie(f'in|since|until|by|from|before|after|during|{_MONTHS}')})\s+(?:1[5-9]|20)\d\d\b(?![,.]?\d)"
    # "the 2005 Bafta film awards", "the Refugee Act of 1980": a year naming an event or a law.
    r"|(?i:the|of)\s+(?:1[5-9]|20)\d\d\b(?![,.]?\d)(?=\s+[A-Z]|[.,;]|\s*$)"
    # "the 1980s and 90s" are times; "a one-time contender", "at one time", "no one", "this one" (a
    # pronoun) no count at all.
    r"|(?:1[5-9]|20)?\d0s\b|(?i:one-(?:time|off|sided|way)\b|at\s+one\s+(?:time|point|stage)\b)"
    r"|(?i:(?:no|this|that|which|each)\s+one\b|one\s+another\b)"
    # "one of the main centres": one thing among others, no count of them.
    r"|(?i:one\s+of\b)"
    # "Highway 20", "Flight 370", "Proposition 64": a number in a name.
    r"|(?:Highway|Route|Interstate|Flight|Apollo|Chapter|Article|Section|Proposition|Prop|Measure|Room|Gate|"
    r"Terminal|Platform|Pier|Exit|Channel|District|Ward|Precinct|Station|Unit|Building|Lot|Level|Phase|Week|"
    r"Game|No\.)\s+\d[\d.]*\b)"
)
_MEASURE_QUESTION = re.compile(
    r"^\s*how (?:tall|high|low|long|short|far|near|close|deep|shallow|wide|narrow|heavy|light|thick|"
    r"fast|slow|hot|cold|warm|steep)\b",
    re.IGNORECASE,
)
_BE = r"(?:is|was|are|were|will\s+be|has\s+been)"
# "What bail was set?", "What was the vote?": nouns whose value is an amount or a tally.
# "What was the fine?", "Which was the highest rate?"; not "Which rate did the Fed raise?" nor "Which
# bill did they kill?": "which" right before the noun asks which one of its kind, not how much.
_AMOUNT_QUESTION = re.compile(
    r"^\s*(?:what\s+(?:" + _BE + r"\s+)?|which\s+" + _BE + r"\s+)(?:the\s+)?(?:\w+\s+)?"
    r"(?:bail|fine|price|cost|fee|fees|salary|wage|ransom|budget|sum|bill|damages|compensation|payout|"
    r"bonus|reward|vote|score|scoreline|tally|margin|toll|figure|rate|height|length|distance|weight|"
    r"population|turnout|sentence)\b",
    re.IGNORECASE,
)
# Nouns that name the category of an answer: "in what year" wants a time, "which country" a place.
TIME_CATEGORIES = "year|years|century|centuries|decade|date|day|month|time|period|era|age"
PLACE_CATEGORIES = (
    "country|countries|city|cities|place|region|town|state|continent|island|location|area|nation|river|"
    "sea|province"
)
# Nouns for a place in a question ("the name of the station"): then a place's name may answer it.
_PLACE_NOUN_SET = frozenset(_PLACE_NOUNS.split("|")) | frozenset(PLACE_CATEGORIES.split("|"))
_PLACE_WORDS = PLACES | US_PLACES | DEMONYMS
# "On which day ...", "At what time ...", "Since what year ...": a preposition of time before the category
# ("Until what time ..." asks for an end, which a time alone does not show).
_TIME_PREPOSITIONS = "in|on|at|during|by|since|after|before|from"
_WHEN = re.compile(
    rf"^\s*(?:when|(?:(?:{_TIME_PREPOSITIONS}) )?(?:what|which) (?:{TIME_CATEGORIES}))\b", re.IGNORECASE
)
_WHERE = re.compile(
    # "Which Italian city": a people's or place's word may qualify the kind of place.
    rf"^\s*(?:where|(?:in |to |from )?(?:what|which) (?:(?-i:[A-Z][a-z]+) )?(?:{PLACE_CATEGORIES}))\b",
    re.IGNORECASE,
)
_WHO = re.compile(
    r"^\s*(?:who|whom|whose|who's|(?:what|which) (?:person|people|man|woman|king|leader))\b", re.I
)


# Among a question's words when it opens with "where" (a stop word, so it matches nothing): it asks
# where something is or happened, not which place did something.
WHERE_WORD = "where"
_OPENS_WHERE = re.compile(r"^\s*where\b", re.IGNORECASE)


def asks_where(question: str) -> bool:
    return _OPENS_WHERE.match(question) is not None


# Among a question's words when it asks for how long ("How long has it been recognised?", "For how
# long ..."): "since the 1950s" answers it, as a measurement does; "How far ...?" it does not answer.
DURATION_WORD = "<how long>"
_ASKS_DURATION = re.compile(r"^\s*(?:for\s+)?how\s+long\b", re.IGNORECASE)


def asks_how_long(question: str) -> bool:
    return _ASKS_DURATION.match(question) is not None


# Among a question's words when it asks when something was said ("When did police announce the arrests?",
# "When did Qwest say MCI had rejected it?"): there the day the report gives ("police said Tuesday") is the
# answer, not the report's date of another event.
REPORT_WORD = "<said>"
_ASKS_WHEN_SAID = re.compile(
    r"^\s*when\b.*\b(?:say|said|tell|told|announced?|report(?:ed)?|confirm(?:ed)?|reveal(?:ed)?|publish(?:ed)?|"
    r"detail(?:ed)?|explain(?:ed)?|describe[ds]?|write|wrote|written)\b",
    re.IGNORECASE,
)


def asks_when_said(question: str) -> bool:
    return _ASKS_WHEN_SAID.match(question) is not None


# Among a question's words when it asks how big something is ("How big is the park?", "What size is the
# site?"): a time is no size ("Clarkston has a 35-year history", "three years of building work").
SIZE_WORD = "<how big>"
_ASKS_SIZE = re.compile(r"^\s*(?:how\s+(?:big|large|small)|what\s+size)\b", re.IGNORECASE)
# Beside SIZE_WORD when the thing asked is measured in units ("How big is the ship?"): a crew or a price
# is no size of a ship (ask.sizes).
MEASURED_WORD = "<measured>"


def kind_markers(question: str) -> set[str]:
    """The markers a question's kind of answer is read with when no words of it are at hand."""
    markers = {DURATION_WORD} if asks_how_long(question) else set()
    asked = _LEADING_PREPOSITION.sub("", question)
    if _ASKS_SIZE.match(asked):
        markers.add(SIZE_WORD)
        if measured_by_units(asked):
            markers.add(MEASURED_WORD)
    return markers


# Among a question's words when it asks when something is still to happen ("When will the meeting be
# held?", "When is the trial due to start?"): a time already past ("last month") does not answer it.
FUTURE_WORD = "<future>"
# Events a story dates: "When is the meeting?", "When was the match played?".
_EVENTS = (
    "meeting|vote|election|hearing|trial|summit|match|game|final|launch|debate|conference|ceremony|deadline|"
    "inquiry|review|talks|referendum|race|tournament|festival|concert|fight"
)
_ASKS_FUTURE = re.compile(
    r"^\s*when\s+(?:will\b|(?:is|are)\b[^?]*\b(?:due|expected|scheduled|set|going)\s+to\b"
    # "When is the meeting?": an event asked of in the present tense is one still to be held.
    rf"|(?:is|are)\s+(?:the|a|an|this|next)\s+[\w\s’'-]*?(?:{_EVENTS})\s*\??\s*$)",
    re.IGNORECASE,
)
# "When is the leadership election?", "When was the match played?": the event whose date is asked, named
# after a determiner and ending the question or followed by its verb (not "the final whistle").
_WHEN_EVENT = re.compile(
    rf"^\s*when\s+(?:is|was|are|were|will|did|does|do)\s+(?:the|a|an|this|next|his|her|their|its)\s+"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?P<event>{_EVENTS})s?\s*(?:\?|$|\b(?:be|take|start|begin|end|open|close|held|"
    r"played|staged|scheduled|due|set|expected|happen|happened|finish|finished|start|started)\b)",
    re.IGNORECASE,
)
# "last month", "two weeks ago", "yesterday": times already past when the story was written.
_PAST_TIME = re.compile(
    r"\b(?:(?:last|earlier this)\s+(?:week|month|year|night|spring|summer|autumn|fall|winter|weekend)"
    r"|yesterday|\w+\s+(?:days|weeks|months|years)\s+ago)\b",
    re.IGNORECASE,
)
# "next week", "due to", "will", "tomorrow": a time still to come.
_FUTURE_TIME = re.compile(
    r"\b(?:next|tomorrow|will|due|later\s+this|coming|upcoming|expected|scheduled)\b", re.IGNORECASE
)


def asks_future(question: str) -> bool:
    return _ASKS_FUTURE.match(question) is not None


def _only_past(text: str) -> bool:
    """True when `text` places things only in the past ("disclosures ... last month", "This month, the
    airport awarded a contract"): a time already past, or one opening a clause told in the past tense."""
    if _holds(_FUTURE_TIME, text):
        return False
    return _holds(_PAST_TIME, text) or _holds(_TIME_OF_A_PAST_DEED, text)


# "This month, Changi awarded ...", "at 3:01 a.m. ET Tuesday, fans got it": a time opening a clause
# whose verb, one to three words on, is in the past tense.
_TIME_OF_A_PAST_DEED = re.compile(
    rf"\b(?:(?:this|that)\s+(?:week|month|year|weekend|morning)|{_DAYS}|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:[A-Za-z][\w’'.-]*\s+){1,3}?"
    r"(?:[a-z]+ed|was|were|had|did|got|made|took|gave|won|said|told|went|came|began)\b",
    re.IGNORECASE,
)


# "Was a knife used?", "Did fox news air it?": a question whether something is so, not an open one.
# "After the vote, did the club join?": a phrase set off by a comma may come first.
_YES_NO = re.compile(
    r"^\s*(?:[^,?]{1,40},\s*)?(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would)\b",
    re.IGNORECASE,
)


def asks_whether(question: str) -> bool:
    """True for a yes/no question ("Was growth as fast as forecast?"): its answer may say the opposite."""
    return _YES_NO.match(question) is not None


@dataclass(frozen=True, slots=True)
class QuestionShape:
    """The kind of answer a question wants."""

    kind: str


# "By how much did rates rise?", "For how long did it go on?": the preposition before "how" asks nothing
# of its own; the question is the "how much" or "how long" after it.
_LEADING_PREPOSITION = re.compile(r"^\s*(?:by|for|to|from|within|over|after)\s+(?=how\b)", re.IGNORECASE)


def classify(question: str) -> QuestionShape:
    """The question's type from its wording; embedded ("..., who ...") forms count too."""
    text = _LEADING_PREPOSITION.sub("", question.strip())
    if _ALIAS_QUESTION.search(text):
        return QuestionShape(ALIAS)
    if _NAME_QUESTION.search(text):
        return QuestionShape(NAME)
    if _AGE_QUESTION.search(text):
        return QuestionShape(AGE)
    if _MEASURE_QUESTION.search(text):
        return QuestionShape(MEASURE)
    if _MONEY_QUESTION.search(text):
        return QuestionShape(MONEY)
    if _AMOUNT_QUESTION.search(text):
        return QuestionShape(HOW_MANY)
    if _COUNT_QUESTION.search(text):
        return QuestionShape(COUNT)
    if _ORIGIN_QUESTION.search(text):
        return QuestionShape(ORIGIN)
    for pattern, kind in ((_HOW_MANY, HOW_MANY), (_WHEN, WHEN), (_WHERE, WHERE), (_WHO, WHO)):
        if pattern.search(text):
            return QuestionShape(kind)
    lowered = text.lower()
    first = lowered.split()[0] if lowered.split() else ""
    if first == "why" or lowered.startswith("for what reason"):
        return QuestionShape(WHY)
    if first in ("what", "which"):
        return QuestionShape(WHAT)
    if first == "how":
        return QuestionShape(HOW)
    for kind, word in ((HOW_MANY, "how many"), (WHEN, "when"), (WHERE, "where"), (WHO, "who"), (WHY, "why")):
        if re.search(rf"\b{word}\b", lowered):
            return QuestionShape(kind)
    return QuestionShape(OTHER)


def counts_the_qualifier(question: str, text: str) -> bool:
    """True when "How many said yes in the Morning Consult poll?" gets a sentence whose every number
    counts a thing the question names only to qualify what it counts ("there were two polls"): a count
    of polls, not of those who said yes. "How many polls ...?" counts polls, and is answered by it."""
    match = _COUNT_QUESTION.match(question)
    if not match:
        return False
    rest = [w.casefold() for w in words(question[match.end() :])]
    # The thing counted: the words right after "how many" (or "how many of the"), up to a function word
    # ("said" counts people).
    start = 0
    if rest[:1] == ["of"]:
        start = 2 if rest[1:2] and rest[1] in STOPWORDS else 1
    counted = set()
    for word in rest[start:]:
        if word in STOPWORDS or word in _SAYING:
            break
        counted.add(stem(word))
    qualifiers = {stem(w) for w in rest if w not in STOPWORDS} - counted
    numbers = list(_COUNTED.finditer(_blanked(_AGE_BY_NAME, text)))
    if not numbers or not qualifiers:
        return False
    for number in numbers:
        after = {stem(w.casefold()) for w in words(number.group("after"))}
        if not after & qualifiers or after & counted:
            return False
    return True


_ORDINAL_WORDS = "|".join(ORDINALS[:10])  # "first" to "tenth": the places a ranking writes in words
_ORDINAL_TREE = _word_trie(_ORDINAL_WORDS)
# Words ending in "-est" that are no superlative: "the second test", "a third arrest" (a third arrest
# does count arrests).
_NOT_SUPERLATIVE = (
    "test|tests|interest|protest|contest|request|forest|west|quest|guest|chest|nest|rest|arrest|suggest|"
    "harvest|conquest|inquest|honest|modest|digest|invest|manifest|crest|attest|detest|pest|vest|zest|"
    "jest|unrest|priest|bequest|behest"
)
# A place in a ranking counts nothing: "the No. 2 airport", "No. 3-ranked Munich", "the third-largest
# port", "its 5th busiest", "ranked fourth". "How many airports were ranked?" is not answered by them.
_RANK = re.compile(
    # Every branch starts a word: the boundary is read once, the ordinals as a tree.
    r"\b(?=\w)(?:No\.?\s?\d+(?:-ranked)?\b"
    rf"|(?i:(?:{_ORDINAL_TREE}|\d+(?:st|nd|rd|th))[\s-]+(?:most|least|(?!(?:{_NOT_SUPERLATIVE})\b)[a-z]+est)\b"
    rf"|ranked\s+(?:No\.?\s?)?(?:\d+|{_ORDINAL_TREE})\b))"
)


# A run of numbers as one count ("several hundred", "2 million", "twenty-five") and up to three words after
# it, up to a function word: what the count counts ("several hundred UK citizens", "hundreds of French
# soldiers", 'the 66 "villes de sûreté"').
_COUNT_RUN = re.compile(
    # "I-65", "F-35": a number joined to letters names a road or a model, it counts nothing.
    rf"(?:(?<![A-Za-z]-)(?<![\d,.])\d[\d,.]*|\b(?:{_NUMBER_WORD})\b)(?:[\s-]+(?:\d[\d,.]*|(?:{_NUMBER_WORD})\b))*"
    r"(?:(?<=s)\s+of\b)?"
    r"(?P<after>(?:\s+[\"“‘']?[A-Za-z][\w-]*){0,3})",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"(?:1[5-9]|20)\d\d\b")
# Nouns any count of people or things answers: "How many people?" is "30 civilians".
_GENERAL_COUNTED = frozenset(
    "people person persons individuals men women children things items times others members cases "
    "incidents instances examples".split()
)
_BEFORE_COUNT_CHARS = 30
# A plural noun typed in lower case: "citizens", "troops", "days", "cars" (not "was", "this", "crisis",
# "business", "status").
_PLURAL = re.compile(r"[a-z][a-z-]+[^isu']s")
# What else a count may count: plurals without an "s" ("25 people", "791 feet") and units written
# short ("167 ft", "90 mph", "12 km").
_COUNTED_OTHERWISE = frozenset(
    "people men women children feet teeth mice ft km kg mph kph cm mm lb lbs oz mi yd sq".split()
)


def counts_another_thing(question: str, text: str) -> bool:
    """True when "How many troops ...?" gets a sentence whose every count counts another plural noun
    ("several hundred UK citizens"): a number of citizens is no number of troops. A count followed by
    no plural noun ("300 were sent") may be the one asked; a noun's synonym or WordNet relative counts
    as it ("How many cars?": "300 vehicles"); "How many people?" takes any count."""
    match = _COUNT_QUESTION.match(question)
    if not match:
        return False
    asked = []
    for word in (w.casefold() for w in words(question[match.end() :])):
        if word in STOPWORDS or word in _SAYING:
            break
        asked.append(word)
    if not asked or not _PLURAL.fullmatch(asked[-1]) or set(asked) & _GENERAL_COUNTED:
        return False
    alike = {stem(w) for w in asked}
    # A plural's synonyms are listed under its singular: "cars" are "vehicles" as "car" is a "vehicle".
    for word in {*asked, *(w[:-1] for w in asked if w.endswith("s") and not w.endswith("ss"))}:
        alike |= {stem(w) for w in synonyms(word) | news_synonyms(word) | similar(word) | derived(word)}
    if alike & _TIME_UNIT_STEMS:  # "How many days ...?" is answered by "two weeks" too
        alike |= _TIME_UNIT_STEMS
    text = _blanked(_RANK, text)  # "the No. 2 airport" is a place in a ranking, no count of airports
    counts = [c for c in _COUNT_RUN.finditer(text) if not _A_YEAR.match(c.group())]
    if not counts:
        return False
    counted_before = None  # where the last count of another noun ended
    for count in counts:
        after = []
        for word in words(_without_modifiers_of(count.group("after"), stem(asked[-1]))):
            if word.casefold() in STOPWORDS:
                break
            after.append(word)
        # "all Muslims — 1.6 billion members": the noun asked just before the count counts too; not one
        # ending a list's item before a count of its own noun ("took hostages, two gunmen died").
        plural = any(_counted_plural(w) for w in after)
        before = words(text[max(0, count.start() - _BEFORE_COUNT_CHARS) : count.start()])[-2:]
        if plural and text[: count.start()].rstrip().endswith(","):
            before = []
        if any(stem(w.casefold()) in alike for w in after + before):
            return False
        if _counts_a_singular(count.group(), after) or plural:
            # Only a plural of a kind is left out after it: "Three people were found inside, one outside"
            # may count those asked, and "one outside" counts no noun "outside".
            general = any(w.casefold() in _GENERAL_COUNTED for w in after)
            counted_before = count.end() if plural and not general else None
        elif not _counts_the_same(text, counted_before, count.start()):
            return False
    return True


# "two gunmen died in the assault, and three survived": a bare count joined to a count of a noun in the
# same clause's list counts that noun too.
_LIST_JOIN = re.compile(r"(?:,|,?\s+(?:and|but|while|whereas))\s+$", re.IGNORECASE)
# A sentence's or a clause's stop: the end of a list's sentence, and of the sentence part before or after a
# reason's marker (since df5c0a6c, whose definition replaced an earlier one of the same name).
_SENTENCE_OR_CLAUSE_STOP = re.compile(r"[.!?;:]")


def _counts_the_same(text: str, counted_before: int | None, start: int) -> bool:
    """True when a count with no noun after it follows, in the same sentence and after a list's comma or
    "and", a count of another noun: what it counts is left out as said."""
    if counted_before is None:
        return False
    between = text[counted_before:start]
    return _SENTENCE_OR_CLAUSE_STOP.search(between) is None and _LIST_JOIN.search(between) is not None


# "How much snow fell?": "how much" before a noun asks an amount of that stuff, measured in a unit.
_MASS_QUESTION = re.compile(r"^\s*(?i:how\s+much)\s+(?P<noun>[a-z][a-z-]*)\b")
# What a word after "how much" may be without naming a stuff: "How much higher ...?", "how much longer".
_NO_STUFF = re.compile(r"(?:more|less|\w+er|\w+ly)")
_UNIT = re.compile(rf"(?:{_UNITS}|percent|per|%|barrels?|bushels?|cubic|ounces?|oz|grams?|g|ml|cl)", re.I)


def measures_another_thing(question: str, text: str) -> bool:
    """True when "How much snow fell?" gets a sentence whose every figure counts a plural noun that is no
    unit ("almost a dozen snow-day jokes"): an amount of a stuff is said with a unit ("21 inches of snow")
    or the stuff itself ("a foot of snow"), never as a number of other things."""
    match = _MASS_QUESTION.match(question)
    noun = match.group("noun") if match else ""
    if not noun or noun in STOPWORDS or _NO_STUFF.fullmatch(noun) or classify(question).kind != HOW_MANY:
        return False
    # A year or an ordinal ("answers with jokes first") is no amount at all.
    counts = [
        c
        for c in _COUNT_RUN.finditer(_blanked(_RANK, text))
        if not _A_YEAR.match(c.group()) and c.group().split()[0].casefold() not in ORDINALS
    ]
    if not counts:
        return False
    for count in counts:
        after = []
        # "a dozen snow-day jokes": the hyphened compound describes the jokes counted
        for word in words(_HYPHENED_MODIFIER.sub("", count.group("after"))):
            if word.casefold() in STOPWORDS:
                break
            after.append(word)
        if not after or any(_UNIT.fullmatch(w) or stem(w.casefold()) == stem(noun) for w in after):
            return False  # no noun counted, a unit, or the stuff asked: it may be the amount
        if not any(_counted_plural(w) for w in after):
            return False
    return True


_TIME_UNIT_STEMS = frozenset(stem(unit) for unit in "hours days weeks months years decades".split())
# A hyphened compound before another word describes it: "a dozen snow-day jokes" counts jokes.
_HYPHENED_MODIFIER = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+(?=\s+[A-Za-z])")


def _without_modifiers_of(after: str, asked_stem: str) -> str:
    """`after` without a hyphened compound that ends in the noun asked and describes the next word:
    "almost a dozen snow-day jokes" counts jokes, no snow days."""

    def dropped(match: re.Match) -> str:
        head = match.group().rsplit("-", 1)[-1].casefold()
        # "11 best-selling books" are best-sellers: a participle describes what is counted as the noun asked.
        return " " if stem(head) == asked_stem and not head.endswith(("ing", "ed")) else match.group()

    return _HYPHENED_MODIFIER.sub(dropped, after)


_ONE_OR_ORDINAL = re.compile(rf"one|{_ORDINAL_WORDS}", re.IGNORECASE)
# Words after "one" or an ordinal that are no noun it counts: "her first since Wimbledon", "his third
# ever final", "the first to".
_NO_NOUN_AFTER = PREPOSITIONS | CLAUSE_OPENERS | frozenset("ever only just still more less again".split())


def _counts_a_singular(count: str, after: list[str]) -> bool:
    """True when "one" or an ordinal counts or orders the lower-case noun right after it: "for the third
    year running", "climbed one rung" (no count of the airports asked)."""
    if not after or _ONE_OR_ORDINAL.fullmatch(count.split()[0]) is None:
        return False
    noun = after[0]
    return noun.islower() and noun.isalpha() and noun not in _NO_NOUN_AFTER and not noun.endswith("ly")


def _counted_plural(word: str) -> bool:
    plural = _PLURAL.fullmatch(word) or _MEN_PLURAL.fullmatch(word)
    return bool(plural) or word in _COUNTED_OTHERWISE or _people_of(word)


# A plural in -men: "gunmen", "policemen", "seamen" (not "specimen", "regimen", "acumen", "abdomen").
_MEN_PLURAL = re.compile(r"[a-z]{2,}[^iou]men")


def _people_of(word: str) -> bool:
    """A people's plural, capitalised: "94 million Americans" counts Americans, no troops."""
    return word[:1].isupper() and word.endswith("s") and word[:-1].casefold() in DEMONYMS


# "What is the hotline number?", "What was the flight number?": a number written in figures is asked for.
_NUMBER_ASKED = re.compile(
    r"^\s*what(?:'s|’s|\s+(?:is|was|are|were))\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:[\w’'-]+\s+){0,3}number\s*\??\s*$",
    re.IGNORECASE,
)


def lacks_the_number(question: str, text: str) -> bool:
    """True when "What is the hotline number?" gets a sentence holding no figure: "published a hotline
    number for motorists" says there is one, not what it is."""
    return bool(_NUMBER_ASKED.match(question)) and not _has_digit(text)


def lacks_the_day(question: str, text: str) -> bool:
    """True when "What day was the forum?" or "What date is the election?" gets a sentence naming no day
    (a weekday, a day of a month, "yesterday"): "in 2003" or "50 days until the election" say no day."""
    return bool(_DAY_QUESTION.match(question)) and not _holds(_DAY_LEVEL, _blanked(_REPORTED_ON, text))


# News copy's other words for an event asked: "the leadership vote", "the bout", "Sunday's clash".
_EVENT_WORDS = (
    "election vote poll ballot contest referendum",
    "match game fixture tie clash final",
    "fight bout",
    "talks negotiations meeting summit",
    "trial hearing case",
    "launch release",
    "concert gig show",
)
_OTHER_EVENT_WORDS = {word: frozenset(group.split()) for group in _EVENT_WORDS for word in group.split()}


def lacks_the_event(question: str, text: str) -> bool:
    """True when "When is the leadership election?" gets a sentence that never names the event asked, in
    any form or a word for it ("... bid for leadership of the party should it suffer a catastrophe on 7
    May"): its date dates something else."""
    asked = _WHEN_EVENT.match(question)
    if asked is None:
        return False
    event = asked.group("event").casefold()
    others = (*_OTHER_EVENT_WORDS.get(event, ()), *synonyms(event), *news_synonyms(event), *similar(event))
    named = {stem(event)} | {stem(word) for word in others}
    return not any(stem(word.casefold()) in named for word in words(text))


# "In what year was the fort built?", "The district was named in which year?"
_YEAR_QUESTION = re.compile(r"\b(?:what|which)\s+years?\b", re.IGNORECASE)
# A year as news and history write it: "1564", "the 1990s", "in '98".
_YEAR = re.compile(r"\b\d{3,4}s?\b|['’]\d\ds?\b")


def lacks_the_year(question: str, text: str) -> bool:
    """True when "In what year was the fort built?" gets a sentence naming no year, as a number or one
    relative to now ("last year"): "during the siege" or "in the reign of" date it by no year."""
    return (
        bool(_YEAR_QUESTION.search(question)) and not _holds(_YEAR, text) and not _holds(_RELATIVE_TIME, text)
    )


# "When was she born?", "In what year did he die?": a date answers them only beside the birth or death
# ("born in 1532", "died in 1560", "(d. 1560)", "(1491-1532)"); a sentence naming the person with
# another date ("In 1564, Laudonniere launched a voyage") dates something else.
_LIFESPAN = r"\(\s*(?:c\.\s*)?\d{3,4}\s*[-–]\s*\d{3,4}\s*\)"  # "(1491-1532)"
_LIFE_EVENTS = (
    (
        frozenset("born birth".split()),
        re.compile(rf"\b(?:born|birth\w*|b\.\s*\d)|{_LIFESPAN}", re.IGNORECASE),
    ),
    (
        frozenset("died die dies death".split()),
        re.compile(rf"\b(?:died|dies|death|dead|passed\s+away|d\.\s*\d)|{_LIFESPAN}", re.IGNORECASE),
    ),
)


def _dates_other_event(question_words: set[str], text: str) -> bool:
    """True when the question asks when someone was born or died and `text` says neither."""
    return any(asked & question_words and not _holds(said, text) for asked, said in _LIFE_EVENTS)


def answer_type_score(kind: str, text: str, question_words: set[str]) -> float:
    """0..1: how clearly `text` holds an answer of the kind wanted, not counting the question's words."""
    score = _KIND_SCORES.get(kind)
    if score is None:
        return 0.5
    return score(_numbers_unnamed(text), question_words)


# "Since then", "until then", "by then", "after that": a time pointing back to one another sentence gives,
# which dates nothing by itself ("Since then his lawyers showed he was a minor at the time of his arrest").
_POINTED_TIME = re.compile(
    r"\b(?:since|until|till|by|before|after)\s+(?:then|that\s+time)\b|\b(?:since|after|before)\s+that(?=\s*,)",
    re.IGNORECASE,
)


def _when_score(text: str, question_words: set[str]) -> float:
    if _dates_other_event(question_words, text) or _of_other_instance(text, question_words):
        return 0.0
    if REPORT_WORD not in question_words:
        text = _blanked(_REPORTED_ON, text)  # "the agency said Sunday" dates the report, not the event
    text = _blanked(_AGED, text)  # "the 17 year old driver" is no time
    text = _blanked(_POINTED_TIME, text)  # "Since then": the time of another sentence
    text = _opening_time_removed(text, question_words)  # before the asked event's words go
    text = _asked_event_removed(text, question_words)
    text = _other_clauses_removed(text, question_words)
    if FUTURE_WORD in question_words and _only_past(text):
        return constants.ASK_PAST_FOR_FUTURE
    if _holds(_RELATIVE_TIME, text):
        return 1.0
    return _found(_TIME, text, question_words, strong=_DATE_PART)


# A clause joined by a conjunction tells a deed of its own: "Not even cancellation by NBC could kill the
# sitcom, as Yahoo streamed the first two episodes early Tuesday" dates the streaming, not the cancellation.
# Not "and", which often shares its subject and its time ("was convicted in 2006, and sentenced to ..."),
# nor an "as" that joins no clause ("as well as", "as part of", "as a result").
_CLAUSE_JOIN = re.compile(
    r",\s+(?:while|whereas|but|although|though"
    r"|as(?!\s+(?:well|part|a\s+result|of|expected|usual|such|long|soon|far|many|much|little|if|though)\b))\s+"
    r"|;\s*",
    re.IGNORECASE,
)
_SENTENCE_PIECE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _other_clauses_removed(text: str, question_words: set[str]) -> str:
    """`text` without the clauses of a sentence that hold none of the question's words when another
    clause of that sentence holds some: a time there dates another deed."""
    if not _CLAUSE_JOIN.search(text):
        return text
    spans = []
    for piece in _SENTENCE_PIECE.finditer(text):
        joins = _CLAUSE_JOIN.finditer(piece.group())
        cuts = [piece.start(), *(piece.start() + i for m in joins for i in m.span()), piece.end()]
        clauses = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
        if len(clauses) < 2:
            continue
        asked = [any(w.casefold() in question_words for w in words(text[a:b])) for a, b in clauses]
        if any(asked) and not all(asked):
            spans += [span for span, held in zip(clauses, asked, strict=True) if not held]
    return _blank_spans(text, spans)


# "In 2019, after the club was sold to a US group, Reyes left for Spain": a time opening the sentence,
# then a clause of what came before (or despite, or because), then the main clause, which the time dates.
# Not "when", "while" or "as", whose clause shares the time.
_OPENING_TIME = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<time>(?:In|On|By|During|Last|Early|Late|Earlier|Later)\b[^,.;]{1,40}),\s+"
    r"(?P<clause>(?:after|before|although|though|because)\s+[^,.;]{3,160}),\s+"
)


def _opening_time_removed(text: str, question_words: set[str]) -> str:
    """`text` without a time opening a sentence when the question's words stand only in the clause after
    it, which tells an earlier deed: "In 2019, after the club was sold ..., Reyes left" dates no sale."""
    if "," not in text:
        return text
    spans = []
    for match in _OPENING_TIME.finditer(text):
        rest = text[match.end() : text.find(".", match.end()) if "." in text[match.end() :] else len(text)]
        inside = any(w.casefold() in question_words for w in words(match.group("clause")))
        main = any(w.casefold() in question_words for w in words(rest))
        if inside and not main:
            spans.append(match.span("time"))
    return _blank_spans(text, spans) if spans else text


def _number_score(text: str, question_words: set[str]) -> float:
    """A figure, not counting an age beside a name ("Terry, 61,")."""
    return _found(_NUMBER, _blanked(_AGE_BY_NAME, text), question_words, strong=_CARDINAL)


def _how_many_score(text: str, question_words: set[str]) -> float:
    """A figure; for "How big ...?" a measure of size ("40 acres", "the size of"), else a figure that
    is no time (a span, an age, a year): "after three years of building work" says no size."""
    if SIZE_WORD not in question_words:
        return _number_score(text, question_words)
    if _holds(_SIZE_OF, text):
        return 1.0
    timeless = _blanked(_NO_COUNT, _blanked(_TIME_SPAN, _blanked(_AN_AGE, text)))
    if MEASURED_WORD in question_words:
        # "a 180-metre ferry", "12 acres", not "a crew of 35" nor "cost 40 million pounds".
        measured = _holds(_EXTENT, _blanked(_MONEY_AMOUNT, timeless))
        return 1.0 if measured else 0.1 * _number_score(timeless, question_words)
    return _number_score(timeless, question_words)


# A thing's extent with its figure: a length, an area, a volume, a height in storeys, a weight or a
# stadium's seats ("a 180-metre ferry", "40 acres", "a 12-storey block", "a 60,000-seat stadium"); no
# time, no speed.
_EXTENT = re.compile(
    rf"(?=[{_AMOUNT_INITIALS}])(?:{_AMOUNT}\s*-?(?:ft|feet|foot|inch|inches|m|metres?|meters?|km|kilometres?|"
    r"kilometers?|miles?|cm|mm|yards?|storeys?|stories|floors|acres?|hectares?|sq|square|cubic|litres?|"
    r"liters?|gallons?|kg|kilos?|kilograms?|tonnes?|tons?|lbs?|pounds|seats?)\b|{_FEET_INCHES})",
    re.IGNORECASE,
)
# "about the size of 30 football pitches", "twice the size of Wales": a size by comparison.
_SIZE_OF = re.compile(r"\bsize\s+of\b", re.IGNORECASE)
# A length of time: "three years", "a 35-year history", "two-week", "half an hour".
_TIME_SPAN = re.compile(
    rf"(?=[{_AMOUNT_INITIALS}{_WORDED_INITIALS}])"
    rf"(?:{_AMOUNT}\s*-?(?:{_TIME_UNITS})\b|\b(?:half\s+an?|a\s+couple(?:\s+of)?)\s+(?:{_TIME_UNITS})\b"
    r"|\b(?:1[5-9]|20)\d0['’]?s\b)",
    re.IGNORECASE,
)


def _count_score(text: str, question_words: set[str]) -> float:
    """A count of things: no sum of money, no unit the question did not ask for, no year or ordinal, nor a
    figure the question gives."""
    if _says_one_of_asked(text, question_words):
        return 1.0  # "one of the volunteers had no symptoms" counts the volunteers asked about
    counted = _without_asked_figures(_unasked_units(_uncounted(text), question_words), question_words)
    return _number_score(counted, question_words)


def _without_asked_figures(text: str, question_words: set[str]) -> str:
    """`text` without the figures the question itself gives: "How many of the 36 have been arrested?" is not
    answered by "warrants on 36 people" (the digits are matched one by one, so the question's "36" was no
    word to leave out)."""
    figures = [w for w in question_words if w.isdigit()]
    if not figures or not any(figure in text for figure in figures):
        return text
    return re.sub(
        rf"(?<![\d.,])(?:{'|'.join(sorted(figures, key=len, reverse=True))})(?![\d]|[.,]\d)", " ", text
    )


# "one of the volunteers": one among others, no count (_AGE_BY_NAME), unless they are the thing counted.
_ONE_OF = re.compile(r"(?:\b(\w+)\s+)?\b[Oo]ne\s+of\s+(?:the|those|its|their|his|her)\s+([a-z][\w-]*)")
# `_ONE_OF`'s optional word before makes it start a try at every word of a sentence; most sentences
# hold no "one of", and this plain search tells so about twelve times faster.
_ONE_OF_ANYWHERE = re.compile(r"\b[Oo]ne\s+of\s")
# "Andiola is one of the recipients", "as one of the volunteers": what someone is, not how many.
_BEING = frozenset("is are was were be been being became become as".split())


def _says_one_of_asked(text: str, question_words: set[str]) -> bool:
    if not _ONE_OF_ANYWHERE.search(text):
        return False
    return any(_one_of_asked(m, question_words) for m in _ONE_OF.finditer(text))


def _one_of_asked(match: re.Match[str], question_words: set[str]) -> bool:
    before = (match.group(1) or "").casefold()
    return match.group(2).casefold() in question_words and before not in _BEING


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _uncounted(text: str) -> str:
    """`text` without sums of money, years, ordinals, ranks and codes: the figures that count nothing."""
    counted = _blanked(_CODE_NUMBER, _blanked(_RANK, _blanked(_MONEY_AMOUNT, text)))
    return _NO_COUNT.sub(_unless_changed_by, _blanked(_TIME_OF_DAY, counted))


# A time of day counts nothing: "by about 22:00 local time (2100 UTC)", "at 7 p.m.", "4pm".
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}:\d\d\b(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\b\d{4}\s+(?:UTC|GMT|BST|CET|EST|EDT|PST|PDT|local\s+time)\b",
    re.IGNORECASE,
)


# A road's, a plane's or a flight's code: capitals with a figure joined to them ("I-95", "F-35", "MH370"),
# and a name ending in a figure after a hyphen ("COVID-19", "SARS-CoV-2", "Covid-19"): a virus, a model.
_CODE_NUMBER = re.compile(r"\b[A-Z]{1,5}-?\d+[A-Za-z]*\b|\b[A-Z][A-Za-z]*(?:-[A-Za-z]+)*-\d+[A-Za-z]*\b")


# Figures that count nothing: a year as dates are written ("in 1598", "from 1562 to 1598", "1568–1609")
# and an ordinal ("the 19th century", "its 3rd edition"), but for a run ("his 13th successive win"). "How
# many Huguenots were there?" is not answered by "the wars fought from 1562 to 1598".
_NO_COUNT = re.compile(
    # Every branch starts a word: the boundary is read once, the prepositions as a tree.
    rf"\b(?=\w)(?:{_word_trie('in|from|to|until|till|since|by|between|and|during|before|after|around|circa|c.')}\s+"
    r"(?:the\s+(?:year\s+)?)?(?:1\d|20)\d\d(?:s|[–-](?:1\d|20)?\d\d)?\b"
    r"|(?:1\d|20)\d\d\s*[–-]\s*(?:1\d|20)?\d\d\b|\d+(?:st|nd|rd|th)\b(?!\s+(?:successive|consecutive|straight)\b))",
    re.IGNORECASE,
)
# "cut its workforce by 1200", "rose to 1500": after a verb of change, a figure before the year 2000
# following "by" or "to" is the change's size, no year ("cut emissions by 2030" stays a deadline).
_CHANGED_BY = re.compile(
    r"\b(?:cut|cuts|cutting|slash\w*|trim\w*|reduc\w+|lower\w*|increas\w+|rais\w+|rise|rises|rising|rose|"
    r"risen|fall|falls|falling|fell|fallen|grow|grows|growing|grew|grown|drop\w*|shrink\w*|shrank|boost\w*|"
    r"climb\w*|jump\w*)\b(?:\s+[\w’'-]+){0,3}\s+(?:by|to)\s+$",
    re.IGNORECASE,
)


def _unless_changed_by(match: re.Match) -> str:
    """A blank for a year or ordinal `_NO_COUNT` found, unless it is a change's size (_CHANGED_BY)."""
    figure = match.group(0).split()[-1]
    before = match.string[max(0, match.start() - 60) : match.start() + len(match.group(0)) - len(figure)]
    if (
        figure.isdigit()
        and int(figure) < 2000
        and _CHANGED_BY.search(before)
        and not _LEVELS_OF_A_YEAR.match(match.string, match.end())
    ):
        return match.group(0)
    return " "


# "Prices fell back to 1990 levels": a year naming a time's levels, no change's size.
_LEVELS_OF_A_YEAR = re.compile(r"(?:['’]s)?\s+levels?\b", re.IGNORECASE)


def _money_score(text: str, question_words: set[str]) -> float:
    if _holds(_SUM, text) or _holds(_NO_CHARGE, text):
        return 1.0
    # "How much tax will they pay?": a tax or interest is said as a rate ("pay 1% in income tax").
    if question_words & _LEVIES and _holds(_PERCENTAGE, text):
        return 1.0
    if _holds(_CURRENCY, text):
        return constants.ASK_CURRENCY_ALONE  # "the weak dollar": a currency, not a sum of it
    return 0.3 * _number_score(text, question_words)


def _age_score(text: str, question_words: set[str]) -> float:
    if _asked_age(text, question_words):
        return 1.0
    return 0.1 * _found(_NUMBER, text, question_words, strong=_CARDINAL)


def _measure_score(text: str, question_words: set[str]) -> float:
    # "The 28-year-old from Mallorca ..." says how old someone is, not how long anything took.
    text = _blanked(_AN_AGE, text)
    sized = bool(question_words & _SIZES) or DURATION_WORD in question_words
    asked = _SIZE_MEASUREMENT if sized else _MEASUREMENT
    # "since 2006" says for how long, not how far or how tall.
    if _holds(asked, text) or (DURATION_WORD in question_words and _holds(_SINCE_WHEN, text)):
        return 1.0
    if sized and _holds(_ABOUT_HEIGHT, text) and _holds(_HYPHENATED_HEIGHT, text):
        return 1.0
    return 0.1 * _number_score(text, question_words)


def _why_score(text: str, question_words: set[str]) -> float:
    """1 for a reason tied to the question's event ("The ferry was closed, citing rising fuel costs" for
    "Why was the ferry closed?"), less for a reason of something else ("It had run for medical trips"):
    both are reasons, but the one about what was asked ranks first."""
    tied = [event for said, event in _reasons(text) if said and not said & question_words]
    if any(event & question_words for said, event in _purposes(text) if said and not said & question_words):
        return 1.0  # "travelled to Oslo to sign a pact" for "Why did she travel to Oslo?"
    if not tied:
        return 0.0
    return 1.0 if any(event & question_words for event in tied) else constants.ASK_UNTIED_REASON


def _alias_score(text: str, question_words: set[str]) -> float:
    return 1.0 if _holds(_ALIAS, text) or _renamed_in_aside(text, question_words) else 0.0


def _name_score(text: str, question_words: set[str]) -> float:
    # "A Florida woman said...": a place or a people is no name of the woman asked for; only a
    # question after a place's name ("the name of the station") may be answered by one.
    if question_words & _PLACE_NOUN_SET:
        return 1.0 if _new_names(_NAME_WORD, text, question_words) else 0.0
    # "a federal judge in Texas ruled the United States government's ..." names no judge either.
    unplaced = _blanked(_TWO_WORD_COUNTRY, text)
    return 1.0 if _new_names(_NAME_WORD, unplaced, question_words, _PLACE_WORDS) else 0.0


# Countries news copy names in two words, neither of which is a place by itself.
_TWO_WORD_COUNTRY = re.compile(
    r"\b(?:United\s+(?:States|Kingdom|Arab\s+Emirates)|New\s+Zealand|South\s+(?:Africa|Korea|Sudan)"
    r"|North\s+Korea|Saudi\s+Arabia|Sri\s+Lanka|Hong\s+Kong)\b"
)


def _who_score(text: str, question_words: set[str]) -> float:
    # A name answers best; "engineers" or "the council" may answer too, so no name is neutral.
    return 1.0 if _new_names(_CAPITALISED, text, question_words) else 0.5


def _where_score(text: str, question_words: set[str]) -> float:
    if question_words & _HOME_WORDS and _of_place_after(text, question_words):
        return 1.0
    return _place_score(text, question_words, False)


def _origin_score(text: str, question_words: set[str]) -> float:
    if _of_place_after(text, question_words):
        return 1.0
    return _place_score(text, question_words, True)


# The scorer of each kind of answer; a kind with none scores 0.5 (neutral).
_KIND_SCORES: dict[str, Callable[[str, set[str]], float]] = {
    WHEN: _when_score,
    HOW_MANY: _how_many_score,
    COUNT: _count_score,
    MONEY: _money_score,
    AGE: _age_score,
    MEASURE: _measure_score,
    WHY: _why_score,
    ALIAS: _alias_score,
    NAME: _name_score,
    WHO: _who_score,
    WHERE: _where_score,
    ORIGIN: _origin_score,
}


# A word and a short aside after it, no figure in it: "a supply bin (bunker)", "Evaporative (wet) towers".
_ASIDE_AFTER_WORD = re.compile(r"([\w’'-]+)\s+\(([^()\d]{1,40})\)")
_ALIAS_ASIDE_WORDS = 3
# Asides that are no other name: a pointer to elsewhere ("(described above)", "(pictured)") or a US
# party label ("Ted Dorn (R-Tex)", "(D)").
_NO_ALIAS_ASIDE = re.compile(
    rf"\b(?:above|below|see|pictured|shown|left|right|centre|center)\b|^{US_PARTY_INITIAL}(?:-|$)"
)


def _renamed_in_aside(text: str, question_words: set[str]) -> bool:
    """True when a word the question asks another name for is followed by an aside of a few words: the
    way reference prose gives a thing's other name ("Evaporative (wet) cooling towers")."""
    return any(
        found.group(1).casefold() in question_words
        and len(found.group(2).split()) <= _ALIAS_ASIDE_WORDS
        and not _NO_ALIAS_ASIDE.search(found.group(2).strip())
        for found in _ASIDE_AFTER_WORD.finditer(text)
    )


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


# The letters IGNORECASE takes for an ASCII letter that lower() does not turn into it: long s, dotless
# i, dotted capital I ("i" and a dot when lowered), the Kelvin sign.
_ODD_FOLDS = "\u017f\u0131\u0130\u212a"


def _says_any(*words: str) -> Callable[[str], bool]:
    """A need: one of `words` (lower-case ASCII) in the text; a text holding an odd fold is scanned."""
    # A word holding another listed one is found with it ("fourteen" with "four"); the words are looked
    # up by map, in C: a need is read on every new sentence, and a loop in Python cost more than the scan.
    kept = tuple(word for word in words if not any(other != word and other in word for other in words))

    def needs(text: str) -> bool:
        return any(map(text.lower().__contains__, kept)) or any(map(text.__contains__, _ODD_FOLDS))

    return needs


_SAYS_SINCE = _says_any("since")
_SAYS_A_DAY_OR_THIS = _says_any("day", "tonight", "this", "that")
_SAYS_A_NUMBER_WORD = _says_any(*_NUMBER_WORDS.split("|"))
_SAYS_A_WORDED_AMOUNT = _says_any(*"over under about around nearly almost than quarter couple".split())


def _says_an_amount(text: str) -> bool:
    """A need: a figure, a number word ("two", "half") or a word of an amount said in words."""
    return _SAYS_A_NUMBER_WORD(text) or _SAYS_A_WORDED_AMOUNT(text) or _has_digit(text)


# What every match of a slow pattern holds: a digit, or a word in ASCII letters that IGNORECASE folds
# no other letter to (so a lower-cased text holds it), or words checked past the odd folds (_says_any).
# A text without it is left unscanned: the first asking of a question on a long article reads hundreds
# of new sentences, most with no digit or age.
_NEEDS: dict[re.Pattern, Callable[[str], bool]] = {
    _AGE_BY_NAME: lambda text: _has_digit(text) or "one" in text.lower(),
    _AN_AGE: lambda text: "old" in text.lower(),
    _REPORTED_ON: lambda text: "day" in text.lower() or "tonight" in text.lower(),
    # An age ends in "old"; a past time says "last", "earlier", "yesterday" or "ago"; a future one one of
    # its words; a time opening a clause a weekday, "today", "tonight", "this" or "that", and a comma.
    _AGED: lambda text: "old" in text.lower() and _has_digit(text),
    _PAST_TIME: _says_any("last", "earlier", "yesterday", "ago"),
    _FUTURE_TIME: _says_any("next", "tomorrow", "will", "due", "later", "coming", "expected", "scheduled"),
    _TIME_OF_A_PAST_DEED: lambda text: "," in text and _SAYS_A_DAY_OR_THIS(text),
    _MONEY_AMOUNT: _has_digit,
    _NO_COUNT: _has_digit,
    _SINCE_WHEN: lambda text: _SAYS_SINCE(text) and _has_digit(text),
    # A measurement holds a figure, a number word or a word of an amount said in words ("half an
    # hour", "over a mile", "a couple of days"); a height's words and a hyphenated height's hyphen.
    _MEASUREMENT: _says_an_amount,
    _SIZE_MEASUREMENT: _says_an_amount,
    _TIME_SPAN: _says_an_amount,
    _ABOUT_HEIGHT: _says_any("tall", "height", "stand", "stood"),
    _HYPHENATED_HEIGHT: lambda text: "-" in text,
    # Its time words ("yesterday", "today" and "days" hold "day"): half the sentences of news hold none.
    _RELATIVE_TIME: _says_any(
        *"day week month year decade century spring summer autumn fall winter tomorrow tonight".split()
    ),
}


# The same needs by the pattern's identity (see _by_pattern: a pattern's own hash is slow).
_NEEDS_BY_ID: dict[int, Callable[[str], bool]] = {id(pattern): needs for pattern, needs in _NEEDS.items()}


def _may_match(pattern: re.Pattern, text: str) -> bool:
    needs = _NEEDS_BY_ID.get(id(pattern))
    return needs is None or needs(text)


def _by_pattern(function: Callable) -> Callable:
    """`function(pattern, *rest)` kept in an lru cache keyed by the pattern's identity, not its value.

    Hashing a compiled pattern hashes its whole program, on every call, hit or miss: about 16,000
    instructions for a word-list pattern, 13% of the first asking of "How long has it been since...?"
    on the bundled article. Only module-level patterns are passed; each is kept here, so no other
    pattern ever takes its id.
    """
    patterns: dict[int, re.Pattern] = {}

    @lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
    def by_id(key: int, *rest):
        return function(patterns[key], *rest)

    @wraps(function)
    def cached(pattern: re.Pattern, *rest):
        key = id(pattern)
        if key not in patterns:
            patterns[key] = pattern
        return by_id(key, *rest)

    return cached


# The parts of answer_type_score that depend on the sentence alone, kept per sentence text: ranking
# reads the same few dozen sentences of an article for every question asked about it.
@_by_pattern
def _blanked(pattern: re.Pattern, text: str) -> str:
    """`text` with each match of `pattern` blanked out."""
    return pattern.sub(" ", text) if _may_match(pattern, text) else text


@_by_pattern
def _holds(pattern: re.Pattern, text: str) -> bool:
    return _may_match(pattern, text) and pattern.search(text) is not None


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _numbers_unnamed(text: str) -> str:
    """`text` without the number word of a name ("Formula One" -> "Formula "), which counts nothing."""
    return _NAMED_NUMBER.sub(r"\1", text)


def _asked_event_removed(text: str, question_words: set[str]) -> str:
    """`text` without "during a CNN town hall" when the town hall is what the question asks the
    time of: a preposition before the asked event itself dates nothing."""
    dropped = [(start, end) for start, end, said in _events(text) if said & question_words]
    return _blank_spans(text, dropped)


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _events(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Where `text` places something by an event ("during the town hall") that may be the asked one,
    with the event's folded words: the events that date nothing else themselves."""
    found = []
    for match in _EVENT_AFTER.finditer(text):
        event = match.group("event")
        # "two decades after Johnson announced it" dates something by the event.
        spanned = _SPAN_BEFORE.search(text, 0, match.start())
        if spanned or _DATED.search(event) or _RELATIVE_TIME.search(event):
            continue
        found.append((match.start(), match.end(), frozenset(w.casefold() for w in words(event))))
    return tuple(found)


# "the 2003 final", "the 2012 race": a year telling which of a recurring event's instances is meant.
_YEAR_OF_INSTANCE = re.compile(
    r"\bthe\s+(?P<year>(?:1\d|20)\d\d)\b(?P<after>(?:\s+[\w’'-]+){1,3})", re.IGNORECASE
)


def _of_other_instance(text: str, question_words: set[str]) -> bool:
    """True when the question asks when the event still to come is, naming no year ("When is the
    race?"), and `text` speaks of it only with a year telling another instance ("The 2012 race was
    halted for an hour"): its times date that one."""
    if FUTURE_WORD not in question_words:
        return False
    qualified = [
        asked
        for match in _YEAR_OF_INSTANCE.finditer(text)
        if match.group("year") not in question_words
        and (asked := _asked_noun(match.group("after"), question_words))
    ]
    if not qualified:
        return False  # most texts: no need to count their words
    mentions = sum(word.casefold() in qualified for word in words(text))
    return mentions == len(qualified)


def _asked_noun(phrase: str, question_words: set[str]) -> str | None:
    """The asked word among `phrase`'s first words ("race" of "race was"), before any small word ends
    the noun phrase the year qualifies ("election the party" names no party of the year)."""
    for word in words(phrase):
        folded = word.casefold()
        if folded in question_words:
            return folded
        if folded in STOPWORDS:
            return None
    return None


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of `spans` (in order, apart) replaced by a space, as a re.sub would."""
    if not spans:
        return text
    pieces, end = [], 0
    for start, stop in spans:
        pieces += [text[end:start], " "]
        end = stop
    return "".join([*pieces, text[end:]])


def _place_score(text: str, question_words: set[str], origin: bool) -> float:
    """How clearly `text` names a place: a country or city by name, capitalised ("new checks" or
    "for us" name no place); where someone is from (`origin`), a people says it too ("Nigerian"),
    and a lawmaker's party tag ("(R-Utah)")."""
    if origin and _holds(_PARTY_STATE, text):
        # "Chalmers and Rep. Bob Goodall (R-Va.)": the tag is the state of the name just before it,
        # so it says where the person asked about is from only after their name.
        if _tagged_names(text) & question_words:
            return 1.0
        text = _blanked(_PARTY_STATE, text)
    # "Where was the match played?": "Ireland began strongly" names a team, not where it played; a
    # question after a kind of place ("Which country rationed petrol?") asks for the actor itself.
    places = _placing_names(text, origin) if WHERE_WORD in question_words else _place_names(text, origin)
    if any(not _asked_place(w.casefold(), question_words) for w in places):
        return 1.0
    # "Speaking to Sky Sports", "according to Reuters": whom someone spoke to, or a source, is no place.
    if _new_names(_PLACE_PREPOSITION, _blanked(_SPOKEN_TO, text), question_words):
        return 0.9
    # "the Polish city of Gdańsk", "the town of Guenica": news copy names a place after its kind.
    if _new_names(_KIND_OF_PLACE, text, question_words):
        return 1.0
    if _holds(_COMMON_PLACE, text):
        return 0.7
    return 0.5 if _new_names(_CAPITALISED, text, question_words) else 0.0


# A place named after its kind: "the Polish city of Gdańsk", "the village of Ash", "the state of Ohio".
_KIND_OF_PLACE = re.compile(
    r"\bthe\s+(?:[\w’'-]+\s+){0,2}?(?:city|town|village|port|province|region|state|county|district|island|"
    r"municipality|capital|hamlet|suburb)\s+of\s+([A-Z][\w’'\-]+)"
)


def _of_place_after(text: str, question_words: set[str]) -> bool:
    """True when `text` gives where a person the question names lives, "Betts-Green, of Woodbridge,"."""
    # The index joins a hyphenated name's parts: "Betts-Green" is "bettsgreen".
    names = ("".join(words(m.group(1))).casefold() for m in _OF_PLACE.finditer(text))
    return any(name in question_words for name in names)


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _tagged_names(text: str) -> frozenset[str]:
    """The words (lower case) right before each lawmaker's party tag: "goodlatte" of "Goodlatte (R-Va.)"."""
    return frozenset(
        before[-1].casefold() for m in _PARTY_STATE.finditer(text) if (before := words(text[: m.start()]))
    )


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _place_names(text: str, or_people: bool) -> tuple[str, ...]:
    """The words of `text` that name a place (see _names_place)."""
    return tuple(w for w in words(text) if _names_place(w, or_people))


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _placing_names(text: str, or_people: bool) -> tuple[str, ...]:
    """The place names of `text` that place something, not those acting as a team, a government or
    a club does in news copy: "Ireland began strongly", "China said", "Newcastle had a couple of chances"."""
    names = _place_names(text, or_people)
    if not names:
        return names
    acting = {m.group(1) for m in _PLACE_ACTING.finditer(text) if _a_verb(m.group(2))}
    return tuple(n for n in names if n not in acting)


def _a_verb(word: str) -> bool:
    """A past or present verb after a subject: "pressed", "began", "has"."""
    return word.endswith("ed") or word in _COMMON_VERBS


def _asked_place(folded: str, question_words: set[str]) -> bool:
    """The question names the place already, or its people: "Italy" for "Which Italian city ...?"."""
    return folded in question_words or bool(place_forms(folded, question_words))


def _names_place(word: str, or_people: bool) -> bool:
    """True for a country or city by name ("Lagos"), or with `or_people` a US state too and the
    people of a place ("Nigerian", "Ghanaian"); written as a name: "new checks" names no place."""
    if not word[:1].isupper():
        return False
    folded = word.casefold()
    if folded in PLACES:
        return True
    return or_people and (folded in US_PLACES or folded in DEMONYMS or bool(place_forms(folded, PLACES)))


def _asked_age(text: str, question_words: set[str]) -> bool:
    """True when `text` gives an age that may be the asked one: not "the 62-year-old actress"
    when the question is about a shed (an age before a noun belongs to that noun phrase)."""
    return any(not described or described & question_words for described in _ages(text))


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _ages(text: str) -> tuple[frozenset[str], ...]:
    """The ages `text` gives, each as the folded words of the noun it describes (none by a name)."""
    return tuple(frozenset((m.group("noun") or "").casefold().split()) for m in _AGE.finditer(text))


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _reasons(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each reason `text` gives, as the folded content words of its clause ("because ...") and of the
    event it gives the reason for (the sentence before the marker); no time spans.

    "walked out after wage talks broke down" does not say why the talks broke down.
    """
    clauses = []
    for count, match in enumerate(_REASON.finditer(text)):
        if count >= constants.REASON_MARKERS_READ:
            break  # a reader weighs the first few reasons of a passage, not 37,000 of them
        # The clause after "because", read up to its end or a clause's length: a long sentence
        # without commas would otherwise be re-read after every "because" in it.
        # "suspended over "inappropriate images" on her blog": a quotation opening the clause is its start.
        start = match.end() + len(_OPENING_QUOTE.match(text, match.end()).group())
        limit = start + constants.REASON_CLAUSE_CHARS
        found = _CLAUSE_END.search(text, start, limit)
        clause = text[start : found.start() if found else limit]
        blamed = ""
        if match.group().casefold().startswith("blam"):
            # "blamed high fuel prices for low sales": the cause is what comes before "for", the event after.
            clause, *rest = _BLAMED_FOR.split(clause, maxsplit=1)
            blamed = " ".join(rest)
        if _SPAN.match(clause) and not _DATED_EVENT.match(clause):
            continue
        # "over this" gives no reason either
        # The event is what its sentence says before the marker, or after the reason when that comes first
        # ("After the man picked up the package, police surrounded the car").
        event = _content(f"{_sentence_before(text, match.start())} {blamed}")
        clauses.append((_content(clause), event or _content(_sentence_after(text, start + len(clause)))))
    return (*clauses, *_causes_before(text))


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _purposes(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each purpose `text` gives with a bare "to" and a verb ("to sign a fishing pact"), as the folded
    content words of its clause and of its sentence before it (the event it is the purpose of)."""
    clauses = []
    for count, match in enumerate(_BARE_TO.finditer(text)):
        if count >= constants.REASON_MARKERS_READ:
            break
        verb = match.group("verb")
        found = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        before = found.group(1) if found else ""
        if (
            before.casefold() in _INFINITIVE_TAKERS
            or before.endswith("ing")  # "recovering to close 16% down", "looking to buy"
            or verb in STOPWORDS
            or verb in _BARE_TO_NOUNS
            or (verb.endswith("ing") and len(verb) > 5)
            or (verb.endswith("s") and not verb.endswith(("ss", "us")))
        ):
            continue
        start = match.start("verb")
        found = _CLAUSE_END.search(text, start, start + constants.REASON_CLAUSE_CHARS)
        clause = text[start : found.start() if found else start + constants.REASON_CLAUSE_CHARS]
        # Tied by what was done, not by a name alone: "the Harbour council held a meeting to talk" gives
        # no reason anyone was in Harbour.
        # Nor by a verb's particle: "a deflection off Dunne, to put United ahead" for "Why did he go off?".
        event = _sentence_before(text, match.start("verb"))
        done = " ".join(w for w in words(event) if w[:1].islower() and w not in _PARTICLES)
        clauses.append((_content(clause), _content(done)))
    return tuple(clauses)


def _causes_before(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each clause standing before an effect marker ("prevailing winds" in "... in one hit, prevailing
    winds meant that it would have to stop"; "with one of them getting sick" in "they smelled gas, with
    one of them getting sick. So they pulled over."), with the effect's clause after the marker."""
    clauses = []
    for count, match in enumerate(_EFFECT.finditer(text)):
        if count >= constants.REASON_MARKERS_READ:
            break
        before = text[max(0, match.start() - constants.REASON_CLAUSE_CHARS) : match.start()]
        before = before.rstrip(' ,;:.!?"“”—–')
        if _NO_CAUSE_BEFORE.search(before):
            continue  # "I never meant it as a slight": an intent, no effect
        starts = list(_CLAUSE_START.finditer(before))
        clause = before[starts[-1].end() :] if starts else before
        limit = match.end() + constants.REASON_CLAUSE_CHARS
        found = _CLAUSE_END.search(text, match.end(), limit)
        effect = text[match.end() : found.start() if found else limit]
        clauses.append((_content(clause), _content(effect)))
    return tuple(clauses)


def _sentence_before(text: str, end: int) -> str:
    """The part of `text`'s sentence before `end` (a reason's marker): the event it gives a reason for."""
    before = text[max(0, end - constants.REASON_CLAUSE_CHARS) : end]
    stops = list(_SENTENCE_OR_CLAUSE_STOP.finditer(before))
    return before[stops[-1].end() :] if stops else before


def _sentence_after(text: str, start: int) -> str:
    """The part of `text`'s sentence after `start` (a reason clause's end)."""
    after = text[start : start + constants.REASON_CLAUSE_CHARS]
    stop = _SENTENCE_OR_CLAUSE_STOP.search(after)
    return after[: stop.start()] if stop else after


def _content(clause: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in words(clause)) - STOPWORDS


def _unasked_units(text: str, question_words: set[str]) -> str:
    """ "How many people ...?" is not answered by "20 percent" or "11 years"; "How many years ...?" is."""
    unasked = [
        (start, end)
        for start, end, unit in _shares_or_spans(text)
        if unit not in question_words and unit.rstrip("s") not in question_words
    ]
    return _blank_spans(text, unasked)


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _shares_or_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where `text` gives an amount of a unit, with the folded unit."""
    if not _says_an_amount(text):
        return ()  # every amount is a figure or a number word
    return tuple((m.start(), m.end(), m.group("unit").casefold()) for m in _SHARE_OR_SPAN.finditer(text))


def _found(pattern: re.Pattern, text: str, question_words: set[str], strong: str) -> float:
    best = 0.0
    for word, is_strong in _matched_words(pattern, text, strong):
        if word in question_words:
            continue
        if is_strong:
            return 1.0
        best = 0.6
    return best


@_by_pattern
def _matched_words(pattern: re.Pattern, text: str, strong: str) -> tuple[tuple[str, bool], ...]:
    """Each match of `pattern` in `text`, lower-cased, and whether it matches `strong` too."""
    found = []
    for match in pattern.finditer(text):
        word = match.group(0).lower()
        found.append((word, _is_strong(strong, word)))
    return tuple(found)


@lru_cache(maxsize=constants.ASK_SENTENCE_CACHE)
def _is_strong(strong: str, word: str) -> bool:
    return re.search(strong, word, re.IGNORECASE) is not None


def _new_names(
    pattern: re.Pattern, text: str, question_words: set[str], known: frozenset[str] = frozenset()
) -> bool:
    """True when `pattern` finds a name in `text` that is none of the question's words or `known`."""
    # "Gall-Peters" in "Who came up with the Gall-Peters projection?" is the question's own name
    # (the question's words join a hyphenated word: "gallpeters").
    return any(
        (joined := word.replace("-", "")) not in question_words
        and joined not in known
        and word not in question_words
        and word not in known
        for word in _name_words(pattern, text)
    )


@_by_pattern
def _name_words(pattern: re.Pattern, text: str) -> tuple[str, ...]:
    """The folded words `pattern` finds in `text` that may be names (no one letter, month or day)."""
    found = []
    for match in pattern.finditer(text):
        word = match.group(1).lower().replace("’", "'").split("'")[0]
        if word in WEEKDAYS_MONTHS:
            continue  # "in October" is a time, not a place
        if len(word) > 1:
            found.append(word)
    return tuple(found)
