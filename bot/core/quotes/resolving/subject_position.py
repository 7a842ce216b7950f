"""Whether a name before a pronoun stands as a subject or a speaker: not after a preposition of
topic or a clause opener; yes after "according to", "To X,", as a dash aside, before a finite verb.
"""

from __future__ import annotations

from bisect import bisect_left

from bot.core.language import lexicon as lx
from bot.core.language.tokens import Token
from bot.core.quotes.attribution import quote_at
from bot.core.quotes.function_words import (
    ARTICLES,
    AUTHOR_LINKS,
    CLAUSE_BREAKS,
    PARTICIPLE_MIN_CHARS,
    PERSONAL_POSSESSIVES,
    POSSESSIVE_GENDERS,
    PREPOSITIONS,
    TOLD,
)
from bot.core.quotes.marks import CLOSING_MARKS, DASH_TOKENS
from bot.core.quotes.people import AMBIGUOUS, PERSON, PRONOUN, Mention
from bot.core.quotes.resolving.shared import (
    ROLE_MODIFIERS_MAX,
    SENTENCE_CONJUNCTIONS,
    SUBORDINATORS,
    affiliation_follows,
    before_honorific,
    finite,
    mention_start,
    token_start,
)
from bot.core.quotes.subjects.before_skips import plain_adverb


def _past_aside(tokens: list[Token], at: int) -> int:
    """The token after an aside that opens at `at` and closes with the same mark ("-- head of the
    fleet --", ", 54,"), `at` itself when none opens there, the end when it never closes."""
    if at >= len(tokens) or tokens[at].text not in _ASIDE_MARKS:
        return at
    mark = tokens[at].text
    inside = at
    while inside < len(tokens) and tokens[inside].text == mark:
        inside += 1  # "--" is two dashes
    for index in range(inside, min(len(tokens), inside + _ASIDE_TOKENS)):
        if tokens[index].text == mark:
            while index < len(tokens) and tokens[index].text == mark:
                index += 1
            return index
    return len(tokens)


# Words that open a clause ("after Bush dropped out") or a phrase ("after Bush, calling him ...").
_CLAUSE_OR_PHRASE = frozenset("after before since until".split())
_TOOK = frozenset(("took", "takes"))  # "It took Mr. Brenner a minute to ..."
_FOLLOWED = frozenset(("followed", "follows"))  # "comments followed Sen. X, ..., telling"
# "a statement by X", "a new round of posts by Governor X", "according to research from X"
_STATEMENT_NOUNS = frozenset(
    "statement statements letter letters email emails memo op-ed post posts tweet tweets research".split()
)
_ASIDE_MARKS = DASH_TOKENS | {","}  # what sets off an aside after a name, closed by the same mark
_ASIDE_TOKENS = 12  # "-- head of the coastal fleet --"
_LIST_WORDS = frozenset(("and", "or", ","))  # between the names of a list
# Prepositions whose object is talked of ("between Holt and Pike", "about Holt").
_TOPIC_PREPOSITIONS = frozenset("about against between among than toward towards".split())
# Participles of turning to a topic that open a sentence ("Turning to", "Referring to", "Returning to").
_TURNING = frozenset("turning referring returning pointing responding".split())
# "To Wilson, ...", "For Florida consultant Ray Wilson, ...": a view given as that person's.
_VIEWPOINT_PREPOSITIONS = frozenset(("to", "for"))
_SUBJECT_PRONOUNS = frozenset(("he", "she"))
_VIEWPOINT_WORDS = 3  # the preposition, then a title or role of up to two words before the name
_RELATIVE_REACH_TOKENS = 20  # "X of California, the ranking Democrat on the committee, who said"


# "in his eyes", "in her view", "to his mind": a view its his or her gives as that person's.
_VIEW_PREPOSITIONS = frozenset(("in", "to"))
_VIEW_NOUNS = frozenset("eyes view opinion estimation mind".split())
_VIEW_REACH_TOKENS = 3  # "Halvorsen is not, in his eyes,": the verb and a negation before the view


def _owned_view(tokens: list[Token], comma: int) -> str | None:
    """The gender of the his or her of a view set off by commas from the comma at `comma` (", in his
    eyes,"); None when no such view opens there."""
    if comma + 4 >= len(tokens):
        return None
    opening, preposition, owner, noun, closing = tokens[comma : comma + 5]
    if opening.text != "," or closing.text != ",":
        return None
    if preposition.low not in _VIEW_PREPOSITIONS or noun.low not in _VIEW_NOUNS:
        return None
    return POSSESSIVE_GENDERS.get(owner.low)


def _honorific_stop(tokens: list[Token], at: int) -> bool:
    """Whether the token at `at` is the full stop of an abbreviated honorific: "Rep." in "such as
    Rep. Odette Marchbanks"."""
    return at >= 1 and tokens[at].text == "." and tokens[at - 1].low in lx.HONORIFICS


def _past_owned_role(tokens: list[Token], at: int) -> int:
    """ "according to his uncle, Sam Reyes,": back from the comma at `at` over a relative or role a
    his, her or name owns, to the token before it; `at` when there is none. The named relative is
    the source, never the owner ("Bell was 12 then, according to his uncle, Sam Reyes. “…,” he said")."""
    if at < 2 or tokens[at].text != ",":
        return at
    index = at - 1
    if not (tokens[index].low in lx.KIN_NOUNS or lx.is_role_head(tokens[index].low)):
        return at
    index -= 1
    while index >= 0 and at - index <= _POSSESSED_ROLE_WORDS and tokens[index].is_word:
        if tokens[index].low in PERSONAL_POSSESSIVES:
            return index - 1
        index -= 1
    return at


def _apposed_to_possessed_role(tokens: list[Token], at: int, after: int) -> bool:
    """ "his wife, Jane, offered": a name in commas right after a role that a his or her owns
    ("his wife", "her longtime aide"), with more words after the closing comma."""
    if after + 1 >= len(tokens) or tokens[after].text != "," or at < 3 or tokens[at - 1].text != ",":
        return False
    index = at - 2
    while index > at - 2 - _POSSESSED_ROLE_WORDS and index >= 0:
        token = tokens[index]
        if token.low in PERSONAL_POSSESSIVES:
            return index < at - 2
        if not token.is_word or token.cap:
            return False
        index -= 1
    return False


def _past_apposition(tokens: list[Token], after: int) -> int:
    """Past a short apposition opening with an article right after a name, up to the word after
    its closing comma ("Gerald Ruddock, a transport researcher at Westfield University, says"), when
    that word is a lower-case one; else `after` itself."""
    if after + 2 >= len(tokens) or tokens[after].text != "," or tokens[after + 1].low not in ARTICLES:
        return after
    for index in range(after + 2, min(len(tokens) - 1, after + 2 + _APPOSITION_WORDS)):
        if tokens[index].text == ",":
            return index + 1 if tokens[index + 1].is_word and not tokens[index + 1].cap else after
        if not tokens[index].is_word:
            return after
    return after


def _past_adverb(tokens: list[Token], after: int) -> int:
    """Past one adverb between a name and its verb ("Ivan Marsh perhaps had", "Holt flatly said")."""
    if after + 1 >= len(tokens) or not tokens[after].is_word or tokens[after].cap:
        return after
    low = tokens[after].low
    adverb = plain_adverb(low) or low in _HEDGES
    return after + 1 if adverb else after


# Adverbs of doubt or certainty a verb may follow: "Marsh perhaps had", "Holt never said".
_HEDGES = frozenset("perhaps probably certainly surely never".split())
_APPOSITION_WORDS = 10  # "a transport researcher at the Westfield University business school"
# "his wife", "her longtime campaign aide": the words a possessed role may take.
_POSSESSED_ROLE_WORDS = 3


def _definite_noun_ends(tokens: list[Token], at: int) -> bool:
    """Whether a lower-case noun phrase opened by "the" ends at `at` ("the third panelist")."""
    for index in range(at, max(-1, at - ROLE_MODIFIERS_MAX - 1), -1):
        token = tokens[index]
        if token.low == "the":
            return index < at
        if not token.is_word or token.cap:
            return False
    return False


# Verbs of saying a columnist's or expert's name follows at a clause's end (", argues pollster Ivo
# Petrak in the Herald"), beside the plainest ones.
# Where the inverted teller said it ("argues pollster Ivo Petrak in the Herald"): no clause the name opens.
_WHERE_SAID = frozenset(("in", "on"))
# Never "told" or "tells": "Rep. Ransom, a Dellport Republican, told Mrs. Vale, “…”" tells to the one named.
_INVERTED_VERBS = (lx.CORE_SPEECH_VERBS - lx.LISTENER_VERBS) | frozenset(
    "argues argued writes wrote notes noted explains explained contends contended warns warned "
    "insists insisted observes observed".split()
)


class SubjectPositionMixin:
    """Whether a name stands as a subject or speaker."""

    def talked_of(self, mention: Mention) -> bool:
        """ "Choosing between Holt and Pike is a “…,” she said": a name after a preposition of
        topic or comparison (or joined to one) is talked of, not the one named to speak."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = self.token_at(mention)
        while at > 1 and tokens[at - 1].low in ("and", "or") and tokens[at - 2].cap:
            at -= 2  # "between Holt and Pike": back to the first of the pair
            while at > 0 and tokens[at - 1].cap and tokens[at - 1].is_word:
                at -= 1
        if at > 0 and tokens[at - 1].low in _TOPIC_PREPOSITIONS:
            return True
        return self._inside_opening_participle(mention, tokens, at)

    def _inside_opening_participle(self, mention: Mention, tokens: list[Token], at: int) -> bool:
        """ "Turning first to Tate’s handling of the fund, he said": a name inside a participle's phrase
        opening the sentence, before its comma, is what the phrase is about, never its subject."""
        start, _ = self.sentence_of(mention)
        first = bisect_left(tokens, start, key=token_start)
        if first >= at or not tokens[first].cap or not tokens[first].low.endswith("ing"):
            return False
        if tokens[first].low not in lx.PARTICIPLES and tokens[first].low not in _TURNING:
            return False
        return all(t.low != "," for t in tokens[first:at])

    def seen_by_another(self, mention: Mention) -> bool:
        """ "Mr. Ortega ... says that he does believe ... But Mr. Halvorsen is not, in his eyes, one of
        the problems": a name whose clause goes on with a view set off as a his or her's is talked of
        in the view of one the paragraph named as a subject before, no subject a he or she goes on
        from."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        start, end = self.sentence_of(mention)
        after = bisect_left(tokens, mention.end, key=token_start)
        gender = None
        for comma in range(after, min(len(tokens), after + _VIEW_REACH_TOKENS + 1)):
            if tokens[comma].start >= end:
                break
            gender = _owned_view(tokens, comma)
            if gender is not None:
                break
        if gender is None:
            return False
        for earlier in self.registry.mentions.get(mention.paragraph, ()):
            if earlier.start >= start:
                break
            if (
                earlier.kind != PERSON
                or earlier.possessive
                or not earlier.subject_like
                or self.quoted(earlier)
            ):
                continue
            if earlier.ids != mention.ids and self.gender_fits(earlier.ids[0], gender):
                return True  # the view's owner, who goes on as the paragraph's subject
        return False

    def object_of_preposition(self, mention: Mention) -> bool:
        """ "Reyes went after Bush, calling him “a total stiff.”": after a word that opens a clause or
        a phrase (after, before, since, until), a name with no verb after it is that phrase's object."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = self.token_at(mention)
        if at == 0 or tokens[at - 1].low not in _CLAUSE_OR_PHRASE:
            return False
        after = bisect_left(tokens, mention.end, key=token_start)
        if after >= len(tokens) or not tokens[after].is_word:
            return True
        low = tokens[after].low
        verb = finite(low) or low in lx.SPEECH_VERBS or low in lx.ADVERBS
        return not verb

    def absolute_subject(self, mention: Mention) -> bool:
        """ "..., with Adm. Grant Holloway -- head of the coastal fleet -- expressing his condolences":
        the name after "with" that a participle follows, past an aside, is that participle's subject."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        if before < 0 or tokens[before].low != "with" or mention.possessive:
            return False
        return self._participle_past_aside(mention)

    def _participle_past_aside(self, mention: Mention) -> bool:
        """Whether a lower-case participle follows the name, past an aside set off after it."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = _past_aside(tokens, bisect_left(tokens, mention.end, key=token_start))
        if at >= len(tokens) or not tokens[at].is_word or tokens[at].cap:
            return False
        low = tokens[at].low
        return low.endswith("ing") and len(low) > PARTICIPLE_MIN_CHARS and low not in PREPOSITIONS

    def given_as_example(self, mention: Mention) -> bool:
        """ "an alternative to progressives such as Brandt and Warrick": a name in the list after
        "such as" (past other names and their titles, "such as Rep. Odette Marchbanks") is an
        example given, no subject."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        back = self.token_at(mention) - 1
        while back >= 1 and (
            tokens[back].low in _LIST_WORDS or tokens[back].cap or _honorific_stop(tokens, back)
        ):
            back -= 1
        return back >= 1 and tokens[back].low == "as" and tokens[back - 1].low == "such"

    def says_in_relative(self, mention: Mention) -> bool:
        """ "... was supported by Sen. Ada Holt of Oregon, the ranking Democrat, who said none of ...":
        a person whose relative clause opens with a verb of saying is a speaker, though no subject."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        _, end = self.sentence_of(mention)
        index = bisect_left(tokens, mention.end, key=token_start)
        limit = min(len(tokens), index + _RELATIVE_REACH_TOKENS)
        while index < limit and tokens[index].start < end and tokens[index].low != "who":
            index += 1
        if index >= limit or tokens[index].start >= end or tokens[index - 1].text != ",":
            return False
        index += 1
        while index < len(tokens) and tokens[index].low in lx.ADVERBS:
            index += 1
        if index >= len(tokens):
            return False
        if tokens[index].low in lx.CORE_SPEECH_VERBS:
            return True
        # "including Sen. Dick Durbin, who called on the FBI to “complete ...”": a clause of his that
        # quotes him makes him a speaker too.
        return finite(tokens[index].low) and self._quotes_in_clause(mention.paragraph, tokens, index, end)

    def _quotes_in_clause(self, paragraph: int, tokens: list[Token], verb: int, end: int) -> bool:
        """Whether a quotation opens after the verb at `verb` before its clause ends (at a comma, a
        colon or the sentence end `end`)."""
        quoted = self.quote_ranges.get(paragraph, [])
        for token in tokens[verb + 1 :]:
            if token.start >= end or token.text in CLAUSE_BREAKS:
                return False
            if quote_at(quoted, token.start) is not None:
                return True
        return False

    def according_to(self, mention: Mention, relative: bool = False) -> bool:
        """ "Such cases are hard to bring, according to Mark Dale, a law professor. “…,” he said": the
        person named as the source of a statement speaks, as "said Mark Dale" would; `relative`: only
        one named after a relative or role someone owns ("according to his uncle, Sam Reyes,")."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        titles = 0  # "according to Agriculture Secretary Tom Bradley": capitalised title words first
        while before > 0 and tokens[before].is_word and tokens[before].cap and titles < ROLE_MODIFIERS_MAX:
            before -= 1
            titles += 1
        owned = _past_owned_role(tokens, before)
        if relative and owned == before:
            return False
        before = owned
        if before < 1 or tokens[before].low != "to" or tokens[before - 1].low != "according":
            return False
        # "“…,” his daughter said, according to Dorn": one who passes on another's quoted words is
        # not thereby the next speaker.
        start, _ = self.sentence_of(mention)
        return not any(start <= q[0] < mention.start for q in self.quote_ranges.get(mention.paragraph, []))

    def followed_doing(self, mention: Mention) -> bool:
        """ "Rooney's comments followed Georgia Sen. Saxby Chambliss, the top Republican on the
        committee, telling NBC ...": the person after "followed" whose participle comes after their
        aside is that participle's subject."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = self.token_at(mention) - 1
        while before > 0 and (tokens[before].cap or tokens[before].text == "."):
            before -= 1  # "followed Georgia Sen.": a place and a title
        return before >= 0 and tokens[before].low in _FOLLOWED and self._participle_past_aside(mention)

    def taken_to_do(self, mention: Mention) -> bool:
        """ "It took Mr. Brenner, the nominee for Mr. Pickett's seat, less than a minute to bring it
        up": the person after an opening "It took" is the one who does what it took."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        start, _ = self.sentence_of(mention)
        opens = before >= 1 and tokens[before - 1].start == start and tokens[before - 1].low == "it"
        return opens and tokens[before].low in _TOOK

    def statement_writer(self, mention: Mention) -> bool:
        """ "..., in a statement by Greta Lund, a campaign spokeswoman. She continued, “…”", "according
        to research from Louis Brandt ... ¶ “…,” he says": the person a statement, a post or research
        is by or from speaks, as "said Greta Lund" would."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        writer = before >= 1 and tokens[before].low in AUTHOR_LINKS
        return writer and tokens[before - 1].low in _STATEMENT_NOUNS

    def said_inverted(self, mention: Mention) -> bool:
        """ "Hale is a populist in the mold of the Grange leaders, says Professor Ellery of Tarn
        College. ¶ ... “…,” he says": a person named right after a verb of saying that closes a clause
        after its comma (past their title or role words) is the sentence's subject, not the
        reported clause's own subject before it."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        after = bisect_left(tokens, mention.end, key=token_start)
        opens = after < len(tokens) and tokens[after].is_word and tokens[after].low not in _WHERE_SAID
        if opens and not affiliation_follows(tokens, after):
            return False  # "..., added that a Trump loss would ...": a clause the name opens
        before = before_honorific(tokens, self.token_at(mention))
        words = 0  # "says history professor Amos Ellery": title or role words first
        while before > 0 and _title_or_role(tokens[before]) and words < ROLE_MODIFIERS_MAX:
            before -= 1
            words += 1
        return before >= 1 and tokens[before].low in _INVERTED_VERBS and tokens[before - 1].text == ","

    def answered_from(self, mention: Mention) -> bool:
        """ "Tolliver's attack drew a quick retort from assembly leader Nora Vance. ¶ “…,” the Harlow
        Democrat said": the person a retort, response or rebuke comes from is the next speaker, as
        "according to X" makes one."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        titles = 0  # "from assembly leader Nora Vance": role words first
        while (
            before > 0
            and tokens[before].is_word
            and tokens[before].low != "from"
            and titles < ROLE_MODIFIERS_MAX
        ):
            before -= 1
            titles += 1
        if before < 1 or tokens[before].low != "from":
            return False
        noun = tokens[before - 1].low
        return noun in _ANSWERS or noun.removesuffix("s") in _ANSWERS

    def viewpoint(self, mention: Mention) -> bool:
        """ "To Florida consultant Wilson, the party line is just plain silly. ¶ “…,” he said": the
        person a sentence opens with to or for, a comma closing that phrase, is whose view it gives,
        and whom a he or she after it means, as its subject would be."""
        following = self._after_fronted_phrase(mention)
        return following is not None and following.low not in _SUBJECT_PRONOUNS

    def addressed(self, mention: Mention) -> bool:
        """ "To Dan Mercer of Channel 5, he called her “…”": a he or she right after the phrase is the
        clause's subject, and the one named is whom they spoke to, no subject of theirs."""
        following = self._after_fronted_phrase(mention)
        return following is not None and following.low in _SUBJECT_PRONOUNS

    def told_to(self, mention: Mention) -> bool:
        """ "“…,” the man tells Reyner.": the one a verb of telling names right after it (past a
        title), after the words told, is whom they were told to, never a he or she who goes on
        speaking (one asked may answer: "when I asked Sanders ..., he said")."""
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = before_honorific(tokens, self.token_at(mention))
        if before < 0 or tokens[before].low not in TOLD:
            return False
        first = bisect_left(tokens, self.sentence_of(mention)[0], key=token_start)
        return any(token.text in CLOSING_MARKS for token in tokens[first:before])

    def _after_fronted_phrase(self, mention: Mention) -> Token | None:
        """The token after the comma closing a phrase the sentence opens with to or for and the
        mention (a title or role of up to two words before it); None when it is no such phrase."""
        if mention.possessive:
            return None
        tokens = self.registry.tokens.get(mention.paragraph, [])
        start, end = self.sentence_of(mention)
        first = bisect_left(tokens, start, key=token_start)
        if first < len(tokens) and tokens[first].low in SENTENCE_CONJUNCTIONS:
            first += 1  # "And for Perez and the others ..., that means"
        at = self.token_at(mention)
        if not 0 < at - first <= _VIEWPOINT_WORDS or tokens[first].low not in _VIEWPOINT_PREPOSITIONS:
            return None
        if any(not t.is_word for t in tokens[first + 1 : at]):
            return None
        for index in range(bisect_left(tokens, mention.end, key=token_start), len(tokens) - 1):
            if tokens[index].start >= end:
                return None
            if tokens[index].text == ",":
                return tokens[index + 1]
        return None

    def dashed_after_role(self, mention: Mention) -> bool:
        """ "the third panelist -- Hill -- quickly jumped in. “…,” he said": a name set off by dashes
        right after a definite description of a person, before the verb, is the subject it names."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        before = self.token_at(mention) - 1
        after = bisect_left(tokens, mention.end, key=token_start)
        if before < 1 or after >= len(tokens) or tokens[before].text not in DASH_TOKENS:
            return False
        while before > 0 and tokens[before].text in DASH_TOKENS:
            before -= 1
        if tokens[after].text not in DASH_TOKENS or not _definite_noun_ends(tokens, before):
            return False
        while after < len(tokens) and (tokens[after].text in DASH_TOKENS or tokens[after].low in lx.ADVERBS):
            after += 1
        return after < len(tokens) and (finite(tokens[after].low) or tokens[after].low in lx.SPEECH_VERBS)

    def verb_follows(self, mention: Mention) -> bool:
        """ "the kind of campaign Ayres hoped to run", "even Dunn tried": a name right before a
        finite verb is its subject, though no clause opener comes before it; not after a preposition
        ("the rise of Tom Reyes has ...") nor a possessive."""
        if mention.possessive:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at, after = self.token_at(mention), bisect_left(tokens, mention.end, key=token_start)
        if after >= len(tokens) or (at > 0 and tokens[at - 1].low in PREPOSITIONS):
            return False
        if _apposed_to_possessed_role(tokens, at, after):
            after += 1  # "But his wife, Jane, offered a preview": the name in commas is the subject
        else:
            after = _past_apposition(tokens, after)  # "that Gerald Ruddock, a researcher, says"
        after = _past_adverb(tokens, after)  # "Falk's predecessor Ivan Marsh perhaps had"
        following = tokens[after]
        if not following.is_word or following.cap:
            return False
        low = following.low
        apposed = after > 0 and tokens[after - 1].text == ","
        if not (finite(low) or (apposed and low in lx.CORE_SPEECH_VERBS)):
            # "The Chronicle reported that her father, Michael Hale, said ...": a name in the commas
            # of its possessed role, its verb of saying after them, is the clause's subject too.
            return False
        # "Axton said it helped Holt, ... to the extent that Dunn did": a clause's subject
        # after the sentence's own subject is no subject of the sentence.
        start, _ = self.sentence_of(mention)
        mentions = self.registry.mentions.get(mention.paragraph, ())
        earlier = mentions[
            bisect_left(mentions, start, key=mention_start) : bisect_left(
                mentions, mention.start, key=mention_start
            )
        ]
        # "Shortly after Christie's comments were picked up, his spokesman, Kevin Roberts, issued":
        # a possessor names no subject of its own.
        if any(
            m.subject_like and not m.possessive and m.kind in (PERSON, AMBIGUOUS, PRONOUN) for m in earlier
        ):
            return False
        # "Mr Hart was asked why Mr Cole had been allowed to resign": a name opening a subordinate
        # clause after a person the sentence names first is that clause's subject, not the sentence's.
        opens_clause = tokens[before_honorific(tokens, at)].low in SUBORDINATORS if at else False
        return not (opens_clause and any(m.kind in (PERSON, AMBIGUOUS) and not m.possessive for m in earlier))


def _title_or_role(token: Token) -> bool:
    """A word of a title or role before a name: "Professor", "history professor"."""
    return token.is_word and (token.cap or lx.is_role_head(token.low) or lx.is_person_noun(token.low))


# Nouns for words answering someone, whose "from X" names the next speaker.
_ANSWERS = frozenset("retort rebuttal response reply rebuke riposte rejoinder pushback".split())
