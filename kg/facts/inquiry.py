"""An authority demanding information of names investigated them (SCHEMA.md: an inquiry):

    美国联邦贸易委员会向A、B和C三家公司发出指令，要求其说明…  -> investigated A, B and C
    爱尔兰数据保护委员会已致函D，要求其解释…                    -> investigated D
    欧盟委员会就该交易向E了解情况                                -> investigated E

The names addressed stand after 向 or 致函 (data/lexicon/context.tsv inquiry_marker), up to a
word of sending (发出, 发送: inquiry_send) or the clause's end, and a later clause of the
sentence orders them to tell or hand over something (要求其提供, 责令说明: causative, then
inquiry_info within a few characters); or a word of asking follows them at once
(了解情况, 询问: inquiry_ask); or the word of sending is followed by a notice that opens
a supervisory step (执行通知, 注意提醒, 行政指导, 问询函: inquiry_notice, a few words such as
初步 between), after 向 or after 对 (inquiry_notice_marker):

    英国信息专员办公室向Snap发出初步执行通知，认为…   -> investigated Snap
    日本总务省对LY公司作出行政指导                  -> investigated LY公司

A warning alone (发出警告) is no notice: it accuses rather than inquires.  The authority is a state body (not a court) named before the
marker, the last one of the sentence before it.

A finding an authority states after its inquiry names what it investigated (Fact.rule
``inquiry/finding``):

    某国数据保护机构调查后认定，A未履行告知义务…          -> investigated A
    某部门公布对三款应用的检测结果，指出A、B和C存在风险…    -> investigated A, B and C

An inquiry's word (context.tsv finding_inquiry: 调查, 审查, 检测) with 后 or 结果 after it
(finding_after), then a word of finding (finding_verb: 认定, 发现, 指出) opening the clause
whose subject, the names right after it, is what the inquiry concerned.  A finding of a breach
(breach_word: 违反, 侵犯 after the names, in their clause) accuses them too, and needs no inquiry's
word when the authority states it itself, right before the word of finding:

    法国国家信息与自由委员会认定A违反了《通用数据保护条例》   -> investigated A, accused A
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact, Mention
from ..punctuation import CLAUSE_BREAK
from .base import Document, DocumentFamily, Sentence, SentenceFamily, Shared, by_item, confidence, key
from .grammar import latin_words, window

AUTHORITIES = {"Regulator", "Legislature"}
INQUIRY_OBJECT = re.compile(r"\s+(?:of|into)\s+(?:the\s+)?")  # an investigation of / into the …: what it is into follows
FINDER_REACH = window("inquiry.FINDER_REACH")  # characters between an authority and its own word of finding (某委员会近日认定)
ADDRESSED = {"Company", "Organization", "Person", "AIModel"}
DEMAND_REACH = window("inquiry.DEMAND_REACH")  # characters between 要求 and what is to be told (要求这些公司提供)
NOTICE_REACH = window("inquiry.NOTICE_REACH")  # characters between the word of sending and the notice (发出初步执行通知)


class Inquiries(SentenceFamily):
    """FTC向A、B发出指令，要求其说明…: investigated A and B."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.marker = alternation(words["inquiry_marker"] + words["inquiry_notice_marker"])
        self.notice_only = set(words["inquiry_notice_marker"])  # 对A作出…: only a notice makes it an inquiry
        self.notice = re.compile(rf"[^，,。；;]{{0,{NOTICE_REACH}}}?(?:{alternation(words['inquiry_notice']).pattern})")
        self.send = alternation(words["inquiry_send"])
        self.ask = tuple(words["inquiry_ask"])
        self.demand = re.compile(rf"(?:{alternation(words['causative']).pattern})[^，,。；;]{{0,{DEMAND_REACH}}}?"
                                 rf"(?:{alternation(words['inquiry_info']).pattern})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, grammar = sentence.text, sentence.start, sentence.end, self.shared.grammar
        out: list[Fact] = []
        for marker in self.marker.finditer(text, start, end):
            clause_end = grammar.clause_end(text, marker.end(), end)
            sent = self.send.search(text, marker.end(), clause_end)
            stop = sent.start() if sent else clause_end
            addressed = [m for m in sentence.mentions if marker.end() <= m.start and m.end <= stop]
            names = grammar.group(text, addressed, ADDRESSED, from_right=True)
            if not names or (names[0].start - marker.end() > 2 and not self.described(text, marker.end(), names[0])):
                continue
            noticed = sent is not None and self.notice.match(text, sent.end(), clause_end) is not None
            if marker.group() in self.notice_only:
                if not noticed:
                    continue
            elif not noticed and not text[names[-1].end:stop].lstrip().startswith(self.ask) \
                    and self.demand.search(text, clause_end, end) is None:
                continue
            authority = max((m for m in sentence.mentions if m.end <= marker.start() and m.type in AUTHORITIES
                             and not grammar.located(text, m)), key=lambda m: m.end, default=None)
            if authority is None:
                continue
            # 日本总务省、个人信息保护委员会就…对A作出行政指导: each body of the list acts
            listed = grammar.group(text, [m for m in sentence.mentions if m.end <= authority.end], AUTHORITIES,
                                   from_right=True)
            out += [Fact(body, "investigated", name, sentence.evidence, confidence(body, name, 0.7))
                    for body in (listed if authority in listed else [authority])
                    for name in names if key(name) != key(body)]
        return out

    @staticmethod
    def described(text: str, position: int, first: Mention) -> bool:
        """谷歌母公司 Alphabet: a few words describing the first name addressed stand before it."""
        return 0 < first.start - position <= 12 and not re.search(r"[，,。；;]", text[position:first.start])


class Findings(SentenceFamily):
    """国家数据局调查后认定，A公司…: investigated A."""
    detail = "finding"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        verb = rf"(?:{alternation(words['finding_verb']).pattern})[，,：:]?\s*"
        # 调查后认定 (an inquiry's finding), or 认定 alone (a finding its authority states: a breach must follow)
        self.finding = re.compile(rf"(?P<inquiry>(?:{alternation(words['finding_inquiry']).pattern})"
                                  rf"(?:{alternation(words['finding_after']).pattern})[，,]?\s*)?{verb}")
        self.breach = alternation(words["breach_word"])
        self.person_titles = frozenset(words["person_title"])  # 认定律师X违反…: a person's role before the name

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, grammar = sentence.text, sentence.start, sentence.end, self.shared.grammar
        out: list[Fact] = []
        for found in self.finding.finditer(text, start, end):
            subjects = [m for m in sentence.mentions if m.start >= found.end()]
            if not subjects or (subjects[0].start != found.end() and not self.titled(text, found.end(), subjects[0])):
                continue  # 调查后认定，该公司…: the finding's subject is no name
            names = grammar.group(text, subjects, ADDRESSED, from_right=False)
            authority = max((m for m in sentence.mentions if m.end <= found.start() and m.type in AUTHORITIES
                             and not grammar.located(text, m)), key=lambda m: m.end, default=None)
            if authority is None or not names or names[0] is not subjects[0]:
                continue
            breach = self.breach.search(text, names[-1].end, grammar.clause_end(text, names[-1].end, end)) is not None
            if found.group("inquiry") is None and not (breach and self.states(text, authority, found.start())):
                continue  # 认定A为…, 专家认定A违反…: no authority's finding of a breach
            relations = ("investigated", "accused") if breach else ("investigated",)
            out += [Fact(authority, relation, name, sentence.evidence, confidence(authority, name, 0.7))
                    for name in names if key(name) != key(authority) for relation in relations]
        return out

    def titled(self, text: str, position: int, first: Mention) -> bool:
        """认定律师X…: the person the finding opens on, after a role word."""
        return first.type == "Person" and text[position:first.start] in self.person_titles

    @staticmethod
    def states(text: str, authority: Mention, finding: int) -> bool:
        """Whether the authority is the subject of the word of finding: right before it (近日, 已 between)."""
        return 0 <= finding - authority.end <= FINDER_REACH and not re.search(r"[，,。；;、和与及]", text[authority.end:finding])


UNDERGONE_REACH = window("inquiry.UNDERGONE_REACH")  # characters between the authority and its word of inquiry (的反垄断)
SCOPE_REACH = window("inquiry.SCOPE_REACH")  # characters between the authority opening an inquiry and its scope
ACCOUNT_REACH = window("inquiry.ACCOUNT_REACH")  # characters between the names required to account and the word
HANDOVER_REACH = window("inquiry.HANDOVER_REACH")  # characters between a word of handing over and the information
NEGATION_REACH = window("inquiry.NEGATION_REACH")  # characters before a word of ordering searched for a negation


class Undergone:
    """What a subject undergoes at the hands of authorities, told from the subject's side: the
    clause's names right before a verb of undergoing (only adverbs between them, context.tsv
    act_adverb: 正, 已, 目前, so never 可能面临, 将接受), authorities right after the verb, then
    within ``reach`` characters (no mark) a word of the act (A正接受X的调查, A收到X开出的罚单)."""

    def __init__(self, shared: Shared, verbs: str, acts: str, reach: int, bodies: set[str], subjects: set[str]) -> None:
        words, self.grammar = shared.words, shared.grammar
        self.verb = alternation(words[verbs])
        self.adverbs = re.compile(rf"\s*(?:(?:{alternation(words['act_adverb_clause']).pattern})\s*)*")
        self.act = re.compile(rf"[^，,。；;：:、]{{0,{reach}}}?(?:{alternation(words[acts]).pattern})")
        self.bodies, self.subjects = bodies, subjects

    def pairs(self, sentence: Sentence) -> list[tuple[Mention, Mention]]:
        """(authority, subject) of each such verb of the sentence."""
        text, start, end, grammar = sentence.text, sentence.start, sentence.end, self.grammar
        out: list[tuple[Mention, Mention]] = []
        for verb in self.verb.finditer(text, start, end):
            clause_end = grammar.clause_end(text, verb.end(), end)
            after = [m for m in sentence.mentions if verb.end() <= m.start and m.end <= clause_end]
            if not after or after[0].start != verb.end() or after[0].type not in self.bodies:
                continue
            bodies = grammar.group(text, after, self.bodies, from_right=False)
            if not bodies or self.act.match(text, bodies[-1].end) is None:
                continue
            clause_start = grammar.clause_start(text, start, verb.start())
            before = [m for m in sentence.mentions if clause_start <= m.start and m.end <= verb.start()]
            names = grammar.group(text, before, self.subjects, from_right=True)
            if not names or not self.adverbs.fullmatch(text, names[-1].end, verb.start()):
                continue  # 可能面临欧盟调查, 该公司的产品接受…: nothing undergone now, or by no name
            out += [(body, name) for body in bodies for name in names if key(name) != key(body)]
        return out


class UndergoneInquiries(SentenceFamily):
    """A正接受美国证券交易委员会的调查, B成为欧盟委员会调查的对象: investigated A, B.

    An Undergone frame: a verb of undergoing (context.tsv inquiry_undergo: 接受, 面临, 成为) and a
    word of inquiry (drawn_inquiry: 调查, 审查, 问询) after the authorities.

        星河科技披露，公司正接受美国证券交易委员会的调查  -> investigated 星河科技
    """
    detail = "undergone"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.frame = Undergone(shared, "inquiry_undergo", "drawn_inquiry", UNDERGONE_REACH, AUTHORITIES, ADDRESSED)

    def facts(self, sentence: Sentence) -> list[Fact]:
        return [Fact(body, "investigated", name, sentence.evidence, confidence(body, name, 0.75))
                for body, name in self.frame.pairs(sentence)]


class InquiryScopes(SentenceFamily):
    """美国联邦贸易委员会启动调查。此次调查涉及A、B和C等七家企业: investigated A, B and C.

    A clause opening on an inquiry (a reference, context.tsv inquiry_reference: 此次, 该, and
    a word of inquiry, drawn_inquiry) and a word of reach (inquiry_scope: 涉及, 对象包括, 针对)
    with names right after it: the authority that opened it, the last one the item names before
    (in reach, the sentence before or the clause before) with a word of inquiry after it, investigated them.
    """
    detail = "scope"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.inquiry_word = alternation(words["drawn_inquiry"])
        self.scope = re.compile(rf"(?:{alternation(words['inquiry_reference']).pattern})?"
                                rf"(?:{self.inquiry_word.pattern})(?:{alternation(words['inquiry_scope']).pattern})[了：:]?\s*")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, grammar = sentence.text, sentence.start, sentence.end, self.shared.grammar
        out: list[Fact] = []
        for found in self.scope.finditer(text, start, end):
            if grammar.clause_start(text, start, found.start()) != found.start() \
                    and text[grammar.clause_start(text, start, found.start()):found.start()].strip():
                continue  # 其调查涉及…: the clause opens on something else
            named = [m for m in sentence.mentions if m.start >= found.end()]
            if not named or named[0].start != found.end():
                continue
            names = grammar.group(text, named, ADDRESSED, from_right=False, stop=grammar.clause_end(text, found.end(), end))
            body = self.opener(sentence, found.start())
            if body is None or not names:
                continue
            out += [Fact(body, "investigated", name, sentence.evidence, confidence(body, name, 0.7))
                    for name in names if key(name) != key(body)]
        return out

    def opener(self, sentence: Sentence, position: int) -> Mention | None:
        """The authority named last before ``position`` in reach, a word of inquiry after it."""
        body = max((m for m in sentence.named if m.end <= position and position - m.end <= SCOPE_REACH
                    and m.type in AUTHORITIES), key=lambda m: m.end, default=None)
        if body is None or self.inquiry_word.search(sentence.text, body.end, position) is None:
            return None
        return body


class Demands(SentenceFamily):
    """金管会已要求星河科技提出说明: investigated 星河科技.

    An authority (the last one before, not after 在/于) then a word of ordering (context.tsv
    causative: 要求, 责令) with names right after it and, a few words on in their clause, a word
    of accounting (inquiry_account: 说明, 解释, 答复), or 就/对 the matter and a word of sending
    (inquiry_send: 作出) before it (要求A对其数据处理行为作出澄清), or a word of handing over and,
    a few words on, a noun of information (inquiry_handover, inquiry_info_noun: 要求A提供用户资料处理
    相关资讯): the authority inquires of them.  Ordering a service stopped or a product labelled is
    no inquiry (no word of accounting, no information handed over).
    """
    detail = "demand"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.order = alternation(words["causative"])
        account = alternation(words["inquiry_account"]).pattern
        # a few words then the word (要求A尽快说明), or 就/对 and the matter, however long, then 作出 and the word
        # or a word of handing over, with no one else it goes to before it (要求A向用户提供…: context.tsv supply_target),
        # then the information, no thing it describes after it (提供删除数据的功能: a feature)
        recipient = alternation(words["supply_target"]).pattern
        handover = rf"(?:(?!{recipient})[^，,。；;：:、]){{0,{ACCOUNT_REACH}}}?" \
                   rf"(?:{alternation(words['inquiry_handover']).pattern})[^，,。；;：:、]{{0,{HANDOVER_REACH}}}?" \
                   rf"(?:{alternation(words['inquiry_info_noun']).pattern})(?!的)"
        self.account = re.compile(rf"[^，,。；;：:、]{{0,{ACCOUNT_REACH}}}?(?:{account})|{handover}|(?:就|对)[^，,。；;：:]*?"
                                  rf"(?:{alternation(words['inquiry_send']).pattern}|做出|进行)(?:{account})")
        self.negation = tuple(words["negation"])  # 并未要求A提供资料: no demand made

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, grammar = sentence.text, sentence.start, sentence.end, self.shared.grammar
        out: list[Fact] = []
        for order in self.order.finditer(text, start, end):
            clause_end = grammar.clause_end(text, order.end(), end)
            after = [m for m in sentence.mentions if order.end() <= m.start and m.end <= clause_end]
            if not after or after[0].start != order.end() or self.negated(text, start, order.start()):
                continue
            names = grammar.group(text, after, ADDRESSED, from_right=False)
            if not names or names[0] is not after[0] or self.account.match(text, names[-1].end, clause_end) is None:
                continue
            authority = max((m for m in sentence.mentions if m.end <= order.start() and m.type in AUTHORITIES
                             and not grammar.located(text, m)), key=lambda m: m.end, default=None)
            if authority is None:
                continue
            out += [Fact(authority, "investigated", name, sentence.evidence, confidence(authority, name, 0.7))
                    for name in names if key(name) != key(authority)]
        return out

    def negated(self, text: str, start: int, at: int) -> bool:
        """Whether a negation (context.tsv negation: 并未, 没有, 是否) stands in the clause right before
        the word of ordering at ``at``: 并未要求A说明 demands nothing."""
        opening = CLAUSE_BREAK.split(text[max(start, at - NEGATION_REACH):at])[-1]
        return any(negation in opening for negation in self.negation)


class FinesAfterInquiry(DocumentFamily):
    """A regulator's fine that the story tells an inquiry of was that regulator's inquiry too:

        某数据保护机构对甲公司处以罚款。…甲公司在调查开始后仍未停止…   -> investigated 甲公司
        The Acme Authority fined Zentek €2 million. Acme's investigation found …

    A fine ends an inquiry (SCHEMA: investigated, an investigation or review of); where a word of
    inquiry (context.tsv inquiry_told: 调查, investigation, probe) stands in the fine's sentence,
    or in a sentence of its item that names the regulator or the one fined, the regulator that
    fined a name investigated it.  Not a court's fine (a sanctioned lawyer ends no inquiry), nor
    where the item's inquiry is another's (a newsletter's item of several stories: PIPC公布调查结果
    beside another body's fine), nor an inquiry told in a sentence naming another authority (甲机构
    持续调查A，B被乙机构罚款).  Evidence: the fine's sentence."""
    detail = "fine"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        [self.inquiry] = latin_words(shared.words, "inquiry_told")

    def facts(self, document: Document) -> list[Fact]:
        fines = by_item(document.facts, "fined")
        out: list[Fact] = []
        for item, text, mentions in document.items:
            told = [f for f in fines.get(item.title, ()) if f.head.type == "Regulator" and key(f.head) != key(f.tail)]
            if not told:
                continue
            inquiries = [(start, end, {key(m) for m in inside}, {key(m) for m in inside if m.type in AUTHORITIES},
                          self.into(text, start, end, inside))
                         for start, end, _, inside in self.shared.sentences_with_mentions(item, text, mentions)
                         if self.inquiry.search(text, start, end)]
            out += [Fact(fine.head, "investigated", fine.tail, fine.evidence, min(fine.confidence, 0.55))
                    for fine in told if any(self.of_fine(fine, *inquiry) for inquiry in inquiries)]
        return out

    def into(self, text: str, start: int, end: int, inside: list[Mention]) -> list:
        """What each word of inquiry in a sentence is into: the key of the name right after its
        "of" or "into" (an investigation of Brightlane Ltd), None where it names none."""
        at = {m.start: key(m) for m in inside}
        return [at.get(found.end() + len(gap.group())) if (gap := INQUIRY_OBJECT.match(text, found.end())) else None
                for found in self.inquiry.finditer(text, start, end)]

    @staticmethod
    def of_fine(fine: Fact, start: int, end: int, named: set, authorities: set, into: list) -> bool:
        """Whether an inquiry's sentence is the fine's, or names its regulator or the one fined,
        and names no other authority (甲机构持续调查A，B被乙机构罚款: 甲's inquiry, not 乙's), nor
        is every inquiry it tells into another name (fined A after an investigation of B)."""
        if authorities - {key(fine.head)} or into and all(target not in (None, key(fine.tail)) for target in into):
            return False
        return start <= fine.evidence.start < end or key(fine.head) in named or key(fine.tail) in named
