"""Answers from a match report's team sheet: the labelled lines British match reports close with
("Man City: James, Mills (Wright-Phillips 83), ...", "Booked: Fowler.", "Goals: Rooney 68, Dunne 75
og.", "Att: 47,111 Ref: S Bennett (Kent).").

The article model reads such lines as captions ("Label: text"), so the ranking weighs them little and
their abbreviations ("Att", "Ref") match no question word; yet they are where a report says who was
in goal (a football side is listed goalkeeper first), who was booked, when a goal was scored, who came
on for whom, the crowd and the referee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.core.article import Article, Sentence
from bot.core.ask.answers import Answer, sentence_reply
from bot.core.language.text import words

# "Man Utd: Carroll, ...", "Subs Not Used: Howard.", "Replacements (from): ...": a label and its list.
_LABEL = re.compile(r"^(?P<label>[A-Z][\w.'’&-]*(?:\s+[\w.'’&()-]+){0,3}?)\s*:\s*(?P<body>\S.*)$")
# Labels that are no side's name, by what they list.
_SUBS = frozenset(
    {"subs", "subs not used", "subs used", "substitutes", "replacements", "replacements (from)"}
)
_BOOKED = frozenset({"booked", "bookings", "yellow card", "yellow cards", "cautioned", "sin bin", "sin-bin"})
_SENT_OFF = frozenset({"sent off", "sending off", "red card", "red cards", "dismissed"})
_GOALS = frozenset({"goals", "goal", "scorers", "scorer", "tries", "try"})
_CROWD = frozenset({"att", "attendance", "crowd"})
_REFEREE = frozenset({"ref", "referee"})
# "Att: 47,111 Ref: S Bennett (Kent).": the crowd and the referee often share one line.
_INNER_LABEL = re.compile(r"(?:^|(?<=\s))(?P<label>Att|Attendance|Crowd|Ref|Referee)\s*:", re.I)
# A side's line lists a whole team: eleven footballers, fifteen rugby players (at least seven names).
_MIN_SIDE = 7
_FOOTBALL_SIDE = 11
# "Mills (Brad Wright-Parkes 83)": the player replaced, who came on and the minute.
_SUBSTITUTION = re.compile(r"(?P<off>[^,;()]+?)\s*\((?P<on>[^()\d]+?)\s+(?P<minute>\d{1,3})\)")
# "Why was Kerr booked?", "How did Osei score?": a list says who and when, never why or how.
_ASKS_WHY_OR_HOW = re.compile(r"^\s*(?:why|how(?!\s+many))\b", re.I)
# Short forms of a club's name on its team sheet.
_CLUB_WORDS = {"utd": "united", "man": "manchester"}

# An unlabelled sheet's lines: a player ("Gary Nevin", "De Wet Bester", "B O'Dwyer (capt)" once its
# marks are cut), a scorer with his minutes ("Rowley 87", "Grady 29 47 pen"), a bare crowd ("9,033.")
# and the referee closing the sheet ("P Dowd (Staffordshire).", "K Clark").
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|van|von|de|der|den|du|da|di|le|la)"
_PLAYER = re.compile(rf"^{_NAME_WORD}(?:[\s/]+{_NAME_WORD}){{0,3}}$")
_SUBSTITUTION_MARK = re.compile(r"\s*\([^()]*\)")
_MINUTE_ITEM = re.compile(
    rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?:\s+\d{{1,3}}(?:\+\d)?(?:\s+(?:og|pen))?)+$"
)
_BARE_CROWD = re.compile(r"^\d{1,3}(?:,\d{3})+\.?$|^\d{3,6}\.?$")
_REFEREE_LINE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}(?:\s*\([A-Z][^()]*\))?\.?$")

_ASKS_CROWD = re.compile(r"\battendance\b|\bcrowd\b|\bhow many (?:people|fans|spectators|supporters)\b", re.I)
_ASKS_REFEREE = re.compile(
    r"^\s*(?:who|where|what\s+(?:is|was)\s+the\s+name)\b.*\bref(?:eree(?:d|ing|s)?|s)?\b", re.I
)
_ASKS_KEEPER = re.compile(
    r"\bin goal\b|\bgoal\s?keeper\b|\bkeeper\b|\bgoalie\b|\bbetween the (?:posts|sticks)\b", re.I
)
_ASKS_BOOKED = re.compile(r"\bbooked\b|\bthe book\b|\bbookings?\b|\byellow cards?\b|\bcautioned\b", re.I)
_ASKS_SENT_OFF = re.compile(r"\bsent off\b|\bred cards?\b|\bdismissed\b", re.I)
# "Who captained Ireland?": the side's line marks its captain ("B O'Driscoll (capt)", "J Smit (captain)").
_ASKS_CAPTAIN = re.compile(r"\b(?:captain(?:s|ed|ing)?|skipper(?:s|ed)?)\b", re.I)
_CAPTAIN_MARK = re.compile(r"\((?:capt|captain|c)\.?\)", re.I)
_ASKS_WHO = re.compile(r"^\s*who\b", re.I)
_ASKS_MINUTE = re.compile(r"^\s*(?:when\b|(?:in\s+)?(?:what|which)\s+minute\b)", re.I)
_SCORING = re.compile(r"\bscor\w*|\bgoal\b|\bnet\b|\btr(?:y|ies)\b", re.I)
_ASKS_SUBSTITUTE = re.compile(
    r"\b(?:replaced?|replacing|substitut\w*|came\s+(?:on|off)|come\s+(?:on|off)|taken\s+off|brought\s+on)\b",
    re.I,
)


@dataclass
class Side:
    name: str
    line: Sentence
    players: list[str]
    lists: dict[str, Sentence] = field(default_factory=dict)  # "booked", "sent off", "goals": its lines


@dataclass
class TeamSheet:
    sides: list[Side]
    lists: dict[str, list[Sentence]]  # "booked", "sent off", "goals", "crowd", "referee": every such line


@lru_cache(maxsize=64)  # as build_index: read once per article, not for each question asked of it
def team_sheet(article: Article) -> TeamSheet | None:
    """The team sheet of a match report, or None when the article lists no side."""
    sides: list[Side] = []
    lists: dict[str, list[Sentence]] = {}
    last = article.sentences[-1] if article.sentences else None
    for sentence in article.sentences:
        unlabelled = _unlabelled(sentence, sides, sentence is last)
        if unlabelled is not None:
            _add_unlabelled(unlabelled, sentence, sides, lists)
            continue
        for label, body in _labelled(sentence.text):
            kind = _kind(label)
            if kind is None:
                players = [p.strip() for p in re.split(r"[,;]", body) if p.strip()]
                if len(players) >= _MIN_SIDE:
                    sides.append(Side(label, sentence, players))
                continue
            lists.setdefault(kind, []).append(sentence)
            if sides and kind not in ("crowd", "referee"):
                sides[-1].lists.setdefault(kind, sentence)
    _name_from_headline(article.title, sides)
    return TeamSheet(sides, lists) if sides else None


# "Dundee Utd 4-1 Aberdeen": a result headline names the home side first, as the sheet lists it first.
_RESULT_TITLE = re.compile(
    r"^(?P<home>[A-Z][^\d]{1,40}?)\s\d{1,3}\s?[-–]\s?\d{1,3}\s(?P<away>[A-Z][^\d]{1,40})$"
)


def _name_from_headline(title: str, sides: list[Side]) -> None:
    """Names the two whole sides of an unlabelled sheet after a result headline's home and away sides
    (benches, shorter lists, keep no name)."""
    whole = [side for side in sides if len(side.players) >= _FOOTBALL_SIDE]
    result = _RESULT_TITLE.match(title.strip())
    if result is None or len(whole) != 2 or any(side.name for side in sides):
        return
    whole[0].name, whole[1].name = result.group("home").strip(), result.group("away").strip()


def _unlabelled(sentence: Sentence, sides: list[Side], last: bool) -> str | None:
    """What an unlabelled team-sheet line lists ("side", "goals", "crowd", "referee"), or None.

    A sheet copied from a web page often loses its labels ("Man Utd:", "Goals:", "Att:", "Ref:"),
    which were markup: the lines stay in their order, a side's players first, then its scorers; the
    crowd, a bare number, and the referee, a name with his county or country, close the sheet."""
    text = sentence.text.strip().lstrip(":").strip()
    if _LABEL.match(text):
        return None
    items = [i.strip() for i in re.split(r"[,;]", text.rstrip(".")) if i.strip()]
    if len(items) >= _MIN_SIDE and all(_PLAYER.match(_SUBSTITUTION_MARK.sub("", i)) for i in items):
        return "side"
    if not sides:
        return None
    if all(_MINUTE_ITEM.match(i) for i in items):
        return "goals"
    if _BARE_CROWD.match(text):
        return "crowd"
    return "referee" if last and _REFEREE_LINE.match(text) else None


def _add_unlabelled(
    kind: str, sentence: Sentence, sides: list[Side], lists: dict[str, list[Sentence]]
) -> None:
    if kind == "side":
        text = sentence.text.strip().lstrip(":").strip().rstrip(".")
        sides.append(Side("", sentence, [p.strip() for p in re.split(r"[,;]", text) if p.strip()]))
        return
    lists.setdefault(kind, []).append(sentence)
    if kind == "goals":
        sides[-1].lists.setdefault(kind, sentence)


def lineup_answer(article: Article, question: str, fallback: bool = False) -> Answer | None:
    """The team sheet's line answering `question` (who was in goal or booked, when a goal came, the
    crowd, the referee; with `fallback`, also who came on for whom), or None."""
    if _ASKS_WHY_OR_HOW.match(question):
        return None
    sheet = team_sheet(article)
    if sheet is None:
        return None
    line = _answering_line(sheet, question) or (_substitution(sheet, question) if fallback else None)
    if line is None:
        return None
    if _ASKS_KEEPER.search(question):
        line = _keeper_named(article, sheet, question) or line
    return sentence_reply(article, question, line)


def _keeper_named(article: Article, sheet: TeamSheet, question: str) -> Sentence | None:
    """The story's sentence naming the side's keeper ("Bolton keeper Jussi Jaaskelainen had to make two
    saves"): it says so outright, where the sheet only lists him first."""
    side = _side_named(sheet, question)
    if side is None:
        return None
    club = _club_words(side.name)
    for sentence in article.sentences:
        found = _KEEPER_NAMED.search(sentence.text)
        if found and sentence is not side.line and club & {w.casefold() for w in words(found.group(1))}:
            return sentence
    return None


# "Bolton keeper Jussi Jaaskelainen", "Chelsea goalkeeper Petr Cech": a side's keeper named in the story.
_KEEPER_NAMED = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){1,3})(?:goal)?keeper\s+[A-Z]")


def _answering_line(sheet: TeamSheet, question: str) -> Sentence | None:
    if _ASKS_CROWD.search(question):
        return _only(sheet.lists.get("crowd", []))
    if _ASKS_REFEREE.search(question):
        return _only(sheet.lists.get("referee", []))
    if _ASKS_KEEPER.search(question):
        side = _side_named(sheet, question)
        # A football side is listed from its goalkeeper; a rugby side from its full-back.
        football = side is not None and len(side.players) == _FOOTBALL_SIDE and ";" not in side.line.text
        return side.line if football else None
    if _ASKS_WHO.match(question) and _ASKS_CAPTAIN.search(question):
        side = _side_named(sheet, question)
        return side.line if side is not None and _CAPTAIN_MARK.search(side.line.text) else None
    for kind, asks in (("booked", _ASKS_BOOKED), ("sent off", _ASKS_SENT_OFF)):
        if asks.search(question):
            side = _side_named(sheet, question)
            return side.lists.get(kind) if side else _only(sheet.lists.get(kind, []))
    if _ASKS_MINUTE.search(question) and _SCORING.search(question):
        return _scored_by(sheet, question)
    if _ASKS_WHO.match(question) and _SCORING.search(question):
        side = _side_named(sheet, question)
        return _goals_of(sheet, side) if side else None
    return None


def _goals_of(sheet: TeamSheet, side: Side) -> Sentence | None:
    """ "Who scored for Bolton?": the goals line whose scorers all play for that side (an own goal,
    "Dunne 75 og", is the other side's player), wherever the sheet puts it."""
    players = {w.casefold() for player in side.players for w in words(player)}
    for line in sheet.lists.get("goals", []):
        scorers = [m.group(1) for m in _SCORER.finditer(line.text) if not m.group(2)]
        if scorers and all(w.casefold() in players for name in scorers for w in words(name)):
            return line
    return None


# "Rowley 68", "Dunne 75 og", "Van Nisbet 45 pen": a scorer, the minute, and an own goal's mark.
_SCORER = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+\(?\d{1,3}(?:\+\d)?\)?(\s+og\b)?")


def _labelled(text: str) -> list[tuple[str, str]]:
    """(label, list) of each labelled part of a team-sheet line; [] for any other sentence."""
    found = _LABEL.match(text)
    if not found:
        return []
    label, body = found.group("label"), found.group("body")
    inner = list(_INNER_LABEL.finditer(body))
    if not inner:
        return [(label, body)]
    parts = [(label, body[: inner[0].start()])]
    for at, match in enumerate(inner):
        end = inner[at + 1].start() if at + 1 < len(inner) else len(body)
        parts.append((match.group("label"), body[match.end() : end]))
    return parts


def _kind(label: str) -> str | None:
    folded = " ".join(label.casefold().split())
    for kind, labels in (
        ("subs", _SUBS),
        ("booked", _BOOKED),
        ("sent off", _SENT_OFF),
        ("goals", _GOALS),
        ("crowd", _CROWD),
        ("referee", _REFEREE),
    ):
        if folded in labels:
            return kind
    return None


def _only(lines: list[Sentence]) -> Sentence | None:
    return lines[0] if len(lines) == 1 else None


def _club_words(name: str) -> set[str]:
    folded = {w.casefold() for w in words(name)}
    return folded | {_CLUB_WORDS[w] for w in folded if w in _CLUB_WORDS}


def _side_named(sheet: TeamSheet, question: str) -> Side | None:
    """The one side whose name the question uses ("City" for "Man City", "United" for "Man Utd",
    "Bolton's goal" for Bolton)."""
    asked = {w.casefold().removesuffix("'s").removesuffix("’s") for w in words(question)}
    named = [_club_words(side.name) for side in sheet.sides]
    shared = set.intersection(*named) if len(named) > 1 else set()  # "Manchester" names neither
    hits = [len(asked & (club - shared)) for club in named]
    best = max(hits, default=0)
    if best == 0 or hits.count(best) > 1:
        return None
    return sheet.sides[hits.index(best)]


def _scored_by(sheet: TeamSheet, question: str) -> Sentence | None:
    """The goals line giving a minute beside a player the question names ("Rowley 68")."""
    asked = {w.casefold() for w in words(question) if w[:1].isupper()}
    for line in sheet.lists.get("goals", []):
        scorers = {w.casefold() for m in _SCORER.finditer(line.text) for w in words(m.group(1))}
        if asked & scorers:
            return line
    return None


def _substitution(sheet: TeamSheet, question: str) -> Sentence | None:
    """The side's line where a player the question names went off or came on ("O'Shea (Ronaldo 33)")."""
    if not _ASKS_SUBSTITUTE.search(question):
        return None
    asked = {w.casefold() for w in words(question) if not w.islower() or len(w) > 3}
    for side in sheet.sides:
        for change in _SUBSTITUTION.finditer(side.line.text):
            names = {w.casefold() for w in words(change.group("off") + " " + change.group("on"))}
            if asked & names:
                return side.line
    return None
