"""Instruments named without 《》 by what they are about: 关于 + a subject + 的 + a kind of
instrument (data/lexicon/instruments.tsv about_head: 通函, 法规, 条例, 规定, 指南…), with
its number (第9号) or a draft's mark (（草案）) before or after the kind:

    通信与信息部发布关于人工智能伦理的第9号通函 -> 关于人工智能伦理的第9号通函
    《消费者隐私法》下关于自动化决策技术、风险评估的法规 -> 关于自动化决策技术、风险评估的法规

Only where the phrase stands where a name does: after a verb of issuing or applying
(about_verb: 发布, 印发, 通过, 依据…), after a label (规则：), or after a law it is made under
(《…》下, （CCPA）项下: about_under); in running prose (他表示，关于数据的规定仍不明确) it is a
description; a verb of issuing may stand before it as a clause (联合印发的关于…的意见).  Where
the clause names its issuer by a plural or a generic word (many_issuers: 多地法院发布了
关于…的指引, 有关部门印发关于…的通知), each issues a text of its own told by its topic: none.
The subject runs to the first 的 before a kind, across no sentence mark or comma (a 、 list
stays in it); a regulator's words of the kind may stand between 的 and the kind (about_kind_word:
关于消费者评论的贸易监管规则; not 关于…的执业指引, a practice's guide).  All are Laws."""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Mention
from .base import Family, ManyIssuers, Tokens, inside_title, register
from .words import Words

_SUBJECT = 40  # the most characters of the subject between 关于 and 的
_NUMBER = r"(?:第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号)?"
_DRAFT = r"(?:[（(](?:草案|征求意见稿|试行|暂行)[)）]|草案|征求意见稿)?"


@register
class AboutInstruments(Family):
    def __init__(self, words: Words) -> None:
        lexicon = words.kb.instruments
        heads = alternatives(sorted(lexicon["about_head"], key=len, reverse=True))
        kind_words = alternatives(sorted(lexicon["about_kind_word"], key=len, reverse=True))
        self.phrase = re.compile(rf"关于(?P<subject>[^，,。；;！!？?\n《》「」“”\"：:]{{2,{_SUBJECT}}}?)的"
                                 rf"{_NUMBER}(?:{kind_words}){{0,2}}(?:{heads}){_DRAFT}")
        # 印发关于…, 印发了关于…, 联合印发的关于…的意见 (the verb of a clause the name is the object of)
        self.verb = re.compile(rf"(?:{alternatives(lexicon['about_verb'])})[了的]?$")
        self.many_issuers = ManyIssuers(lexicon["many_issuers"])
        self.under = re.compile(rf"[》）)]\s*(?:{alternatives(lexicon['about_under'])})$")
        self.label = re.compile(r"(?:^|\n)[^\n：:，,。]{0,8}[：:]\s*$")
        self.words = words

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        if "关于" not in text:
            return []
        found = []
        for match in self.phrase.finditer(text):
            start, end = match.start(), match.end()
            if inside_title(text, start) or text[end:end + 1] == "》":
                continue  # 《关于…的决定》: the title family names it
            before = text[max(0, start - 12):start]
            if not (self.verb.search(before) or self.under.search(before) or self.label.search(text[max(0, start - 12):start])
                    or start == 0 or text[start - 1] == "\n"):
                continue  # 他表示，关于数据的规定仍不明确: a description in running prose
            if self.many_issuers(text, start):
                continue  # 多地法院发布了关于…的指引: many texts told by their topic
            if not self.word_end(tokens, end):
                continue  # 关于…的规定性: the kind runs on into a longer word
            found.append(self.mention(text[start:end], "Law", start, end, 0.6))
        return found

    @staticmethod
    def word_end(tokens: Tokens, end: int) -> bool:
        """Whether a token ends at ``end`` (or the text does)."""
        offsets, words = tokens.offsets, tokens.words
        return any(offset + len(word) == end for offset, word in zip(offsets, words) if offset < end <= offset + len(word)) \
            or end >= (offsets[-1] + len(words[-1]) if offsets else 0)
