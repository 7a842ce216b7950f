"""What news exports wrap around a story: photo captions, agency datelines and the " . "
that corpus exports leave where a line wrapped. Recognised here once, for every engine."""

from __future__ import annotations

import re

from bot.core import constants
from bot.core.language.lexicon import ARTICLES, SPEECH_VERBS
from bot.core.language.text import LINE_WRAP_WORDS, words

# Words a caption points at its photo with: "Blinken (left) walks ...", "Above, the house he sold."
PHOTO_POSITIONS = frozenset("above below left right inset pictured top bottom".split())
# Photo-position markers that news sites put in captions: "Blinken (left) walks ...".
PHOTO_MARKER = re.compile(
    r"\((?:"
    + "|".join(sorted(PHOTO_POSITIONS))
    + r"|centre|center|far left|far right|second left|second right|front|back|file photo|file)\)",
    re.IGNORECASE,
)
# Captions written as "Label: what the picture shows", the label a few words long. Quotations
# follow a colon too ("He admitted: 'We ...'"), so the text after the label must not open with
# a quotation mark, and the label must not start with a pronoun or hold a verb of saying.
_CAPTION_LABEL = re.compile(r"^([A-Z][^:.!?\"“‘'()]{0,40}?):\s+[A-Z0-9£$]")
_PRONOUNS = frozenset("he she it they we i you his her their its this that there".split())
# "Pictured on the right is ...", "...; pictured is Lake Placid": text about a photo. The
# appositive "Mr Coe, pictured with Alya, said ..." is body text and stays.
_PICTURED = re.compile(
    r"^pictured\b|\b(?:pictured|photographed|shown|seen) (?:is|are|here|above|below|left|right|on the)\b",
    re.IGNORECASE,
)
# The credit closing a caption: the whole sentence in brackets, or "Credit:" / "Photo by".
_CREDIT = re.compile(r"^(?:\([^()]+\)\.?|(?:photo(?:graph)?s? )?(?:credit|by)\b.*)$", re.IGNORECASE)
# The agencies a photo credit names after its photographer: "Alex Wong/Getty Images".
PHOTO_AGENCIES = ("AP", "AFP", "Getty", "Reuters", "EPA", "Shutterstock")
# A credit that says it is one: "(Photo: Andrea Costa/Reuters)", "(AP Photo/Evan Vucci)", "Photo by
# X", "(Getty Images)". Unlike a bare "(Anna Kessler/Herald)", it marks the lines before it as a
# caption even when they read like a story's sentence.
_PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:(?:AP\s+|AFP\s+|Reuters\s+)?photo(?:graph)?s?\b\s*(?:by\b|:|/)|[^()]*\bGetty\s+Images\b"
    r"|[^()]*/(?:" + "|".join(PHOTO_AGENCIES) + r")\))[^()]*\)?\.?$",
    re.IGNORECASE,
)
# "(CNN) --", "WASHINGTON (Reuters) -", "Canberra, Australia (CNN) --": agency datelines, which
# wire copy repeats at the head of later sections too.
_AGENCY_DATELINE = re.compile(
    r"^(?:[^()\n]{0,60}?\((?:CNN|AP|AFP|Reuters|UPI|PA|Xinhua)[^()\n]{0,24}\)\s*(?:--|—|–|-|:)?"
    r"|(?:[A-Z][\w.'’-]*,? ){0,4}\([A-Z][\w.&'’ ]{1,30}\)\s*(?:--|—|–)"
    # A press release's wire: "PITTSBURGH, March 3, 2026 /PRNewswire/ --".
    r"|[A-Z][\w.'’-]*,? (?:[A-Z\d][\w.'’-]*,? ){0,6}/[A-Z][\w.&' -]{1,30}/\s*(?:--|—|–|-))\s*"
)
# "NEW DELHI:", "LONDON --": a place in capitals, trusted as a dateline only where a story starts.
# "MILLBROOK, Ore. —", "SAN DIEGO, Calif. --": US style adds the state, before a dash only.
_PLACE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:\s*(?:--|—|–|:)|,\s+[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?\s*(?:--|—|–))\s*"
)
# Inline line-wrap full stops of corpus exports: "a casual . navy blue shirt", "Cassell and . Edwards".
# Both start only at a word's (or a space run's) start: a match tried from inside a long word
# would rescan it to its end at every letter.
_INLINE_STOP = re.compile(r"(?<!\S)(\S+)\s\.\s+(?=(\S))")
_SPACED_END = re.compile(r"(?<!\s)\s+\.$")


def has_photo_marker(text: str) -> bool:
    """A photo-position marker outside quotation marks ("Blinken (left) walks ..."); not "“We might
    have (left) on Friday,” Mallow said": a speaker's words."""
    return any(not inside_quotation(text, marker.start()) for marker in PHOTO_MARKER.finditer(text))


def inside_quotation(text: str, at: int) -> bool:
    """Whether offset `at` of a text is inside quotation marks opened before it."""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def is_caption_sentence(text: str) -> bool:
    """Whether a sentence describes a photo rather than telling the story."""
    if has_photo_marker(text):
        return True
    label = _CAPTION_LABEL.match(text)
    if (
        label
        and len(label.group(1).split()) <= constants.CAPTION_LABEL_WORDS
        and not is_speaker_label(label.group(1))
    ):
        label_words = [word.casefold() for word in words(label.group(1))]
        if label_words[0] not in _PRONOUNS and not SPEECH_VERBS.intersection(label_words):
            return True
    return any(not _after_perfect(text, match.start()) for match in _PICTURED.finditer(text))


def _after_perfect(text: str, start: int) -> bool:
    """ "What we have seen is that ...", "the greatest problem we’ve seen is": a perfect tense, a
    speaker's sentence about what they saw, not a caption's "seen here" (an adverb may stand
    between, "have never seen")."""
    before = text[max(0, start - _PERFECT_CHARS) : start].split()[-2:]
    return any(w.casefold() in PERFECT_AUXILIARIES or w.endswith(_PERFECT_CLITICS) for w in before)


PERFECT_AUXILIARIES = frozenset(("have", "has", "had", "having"))
_PERFECT_CLITICS = ("’ve", "'ve")
_PERFECT_CHARS = 40  # two words back


# Capitalised labels that do introduce a picture ("PICTURED: The scene ...", "VIDEO: ..."): not
# PHOTO_POSITIONS, whose "top" and "bottom" open no picture label.
_PICTURE_LABELS = frozenset(
    "pictured photo photos picture above below left right inset file video watch".split()
)


# A transcript's speaker opening a turn, in capitals: "MARSH: ", "MR. TATE: ".
SPEAKER_LABEL = re.compile(r"\s*(?:[A-Z][A-Z.'’-]+ ){0,2}[A-Z][A-Z.'’-]+:(?: +|$)")


# Capitalised labels of a link to another story ("READ MORE: Who was Florence Arthaud?"), which
# web pages set between a story's paragraphs: no transcript's speaker.
_LINK_LABELS = frozenset(
    ("read more", "read", "more", "related", "see also", "see more", "also read", "also see", "full story")
)


# "( Also on POLITICO: House GOP budget collapsing)", "(PHOTOS: The week in politics)": a paragraph
# in parentheses or brackets opening with a label of a few words and a colon, a web page's link to
# another story set between the paragraphs.
_LINK_LINE = re.compile(r"[(\[]\s*([A-Z][\w’'.-]*(?: [\w’'.-]+){0,4}):\s.*[)\]]", re.DOTALL)


def is_link_line(text: str) -> bool:
    """Whether a paragraph is a bracketed link to another story: no part of this one ("(He said:
    “…”)", a label with a verb of saying, is a speaker's words)."""
    text = text.strip()
    link = _LINK_LINE.fullmatch(text)
    if link is None or text.count("(") + text.count("[") != 1:
        return False
    return not SPEECH_VERBS.intersection(word.casefold() for word in words(link.group(1)))


def is_speaker_label(label: str) -> bool:
    """ "TATE:", "MR. MARSH:", "Q:": a transcript's speaker in capitals, not a photo's label."""
    letters = [ch for ch in label if ch.isalpha()]
    folded = " ".join(label.split()).casefold()
    return bool(letters) and label.isupper() and folded not in _PICTURE_LABELS and folded not in _LINK_LABELS


# Words as a headline capitalises them: letters first, inner apostrophes and hyphens kept.
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def is_title_case(text: str) -> bool:
    """ "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’": nearly
    every word of HEADLINE_WORD_CHARS letters or more starts with a capital, as headlines are
    written; prose capitalises only names and a sentence's first word."""
    long_words = [w for w in _HEADLINE_WORD.findall(text) if len(w) >= constants.HEADLINE_WORD_CHARS]
    if len(long_words) < constants.HEADLINE_MIN_LONG_WORDS:
        return False
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return capitalised >= constants.HEADLINE_CAPITALS_SHARE * len(long_words)


# Headline English drops articles and auxiliaries ("Federal court rules against Ohio's purges of
# voter rolls."); a lede sentence keeps them, dates its news and attributes it ("A ferry ran aground
# off Gull Point on Sunday night.", "The harbour has reopened, officials said.").
_LEDE_WORDS = frozenset(
    """is are was were has have had will would should could might isn't isn’t wasn't wasn’t hasn't hasn’t
    it's it’s said told according announced reported yesterday today tonight week monday tuesday
    wednesday thursday friday saturday sunday""".split()
)


def is_sentence_case_headline(text: str) -> bool:
    """ "Bill Holt calls Dunncare ‘crazy system’ during campaign stop.": a short line of headline
    English, with at most one article and none of the words a lede sentence carries (an auxiliary,
    a weekday, "said"); never a line in capitals or one opening with a dateline."""
    tokens = [word.casefold() for word in words(text)]
    if not constants.HEADLINE_MIN_WORDS <= len(tokens) <= constants.HEADLINE_MAX_WORDS:
        return False
    if text.isupper() or opens_with_dateline(text) or _LEDE_WORDS.intersection(tokens):
        return False
    return sum(1 for token in tokens if token in ARTICLES) <= constants.HEADLINE_MAX_ARTICLES


def opens_with_dateline(text: str) -> bool:
    """ "WASHINGTON (AP) — ...", "OSCEOLA, Iowa — ...": the words that open a story, never a headline."""
    return bool(_AGENCY_DATELINE.match(text) or _PLACE_DATELINE.match(text))


def is_photo_credit(text: str) -> bool:
    """Whether a sentence names itself a photo's credit ("(Photo: Andrea Costa/Reuters)")."""
    return bool(_PHOTO_CREDIT.match(text.strip()))


def tweet_signature(text: str) -> tuple[str, str] | None:
    """The author's name and handle closing a block as an embedded tweet copied as text does
    ("— Kai Brenner (@KaiBrenner) May 1, 2026": ("Kai Brenner", "KaiBrenner")), with no full stop
    after the tweet's words; None for any other block."""
    found = _TWEET_SIGNATURE.search(text)
    return (found["name"].strip(), found["handle"]) if found is not None else None


# "— KaiBrenner (@KaiBrenner) May 1, 2026", "— Ada Holt (@adaholt) Sept. 5, 2015": closing the block.
_TWEET_SIGNATURE = re.compile(
    r"[—–-]\s*(?P<name>[^()\n]{1,60})\(@(?P<handle>\w{1,15})\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$"
)


def is_credit(text: str) -> bool:
    """Whether a sentence is a photo credit ("(Anna Kessler/Millbrook Herald)", "Credit: AP"):
    a caption's last sentence, naming who took the picture, not anyone in the story."""
    return bool(_CREDIT.match(text.strip()))


# What a news site's page flattened to text puts before a story, one "sentence" each: "By .", the
# writer's name, "PUBLISHED: .", "14:11 EST, 25 October 2013 .", "| .", "UPDATED: .",
# "Last updated at 1:25 AM ...".
_BY = re.compile(r"^By\s*\.?$")
# A writer's name: capitalised words and the joiners of "Ann Lee and Tom Ford for the Daily Courier".
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|and|for|of|the)"
_NAME_TAIL = r"(?:\s+" + _NAME_WORD + r"){0,7}\s*\.?$"
# The wire's ", Associated Press" after the writers: "By MARTA KOVAC, Associated Press".
_AGENCY_TAIL = r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
# A web page's date under its by-line: "March 27, 2015", "Fri March 27, 2015", "27 March 2015", with
# a time before it or not ("11:52 PM ET, Fri March 27, 2015").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY_DATE = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
)
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:EST|EDT|GMT|BST|ET|UTC)?"
_WEB_DATE = rf"(?:{_CLOCK},?\s+)?{_DAY_DATE}(?:,?\s+(?:at\s+)?{_CLOCK})?"
_STAMP_WORD = r"(?:Updated|Published|Posted|Last\s+updated|UPDATED|PUBLISHED|POSTED)"
# "By Marie Dupont, CNN — March 10, 2015": the date a web page prints after its by-line (or under it,
# "By Sam Reed, CNN Updated 1:12 PM ET, Wed March 25, 2015", when a hard-wrapped text joins the lines).
_DATE_TAIL = rf"(?:(?:\s*(?:—|–|-|\||,)\s*|\s+)(?:{_STAMP_WORD}\s*:?\s*)?{_WEB_DATE})?"
_BY_NAME = re.compile(
    r"^By\s+" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,7}" + _AGENCY_TAIL + _DATE_TAIL + r"\s*\.?$"
)
_WRITER_NAME = re.compile(r"^[A-Z][\w'’.-]*" + _NAME_TAIL)
_STAMP = re.compile(
    r"^(?:\|\s*\.?|(?:PUBLISHED|UPDATED):?\s*\.?|Last updated at\b.{0,60}|"
    r"\d{1,2}:\d{2}\s*(?:[AP]M\s*)?(?:EST|EDT|GMT|BST|ET|UTC)?,?\s.{0,30}\d{4}(?:\s*\.)?(?:\s*\|)?\s*\.?|"
    # "Updated 11:52 PM ET, Fri March 27, 2015", "Published: March 10, 2015", "March 11, 2015 ."
    rf"(?:{_STAMP_WORD}(?:\s+on)?\s*:?\s*)?{_WEB_DATE}\s*\.?)$"
)


def is_byline(text: str, after_by: bool) -> bool:
    """Whether a sentence at the head of an article is by-line matter, not story: "By .", the
    writer's name after it, "By Hannah Brill for the Daily Courier", a publication time stamp."""
    text = text.strip()
    if _BY.match(text) or _BY_NAME.match(text) or _STAMP.match(text):
        return True
    return after_by and bool(_WRITER_NAME.match(text))


def strip_dateline(text: str, at_start: bool = True) -> str:
    """`text` without a leading dateline, unless nothing but the dateline is left.

    Agency datelines go wherever they are; a bare place in capitals only at the story's start.
    """
    return split_dateline(text, at_start)[1]


def split_dateline(text: str, at_start: bool = True) -> tuple[str, str]:
    """(the dateline as written, `text` without it), as strip_dateline strips it; the dateline is
    "" when none is stripped, so the article can keep what the story's text loses."""
    match = _AGENCY_DATELINE.match(text) or (_PLACE_DATELINE.match(text) if at_start else None)
    cleaned = text[match.end() :] if match else text
    if cleaned == text and not text[:1].isspace() and not text[-1:].isspace():
        return "", text  # the common case: nothing to strip, and no need to scan for a letter
    cleaned = cleaned.strip()
    if not any(ch.isalpha() for ch in cleaned):
        return "", text
    return (match.group(0).strip() if match else ""), cleaned


def close_line_wraps(text: str, caseless: bool = False) -> str:
    """Close up the " . " of wrapped lines inside sentences; real sentence ends stay.

    In caseless text a lower-case word after the stop says nothing: only a function word
    before it ("and . the") marks a wrap.
    """
    if " ." not in text:  # the regex is the slow part; most text has no wraps
        return text
    return _INLINE_STOP.sub(_close_caseless_wrap if caseless else _close_wrap, text)


def tidy_end(text: str) -> str:
    """A sentence's corpus-style spaced final full stop ("... in hospital .") closed up."""
    return _SPACED_END.sub(".", text)


def _close_caseless_wrap(match: re.Match) -> str:
    word = match.group(1)
    if _in_spaced_ellipsis(word, match.group(2)):
        return match.group(0)
    return word + " " if word in LINE_WRAP_WORDS else match.group(0)


def _close_wrap(match: re.Match) -> str:
    word, following = match.group(1), match.group(2)
    if _in_spaced_ellipsis(word, following):
        return match.group(0)
    if following.islower() or word in LINE_WRAP_WORDS:
        return word + " "
    return match.group(0)


def _in_spaced_ellipsis(word: str, following: str) -> bool:
    """A dot of a spaced ellipsis ("What BS . . . should", "and . . . whether"): it follows or precedes
    another dot, where a wrapped line leaves one between words. Closing it up misquoted the text."""
    return following == "." or not any(ch.isalnum() for ch in word)
