"""Fines and penalties: a party paying to settle an agency's charges (SettlementPayments), a
judge ordering a litigant to pay (JudgeOrders), a fine received or a penalty given (ReceivedFines,
GrantedPenalties).
"""
from __future__ import annotations

import re

from ..alternation import alternation, alternatives
from ..model import Fact, Mention, inside_any
from .base import Sentence, SentenceFamily, Shared, confidence, key, titled_judge
from .grammar import latin_words, window
from .inquiry import Undergone


PAYERS = ("Company", "Person", "Organization")
NOT_BOUND = ("无", "不", "毋", "未", "免")  # 无须缴纳罚款: bound to pay nothing


def acting_body(sentence: Sentence, *types: str) -> Mention | None:
    """The body of the types the sentence names (its first), else the last the item named before it."""
    inside = [m for m in sentence.mentions if m.type in types]
    if inside:
        return inside[0]
    before = [m for m in sentence.named if m.type in types and m.end <= sentence.start]
    return before[-1] if before else None


class SettlementPayments(SentenceFamily):
    """A party agreeing or bound to pay a sum to settle with an agency, or as a penalty,
    was fined by it: Cleo AI同意支付1700万美元，了结FTC对其的指控 -> the FTC fined Cleo AI
    (and settled with it).  The agency is the one the sentence names, else the last the
    item named before it (根据和解令，accessiBe须支付100万美元 after 1月3日，FTC宣布…);
    the payer is the last party named before the payment, not one a preposition makes the
    payee or a partner (向NHTSA支付, 与司法部).  Nothing where no settling word and no
    penalty word is told, nor where a negation stands between the payer and the payment.
    Words from data/lexicon/context.tsv: settlement_payment, settling_word, penalty_word,
    payer_marker, negation."""
    detail = "payment"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.payments, self.settling, self.penalty, self.negation = latin_words(
            shared.words, "settlement_payment", "settling_word", "penalty_word", "negation")
        self.payer_markers = tuple(shared.words["payer_marker"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end = sentence.text, sentence.start, sentence.end
        payment = next((m for m in self.payments.finditer(text, start, end)
                        if not inside_any(m.start(), sentence.mentions) and text[m.start() - 1:m.start()] not in NOT_BOUND), None)
        if payment is None:
            return []
        settling = self.settling.search(text, start, end) is not None
        if not settling and self.penalty.search(text, payment.end(), end) is None:
            return []
        agency = acting_body(sentence, "Regulator")
        payer = next((m for m in reversed(sentence.mentions) if m.end <= payment.start() and m.type in PAYERS
                      and not self.marked(text, start, m)), None)
        if agency is None or payer is None or self.negation.search(text, payer.end, payment.start()):
            return []
        relations = ("fined", "settled") if settling else ("fined",)
        return [Fact(agency, relation, payer, sentence.evidence, confidence(agency, payer, 0.6))
                for relation in relations]

    def marked(self, text: str, start: int, mention: Mention) -> bool:
        """向NHTSA, 与司法部, with the FTC: a payee or a party beside the payer."""
        before = text[max(start, mention.start - 6):mention.start].rstrip()
        if not before:
            return False
        if before[-1].isascii():
            words = before.lower().split()
            return bool(words) and words[-1] in self.payer_markers
        return before.endswith(tuple(w for w in self.payer_markers if not w.isascii()))


class JudgeOrders(SentenceFamily):
    """A judge or a court sanctioning in an English sentence: Justice Y ordered Laprade to pay
    $5,000 for a breach in the conduct of the proceeding; Judge Y fined A, B and their firm $5,000;
    he imposed a penalty of $5,000 on A and B -> the court fined each.  The court is the one the
    sentence names, else the last the item named before it (the judge stands for it); a sum
    must be told, and nothing where the payment is a lawsuit's award (damages, a jury's
    verdict, a settlement).  Words from data/lexicon/context.tsv: court_actor, judge_actor, judge,
    judge_order, judge_sum, judge_award, negation."""
    detail = "judge"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.judges = tuple(w for w in words["judge"] if w.isascii())
        self.actors = re.compile(rf"\b(?:{alternatives((*words['court_actor'], *words['judge_actor']))})\b", re.IGNORECASE)
        self.orders = re.compile(rf"\b(?:{alternatives(words['judge_order'])})\b")
        self.sums = re.compile(rf"(?:{alternatives(w for w in words['judge_sum'] if not w.isalpha())})\s?\d"
                               rf"|\d[\d,.]*(?: (?:million|billion))? (?:{alternatives(w for w in words['judge_sum'] if w.isalpha())})\b")
        self.awards = re.compile(rf"\b(?:{alternatives(words['judge_award'])})", re.IGNORECASE)
        self.negation = alternation(words["negation"], re.IGNORECASE, latin_whole=True)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end = sentence.text, sentence.start, sentence.end
        local = text[start:end]
        if not local.isascii() or self.sums.search(local) is None or self.awards.search(local):
            return []
        court = acting_body(sentence, "Court")
        if court is None:
            return []
        out: list[Fact] = []
        for order in self.orders.finditer(local):
            actor = self.actor(sentence, order.start())
            if actor is None or self.negation.search(local, actor, order.start()):
                continue
            targets = self.targets(sentence, order)
            out += [Fact(court, "fined", target, sentence.evidence, confidence(court, target, 0.55))
                    for target in targets if key(target) != key(court)]
        return out

    def actor(self, sentence: Sentence, at: int) -> int | None:
        """Where the judge or court acting before the order ends in the sentence, if one does
        in its clause (Justice Y ordered, the court fined, Judge Y of the District Court imposed)."""
        local = sentence.text[sentence.start:sentence.start + at]
        clause = max(local.rfind(";"), local.rfind(". "))
        ends = [m.end() for m in self.actors.finditer(local, clause + 1)]
        ends += [m.end - sentence.start for m in sentence.mentions if m.end - sentence.start <= at and
                 m.start - sentence.start > clause and (m.type == "Court" or (m.type == "Person" and titled_judge(
                     sentence.text[sentence.start:sentence.end], m.start - sentence.start, m.end - sentence.start, self.judges)))]
        return max(ends) if ends else None

    def targets(self, sentence: Sentence, order: re.Match) -> list[Mention]:
        """The parties the order falls on: those between "ordered" and "to pay", those right
        after "fined"/"sanctioned", or those after the "on" of an imposed penalty."""
        local = sentence.text[sentence.start:sentence.end]
        verb = order.group(0)
        if verb.startswith("order"):
            pay = re.compile(r"\bto pay\b").search(local, order.end())
            span = (order.end(), pay.start()) if pay else None
        elif verb.startswith(("impos", "levi")):
            on = re.compile(r"\b(?:fine|penalty|sanctions)\b[^.;]*?\bon\b").search(local, order.end())
            span = (on.end(), self.span_end(local, on.end())) if on else None
        else:
            span = (order.end(), self.span_end(local, order.end()))
        if span is None:
            return []
        return [m for m in sentence.mentions if m.type in PAYERS and span[0] <= m.start - sentence.start
                and m.end - sentence.start <= span[1] and not titled_judge(local, m.start - sentence.start,
                                                                         m.end - sentence.start, self.judges)]

    def span_end(self, local: str, at: int) -> int:
        """Where the names an act falls on end: at the sum, a reason or a clause's end."""
        stop = re.compile(r"[$€£;:]|\d|\b(?:for|over|under|because|after|in|jointly)\b|\.\s").search(local, at)
        return stop.start() if stop else len(local)


AUTHORITIES = frozenset({"Regulator", "Legislature", "Court"})  # who fines (a country is no fining body: SIGNATURES)
PENALISED = frozenset({"Company", "Organization", "Person", "AIModel"})
PENALTY_REACH = window("sanctions.PENALTY_REACH")  # characters between the names and the penalty's word (警告、罚款50万元的)


class ReceivedFines(SentenceFamily):
    """A fine told from the side of the one who gets it: A收到意大利数据保护局开出的1500万欧元罚单
    -> the body fined A.  An Undergone frame (kg.facts.inquiry): a word of receiving (context.tsv
    fine_received: 收到, 吃下, 领到) and a word of the fine (fine_ticket: 罚单, 罚款, 处罚决定)
    after the authorities."""
    detail = "received"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.frame = Undergone(shared, "fine_received", "fine_ticket", PENALTY_REACH, set(AUTHORITIES), set(PENALISED))

    def facts(self, sentence: Sentence) -> list[Fact]:
        return [Fact(body, "fined", name, sentence.evidence, confidence(body, name, 0.75))
                for body, name in self.frame.pairs(sentence)]


class GrantedPenalties(SentenceFamily):
    """The formula of an administrative penalty: 市场监管总局依法给予A警告、罚款50万元的行政处罚
    -> the body fined A.  A word of giving (context.tsv penalty_given: 给予, 予以) with names right
    after it, then within a few words a word of the fine (fine_ticket: 罚款, 行政处罚); the body is
    the last authority the sentence names before the word (not after 在/于)."""
    detail = "granted"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.given = alternation(words["penalty_given"])
        self.ticket = re.compile(rf"[^，,。；;：:]{{0,{PENALTY_REACH}}}?(?:{alternatives(words['fine_ticket'])})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, grammar = sentence.text, sentence.start, sentence.end, self.shared.grammar
        out: list[Fact] = []
        for given in self.given.finditer(text, start, end):
            after = [m for m in sentence.mentions if m.start >= given.end()]
            if not after or after[0].start != given.end():
                continue
            names = grammar.group(text, after, set(PENALISED), from_right=False)
            if not names or names[0] is not after[0] or self.ticket.match(text, names[-1].end) is None:
                continue
            body = max((m for m in sentence.mentions if m.end <= given.start() and m.type in AUTHORITIES
                        and not grammar.located(text, m)), key=lambda m: m.end, default=None)
            if body is not None:
                out += [Fact(body, "fined", name, sentence.evidence, confidence(body, name, 0.75))
                        for name in names if key(name) != key(body)]
        return out
