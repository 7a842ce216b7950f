"""Whether a candidate can say what someone called something: "What did Joan call Joy?" is not
answered by a sentence that only mentions Joan and Joy, with no word of naming and no quotation.
"""

from __future__ import annotations

import re

# "What did X call Y?", "What does X call Y?", "How did X describe Y?": the words X used are asked for.
_CALLED = re.compile(
    r"^\s*(?:what|how)\s+(?:did|does|do|has|have|had|would|will)\s+.+?\s+"
    r"(?:call|describe|dub|label|brand|term|nickname)\s+(?!for\b|on\b|off\b|up\b).+",
    re.IGNORECASE,
)
# Words that report what someone called something ("branded North Korea an ...", "referred to King
# as ...", "known as"), or the name given ("what to call this service").
_NAMING = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|label|labels|labell?ed|brand|brands|branded|"
    r"describe|describes|described|describing|term|terms|termed|name|names|named|nickname|nicknamed|"
    r"refer|refers|referred|referring|known\s+as|titled|entitled)\b",
    re.IGNORECASE,
)
_QUOTATION = re.compile(r"[\"“”‘’]|(?:^|\s)'")


# "What will his fourth book be called?", "What is the new party named?": a name asked in the passive.
_CALLED_PASSIVE = re.compile(
    r"^\s*what\s+(?:is|was|are|were|will|would|'s|’s)\s+.+?\s+(?:be\s+)?(?:called|named|titled|entitled|known\s+as)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def asks_what_called(question: str) -> bool:
    """ "What did Japan call North Korea?", "How does X describe the claim?" (not "call for"), "What will
    the book be called?"."""
    return bool(_CALLED.match(question) or _CALLED_PASSIVE.match(question))


def may_say_what_called(question: str, sentences: list[str]) -> bool:
    """False when `question` asks what someone called something and no sentence of the candidate
    has a word of naming or a quotation: whatever it says of them, it gives no words they used."""
    if not asks_what_called(question):
        return True
    return any(_NAMING.search(text) or _QUOTATION.search(text) for text in sentences)
