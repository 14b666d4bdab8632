"""A company's product line names what it released: 壁仞科技的主要产品为BR100系列GPU;
公司主力产品包括X和Y (公司, 该公司, 其 opening the clause: the company the item named last);
产品涵盖A、B -> the maker released each.  A product-line word (context.tsv product_line:
主要产品, 主力产品, 核心产品, 产品线…) then a verb listing it (product_line_verb: 为, 包括, 涵盖…);
the products are the models and products named after it up to the sentence's end or a
semicolon.  The maker is the company named right before the word (with 的 between), else,
where the clause opens with a reference to a company (product_line_owner: 公司, 该公司, 其)
or with the word itself, the company the item named most often before it.
"""
from __future__ import annotations

import re
from collections import Counter

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import Sentence, SentenceFamily, Shared, key

MAKERS = frozenset({"Company"})
CLAUSE_OPENING = re.compile(r"(?:^|[，,。；;：:\n])\s*$")  # what stands before a reference opening a clause


class ProductLines(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.line = re.compile(rf"(?P<owner>{alternatives(words['product_line_owner'])})?的?"
                               rf"(?:{alternatives(words['product_line'])})(?:主要|均|则|还)?"
                               rf"(?:{alternatives(words['product_line_verb'])})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.text, []
        for cue in self.line.finditer(text, sentence.start, sentence.end):
            maker = self.maker(sentence, cue)
            if maker is None:
                continue
            stop = next((i for i in range(cue.end(), sentence.end) if text[i] in "；;"), sentence.end)
            facts += [Fact(maker, "released", product, sentence.evidence, 0.7) for product in sentence.mentions
                      if product.type == "AIModel" and cue.end() <= product.start and product.end <= stop]
        return facts

    def maker(self, sentence: Sentence, cue: re.Match) -> Mention | None:
        """The company right before the product-line word, else the item's most named company
        where a reference or the word itself opens the clause."""
        text = sentence.text
        before = [m for m in sentence.mentions if m.end <= cue.start()]
        if cue.group("owner") is None and before and text[before[-1].end:cue.start()].strip() in ("", "的"):
            return before[-1] if before[-1].type in MAKERS else None
        if not CLAUSE_OPENING.search(text, max(0, cue.start() - 2), cue.start()) and cue.start() != sentence.start:
            return None
        # 公司 stands for the company the story is about: the one named most often before it (the first
        # of a tie: the item's subject), not one its founder once worked at (曾任商汤科技总裁。公司主力产品…)
        named = [m for m in sentence.named if m.end <= cue.start() and m.type in MAKERS]
        counts = Counter(key(m) for m in named)
        return max(named, key=lambda m: counts[key(m)], default=None)
