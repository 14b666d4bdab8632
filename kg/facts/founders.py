"""Founders named together are partners: 谷歌、微软和OpenAI宣布共同成立行业组织“前沿
模型论坛” -> partnered between each pair of the three, not each of them to the forum
(SCHEMA: partnered is an agreement between actors; the body they set up is what they
agreed on).  A joint founding word (共同成立, 联合发起, co-founded) needs no object; a bare
one (成立, launched, formed) founds only an Organization named right after it in its
clause (Google, Microsoft and OpenAI launched the Frontier Model Forum).  The founders are
the coordinated names closing the clause before the word, a name described by its place
and kind among them (阿联酋投资机构MGX).  Founders who put money in (共同出资成立, 合资成立:
context.tsv funded_founding) each also invested in the company they found:
软银与OpenAI共同出资成立“星际之门”合资公司 -> 软银 investedIn 星际之门, OpenAI investedIn 星际之门.
Words from data/lexicon/context.tsv: joint_founding, founding, funded_founding.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Fact, Mention, inside_any
from .base import AGENTS, Sentence, SentenceFamily, Shared, confidence, key
from ..alternation import alternation
from .place import descriptions

ARTICLE = re.compile(r"\s*(?:the|a|an|new|行业组织|组织|机构)?\s*[“\"]?\s*", re.I)  # launched the X, 成立行业组织“X”


class Founders(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.grammar = shared.grammar
        self.joint_founding = alternation(shared.words["joint_founding"], latin_whole=True)
        self.founding = alternation(shared.words["founding"], latin_whole=True)
        self.funded = tuple(shared.words["funded_founding"])
        self.descriptions = descriptions(shared)

    def veto(self, text: str, start: int, end: int, relation: str, position: int) -> bool:
        """共同成立X: the 共同 is the founders' joint act, whose partners this family reads."""
        return relation == "partnered" and self.joint_founding.match(text, position) is not None

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.text, []
        for word in self.founding_words(sentence):
            clause_start = self.grammar.clause_start(text, sentence.start, word.start())
            before, described = self.described([m for m in sentence.mentions
                                                if clause_start <= m.start and m.end <= word.start()], text)
            founders = self.grammar.group(text, before, AGENTS, from_right=True)
            # Anthropic, Google, Microsoft and OpenAI: the commas of a list end no clause of its own
            founders = self.grammar.extended(text, founders, sentence.mentions, AGENTS)
            founders = [described.get(id(founder), founder) for founder in founders]
            if len(founders) < 2 or self.grammar.clause_end(text, founders[-1].end, word.start()) < word.start():
                continue
            # 由彭军与楼天城共同创办: two persons founding a company are its co-founders, not
            # parties to an agreement (no dev annotation has co-founders partnered)
            facts += [Fact(first, "partnered", second, sentence.evidence, confidence(first, second, 0.8))
                      for i, first in enumerate(founders) for second in founders[i + 1:] if key(first) != key(second)
                      and not first.type == second.type == "Person"]
            if any(funded in word.group() for funded in self.funded) and (founded := self.founded(sentence, word)):
                facts += [Fact(founder, "investedIn", founded, sentence.evidence, confidence(founder, founded, 0.75))
                          for founder in founders if key(founder) != key(founded)]
        return facts

    def described(self, mentions: list[Mention], text: str) -> tuple[list[Mention], dict[int, Mention]]:
        """The names with each one a place and a kind describe (阿联酋投资机构MGX) standing
        in for the three, so that the list it closes reads as one (A、B及阿联酋投资机构MGX);
        the stand-ins with the names they stand for."""
        out: list[Mention] = []
        described: dict[int, Mention] = {}
        for mention in mentions:
            place = out[-1] if out else None
            if place is not None and place.type == "Jurisdiction" and mention.type != "Jurisdiction" \
                    and self.descriptions.describes(text[place.end:mention.start]):
                stand_in = replace(mention, start=place.start)
                described[id(stand_in)] = mention
                out[-1] = stand_in
                continue
            out.append(mention)
        return out, described

    @staticmethod
    def founded(sentence: Sentence, word: re.Match) -> Mention | None:
        """The company or organisation named right after the founding word (成立“星际之门”合资公司)."""
        following = next((m for m in sentence.mentions if m.start >= word.end()), None)
        if following is None or following.type not in ("Company", "Organization") \
                or ARTICLE.fullmatch(sentence.text, word.end(), following.start) is None:
            return None
        return following

    def founding_words(self, sentence: Sentence) -> list[re.Match]:
        """The joint founding words of the sentence, and the bare ones an Organization follows."""
        text = sentence.text
        found = [word for word in self.joint_founding.finditer(text, sentence.start, sentence.end)
                 if not inside_any(word.start(), sentence.mentions)]
        for word in self.founding.finditer(text, sentence.start, sentence.end):
            if any(w.start() <= word.start() < w.end() for w in found) or inside_any(word.start(), sentence.mentions):
                continue
            founded = next((m for m in sentence.mentions if m.start >= word.end()), None)
            if founded is not None and founded.type == "Organization" \
                    and ARTICLE.fullmatch(text, word.end(), founded.start) is not None:
                found.append(word)
        return found
