"""A quotation standing alone in its paragraph: signed below ("- Tom Reyes."), introduced by a
writer's paragraph about one person above, or named in the next paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from operator import attrgetter

from bot.core.article import Paragraph
from bot.core.language import lexicon as lx
from bot.core.quotes.function_words import ARTICLES, PREPOSITIONS, RECEIVED_PASSIVES
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention, Registry
from bot.core.quotes.quoted.shared import WORD, Raw, title_like
from bot.core.quotes.repeats import bare_quotation
from bot.core.quotes.sources import INDEFINITE, PERSON_KIND, UNNAMED


def signed_below(
    raws_of: dict[int, list[Raw]], body: list[Paragraph], paragraphs: Sequence[Paragraph], registry: Registry
) -> None:
    """A quotation standing alone in its paragraph, signed by the next paragraph's dash and name
    ("“…” ¶ - Tom Reyes." or "¶ —President Dunn, tweeting after the speech."), as fact checks
    and notebooks set out the lines they examine: the signer's words, when no rule found a speaker.
    The next paragraph may be one the article model took for a caption (a pull-quote's signature
    line without a full stop, "Josh Bevan, Harbor Policy Institute")."""
    following = {before.number: after for before, after in pairwise(paragraphs)}
    for paragraph in body:
        after = following.get(paragraph.number)
        raws = raws_of[paragraph.number]
        if after is None:
            continue
        if not raws or any(r.own or (r.speaker is None and r.source is not None) for r in raws):
            continue  # its own sentence names the speaker; a signature below speaks for words alone
        if not bare_quotation(paragraph.text):
            continue
        signer = _signer(after, registry)
        if signer is not None:
            for raw in raws:
                raw.speaker = signer


def introduced_above(raws_of: dict[int, list[Raw]], body: list[Paragraph], registry: Registry) -> None:
    """A quotation standing alone in its paragraph after a writer's paragraph about one person
    ("Reyes was quick to add that the deal does not include ... ¶ “Building it? Not negotiable.”"):
    that person's words, when no rule found a speaker and the paragraph before names no one else
    nor gives its quotations to anyone but that person (`_subject_above`). A run of such quotations,
    one a paragraph or one running on over several, is theirs too."""
    given: dict[int, int] = {}  # paragraph -> the person its quotations were given to here
    for index, (before, paragraph) in enumerate(pairwise(body)):
        raws = raws_of[paragraph.number]
        if raws and _speaks(raws) and not bare_quotation(paragraph.text):
            _opening_in_the_voice_above(raws, before, raws_of[before.number], registry)
            continue
        if not raws or _speaks(raws) or any(r.unclear for r in raws) or not bare_quotation(paragraph.text):
            continue
        person = given.get(before.number)
        if person is None and _RECEIVED_LEAD.search(before.text):
            continue  # "Ada Holt was sent the following statement: ¶ “…”": whoever sent it, not she
        issuers = _statement_issuers(before, registry) if person is None else None
        if issuers is not None and not issuers:
            for raw in raws:
                raw.unclear = True  # "The company issued a statement. ¶ “…”": not a person named above
            continue
        if issuers is not None:
            person = _one_person(issuers)
        # A quotation running on from the paragraph above goes on in the voice given to it here.
        if person is None and not raws[0].continued and not bare_quotation(before.text):
            person = _subject_above(raws_of[before.number], before, registry, raws)
            if person is None and index > 0:
                person = _speaker_past_aside(raws_of[body[index - 1].number], before, raws_of, registry)
        if person is not None:
            given[paragraph.number] = person
            for raw in raws:
                raw.speaker = person


def _opening_in_the_voice_above(
    raws: list[Raw], before: Paragraph, above: list[Raw], registry: Registry
) -> None:
    """ "Ferris was at the event with her father. ... ¶ “I've kind of moved to the Whitlow crowd.” For
    now, she says, she's still with Whitlow “but we'll see.”": quotations opening a paragraph as
    sentences of their own, before a writer's sentence whose quotations all go to the one person the
    paragraph above is about, are that person's words too."""
    opening = _opening_bare_quotations(raws)
    rest = raws[len(opening) :]
    if not opening or not rest or opening[0].continued or bare_quotation(before.text):
        return
    if any(r.source is not None for r in rest) or len({r.speaker for r in rest}) != 1:
        return
    person = _subject_above(above, before, registry, opening)
    if person is None or person != rest[0].speaker:
        return
    # "“One, Lee Park wins ...” But, he added: “…”": no one talks of themselves so.
    if not _named_within(opening, person, registry):
        for raw in opening:
            raw.speaker = person


def _named_within(raws: list[Raw], person: int, registry: Registry) -> bool:
    """Whether the person is named (by name, not a he or she) inside the quotations' own words."""
    mentions = [m for m in registry.mentions.get(raws[0].paragraph.number, ()) if m.kind == PERSON]
    spans = [(raw.span.start, raw.span.end) for raw in raws]
    return any(person in m.ids and any(start <= m.start < end for start, end in spans) for m in mentions)


def _opening_bare_quotations(raws: list[Raw]) -> list[Raw]:
    """The quotations, none given a speaker yet, that open their paragraph as whole sentences with
    no word of the writer's before their sentences end ("“I've kind of moved ….” For now, she says")."""
    opening: list[Raw] = []
    for raw in raws:
        paragraph = raw.paragraph
        if raw.speaker is not None or raw.source is not None or raw.unclear:
            break
        if not bare_quotation(paragraph.text[: paragraph.sentences[raw.last].end]):
            break
        opening.append(raw)
    return opening


def _statement_issuers(paragraph: Paragraph, registry: Registry) -> list[Mention] | None:
    """The people (a he or she too) named as the subject of a paragraph's closing sentence "… issued
    a statement shortly after his arrest.", before the verb and not as an owner ("Vale's lawyer, Joan
    Ferro, issued": Ferro); empty when none is ("The company issued a statement."); None when the
    paragraph ends otherwise."""
    if not paragraph.sentences:
        return None
    sentence = paragraph.sentences[-1]
    issued = _ISSUED_STATEMENT.search(paragraph.text, sentence.start, sentence.end)
    if issued is None or any(mark in paragraph.text[sentence.start : sentence.end] for mark in '“”"'):
        return None
    return [
        mention
        for mention in registry.mentions.get(paragraph.number, ())
        if sentence.start <= mention.start < issued.start()
        and mention.kind in (PERSON, AMBIGUOUS, PRONOUN)
        and not mention.possessive
    ]


def _one_person(mentions: list[Mention]) -> int | None:
    """The one person all the mentions name; None when they name several, or a he or she no one
    is known for."""
    ids = {i for mention in mentions for i in mention.ids}
    if len(ids) != 1 or any(not mention.ids for mention in mentions):
        return None
    return next(iter(ids))


# "issued a statement", "released a brief written statement", "put out a message".
_ISSUED_STATEMENT = re.compile(
    r"\b(?:issued|released|put out|sent out|posted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:statement|message)\b"
)


# A colon lead saying the one named was given the words that follow.
_RECEIVED_LEAD = re.compile(rf"\b(?:was|were)\s+(?:{'|'.join(RECEIVED_PASSIVES)})\b[^.:]*:\s*$")


def led_in_by_subject(raws_of: dict[int, list[Raw]], registry: Registry) -> None:
    """ "Lorenz Pike is the harbor master of Weststad. “I believe our mayor is ...”": a quotation
    standing as a whole sentence after a writer's sentence of the same paragraph about one person
    is that person's words, when no rule found a speaker; "She is considering ... ¶ “…”" after a
    quotation of hers in the paragraph is hers too. Bare sentences running on are theirs as well."""
    for raws in raws_of.values():
        given: Raw | None = None
        for index, raw in enumerate(raws):
            if raw.speaker is not None or raw.source is not None:
                given = None
                continue
            if not _whole_sentence(raw, raws):
                given = None
                continue
            if given is not None and raw.first == given.last + 1:
                raw.speaker = given.speaker  # a bare sentence running on in the same voice
                given = raw
                continue
            raw.speaker = _subject_of_sentence_before(raw, raws[:index], registry)
            given = raw if raw.speaker is not None else None


def _whole_sentence(raw: Raw, raws: list[Raw]) -> bool:
    """Whether the quotation is its sentences, opening the first and ending the last, and does not
    open the paragraph."""
    if raw.first == 0 or title_like(raw):
        return False
    text, sentences = raw.paragraph.text, raw.paragraph.sentences
    if WORD.search(text[sentences[raw.first].start : raw.span.start]):
        return False
    if WORD.search(text[raw.span.end : sentences[raw.last].end]):
        return False
    return not any(other is not raw and other.first <= raw.last and raw.first <= other.last for other in raws)


def _subject_of_sentence_before(raw: Raw, earlier: list[Raw], registry: Registry) -> int | None:
    """The one person the sentence before the quotation stands as its subject, named or, as a he or
    she, the speaker quoted in the sentence before that; None when it quotes anyone itself."""
    before = raw.first - 1
    if any(other.first <= before <= other.last for other in earlier):
        return None
    sentence = raw.paragraph.sentences[before]
    mentions = registry.mentions.get(raw.paragraph.number, ())
    people = [
        m
        for m in mentions
        if sentence.start <= m.start < sentence.end and m.kind in (PERSON, AMBIGUOUS, PRONOUN)
    ]
    if not people or not _opens_clause(raw.paragraph.text, sentence.start, people[0]):
        return None
    if people[0].kind == PRONOUN:
        speaking = earlier[-1] if earlier and earlier[-1].last == before - 1 else None
        return _taken_up(people, speaking, registry)
    person = _one_subject(people)
    # "“…,” said Megan Greene. Tom Reyes bought bonds in the spring. “…”": who goes on is unclear.
    if any(r.source is not None or r.speaker not in (None, person) for r in earlier):
        return None
    return person


def _taken_up(people: list, speaking: Raw | None, registry: Registry) -> int | None:
    """ "“…,” said Dana Rook. She is considering ...": the speaker just quoted, taken up by a he or
    she that does not clash with their gender, with no other pronoun in the sentence."""
    if speaking is None or speaking.speaker is None or people[0].gender is None:
        return None
    if registry.person(speaking.speaker).gender not in (None, people[0].gender):
        return None
    return None if any(m.kind == PRONOUN for m in people[1:]) else speaking.speaker


def _opens_clause(text: str, start: int, mention) -> bool:
    """Whether the mention opens its sentence as a subject, after at most a title or an opening
    phrase closed by a comma, and a verb follows it ("Harrison Ford at the controls" has none)."""
    lead = text[start : mention.start]
    if ":" in lead or (WORD.search(lead) and not lead.rstrip().endswith(",") and not lead.istitle()):
        return False
    following = WORD.search(text, mention.end)
    return following is not None and following.group().casefold() not in PREPOSITIONS


def _one_subject(people: list) -> int | None:
    """The person the first mention of a sentence names as its subject, when no one else is named."""
    if people[0].kind != PERSON or not people[0].subject_like or people[0].possessive:
        return None
    if any(m.kind == AMBIGUOUS or (m.kind == PERSON and m.ids != people[0].ids) for m in people[1:]):
        return None
    return people[0].ids[0] if len(people[0].ids) == 1 else None


def named_next(raws_of: dict[int, list[Raw]], body: list[Paragraph], registry: Registry) -> None:
    """ "another senior economic adviser called the sale “…”. ¶ “…,” Andrei Illarionov - then
    economic adviser to the president - told a press conference.": a person introduced by an
    indefinite description, then named in the next paragraph as its one speaker, with the
    description's last two words (its role) right after the name, is that person."""
    for paragraph, after in pairwise(body):
        following = {(r.speaker, r.source) for r in raws_of[after.number]}
        if len(following) != 1:
            continue
        speaker, source = following.pop()
        if speaker is None and (source is None or source[1] != PERSON_KIND):
            continue
        for raw in raws_of[paragraph.number]:
            words = raw.source[0].casefold().split() if raw.source and raw.source[1] == UNNAMED else []
            if raw.speaker is None and len(words) >= 3 and words[0] in INDEFINITE:
                if " ".join(words) not in paragraph.text.casefold():
                    continue  # "said the Democratic strategist": one brought in paragraphs before
                role = " ".join(words[-2:])
                if _described_after_name(after, registry, speaker, source, role):
                    raw.speaker, raw.source = speaker, source


def _described_after_name(
    paragraph: Paragraph, registry: Registry, person: int | None, source: tuple[str, str] | None, role: str
) -> bool:
    """True when `role` follows the person's name in `paragraph` within a short apposition: a
    mention of the registered person, else the name the person source gives."""
    text = paragraph.text
    if person is not None:
        ends = [m.end for m in registry.mentions.get(paragraph.number, ()) if m.ids == (person,)]
    else:
        at = text.find(source[0])
        ends = [at + len(source[0])] if at >= 0 else []
    folded = text.casefold()
    return any(role in folded[end : end + _NAMED_ROLE_REACH] for end in ends)


_NAMED_ROLE_REACH = 30  # characters: " - then economic adviser to", ", a senior economic adviser,"


def _speaks(raws: list[Raw]) -> bool:
    return any(r.speaker is not None or r.source is not None for r in raws)


def _names_as_anothers(raws: list[Raw], surname: str) -> bool:
    """Whether the quotations name the surname's owner as another's would ("Byler's piece")."""
    pattern = re.compile(rf"\b{re.escape(surname)}['’]s\b")
    return any(pattern.search(raw.paragraph.text, raw.span.start, raw.span.end) for raw in raws)


def _speaker_past_aside(
    quoted: list[Raw], aside: Paragraph, raws_of: dict[int, list[Raw]], registry: Registry
) -> int | None:
    """ "“…,” Miller said into the phone. ¶ She pauses. ¶ “Well, thank you so much.”": a short paragraph
    of one sentence whose one person is a he or she of the speaker's gender, opening it, between one
    person's quotations and a lone quotation, is an aside about that speaker, who goes on."""
    speakers = {r.speaker for r in quoted}
    if not quoted or len(speakers) != 1 or any(r.source is not None for r in quoted) or raws_of[aside.number]:
        return None
    speaker = next(iter(speakers))
    gender = registry.person(speaker).gender if speaker is not None else None
    if gender is None or len(aside.sentences) != 1 or len(aside.text.split()) > _ASIDE_WORDS:
        return None
    mentions = sorted(registry.mentions.get(aside.number, ()), key=attrgetter("start"))
    if not mentions or any(m.kind != PRONOUN for m in mentions):
        return None
    first = mentions[0]
    opens = not aside.text[: first.start].strip()
    return speaker if opens and first.subject_like and first.gender == gender else None


_ASIDE_WORDS = 12  # "She pauses.", "He shook his head and looked at the floor."


def _subject_above(
    raws: list[Raw], paragraph: Paragraph, registry: Registry, following: list[Raw]
) -> int | None:
    """The one person the paragraph above a lone quotation is about: a writer's paragraph's one
    subject, or, where the paragraph quotes someone, that one speaker when it is also the one person
    it names as a subject ("“We sat quietly,” Khan said. The neighbours' children would come up to
    him. ¶ “They would ask me ...”" goes on in Khan's voice); never when it quotes two people, an
    organisation or an unnamed source."""
    if not _speaks(raws):
        return _one_person_named(paragraph, registry)
    if any(r.source is not None for r in raws) or len({r.speaker for r in raws}) != 1:
        return None
    spans = [(r.span.start, r.span.end) for r in raws]
    person = _one_person_named(paragraph, registry, spans)
    if person is None or person != raws[0].speaker:
        return None
    if _names_as_anothers(following, registry.person(person).surname):
        return None  # "“One of the shortcomings of Byler's otherwise excellent piece ...”"
    # "“…,” Mayor Tom Reyes said. She then had a question for the crowd.": a he or she of the other
    # gender (or any, for a speaker of no known gender) is someone else the writer turns to.
    gender = registry.person(person).gender
    for mention in registry.mentions.get(paragraph.number, ()):
        quoted = any(start <= mention.start < end for start, end in spans)
        if mention.kind == PRONOUN and not quoted and mention.gender is not None and mention.gender != gender:
            return None
    return person


def _one_person_named(
    paragraph: Paragraph, registry: Registry, quoted: Sequence[tuple[int, int]] = ()
) -> int | None:
    """The one person a paragraph names standing as its subject (pronouns aside); None when another
    stands as a subject too or is introduced there by full name ("Tompkins sat beside Ada Holt, a
    nurse"), for a name that could be several, or for someone only acted on ("the party issued a
    statement apologizing to Pike ¶ “…”" is the party's statement). Another person named in
    passing by surname ("upbeat about Holt’s chances", "calls Holt a sociopath") is what the
    subject talks about, not a rival speaker; nor is anyone named inside the `quoted` spans, the
    words of the one the paragraph quotes."""
    subjects, others = set(), set()
    for mention in registry.mentions.get(paragraph.number, ()):
        if any(start <= mention.start < end for start, end in quoted):
            continue
        if mention.kind == AMBIGUOUS:
            return None
        if mention.kind != PERSON:
            continue
        if mention.subject_like and not mention.possessive:
            subjects.update(mention.ids)
        elif mention.full:
            others.update(mention.ids)
    if len(subjects) != 1 or others - subjects:
        return None
    return next(iter(subjects))


def _signer(paragraph: Paragraph, registry: Registry) -> int | None:
    """The one person a paragraph like "- Tom Reyes." or "—Sen. Ada Holt, in a tweet." names
    right after its opening dash, before any comma: a signature, not a sentence. A pull-quote's
    signature may have no dash ("Josh Bevan, Harbor Policy Institute."): then it is the name and
    at most one short affiliation after a comma, nothing a sentence could go on with."""
    dash = _SIGNATURE_DASH.match(paragraph.text)
    opens = dash.end() if dash is not None else len(paragraph.text) - len(paragraph.text.lstrip())
    mentions = sorted(registry.mentions.get(paragraph.number, ()), key=attrgetter("start"))
    first = next((m for m in mentions if m.start >= opens), None)
    if first is None or first.kind != PERSON or len(first.ids) != 1:
        return None
    title = paragraph.text[opens : first.start].split()
    if not _signature_title(title):
        return None  # "- Pollster Ada Holt" signs; "- a memo from Holt" does not
    tail = paragraph.text[first.end :].strip()
    if dash is None:
        return first.ids[0] if _affiliation_line(tail) else None
    # "-- Ivo Brask on “Harbor Talk.”", "-- Councilwoman Marta Velling at a harbor forum ...": where
    where = tail.split(" ", 1)[0] in _WHERE_SIGNED
    return first.ids[0] if not tail or tail[0] in ",.(" or where else None


def _signature_title(words: list[str]) -> bool:
    """A title before a signature's name: a few capitalised words ("Former Gov."), or a role ending
    in its noun ("Likely Unity Party nominee", "Soon-to-be Republican presidential nominee")."""
    if len(words) <= _SIGNATURE_TITLE_WORDS and all(w[:1].isupper() for w in words):
        return True
    if not words or len(words) > _SIGNATURE_ROLE_WORDS or not lx.is_role_head(words[-1].casefold()):
        return False
    # "Soon-to-be Republican presidential nominee": describing words, no article or preposition
    return all(w[:1].isupper() or (w.isalpha() and w not in _NOT_DESCRIBING) for w in words[:-1])


def _affiliation_line(tail: str) -> bool:
    """ "", ".", ", Economic Policy Institute." or ", deputy harbor director.": what may follow the
    name in an undashed signature (the closing mark a block's export puts at its end aside)."""
    tail = tail.rstrip(_CLOSING_MARKS).rstrip(".").strip()
    if not tail:
        return True
    words = tail[1:].split()
    return tail[0] == "," and 0 < len(words) <= _SIGNATURE_TAIL_WORDS and not _GOES_ON.search(tail, 1)


_SIGNATURE_DASH = re.compile(r"\s*(?:--?|–|—)\s*(?=[A-Z])")
_WHERE_SIGNED = frozenset(("on", "at", "in", "during", "to", "speaking", "answering", "responding"))
_SIGNATURE_TAIL_WORDS = 6  # "Center for Economic and Policy Research"
_GOES_ON = re.compile(r"[,;:!?]|\.\s")  # a second clause or sentence ("U.S." is neither)
_CLOSING_MARKS = "”\"’'"
_SIGNATURE_TITLE_WORDS = 3  # "Former Gov." / "President": title words between the dash and the name
_SIGNATURE_ROLE_WORDS = 5  # "Likely Unity Party nominee"
_NOT_DESCRIBING = ARTICLES | PREPOSITIONS
