"""The outlet or body a source line names (来源：Reuters 官网, 资料来源：中航证券
2024-01-24 研究报告): what comes before a date, a comma or a link, without the words
for a website, a report or an account after it (阿里云官方公众号 is 阿里云), typed as a
credit line's outlet (kg.mentions.credit).  A state's gazette or portal (美国联邦公报,
中国政府网) and "this firm" (本所整理) name no one (data/lexicon/bylines.tsv gazette,
no_name)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..alternation import alternatives
from ..model import Mention
from .base import Tokens, register
from .credit import CreditedNames
from .words import CJK, Words


@register
class SourceNames(CreditedNames):
    def __init__(self, words: Words) -> None:
        super().__init__(words)
        bylines = words.kb.bylines
        self.source_line = re.compile(rf"^[\[【(（]?\d*[\]】)）]?\s*(?P<label>{alternatives(bylines.get('source_note', ()))})"
                                      r"\s*[:：]\s*(?:\[\d+\]\s*)?(?P<value>[^\n]+)$", re.M)
        self.source_labels = frozenset(bylines.get("source", ()))
        self.source_tail = re.compile(rf"\s*(?:{alternatives(bylines.get('source_tail', ()))})$")
        self.gazette = re.compile(rf"(?:{alternatives(bylines.get('gazette', ()))})$")
        self.no_names = frozenset(bylines.get("no_name", ()))

    def find(self, text: str, tokens: Tokens, candidates: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        if "来源" not in text and "ource" not in text:
            return found
        kb = self.words.kb
        for line in self.source_line.finditer(text):
            value = re.split(r"\s*(?:(?:19|20)\d\d\s*[-./年]|[，,；;:：(（<]|https?://)", line.group("value"), maxsplit=1)[0]
            name = self.outlet(value)
            if self.gazette.search(name) or name in self.no_names:
                continue
            if name and kb.lookup(name) is None and not re.fullmatch(r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}", name):
                if not re.fullmatch(f"[{CJK}A-Za-z0-9]{{2,12}}", name) or not re.search(f"[{CJK}]", name):
                    continue  # OPENAI FACES COPYRIGHT LAWSUIT…, 美国参议员 Todd Young: no outlet's name
            mention = self.credited(name, line.start("value") + line.group("value").find(name), "source") if name else None
            if mention is None or (mention.kb_id and line.group("label") in self.source_labels):
                continue  # 来源：美国财政部官网 in a newsletter: the name is read as in any sentence
            # a known name on a note of where material comes from (资料来源：中国日报 …) is a node
            # that states nothing there: it takes the place of the plain knowledge-base match
            found.append(replace(mention, confidence=0.96 if mention.kb_id else 0.7))
        return found

    def outlet(self, value: str) -> str:
        """The value without the words after the outlet, taken off one after another
        (阿里云官方公众号: 公众号, then 官方)."""
        name, shorter = None, value.strip()
        while shorter != name:
            name, shorter = shorter, self.source_tail.sub("", shorter).strip()
        return name
