"""An authority putting names on a list of restricted parties bans them: 美国商务部将
华为和中芯国际列入实体清单 / 华为被美国商务部列入实体清单 / The Commerce Department added
Huawei and SMIC to the Entity List / SMIC was placed on the Entity List by the Commerce
Department -> the department banned each name listed.

The list word (实体清单, 管理名单, Entity List, blacklist: data/lexicon/context.tsv
restricted_list) must follow a listing verb (列入, 纳入, added … to, placed … on:
listing_verb, listing_verb_en) in the same clause.  In Chinese the names listed stand
between 将/把 and the verb, the authority before 将 (the clause's subject, else the
sentence's last authority before it); in a passive (被X列入) the authority stands after 被
and the names listed before it.  In English the authority is the subject before the verb
and the names its object, or, in a passive (was added to … by X), the other way round.
"""
from __future__ import annotations

import re

from ..alternation import alternation, alternatives
from ..model import Fact, Mention, inside_any
from .base import Sentence, SentenceFamily, Shared, banned_each
from .grammar import window

AUTHORITIES = {"Regulator", "Legislature", "Jurisdiction", "Organization"}
LISTED = {"Company", "Organization", "Person"}
REACH = window("listing.REACH")  # characters between the listing verb and the list's name (列入「戰略性高科技貨品出口實體管理名單」)


class Listings(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.lists = alternation(words["restricted_list"], re.IGNORECASE)
        self.verbs = alternation(words["listing_verb"])
        self.objects = alternation(words["listing_object"])  # 将, 把
        english_verbs = alternatives(words["listing_verb_en"], spaced=True)
        be = alternatives(words["be_form_en"], spaced=True)
        # X added A and B to the Entity List / A was added to the Entity List by X
        self.english_active = re.compile(rf"\b(?:{english_verbs})\s+(?P<listed>.+?)\s+(?:to|on|onto)\s+(?:the|its|a|their)\s+"
                                         rf"(?:[\w'’-]+\s+){{0,4}}?$", re.IGNORECASE)
        self.english_passive = re.compile(rf"\b(?:{be})\s+(?:also\s+)?(?:{english_verbs})\s+(?:to|on|onto)\s+(?:the|its|a|their)\s+"
                                          rf"(?:[\w'’-]+\s+){{0,4}}?$", re.IGNORECASE)
        self.by = re.compile(r"\s*(?:in\s+[\w ,]{0,30}?\s+)?by\s+(?:the\s+)?", re.IGNORECASE)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end = sentence.text, sentence.start, sentence.end
        out: list[Fact] = []
        for found in self.lists.finditer(text, start, end):
            if inside_any(found.start(), (m for m in sentence.mentions if m.type != "Law")):
                continue  # a list inside a name other than the list's own (the Blacklist Foundation)
            if found.group().isascii():
                out += self.english(sentence, found.start(), found.end())
            else:
                out += self.chinese(sentence, found.start())
        return out

    def chinese(self, sentence: Sentence, position: int) -> list[Fact]:
        text, mentions, grammar = sentence.text, sentence.mentions, self.shared.grammar
        clause_start = grammar.clause_start(text, sentence.start, position)
        verb = next((v for v in self.verbs.finditer(text, max(clause_start, position - REACH), position)), None)
        if verb is None:
            return []
        before = text[clause_start:verb.start()]
        passive = before.rfind("被")
        if passive >= 0:  # 华为被美国商务部列入实体清单: the authority after 被, the names before it
            at = clause_start + passive
            authority = next((m for m in mentions if at < m.start < verb.start() and m.type in AUTHORITIES), None)
            listed = grammar.group(text, [m for m in mentions if m.end <= at], LISTED, from_right=True)
            listed = [m for m in listed if m.start >= grammar.clause_start(text, sentence.start, at)]
        else:
            marker = None
            for marker in self.objects.finditer(text, clause_start, verb.start()):
                pass
            if marker is None:
                return []
            listed = [m for m in mentions if marker.end() <= m.start and m.end <= verb.start() and m.type in LISTED]
            listed = grammar.group(text, listed, LISTED, from_right=False)
            authority = self.authority_before(sentence, marker.start())
        return banned_each(sentence, authority, listed, 0.8)

    def english(self, sentence: Sentence, position: int, list_end: int) -> list[Fact]:
        text, mentions, grammar = sentence.text, sentence.mentions, self.shared.grammar
        clause_start = max(sentence.start, text.rfind(";", sentence.start, position) + 1)
        if passive := self.english_passive.search(text, clause_start, position):
            listed = grammar.group(text, [m for m in mentions if m.end <= passive.start()], LISTED, from_right=True)
            by = self.by.match(text, list_end)
            authority = next((m for m in mentions if by and m.start == by.end() and m.type in AUTHORITIES), None)
            authority = authority or self.authority_before(sentence, listed[0].start if listed else passive.start())
            return banned_each(sentence, authority, listed, 0.8)
        if active := self.english_active.search(text, clause_start, position):
            inside = [m for m in mentions if active.start("listed") <= m.start and m.end <= active.end("listed")]
            listed = grammar.group(text, inside, LISTED, from_right=False)
            return banned_each(sentence, self.authority_before(sentence, active.start()), listed, 0.8)
        return []

    def authority_before(self, sentence: Sentence, position: int) -> Mention | None:
        """The authority named last before ``position`` in the sentence (a reference such as
        该署 or the agency counts once kg.facts.coref has put the name it stands for there)."""
        inside = [m for m in sentence.mentions if m.end <= position and m.type in AUTHORITIES
                  and not self.shared.grammar.located(sentence.text, m)]
        if inside:
            return inside[-1]
        return None
