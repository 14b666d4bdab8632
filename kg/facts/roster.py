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

PARTNERS = frozenset({"Company", "Organization"})
GAP = 24  # characters, no comma or stop, between the actor and 合作的 (开展人形机器人实训)


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
