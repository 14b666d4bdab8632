"""An instrument's issuer named with the instrument itself, no act word between them:

    依据《互联网信息服务深度合成管理规定》（国家互联网信息办公室、工业和信息化部、公安部令第12号）
    The agency applies the Treasury Board's Directive on Automated Decision-Making.

-> each body issued the instrument.  In Chinese, the bodies listed in the bracket right
after a title and closed by the number of their order or notice (令第12号, 公告2023年第5号:
data/lexicon/context.tsv order_number), the first of a joint order partnered each of the
others (a joint release, as on a card's issuer line: kg.facts.card); in English, a state body's possessive right
before the instrument's name, a few words at most between (the FTC's new Safeguards
Rule), its name or a court's right before the title as its modifier (the White House Executive
Order 14999, the Courts of Ruritania “Guidelines on …”), or the legislatures the title is "of"
right after it (Directive (EU) 2031/17 of the European Parliament and of the Council); a draft
word among them (the Commission's proposed rule, context.tsv draft) makes it proposed.  The same in Chinese with 的 (欧盟委员会的《人工智能法》, 交通安全管理局的常设一般命令),
and a legislature's possessive (Congress's new AI Act) or a person's before an order he signs
(Governor Newsom's Executive Order N-12-23: data/lexicon/context.tsv signed_order).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..alternation import alternation
from ..model import GOVERNING_BODIES, Fact, Mention
from .base import ItemRefiner, Sentence, SentenceFamily, Shared, confidence
from .grammar import CHINESE_AND, COMMAS, ENUMERATION_COMMA, joiner, window

# 、和及与 and the Latin comma join the bodies of one order (A、B、C令第15号)
JOINERS = re.compile(rf"\s*{joiner(ENUMERATION_COMMA, *CHINESE_AND, *COMMAS)}?\s*")  # (no 以及: unmeasured)
OPENING = re.compile(r"[》」”\"]?\s*[（(]")
POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")  # the FTC's, the board's new
CHINESE_POSSESSIVE = re.compile(r"\s*的\s*(?:[\u4e00-\u9fff]{0,2}\s*)?")  # 欧盟委员会的《, 总局的新
MODIFIER = re.compile(r"[ \t]+[‘“'\"]?")  # the White House Executive Order 14999, the Courts of Ruritania “Guidelines…”
OF_BODY = re.compile(r"[ \t]+of[ \t]+the[ \t]+")  # Directive (EU) 2031/17 of the European Parliament
AND_OF = re.compile(r"[ \t]+and[ \t]+of[ \t]+the[ \t]+")  # … and of the Council
ISSUER_BODIES = GOVERNING_BODIES | {"Court"}  # (a court's own instruments: 最高人民法院关于…的解释, a court's practice note)


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
            facts += [Fact(body, "issued", law, sentence.evidence, confidence(body, law, 0.7))
                      for body in self.legislatures_of(text, law, mentions[index + 1:])]
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

    @staticmethod
    def legislatures_of(text: str, law: Mention, following: list[Mention]) -> list[Mention]:
        """The legislatures an English title is "of" right after it, joined by "and of the" (Directive (EU)
        2031/17 of the European Parliament and of the Council): a place or a company so named issues nothing."""
        bodies, link = [], OF_BODY.match(text, law.end) if text[law.start:law.start + 1].isascii() else None
        for mention in following:
            if link is None or mention.start != link.end() or mention.type != "Legislature":
                break
            bodies.append(mention)
            link = AND_OF.match(text, mention.end)
        return bodies

    def possessive_issuer(self, text: str, law: Mention, before: list[Mention]) -> Mention | None:
        """The body whose possessive stands right before the law (ONC's HTI-1 rule, 欧盟委员会的《人工智能法》),
        or the person's before an order (Newsom's Executive Order N-12-23)."""
        if not before:
            return None
        owner = before[-1]
        if owner.end > law.start:
            return None
        english = text[law.start:law.start + 1].isascii()
        if english and owner.type in ISSUER_BODIES and MODIFIER.fullmatch(text, owner.end, law.start):
            return owner  # the White House Executive Order 14999: the body's name as the title's modifier
        if owner.type == "Person":
            if not self.signed_order.search(law.text):
                return None  # Senator Roe's bill: its sponsor, not who issued it
        elif owner.type not in GOVERNING_BODIES:
            return None
        if english and POSSESSIVE.fullmatch(text, owner.end, law.start):
            return owner
        opening = law.start - 1 if text[law.start - 1:law.start] in "《「" else law.start
        return owner if CHINESE_POSSESSIVE.fullmatch(text, owner.end, opening) else None


class TitledIssuers(SentenceFamily):
    """An instrument whose Chinese title opens with its issuer's name, a word opening the title's
    remit after it (context.tsv title_issuer_link: 关于, 年度, or a year): 《国务院关于深入实施“人工智能+”
    行动的意见》, 全国人大常委会2025年度立法工作计划, 上海市徐汇区人民检察院关于…的行动方案 -> the body issued
    it.  The body is the knowledge base's (a state body, legislature or court) or one the item names
    by that name; the longest such opening is the issuer, a place's name (欧盟人工智能法) none, and
    none where the sentence names a unit of that body (国务院办公厅印发《国务院…计划》: the unit did)."""
    detail = "titled"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.link = re.compile(rf"\s*(?:(?:19|20)\d\d\s*年度?|{alternation(shared.words['title_issuer_link']).pattern})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        out = []
        for law in sentence.mentions:
            if law.type == "Law" and not law.text[:1].isascii() and (body := self.issuer(law, sentence)) is not None:
                out.append(Fact(body, "issued", law, sentence.evidence, confidence(body, law, 0.8)))
        return out

    def issuer(self, law: Mention, sentence: Sentence) -> Mention | None:
        """The body whose name opens the law's title, as a name at its place in the title."""
        named = {m.text: m for m in sentence.named if m.type in ISSUER_BODIES}
        start = sentence.text.find(law.text, law.start, law.end)
        for length in range(len(law.text) - 2, 1, -1):
            prefix = law.text[:length]
            if not self.link.match(law.text, length):
                continue
            if any(m.type in ISSUER_BODIES and len(m.text) > length and m.text.startswith(prefix)
                   and not law.start <= m.start < law.end for m in sentence.mentions):
                return None  # 国务院办公厅印发《国务院2023年度立法工作计划》: the body's own office issued it
            entry = self.shared.kb.lookup(prefix)
            if entry is not None and entry.type in ISSUER_BODIES and start >= 0:
                return Mention(prefix, entry.type, start, start + length, kb_id=entry.id, mechanism="kb", confidence=0.85)
            if (found := named.get(prefix)) is not None and start >= 0:
                return replace(found, start=start, end=start + length)
        return None


SPONSOR_GAP = window("issuer.SPONSOR_GAP")  # characters of a role between a sponsor's word and the name (州参议员)
SPONSORS = {"Person", "Legislature", "Regulator", "Organization"}


class Sponsors(SentenceFamily):
    """A bill's sponsor named with it: SB 53的提案人、州参议员斯科特·维纳 / 斯科特·维纳是SB 53的提案人
    -> proposed.  The law, (的), a word of sponsoring (context.tsv bill_sponsor: 提案人, 提出人,
    起草人; 之一 after it or not), then a role of a few words at most (州参议员) and the names; or
    the names, a copula (shareholder_copula: 是, 为) and the law with the word after it."""
    detail = "sponsor"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.role = re.compile(rf"\s*[》」”\"]?\s*(?:法案|草案|议案)?的?\s*(?:{alternation(words['bill_sponsor']).pattern})(?:之一)?")
        self.before_name = re.compile(rf"[、，,：:]?\s*[^\s，,。；;、：:]{{0,{SPONSOR_GAP}}}")
        self.copula = re.compile(rf"\s*(?:{alternation(words['shareholder_copula']).pattern})\s*[《「“\"]?\s*$")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions, grammar = sentence.text, sentence.mentions, self.shared.grammar
        out: list[Fact] = []
        for law in (m for m in mentions if m.type == "Law"):
            role = self.role.match(text, law.end)
            if role is None:
                continue
            after = [m for m in mentions if m.start >= role.end()]
            named = grammar.group(text, after, SPONSORS, from_right=False) if after else []
            if named and named[0] is after[0] and self.before_name.fullmatch(text, role.end(), named[0].start):
                sponsors = named
            else:  # 斯科特·维纳是SB 53的提案人
                before = [m for m in mentions if m.end <= law.start]
                sponsors = grammar.group(text, before, SPONSORS, from_right=True) if before else []
                if not sponsors or not self.copula.fullmatch(text, sponsors[-1].end, law.start):
                    continue
            out += [Fact(who, "proposed", law, sentence.evidence, confidence(who, law, 0.75)) for who in sponsors]
        return out


SUBMITTERS = {"Regulator", "Person", "Organization"}  # (参议院通过X，草案将提交众议院审议: a chamber passing a bill sends it on)
SUBMISSION_REACH = window("issuer.SUBMISSION_REACH")  # characters between a submitted bill and its submission (将《X》草案提请)


class Submissions(SentenceFamily):
    """A bill sent to a legislature for deliberation is proposed by the one who sends it:
    国务院提请全国人大常委会审议《人工智能法（草案）》, 行政院将「人工智慧基本法」草案函请立法院审议,
    《X》由国务院提请全国人大常委会审议 -> proposed.  A word of submitting (context.tsv bill_submission:
    提请, 函请, 送请, 提交), the legislature right after it, a word of deliberation right after that
    (bill_deliberation: 审议, 审查); the bill is the law named right after, else the nearest one before
    the submission in its sentence; the sender the names nearest before the submission (after 由 where
    it marks them): a government, a body or a person, not a chamber that passed the bill and sends it
    on.  Nothing where the submission is denied, planned or still to come (context.tsv negation,
    act_intention, bill_submission_pending: 未提请, 拟提请, 预备提请, 尚需提交)."""
    detail = "submitted"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.submission = re.compile(rf"(?:{alternation(words['bill_submission']).pattern})\s*$")
        self.deliberation = re.compile(rf"\s*(?:会议)?\s*(?:{alternation(words['bill_deliberation']).pattern})")
        self.unmade = (*words["negation"], *words["act_intention"], *words["bill_submission_pending"])
        self.speech = tuple(words["speech_verb"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions, grammar = sentence.text, sentence.mentions, self.shared.grammar
        out: list[Fact] = []
        for index, body in enumerate(mentions):
            if body.type != "Legislature" or self.deliberation.match(text, body.end) is None:
                continue
            clause_start = grammar.clause_start(text, sentence.start, body.start)
            submitted = self.submission.search(text, clause_start, body.start)
            if submitted is None or any(word in text[clause_start:submitted.start()] for word in self.unmade):
                continue
            law = self.bill(text, submitted.start(), self.deliberation.match(text, body.end).end(), mentions)
            if law is None:
                continue
            before = [m for m in mentions[:index] if m.end <= submitted.start() and m.type != "Law"
                      and submitted.start() - m.end <= SUBMISSION_REACH * 4]
            senders = grammar.group(text, before, SUBMITTERS, from_right=True)
            if senders and any(word in text[senders[-1].end:submitted.start()] for word in self.speech):
                continue  # X表示，该草案将提请议会审议: who speaks does not send it
            out += [Fact(who, "proposed", law, sentence.evidence, confidence(who, law, 0.75)) for who in senders]
        return out

    @staticmethod
    def bill(text: str, submission: int, deliberated: int, mentions: list[Mention]) -> Mention | None:
        """The law named right after the deliberation (审议《X》), else the last one before the submission
        within a few words of it (将《X》草案提请, 《X》由国务院提请)."""
        after = next((m for m in mentions if m.start >= deliberated), None)
        if after is not None and after.type == "Law" and not text[deliberated:after.start].strip(" 《「“\"了"):
            return after
        laws = [m for m in mentions if m.type == "Law" and m.end <= submission]
        return laws[-1] if laws and submission - laws[-1].end <= SUBMISSION_REACH else None


class ExecutiveBills(ItemRefiner):
    """A bill an executive body publishes is its proposal, not a law it issues: 欧盟委员会于11月
    19日公布的《数字综合法案》, 英国政府发布《数据法案》 -> proposed.  A bill (its name ends with a word
    of context.tsv bill_word: 法案, 议案) that a state body (a Regulator, not a leader's office:
    place_office, 总统, 州长) is read to have issued, with no word of enacting between the two
    (bill_enacting: 签署, 通过, 颁布, 生效); a legislature passing or a leader signing it issues it."""
    detail = "executive-bill"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.bill = tuple(words["bill_word"])
        self.leaders = alternation(words["place_office"])
        self.enacting = alternation(words["bill_enacting"])

    def refine(self, facts: list[Fact]) -> list[Fact]:
        return [replace(fact, relation="proposed") if self.proposal(fact) else fact for fact in facts]

    def proposal(self, fact: Fact) -> bool:
        head, tail = fact.head, fact.tail
        if fact.relation != "issued" or head.type != "Regulator" or not tail.text.rstrip("》」”\"").endswith(self.bill):
            return False
        if self.leaders.search(head.text) or self.leaders.search(head.canonical or ""):
            return False
        first, second = sorted((head, tail), key=lambda m: m.start)
        offset = fact.evidence.start
        return not self.enacting.search(fact.evidence.sentence, first.end - offset, second.start - offset)
