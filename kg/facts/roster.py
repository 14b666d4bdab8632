"""Partners named as a roster of one actor's partners: 与优必选开展实训合作的企业还包括
吉利汽车、比亚迪以及富士康 -> 优必选 partnered each of them.  The actor is the name right
after a partner marker (与, 和, 同, 跟) before 合作的; the roster is the list after a word
opening it (包括, 有).  Words from data/lexicon/context.tsv: partner_marker, partner_roster.
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact
from .base import Sentence, SentenceFamily, Shared, confidence
from .grammar import AND_ALSO, COMMAS, ENUMERATION_COMMA, window

PARTNERS = frozenset({"Company", "Organization"})
GAP = window("roster.GAP")  # characters, no comma or stop, between the actor and 合作的 (开展人形机器人实训)


class Rosters(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.marker = alternation(shared.words["partner_marker"])
        # 合作的企业还包括, 合作伙伴也有: what opens the roster after the actor
        self.roster = re.compile(rf"^[^，,。；;：:]{{0,{GAP}}}?合作(?:的)?[\u4e00-\u9fff]{{0,4}}?"
                                 rf"(?:{alternation(shared.words['partner_roster']).pattern})")
        self.grammar = shared.grammar

    def facts(self, sentence: Sentence) -> list:
        text, facts = sentence.text, []
        for actor in sentence.mentions:
            if actor.type not in PARTNERS or not self.marker.fullmatch(text[max(0, actor.start - 1):actor.start]):
                continue
            opening = self.roster.match(text[actor.end:sentence.end])
            if opening is None:
                continue
            start = actor.end + opening.end()
            # every firm up to the clause's end: a name the list holds that is no firm (一汽-大众青岛分公司
            # read as a place) does not end it
            end = self.grammar.clause_end(text, start, sentence.end)
            members = [m for m in sentence.mentions if start <= m.start and m.end <= end and m.type in PARTNERS]
            facts += [Fact(actor, "partnered", member, sentence.evidence, confidence(actor, member, 0.7))
                      for member in members if member.canonical != actor.canonical or member.text != actor.text]
        return facts


PAIR_GAP = window("roster.PAIR_GAP")  # characters, no clause break, between the last pair and the deal's noun (之间的投资合作安排)


class PairedLists(SentenceFamily):
    """Pairs of partners listed one after another: 微软与OpenAI、亚马逊与Anthropic、谷歌与Anthropic的
    投资合作安排 -> three pairs partnered, not every combination of the six names.  Each pair is two
    names joined by a pair joiner (与, 和), the pairs are joined by 、 or a comma's list mark, and a deal's
    noun (合作, 协议, 安排: context.tsv pair_deal) follows the last pair in its clause.  One pair alone
    is the cue family's (A与B的合作)."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.joiner = re.compile(rf"\s*(?:{alternation(shared.words['pair_joiner']).pattern})\s*")
        self.deal = re.compile(rf"[^，,。；;：:！？]{{0,{PAIR_GAP}}}?(?:{alternation(shared.words['pair_deal']).pattern})")

    def facts(self, sentence: Sentence) -> list:
        text, facts = sentence.text, []
        names = [m for m in sentence.mentions if m.type in PARTNERS | {"Regulator"}]
        pairs, at = [], 0
        while at + 1 < len(names):
            one, other = names[at], names[at + 1]
            if self.joiner.fullmatch(text[one.end:other.start]):
                if pairs and not self.listed(text[pairs[-1][1].end:one.start]):
                    self.close(sentence, pairs, facts)
                    pairs = []
                pairs.append((one, other))
                at += 2
            else:
                self.close(sentence, pairs, facts)
                pairs, at = [], at + 1
        self.close(sentence, pairs, facts)
        return facts

    @staticmethod
    def listed(gap: str) -> bool:
        return gap.strip() in (ENUMERATION_COMMA, *COMMAS, AND_ALSO, "及")  # (no 和, 与: they open the partner)

    def close(self, sentence: Sentence, pairs: list, facts: list) -> None:
        """The pairs of one list, when two or more and a deal's noun follows the last."""
        if len(pairs) < 2 or self.deal.match(sentence.text, pairs[-1][1].end) is None:
            return
        facts += [Fact(one, "partnered", other, sentence.evidence, confidence(one, other, 0.7)) for one, other in pairs]
