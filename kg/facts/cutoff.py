"""A supplier cutting a customer off bans it: 台积电停止为华为代工 / 暂停对算能出货 /
Anthropic不再向中国、俄罗斯等国家控股的企业提供服务 / Google stopped supplying Huawei /
X suspended shipments to Y -> the supplier banned each one cut off (SCHEMA.md: a company
restricting access from a country is banned).

Chinese: a word of stopping (停止, 暂停, 不再: data/lexicon/context.tsv supply_stop), a
word for whom (为, 向, 对: supply_target), the names cut off, then within the clause a
word of supplying (代工, 出货, 提供, 服务: supply_act); the supplier is the clause's
subject, named before the stopping word, unless an order stands between them (美国政府
要求英伟达停止…: supply_ordered).  English: the supplier, then stopped/halted/
ceased supplying (selling to, shipping to, providing … to) the names, or cut them off
(supply_stop_en).
"""
from __future__ import annotations

import re

from ..alternation import alternation, alternatives
from ..dates import CHINESE as DATE
from ..model import Fact, Mention
from .base import Sentence, SentenceFamily, Shared, banned_each
from .grammar import window
from .place import descriptions

SUPPLIERS = {"Company", "Organization"}
AUTHORITIES = {"Regulator", "Legislature", "Jurisdiction"}
CUT_OFF = {"Company", "Organization", "Person", "Jurisdiction"}
REACH = window("cutoff.REACH")  # characters between the names cut off and the word of supplying (等国家的实体直接或间接持股超过50%的企业)


class Cutoffs(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.stop = alternation(words["supply_stop"])
        self.target = alternation(words["supply_target"])
        self.act = alternation(words["supply_act"])
        self.ordered = alternation(words["supply_ordered"])  # 要求, 责令: someone else stops the supplier
        self.time_words = alternation(words["name_then_time"] + words["act_filler"])  # 上月, 随后: no words between
        self.descriptions = descriptions(shared)  # 中国大陆晶片设计业者算能: a place describing the one cut off
        stop_en = alternatives(words["supply_stop_en"], spaced=True)
        self.english = re.compile(rf"\b(?:{stop_en})\s+(?:(?:its|their|all|the)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:to\s+)?$",
                                  re.IGNORECASE)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions, grammar = sentence.text, sentence.start, sentence.end, sentence.mentions, self.shared.grammar
        out: list[Fact] = []
        for stop in self.stop.finditer(text, start, end):
            clause_start, clause_end = grammar.clause_start(text, start, stop.start()), grammar.clause_end(text, stop.end(), end)
            target = self.target.match(text, stop.end())
            if target is None:
                continue
            after = self.undescribed(text, [m for m in mentions if target.end() <= m.start < clause_end])
            cut_off = grammar.group(text, after, CUT_OFF, from_right=False)
            if not cut_off or self.opening(text, cut_off[0], mentions) - target.end() > 2 \
                    or self.act.search(text, cut_off[-1].end, min(clause_end, cut_off[-1].end + REACH)) is None:
                continue
            supplier = self.supplier(sentence, clause_start, stop.start())
            order = self.order(sentence, stop.start())
            if order is not None:
                # 美国商务部通知A、B等厂商，暂停向中国客户供应: the authority bans whom it orders and whom they cut off
                authority, ordered = order
                out += banned_each(sentence, authority, ordered + cut_off, 0.7)
                continue
            if supplier is not None and self.ordered.search(text, max(clause_start, supplier.start - 4), stop.start()):
                continue  # 美国政府要求英伟达停止向中国出口: the order's, not the supplier's act
            out += banned_each(sentence, supplier, cut_off, 0.7)
        for mention in mentions:
            stopped = self.english.search(text, max(start, mention.start - 60), mention.start)
            if stopped is None or mention.type not in CUT_OFF:
                continue
            cut_off = grammar.group(text, [m for m in mentions if m.start >= mention.start], CUT_OFF, from_right=False)
            if cut_off and cut_off[0] is mention:
                out += banned_each(sentence, self.supplier(sentence, start, stopped.start()), cut_off, 0.7)
        return out

    def undescribed(self, text: str, names: list[Mention]) -> list[Mention]:
        """暂停对中国大陆晶片设计业者算能出货: a place and a kind of company before a name
        describe the name, which is the one cut off."""
        return [m for i, m in enumerate(names) if not (
            m.type == "Jurisdiction" and i + 1 < len(names) and self.descriptions.describes(text[m.end:names[i + 1].start]))]

    @staticmethod
    def opening(text: str, name: Mention, mentions: list[Mention]) -> int:
        """Where the words naming the one cut off begin: at the place describing it, if any."""
        place = max((m for m in mentions if m.end <= name.start and m.type == "Jurisdiction"), key=lambda m: m.end,
                    default=None)
        return place.start if place is not None and len(text[place.end:name.start]) <= 12 else name.start

    def order(self, sentence: Sentence, position: int) -> tuple[Mention, list[Mention]] | None:
        """The authority and the suppliers of ``美国商务部通知A、B等厂商，暂停向…``: a state body
        right before a word of ordering, the companies it orders after it, then the stopping word."""
        text, grammar = sentence.text, self.shared.grammar
        for found in reversed(list(self.ordered.finditer(text, sentence.start, position))):
            authority = max((m for m in sentence.mentions if m.end <= found.start()), key=lambda m: m.end, default=None)
            if authority is None or authority.type not in AUTHORITIES \
                    or self.time_words.sub("", DATE.sub("", text[authority.end:found.start()])).strip():
                continue
            ordered = grammar.group(text, [m for m in sentence.mentions if found.end() <= m.start < position],
                                    SUPPLIERS, from_right=False)
            if ordered and ordered[0].start - found.end() <= 2:
                return authority, ordered
        return None

    def supplier(self, sentence: Sentence, clause_start: int, position: int) -> Mention | None:
        """The clause's subject: the supplier named last before the stopping word (else the
        sentence's, where the clause opens with the time: 台积电随后, 自2020年9月起)."""
        before = [m for m in sentence.mentions if m.end <= position and m.type in SUPPLIERS
                  and not self.shared.grammar.located(sentence.text, m)]
        inside = [m for m in before if m.start >= clause_start]
        return (inside or before or [None])[-1]
