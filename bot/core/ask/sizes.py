""" "How big is the ship?": a ship, a building or a site is measured, so its size is a length, an area, a
height in storeys or a weight ("a 180-metre ferry", "40 acres"); "The ship has a crew of 35" and "The ship
cost 40 million pounds" say no size of it. A company, a crowd or a deal is sized by a count or a sum
("How big is the deal?" -> "a $3bn deal"), so only things of the measured kinds are read this way.
"""

from __future__ import annotations

import re

# Things whose size is a measure: vessels, buildings and other structures, sites and areas of land or water.
MEASURED_THINGS = frozenset(
    (
        # Vessels.
        "ship boat ferry vessel yacht tanker liner freighter barge trawler submarine warship cruiser dinghy "
        # Buildings and structures.
        "building house home tower skyscraper block stadium arena hall mansion warehouse factory church "
        "cathedral mosque temple palace castle apartment flat room bridge dam wall statue "
        # Sites and areas.
        "site plot land estate park farm field area zone reserve forest lake island crater reservoir "
        "sinkhole iceberg glacier"
    ).split()
)
# "How big is ...?", "How large will ... be?", "What size was ...?": the opening and its verb.
_ASKS_SIZE_OF = re.compile(
    r"^\s*(?:how\s+(?:big|large|small)|what\s+size)\s+"
    r"(?:is|was|are|were|will|would|could|can|must|should)\s+(?P<thing>[^?]*)",
    re.IGNORECASE,
)
# Words before the thing's noun that are no part of what it is.
_DETERMINERS = frozenset("the a an this that these those its his her their our your".split())
# Words that end the thing's name: "the crowd at the stadium", "the ship now", "the new tower be".
_AFTER_THING = frozenset(
    "at in on of for from by with to near inside outside compared now today then be going expected "
    "planned set due when after before than that which who the a an".split()
)
# How many words of a name are read ("the new cruise ship"): more are a clause, not a name.
_THING_WORDS = 3


def asked_thing(question: str) -> str | None:
    """The noun whose size is asked ("ship" of "How big is the new ship?"), singular and lower case, or
    None when the question asks no size of a thing."""
    asked = _ASKS_SIZE_OF.match(question)
    if not asked:
        return None
    named = []
    for word in re.findall(r"[\w’'-]+", asked.group("thing").casefold()):
        if not named and (word in _DETERMINERS or word.endswith(("'s", "’s"))):
            continue  # "the ship", "the firm's new tower": what comes before the thing
        if word in _AFTER_THING or len(named) == _THING_WORDS:
            break
        named.append(word)
    if not named:
        return None
    head = named[-1]
    return head[:-1] if head.endswith("s") and head[:-1] in MEASURED_THINGS else head


def measured_by_units(question: str) -> bool:
    """Whether the question asks the size of a thing measured in units ("How big is the ship?"), which a
    count or a sum does not answer."""
    return asked_thing(question) in MEASURED_THINGS
