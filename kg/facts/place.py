"""A body's or a law's place read from the names of its sentence: a place its name
begins with (美国财政部 -> 美国; 陕西省工业和信息化厅 -> 陕西省), a place right before it
(欧盟《人工智能法案》, 美国的联邦贸易委员会), and a place describing a list of companies
(中国企业百度、腾讯和阿里; 阿里云、百度云等中国人工智能服务商).  Known names take their
places from the knowledge base instead (kg.facts.kb).  Words from
data/lexicon/context.tsv: company_word, body_kind, trade, list_intro, continent.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import SIGNATURES, Sentence, SentenceFamily, Shared


class Descriptions:
    """Reads whether words describe what a name is (中国企业, 欧洲领先的软件公司): made once
    per Extractor (``descriptions``), for the place family and the cue family alike."""

    def __init__(self, shared: Shared) -> None:
        self.find_cues = shared.find_cues
        # longest first: 人工智能公司 before 公司
        self.kinds = tuple(sorted((w for w in shared.words["company_word"] + shared.words["body_kind"]
                                   if not w.isascii()), key=len, reverse=True))
        self.kind_after = re.compile(rf"[\u4e00-\u9fffA-Za-z ]{{0,10}}?(?:{alternatives(self.kinds)})")
        self.list_intros = shared.words["list_intro"]
        self.trades = sorted(shared.words["trade"], key=len, reverse=True)

    def describes(self, gap: str) -> bool:
        """欧洲领先的国防人工智能和软件公司（赫尔辛格）: a short description ending in a
        kind of company, with no verb of a relation in it."""
        gap = gap.strip()
        for intro in self.list_intros:  # 中国企业如百度: the kind, then 如
            gap = gap.removesuffix(intro).rstrip()
        gap = gap.removeprefix("的").lstrip()
        kind = next((k for k in self.kinds if gap.endswith(k)), None)
        if kind is None or not 0 < len(gap) <= 24 or re.search(r"[，,。；;：:]", gap):
            return False
        # a trade right before the kind (投资公司, 研发机构) holds a cue word but states no act
        trade = next((t for t in self.trades if gap[:-len(kind)].endswith(t)), "")
        return not self.find_cues(gap, 0, len(gap) - len(kind) - len(trade), [])


def descriptions(shared: Shared) -> Descriptions:
    """The description reader, made once per Extractor and shared by the families that ask."""
    if "place" not in shared.extensions:
        shared.extensions["place"] = Descriptions(shared)
    return shared.extensions["place"]


class Places(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.grammar = shared.grammar
        self.descriptions = descriptions(shared)
        self.continents = frozenset(shared.words["continent"])
        self.federal = tuple(shared.words["federal"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, evidence, ordered = sentence.text, sentence.evidence, sentence.mentions
        facts = []
        for index, mention in enumerate(ordered):
            facts += [Fact(mention, "jurisdiction", place, evidence, 0.85) for place in self.place_prefixes(mention)]
            if mention.type != "Jurisdiction":
                continue
            if index + 1 < len(ordered):
                following = ordered[index + 1]
                if following.type in SIGNATURES["jurisdiction"][0] and text[mention.end:following.start].strip() in ("", "的"):
                    facts.append(Fact(following, "jurisdiction", mention, evidence, 0.8))
            facts += self.place_of_list(sentence, mention, ordered[index + 1:])
            facts += self.place_after_list(sentence, mention, ordered[:index])
        return facts

    def place_prefixes(self, mention: Mention) -> list[Mention]:
        """美国财政部 -> 美国; 陕西省工业和信息化厅 -> 陕西省 (known entities take their
        places from the knowledge base instead)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        if mention.type not in SIGNATURES["jurisdiction"][0] or (entry and entry.jurisdiction):
            return []
        # 欧洲委员会, 欧洲专利局: a continent a name begins with is no body's place (context.tsv continent)
        places = [place for place in self.shared.leading_places(mention) if place.text not in self.continents]
        return places + self.federal_country(mention, places)

    def federal_country(self, mention: Mention, places: list[Mention]) -> list[Mention]:
        """加利福尼亚东区联邦地区法院: a federal body named after a state is its country's too
        (as kg.facts.kb places a known one), where its name does not name the country."""
        if not places or not any(word in mention.text for word in self.federal):
            return []
        country = self.kb.entries.get(places[-1].kb_id or "")
        while country is not None and country.parent:  # 纽约 (a city) -> 纽约州 -> 美国
            country = self.kb.entries.get(country.parent)
        if country is None or country.type != "Jurisdiction" or any(p.kb_id == country.id for p in places):
            return []
        return [Mention(country.label, "Jurisdiction", mention.start, mention.start, kb_id=country.id,
                        mechanism="prefix", confidence=0.85)]

    def place_of_list(self, sentence: Sentence, place: Mention, following: list[Mention]) -> list[Fact]:
        """中国企业百度、腾讯和阿里: a place, a description, then the names it describes."""
        if not following or not self.descriptions.describes(sentence.text[place.end:following[0].start]):
            return []
        members = self.grammar.group(sentence.text, following, {"Company", "Organization"}, from_right=False,
                                     stop=self.grammar.clause_end(sentence.text, place.end, sentence.evidence.end))
        return [Fact(member, "jurisdiction", place, sentence.evidence, 0.7) for member in members]

    def place_after_list(self, sentence: Sentence, place: Mention, preceding: list[Mention]) -> list[Fact]:
        """阿里云、百度云等中国人工智能服务商: names, 等, then a place and a kind of company."""
        text = sentence.text
        if not preceding or not text[preceding[-1].end:place.start].strip() == "等":
            return []
        if not self.descriptions.kind_after.match(text, place.end):
            return []
        members = self.grammar.group(text, preceding, {"Company", "Organization"}, from_right=True)
        return [Fact(member, "jurisdiction", place, sentence.evidence, 0.7) for member in members]
