"""A company named in Chinese right after a word for its kind and glossed in Latin
script: 以色列芯片企业迈络思（Mellanox）, 芯片设计业者算能（Sophgo）.  The description
(data/lexicon/context.tsv company_word, gloss_description: 公司, 企业, 业者, 厂商) bounds
the name before, the gloss after; the gloss is its other name (kg.mentions.alias pairs
them).  A name that holds a function word, a number or a mark, or a description alone
(人工智能公司（AI company）), is none.

With no gloss, a verb after the name bounds it (``glossed/acting``: 人工智能公司星瀚智能宣布,
初创企业深言科技推出): the name ends where a word of jieba's does, before a verb or a
preposition, is made of words that can be part of a name, at least one of them a proper
one (unknown to jieba, a proper noun), and names no place (公司股价下跌, 公司北京总部: none) and no one
the text anonymises (软件公司仅以翁某桢录制的…: 翁某桢 is a person's name with 某 for its given name,
data/lexicon/context.tsv anonymous)."""
from __future__ import annotations

import re
from bisect import bisect_left

import jieba

from ..alternation import alternatives
from ..model import Mention, inside_any, overlaps_any
from .base import Family, Tokens, register
from .words import CJK, FUNCTION_CHARS, Words

_RARE = 20  # times jieba's dictionary saw a word: no more, and it may be part of a name (深言)


@register
class GlossedCompanies(Family):
    def __init__(self, words: Words) -> None:
        self.words = words
        descriptions = [w for w in (*words.context["company_word"], *words.context["gloss_description"]) if not w.isascii()]
        self.glossed = re.compile(rf"(?:{alternatives(descriptions)})(?P<name>[{CJK}]{{2,6}})"
                                  r"[（(]\s*(?P<gloss>[A-Z][A-Za-z0-9 .&'-]{1,40}?)\s*[）)]")
        self.descriptions = tuple(descriptions)  # 企业软件厂商争夺: a description, no name
        self.not_first = frozenset(words.context["not_surname"])  # 平台仍应承担, 企业须能证明: an adverb opens no name
        self.described = re.compile(rf"(?:{alternatives(descriptions)})(?=[{CJK}])")
        self.anonymised = re.compile(alternatives(words.context["anonymous"]))  # 翁某桢, 某某: a name the text hides

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found = []
        for match in self.glossed.finditer(text):
            name, start = match.group("name"), match.start("name")
            if any(char in FUNCTION_CHARS for char in name) or self.words.generic(name, "") \
                    or inside_any(start, [m for m in candidates if m.end > match.end("name")]) \
                    or any(m.type == "Person" and m.end == match.end("name") and m.start >= start for m in candidates):
                continue  # 公司的（…）, 公司旗下（…）, the start of a longer name already found, or a person's
                # name glossed (公司资安长柯维纳（Marco Kevina）: the person family's)
            found.append(self.mention(name, "Company", start, match.end("name"), 0.6))
        return found + self.acting(text, tokens, candidates + found)

    def acting(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        """人工智能公司星瀚智能宣布: a name between a company's description and a verb."""
        words, offsets = self.words, tokens.offsets
        found = []
        for match in self.described.finditer(text):
            index = bisect_left(offsets, match.end())
            if index >= len(offsets) or offsets[index] != match.end():
                continue  # the description ends inside a word (公司法, 企业家)
            if any(mention.end == match.end() for mention in candidates):
                continue  # 星河智能股份有限公司发布公告称: the word closes a name found, it describes none after it
            parts: list[str] = []
            for word in tokens.words[index:index + 5]:
                if parts and words.tags.get(word, "")[:1] in ("v", "p") and len("".join(parts)) >= 2:
                    name = "".join(parts)
                    start = match.end()
                    if any(self.unfamiliar(part) for part in parts) and not words.generic(name, "") \
                            and name[0] not in self.not_first and not name.endswith(self.descriptions) \
                            and not any(char in FUNCTION_CHARS for char in name) \
                            and self.anonymised.search(name) is None \
                            and not any(words.kb.place_prefix(part) for part in parts) \
                            and not overlaps_any(start, start + len(name), candidates):
                        found.append(self.mention(name, "Company", start, start + len(name), 0.55, "acting"))
                    break
                if not re.fullmatch(f"[{CJK}]+", word) or not words.name_like(word) or len("".join(parts) + word) > 6:
                    break
                parts.append(word)
        return found

    def unfamiliar(self, word: str) -> bool:
        """A word that makes a name: a proper one, a character jieba cut from a word it does
        not know (驭|势|科技), or a word its dictionary has seen a few times at most (深言)."""
        if word in self.words.person_titles:
            return False  # 公司高管透露: a person's role, no name of the company
        if self.words.proper(word):
            return True
        if word in self.words.lexicon_words or word in self.words.boundaries:
            return False
        return len(word) == 1 and word not in FUNCTION_CHARS or 0 < (jieba.dt.FREQ.get(word) or 0) <= _RARE
