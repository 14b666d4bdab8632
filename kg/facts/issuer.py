"""An instrument's issuer named with the instrument itself, no act word between them:

    依据《互联网信息服务深度合成管理规定》（国家互联网信息办公室、工业和信息化部、公安部令第12号）
    The agency applies the Treasury Board's Directive on Automated Decision-Making.

-> each body issued the instrument.  In Chinese, the bodies listed in the bracket right
after a title and closed by the number of their order or notice (令第12号, 公告2023年第5号:
data/lexicon/context.tsv order_number), the first of a joint order partnered each of the
others (a joint release, as on a card's issuer line: kg.facts.card); in English, a state body's possessive right
before the instrument's name, a few words at most between (the FTC's new Safeguards
Rule); a draft word among them (the Commission's proposed rule, context.tsv draft) makes
it proposed.  The same in Chinese with 的 (欧盟委员会的《人工智能法》, 交通安全管理局的常设一般命令),
and a legislature's possessive (Congress's new AI Act) or a person's before an order he signs
(Governor Newsom's Executive Order N-12-23: data/lexicon/context.tsv signed_order).
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact, Mention
from .base import Sentence, SentenceFamily, Shared, confidence

ISSUING_BODIES = frozenset({"Regulator", "Legislature"})
# 、和及与 and the Latin comma join the bodies of one order (A、B、C令第15号)
JOINERS = re.compile(r"\s*(?:、|和|及|与|,|，)?\s*")
OPENING = re.compile(r"[》」”\"]?\s*[（(]")
POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")  # the FTC's, the board's new
CHINESE_POSSESSIVE = re.compile(r"\s*的\s*(?:[\u4e00-\u9fff]{0,2}\s*)?")  # 欧盟委员会的《, 总局的新


class NamedIssuers(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        number = r"(?:\d{4}\s*年\s*)?第?\s*[\d一二三四五六七八九十百〇零]+\s*号"
        self.order_number = re.compile(rf"\s*(?:{alternation(words['order_number']).pattern})\s*{number}\s*[）)]")
        self.draft = tuple(word.lower() for word in words["draft"])
        self.signed_order = alternation(words["signed_order"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions = sentence.text, sentence.mentions
        facts = []
        for index, law in enumerate(mentions):
            if law.type != "Law":
                continue
            bodies = self.order_issuers(text, law, mentions[index + 1:])
            facts += [Fact(body, "issued", law, sentence.evidence, confidence(body, law, 0.8)) for body in bodies]
            facts += [Fact(bodies[0], "partnered", other, sentence.evidence, confidence(bodies[0], other, 0.7))
                      for other in bodies[1:]]
            owner = self.possessive_issuer(text, law, mentions[:index])
            if owner is not None:
                relation = "proposed" if any(d in text[owner.end:law.start].lower() for d in self.draft) else "issued"
                facts.append(Fact(owner, relation, law, sentence.evidence, confidence(owner, law, 0.7)))
        return facts

    def order_issuers(self, text: str, law: Mention, following: list[Mention]) -> list[Mention]:
        """The bodies of the bracket right after the law, when it ends with an order's number."""
        opening = OPENING.match(text, law.end)
        if opening is None:
            return []
        bodies, position = [], opening.end()
        for mention in following:
            joiner = JOINERS.match(text, position)
            if mention.start != joiner.end() or mention.type not in ISSUING_BODIES:
                break
            bodies.append(mention)
            position = mention.end
        return bodies if bodies and self.order_number.match(text, position) else []

    def possessive_issuer(self, text: str, law: Mention, before: list[Mention]) -> Mention | None:
        """The body whose possessive stands right before the law (ONC's HTI-1 rule, 欧盟委员会的《人工智能法》),
        or the person's before an order (Newsom's Executive Order N-12-23)."""
        if not before:
            return None
        owner = before[-1]
        if owner.end > law.start:
            return None
        if owner.type == "Person":
            if not self.signed_order.search(law.text):
                return None  # Senator Roe's bill: its sponsor, not who issued it
        elif owner.type not in ISSUING_BODIES:
            return None
        if text[law.start:law.start + 1].isascii() and POSSESSIVE.fullmatch(text, owner.end, law.start):
            return owner
        opening = law.start - 1 if text[law.start - 1:law.start] in "《「" else law.start
        return owner if CHINESE_POSSESSIVE.fullmatch(text, owner.end, opening) else None
