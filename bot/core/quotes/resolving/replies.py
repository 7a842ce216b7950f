"""Who replies: the one the sentence before says was asked ("Reyes was asked by Dorn whether ...",
"Dorn asked Reyes whether ..."), never the one who asked or questioned, whoever else it names.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from bot.core.quotes.function_words import REPLYING_VERBS, TOLD
from bot.core.quotes.people import PERSON, PRONOUN, Mention
from bot.core.quotes.resolving.shared import first_item, mention_start, token_start

# Verbs of asking or challenging someone, whose object (or passive subject) is the one who replies.
QUESTIONING_VERBS = frozenset(
    "asked asks questioned questions pressed presses challenged challenges quizzed quizzes queried "
    "queries".split()
)
_PASSIVE_AUXILIARIES = frozenset("was were is are been being".split())
_SENTENCES_BACK = 2  # the sentence before, or the one before that ("... asked Reyes ... . Reyes paused.")


class ReplyMixin:
    """Whom a he or she who replies means."""

    def questioned_before(self, pronoun: Mention) -> tuple[int | None, int | None]:
        """(the one asked, the one asking) in the latest sentence before `pronoun` holding a verb of
        asking: "Reyes was asked by Dorn" and "Dorn asked Reyes" are (Reyes, Dorn); "Dorn questioned
        that figure" is (None, Dorn). (None, None) when no such sentence is near."""
        # "When Dorn asked Reyes if ..., she replied": the pronoun's own sentence before it comes first.
        own = (pronoun.paragraph, (self.sentence_of(pronoun)[0], pronoun.start))
        before = self.sentences_before(pronoun.paragraph, pronoun.start, _SENTENCES_BACK)
        for number, (start, end) in [own, *before]:
            tokens = self.registry.tokens.get(number, [])
            first = bisect_left(tokens, start, key=lambda t: t.start)
            for at in range(first, len(tokens)):
                token = tokens[at]
                if token.start >= end:
                    break
                if self._quoted_at(number, token.start):
                    continue
                if token.low in QUESTIONING_VERBS and not _requesting(tokens, at):
                    return self._asked_and_asker(number, tokens, at, start, end)
                if token.low in TOLD and self._quotation_before(number, start, token.start):
                    told, teller = self._asked_and_asker(number, tokens, at, start, end)
                    if told is not None:
                        return told, teller  # "“…,” the protester tells Varga": Varga answers
        return None, None

    def _quotation_before(self, number: int, start: int, at: int) -> bool:
        """A quotation between `start` and `at` of paragraph `number`: "“…,” the protester tells
        Varga" attributes it; "Wolff told Guthrie he had notes" only reports."""
        return any(start <= begin and end <= at for begin, end in self.quote_ranges.get(number, []))

    def replier_after(self, asker: Mention, asker_id: int, pronoun: Mention) -> int | None:
        """The one `asker` asked, when a he or she of `pronoun`'s gender replies to them between the
        two: "When Quill asked Alvarez if ..., she replied, “…” ¶ … “…,” she said": the latest subject
        is the replying "she", who means Alvarez, not Quill, the latest subject named. Read from the
        text, not from whom a pass quoted last (which a later pass sees stale)."""
        for number, (start, end) in self._sentences_from(asker):
            mentions = self.registry.mentions.get(number, ())
            for mention in mentions[bisect_left(mentions, start, key=mention_start) :]:
                if mention.start >= end:
                    break
                if number == pronoun.paragraph and mention.start >= pronoun.start:
                    return None
                if mention.start < asker.end or not self._replies(mention, pronoun.gender):
                    continue
                asked, asking = self.questioned_before(mention)
                if asking == asker_id and asked is not None and self.gender_fits(asked, pronoun.gender):
                    return asked
        return None

    def _replies(self, mention: Mention, gender: str | None) -> bool:
        """ "she replied": a he or she of `gender`, outside quotation marks, subject of a verb of replying."""
        pronoun = mention.kind == PRONOUN and mention.gender == gender
        if not pronoun or mention.possessive or not mention.subject_like:
            return False
        tokens = self.registry.tokens.get(mention.paragraph, [])
        at = bisect_left(tokens, mention.end, key=token_start)
        return at < len(tokens) and tokens[at].low in REPLYING_VERBS and not self.quoted(mention)

    def _sentences_from(self, mention: Mention):
        """The mention's sentence and the next ones within reach of a reply's look back, across
        paragraph breaks: (paragraph, (start, end)) each."""
        number = mention.paragraph
        bounds = self.sentence_bounds.get(number, ())
        at = bisect_right(bounds, mention.start, key=first_item) - 1
        if at < 0 or not bounds[at][0] <= mention.start < bounds[at][1]:
            return
        position = self.position.get(number)
        for _ in range(_SENTENCES_BACK + 1):
            while at >= len(bounds):
                if position is None or position + 1 >= len(self.body_order):
                    return
                position += 1
                number = self.body_order[position]
                bounds, at = self.sentence_bounds.get(number, ()), 0
            yield number, bounds[at]
            at += 1

    def _asked_and_asker(self, number: int, tokens: list, verb: int, start: int, end: int):
        people = [
            m
            for m in self.registry.mentions.get(number, ())
            if start <= m.start < end and m.kind == PERSON and not self._quoted_at(number, m.start)
        ]
        before = [m for m in people if m.end <= tokens[verb].start]
        after = people[bisect_left(people, tokens[verb].end, key=mention_start) :]
        passive = verb > 0 and tokens[verb - 1].low in _PASSIVE_AUXILIARIES
        if passive:
            # "Reyes was asked by Dorn whether ...": the subject was asked; "by" names the asker.
            asker = after[0] if after and self._by_before(tokens, verb, after[0]) else None
            return (before[0].ids[0] if before else None), (asker.ids[0] if asker else None)
        subject = before[-1].ids[0] if before else None
        obj = after[0] if after and self._right_after(tokens, verb, after[0]) else None
        return (obj.ids[0] if obj else None), subject

    @staticmethod
    def _right_after(tokens: list, verb: int, mention: Mention) -> bool:
        """ "asked Reyes", "asked Mr. Reyes": the mention is the verb's object; not "asked her if Reyes",
        whose object is the pronoun (the slack after the next word is for a title's full stop)."""
        if verb + 1 >= len(tokens):
            return False
        following = tokens[verb + 1]
        slack = 4 if following.cap else 0
        return following.start <= mention.start <= following.end + slack

    @staticmethod
    def _by_before(tokens: list, verb: int, mention: Mention) -> bool:
        """ "was asked by Dorn": the agent after "by" right after the verb."""
        by = verb + 1 < len(tokens) and tokens[verb + 1].low == "by"
        return by and verb + 2 < len(tokens) and tokens[verb + 2].start <= mention.start

    def _quoted_at(self, number: int, offset: int) -> bool:
        return self.quoted(Mention(number, offset, offset, PERSON, ()))


def _requesting(tokens: list, at: int) -> bool:
    """ "Greer kept asking for the feed to be switched off": asking for something, a request of no
    one in particular, no question a reply answers ("When asked for his view" still asks)."""
    requested = at + 1 < len(tokens) and tokens[at + 1].low == "for"
    return requested and (at == 0 or tokens[at - 1].low not in _ASKED_OPENERS)


_ASKED_OPENERS = frozenset(("when", "was", "were", "being", "been", "after", "if"))
