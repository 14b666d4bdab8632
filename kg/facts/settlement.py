"""The two sides of a Chinese settlement when one of them is a list:

    谷歌、Character.AI与梅根·加西亚达成和解。
    谷歌和Character.AI已同佛州母亲梅根·加西亚就诉讼达成和解。
    谷歌、微软和OpenAI同意与作家们和解。

-> each name listed before the partner word (与, 同, 跟: context.tsv settlement_partner)
settled with each name right after it (Sides), but a list of pairs (环球音乐集团与Udio、华纳音乐集团与Suno
宣布和解) settles each pair alone, and the names listed together before it
are one side, never a settlement with each other (OneSide drops the settled fact the cue
family reads between them, where the other side is named or not).  A description of a few
characters may stand between the partner word and the first name after it (佛州母亲).
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact, Mention
from ..sentences import CLAUSE_MARK
from .base import SIGNATURES, ItemRefiner, Sentence, SentenceFamily, Shared, confidence, key
from .grammar import AND_ALSO, CHINESE_AND, ENUMERATION_COMMA, joiner, window

DESCRIPTION = window("settlement.DESCRIPTION")  # characters of a description between 与 and the first name (佛州母亲)
PARTIES = SIGNATURES["settled"][0]
LISTED = re.compile(rf"\s*{joiner(ENUMERATION_COMMA, *CHINESE_AND, AND_ALSO)}\s*")  # two names of one list


class Partnering:
    """The partner words of a span (与, 同, 跟: context.tsv settlement_partner), never inside a
    word that may stand between a side and its partner word (同意: settlement_adverb)."""

    def __init__(self, shared: Shared) -> None:
        self.partner = alternation(shared.words["settlement_partner"])
        self.adverb = alternation(shared.words["settlement_adverb"])
        self.adverbs = re.compile(rf"\s*(?:{self.adverb.pattern})*\s*")

    def partners(self, text: str, start: int, end: int, inside: frozenset[int] = frozenset()) -> list[re.Match]:
        """The partner words of text[start:end] outside ``inside`` and the adverbs, the last first."""
        inside = inside | {i for m in self.adverb.finditer(text, start, end) for i in range(m.start(), m.end())}
        return [m for m in reversed(list(self.partner.finditer(text, start, end))) if m.start() not in inside]


class Sides(SentenceFamily):
    detail = "sides"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.words = Partnering(shared)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, out = sentence.text, []
        for cue in sentence.cues(self.shared.find_cues):
            if cue.relation != "settled" or not self.chinese(text, cue.start):
                continue
            left, right = self.sides(sentence, cue.start) or ((), ())
            pairs = self.paired(text, [*left, *right]) or [(one, other) for one in left for other in right]
            out += [Fact(one, "settled", other, sentence.evidence, confidence(one, other, 0.8))
                    for one, other in pairs if key(one) != key(other)]
        return out

    def paired(self, text: str, names: list[Mention]) -> list[tuple[Mention, Mention]]:
        """A list of pairs each joined by a partner word (A与B、C与D: context.tsv settlement_partner),
        the pairs by a list word: each pair settled, no one with another pair (empty where the names
        are no such list)."""
        if len(names) < 4 or len(names) % 2:
            return []
        for at, (one, other) in enumerate(zip(names, names[1:])):
            gap = text[one.end:other.start]
            if not (self.words.partner.fullmatch(gap.strip()) if at % 2 == 0 else LISTED.fullmatch(gap)):
                return []
        return list(zip(names[::2], names[1::2]))

    @staticmethod
    def chinese(text: str, at: int) -> bool:
        return "\u4e00" <= text[at:at + 1] <= "\u9fff"

    def sides(self, sentence: Sentence, cue_start: int) -> tuple[list[Mention], list[Mention]] | None:
        """The names listed before the clause's partner word and those right after it, where
        the list before it holds two names or more (one name is the cue family's reading)."""
        text, grammar = sentence.text, self.shared.grammar
        marks = [m.end() for m in CLAUSE_MARK.finditer(text, sentence.start, cue_start)]
        clause_start = marks[-1] if marks else sentence.start
        named = [m for m in sentence.mentions if clause_start <= m.start and m.end <= cue_start]
        inside = frozenset(i for m in named for i in range(m.start, m.end))
        for found in self.words.partners(text, clause_start, cue_start, inside):
            left_end, marker = found.start(), found.end()
            before = [m for m in named if m.end <= left_end]
            left = grammar.group(text, before, PARTIES, from_right=True) if before else []
            if len(left) < 2 or not self.words.adverbs.fullmatch(text, max(m.end for m in left), left_end):
                continue
            after = [m for m in named if m.start >= marker]
            right = grammar.group(text, after, PARTIES, from_right=False) if after else []
            if right and right[0] is after[0] and len(text[marker:right[0].start].strip()) <= DESCRIPTION:
                return left, right
            return None
        return None


class OneSide(ItemRefiner):
    """A settled fact between two names listed together before the partner word of its
    sentence (A和B同意与X和解, A、B与C达成和解): the two are one side, no settlement between them."""
    detail = "one-side"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.words = Partnering(shared)
        self.settling = alternation(word for word in shared.kb.triggers["settled"] if not word.isascii())

    def refine(self, facts: list[Fact]) -> list[Fact]:
        return [fact for fact in facts if fact.relation != "settled" or not self.one_side(fact)]

    def one_side(self, fact: Fact) -> bool:
        first, second = sorted((fact.head, fact.tail), key=lambda m: m.start)
        sentence, offset = fact.evidence.sentence, fact.evidence.start
        if first.start < offset or second.end - offset > len(sentence):
            return False
        if LISTED.fullmatch(sentence, first.end - offset, second.start - offset):
            return self.before_partner(sentence, second.end - offset)
        # the pair read with a later telling of one of its names (A与B已与使用A产品的家庭达成和解: B and
        # the second A): the two listed together elsewhere in the sentence
        return any(self.before_partner(sentence, listed.end())
                   for one, other in ((first.text, second.text), (second.text, first.text))
                   for listed in re.finditer(rf"{re.escape(one)}{LISTED.pattern}{re.escape(other)}", sentence))

    def before_partner(self, sentence: str, end: int) -> bool:
        """Whether the clause after a list ending at ``end`` goes on to its partner word and then
        the settling word (A和B同意与X和解: the list is one side)."""
        clause = CLAUSE_MARK.split(sentence[end:], maxsplit=1)[0]
        settling = self.settling.search(clause)
        partners = self.words.partners(clause, 0, settling.start()) if settling else []
        return bool(partners) and self.words.adverbs.fullmatch(clause, 0, partners[-1].start()) is not None
