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
A bill told as passed in a legislature names its issuer after it (PassedIn).
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import GOVERNING_BODIES, Fact, Mention
from .base import Sentence, SentenceFamily, Shared, confidence
from .grammar import CHINESE_AND, COMMAS, ENUMERATION_COMMA, joiner

# 、和及与 and the Latin comma join the bodies of one order (A、B、C令第15号)
JOINERS = re.compile(rf"\s*{joiner(ENUMERATION_COMMA, *CHINESE_AND, *COMMAS)}?\s*")  # (no 以及: unmeasured)
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
            if mention.start != joiner.end() or mention.type not in GOVERNING_BODIES:
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
        elif owner.type not in GOVERNING_BODIES:
            return None
        if text[law.start:law.start + 1].isascii() and POSSESSIVE.fullmatch(text, owner.end, law.start):
            return owner
        opening = law.start - 1 if text[law.start - 1:law.start] in "《「" else law.start
        return owner if CHINESE_POSSESSIVE.fullmatch(text, owner.end, opening) else None


class PassedIn(SentenceFamily):
    """A bill passed in a legislature, the bill named first: SB 1047在加州议会获得通过 / Bill 12 passed
    the State Senate -> the legislature issued it, whatever the other chamber or a governor does later.
    The law, a marker (context.tsv passed_in_marker: 在, 于, the) and the legislature follow each other
    in one clause, the word of passing (passed_in) right after the legislature in Chinese, before it
    in English; a negation before the word (未获通过: passed_in_negation) reads no passing."""
    detail = "passed"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        passing = alternation(words["passed_in"]).pattern
        marker = alternation(words["passed_in_marker"]).pattern
        self.negation = (*words["negation"], *words["passed_in_negation"])  # 未获通过, 均未获得通过
        self.chinese = re.compile(rf"[》」”\"]?\s*(?:{marker})\s*$")
        self.chinese_passing = re.compile(rf"\s*([^\s，,。；;]{{0,4}}?)(?:{passing})")
        self.english = re.compile(rf"\s+(?:was\s+|has\s+|had\s+)?(?:{passing})\s+(?:{marker})\s+$", re.IGNORECASE)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions, facts = sentence.text, sentence.mentions, []
        for index, law in enumerate(mentions[:-1]):
            body = mentions[index + 1]
            if law.type != "Law" or body.type != "Legislature":
                continue
            gap = text[law.end:body.start]
            passing = self.chinese_passing.match(text, body.end)
            chinese = self.chinese.fullmatch(gap) and passing and not any(n in passing.group(1) for n in self.negation)
            if chinese or self.english.fullmatch(gap):
                facts.append(Fact(body, "issued", law, sentence.evidence, confidence(body, law, 0.8)))
        return facts
