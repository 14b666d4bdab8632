"""Who invested in whom in a funding round, where the company raising the money is the
subject: Mistral AI完成6亿欧元融资，投资方包括英伟达、微软和软银 -> each investedIn
Mistral AI; 本轮由英伟达领投，微软跟投; 英伟达参与了Mistral AI的新一轮融资; and a
later sentence of the item naming the investors of that round (本轮融资由A领投).  The cue
family's reading of such a sentence (融资 with the raiser as head) is vetoed.  Words
from data/lexicon/context.tsv: funding_round (融资, 募资: the raiser before it),
investor_word (投资方, 领投, 参与: a clause that names investors), round_part (领投, 跟投: the
name before it is an investor, never the raiser), round_reference
(本轮: the round told of before), list_continuation (以及: a clause going on with the list),
received_from (获, 获得, 从: 智谱AI获得阿里巴巴投资, 百川智能从红杉中国获得新一轮融资 -> the name
after it invested in the name before it, not the other way round), called_off (正寻求, 有意参与,
告吹: a round sought, wished for or failed names no investor).
"""
from __future__ import annotations

import re

from ..alternation import alternation, alternatives
from ..model import Evidence, Fact, Mention, inside_any
from .base import SIGNATURES, Sentence, SentenceFamily, Shared, key


class Funding(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.rounds = alternation(shared.words["funding_round"])
        self.investor_words = alternation(shared.words["investor_word"])
        self.round_references = alternation(shared.words["round_reference"])
        self.reference_before = re.compile(rf"(?:{alternatives(shared.words['round_reference'])})\s*$")
        self.round_names = re.compile(rf"(?:{alternatives(shared.words['round_name'])})(?![a-z])")
        self.person_titles = shared.words["person_title"]
        self.unit_words = tuple(shared.words["unit_of"])
        self.list_continuations = tuple(shared.words["list_continuation"])
        self.grammar = shared.grammar
        self.called_off = alternation(shared.words["called_off"])
        # a name the round's leading or joining word (context.tsv round_part) follows is an investor, never the raiser
        # (Lakera完成由Atomico领投的A轮融资: Atomico led, Lakera raised)
        self.led_by = re.compile(rf"\s*(?:等)?(?:联合|共同)?(?:{alternatives(shared.words['round_part'])})")
        # a few words between the company and the word (上周, 宣布, 近日), no mark or list
        self.received = re.compile(rf"[^，,。；;：:、和与及]{{0,4}}?(?:{alternatives(shared.words['received_from'])})\s*")
        # after the investors, in the clause: a few words (的战略, 新一轮), then the investment or round word
        self.received_money = re.compile(rf"[^，,。；;：:]{{0,12}}?(?:{alternatives(shared.words['received_money'])})")

    def veto(self, text: str, start: int, end: int, relation: str, position: int) -> bool:
        """The cue family leaves investedIn to this family in a sentence about a round, told
        before the cue or in its clause (not 微软将向A投资1500万欧元，该笔投资将在A下一轮融资时
        转换为股权: a round only a later clause mentions)."""
        return relation == "investedIn" and \
            self.rounds.search(text, start, self.grammar.clause_end(text, position, end)) is not None

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions = sentence.text, sentence.mentions
        if self.called_off.search(text, sentence.start, sentence.end) is not None:
            return []  # 正寻求新一轮融资，A有意参与: no round was closed
        received = self.received_from(sentence)
        if received:
            return received
        found = self.round_word(text, sentence.start, sentence.end, mentions)
        raisers = self.raisers(found, mentions, text)
        if not raisers and self.round_references.search(text, sentence.start, sentence.end):
            raisers = self.earlier_raisers(sentence)  # 本轮融资由A领投: the round named before in the item
        if not raisers:
            return []
        investor_types, raiser_types = SIGNATURES["investedIn"]
        raiser = raisers[-1]  # the name nearest before 融资: Mistral AI完成…融资, 参与了Mistral AI的…融资
        investors = [m for m in mentions if m is not raiser and m.type in investor_types
                     and self.names_investors(text, sentence, m) and not self.describes_next(text, m, mentions)]
        return [invested(investor, raiser, sentence.evidence)
                for investor in investors if investor.start != raiser.start and not self.shared.kin(investor, raiser)]

    def received_from(self, sentence: Sentence) -> list[Fact]:
        """智谱AI获得阿里巴巴、腾讯的战略投资; 百川智能从红杉中国获得新一轮融资: the names after
        获/从 (coordinated) invested in the company right before it."""
        text, mentions = sentence.text, [m for m in sentence.mentions if m.start >= sentence.start]
        investor_types, raiser_types = SIGNATURES["investedIn"]
        out = []
        for index, raiser in enumerate(mentions[:-1]):
            following = mentions[index + 1]
            if raiser.type not in raiser_types or not self.received.fullmatch(text, raiser.end, following.start):
                continue
            investors = [following]
            for mention in mentions[index + 2:]:
                if not self.grammar.coordinated(text, investors[-1], mention, from_right=False):
                    break
                investors.append(mention)
            if self.received_money.match(text, investors[-1].end) is None:
                continue
            out += [invested(investor, raiser, sentence.evidence)
                    for investor in investors if investor.type in investor_types and key(investor) != key(raiser)
                    and not self.shared.kin(investor, raiser)]
        return out

    def round_word(self, text: str, start: int, end: int, mentions: list[Mention]):
        return next((m for m in self.rounds.finditer(text, start, end)
                     if not inside_any(m.start(), mentions)), None)

    def raisers(self, found, mentions: list[Mention], text: str = "") -> list[Mention]:
        if not found:
            return []
        before = [m for m in mentions if m.end <= found.start()]
        if text and self.refers_back(text, found.start()):
            # 彭博社称，本轮融资由A领投: the round was told of before; a name of an earlier
            # clause (the outlet or person saying it) raised nothing
            opening = self.grammar.clause_start(text, 0, found.start())
            before = [m for m in before if m.start >= opening]
        leading = self.leading(text, before)
        return [m for m in before if m.type in SIGNATURES["investedIn"][1]
                and not self.round_names.match(m.text) and m not in leading]

    def refers_back(self, text: str, position: int) -> bool:
        """Whether a round reference (本轮, 该轮) comes right before the round word at position."""
        return self.reference_before.search(text[max(0, position - 8):position]) is not None

    def leading(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The names a leading or joining word follows, with the names coordinated before
        them (由英伟达与微软联合领投的新一轮融资: both led)."""
        out: list[Mention] = []
        for index, mention in enumerate(mentions):
            if self.led_by.match(text, mention.end):
                group = [mention]
                for before in reversed(mentions[:index]):
                    if not self.grammar.coordinated(text, before, group[-1], from_right=False):
                        break
                    group.append(before)
                out += group
        return out

    def earlier_raisers(self, sentence: Sentence) -> list[Mention]:
        """The company raising the round the item told of last before the sentence (a title
        Anthropic 完成 35 亿美元融资, then 本轮融资由A领投，B、C等参与)."""
        spans, _ = self.shared.sentence_dates(sentence.text, sentence.item.date)
        for start, end in reversed([span for span in spans if span[1] <= sentence.start]):
            mentions = [m for m in sentence.named if start <= m.start and m.end <= end]
            raisers = self.raisers(self.round_word(sentence.text, start, end, mentions), mentions, sentence.text)
            if raisers:
                return raisers
        return []

    def describes_next(self, text: str, mention: Mention, mentions: list[Mention]) -> bool:
        """荷兰光刻机巨头阿斯麦, 亚马逊创始人杰夫·贝索斯, 阿里巴巴旗下的阿里云: a place, a company
        a person's title names, or the parent of a unit (context.tsv unit_of) describes the name
        after it, which is the investor."""
        following = next((m for m in mentions if m.start >= mention.end), None)
        if following is None or self.shared.grammar.coordinated(text, mention, following, from_right=False):
            return False
        gap = text[mention.end:following.start].strip()
        if mention.type == "Jurisdiction":
            return bool(gap) and not any(mark in gap for mark in "，,。；;")
        if gap in self.unit_words:
            return True
        return following.type == "Person" and gap.endswith(self.person_titles)

    def names_investors(self, text: str, sentence: Sentence, mention: Mention) -> bool:
        """Whether the clause holding the name says it names investors."""
        clause_start = self.grammar.clause_start(text, sentence.start, mention.start)
        clause_end = self.grammar.clause_end(text, mention.end, sentence.end)
        # 投资方包括A、B等企业，以及C和D等机构: a clause opening with 以及 goes on with the list before it
        while clause_start > sentence.start and text.startswith(self.list_continuations, clause_start):
            clause_start = self.grammar.clause_start(text, sentence.start, clause_start - 1)
        return self.investor_words.search(text, clause_start, clause_end) is not None


def invested(investor: Mention, raiser: Mention, evidence: Evidence) -> Fact:
    """investor investedIn raiser, as sure as the less sure of the two names, less a fifth."""
    return Fact(investor, "investedIn", raiser, evidence, round(min(investor.confidence, raiser.confidence) * 0.8, 3))
