"""An accusation told as what the accuser says, believes or points out, in Chinese:

    美国电影协会声称OpenAI侵犯了其会员的版权。
    亚马逊认为，Perplexity的Comet浏览器违反了其服务条款。
    坎普在声明中明确指出，DeepSeek非法将用户数据传至中国。

-> the accuser accused the party (Claims).  The accuser is the clause's subject right
before a verb of saying or believing (context.tsv claim_verb: 声称, 称, 指出, 认为), only
adverbs, a date or 在…中 between them (claim_adverb); the party is the first name after
the verb (a list: each), and a word of wrongdoing (wrongdoing: 侵犯, 违反, 窃取, 涉嫌,
未经授权) follows it in the same clause, a few characters at most away (its product named
with 的 between them), with no negation (negation: 并未, 否认), no verb of saying or
finding (Y认定Z违反…: Y's own finding; claim_gap_verb), no act against wrongdoing (X称Y将对违规
行为采取行动: against_wrongdoing) and no other party between them.
A court or a judge finds, no accuser (法院认为被告侵犯…, 法官史密斯指出…); a name a report is
attributed to (据路透社称: report_source before it) reports, no accuser; a state body's
finding (X认定A违反…) is kg.facts.inquiry's; an accusation in a lawsuit is the suit
(kg.facts.litigation SuitAccusations).

A warning received names its sender (WarningsReceived):

    谷歌本月初收到迪士尼的侵权警告。  谷歌接到迪士尼发出的律师函。

-> the sender accused the receiver (a company, person or organisation: a state body
receiving a complaint hears it): a word of receiving (context.tsv warning_received:
收到, 接到, 接获), the sender, (的 or 发出的) and a complaint's noun (warning_noun: 侵权警告,
律师函, 停止侵权函) right after it.
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact, Mention
from ..sentences import CLAUSE_MARK
from .base import PARTIES, SIGNATURES, Sentence, SentenceFamily, Shared, confidence, key, titled_judge
from .grammar import window

ACCUSERS, ACCUSED = SIGNATURES["accused"]
REACH = window("allegation.REACH")  # characters from the party to the word of wrongdoing (Perplexity的Comet浏览器违反)


def accuser_gap(words: dict) -> re.Pattern:
    """What may stand between an accuser and its verb: adverbs (claim_adverb), a date, 在…中, the
    bracketed short form of its name (美国电影协会（MPA）曾在10月致函…)."""
    adverb = alternation(words["claim_adverb"]).pattern
    return re.compile(rf"(?:\s|[（(][^（）()]{{0,20}}[）)]|[在于]?\s*[\d０-９]{{1,4}}\s*[年月日号]|{adverb}|在[^，。；：,;:]{{0,15}}?(?:中|上|里|时))*")


class Claims(SentenceFamily):
    detail = "claim"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.verb = alternation(words["claim_verb"])
        self.other_verb = alternation((*words["claim_verb"], *words["claim_gap_verb"]))  # Y认定Z违反…: Y's own finding
        self.gap = accuser_gap(words)
        self.after_verb = re.compile(r"\s*[，,：:]?\s*[“「\"]?\s*")
        self.wrongdoing = alternation(words["wrongdoing"])
        self.negation = alternation(words["negation"])
        self.against = alternation(words["against_wrongdoing"])  # OAIC将对违规行为采取行动: acts on wrongdoing, does none
        self.reported = tuple(words["report_source"])
        self.judges = tuple(words["judge"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions, out = sentence.text, sentence.mentions, []
        for verb in self.verb.finditer(text, sentence.start, sentence.end):
            accusers = self.accusers(text, mentions, verb.start(), sentence.start)
            accused = self.accused(text, mentions, verb.end(), sentence.end) if accusers else []
            out += [Fact(accuser, "accused", one, sentence.evidence, confidence(accuser, one, 0.7))
                    for accuser in accusers for one in accused if key(one) != key(accuser)]
        return out

    def accusers(self, text: str, mentions: list[Mention], verb: int, start: int) -> list[Mention]:
        """The names listed right before the verb, only adverbs between, not a report's source."""
        before = [m for m in mentions if m.end <= verb]
        if not before or any(m.start < verb < m.end for m in mentions) or before[-1].type not in ACCUSERS \
                or not self.gap.fullmatch(text, before[-1].end, verb):
            return []
        accusers = self.shared.grammar.group(text, before, ACCUSERS, from_right=True)
        if before[-1] not in accusers:
            return []
        first = min(m.start for m in accusers)
        if text[max(start, first - 3):first].endswith(self.reported):
            return []
        return [m for m in accusers if not titled_judge(text[start:], m.start - start, m.end - start, self.judges)]

    def accused(self, text: str, mentions: list[Mention], after_verb: int, end: int) -> list[Mention]:
        """The names right after the verb that a word of wrongdoing follows in their clause."""
        opening = self.after_verb.match(text, after_verb)
        following = [m for m in mentions if m.start >= opening.start()]
        if not following or following[0].start != opening.end():
            return []
        accused = self.shared.grammar.group(text, following, ACCUSED, from_right=False)
        if not accused or accused[0] is not following[0]:
            return []
        last = max(m.end for m in accused)
        mark = CLAUSE_MARK.search(text, last, end)
        clause_end = min(mark.start() if mark else end, last + REACH)
        wrong = self.wrongdoing.search(text, last, clause_end)
        if wrong is None or any(words.search(text, last, wrong.start()) for words in (self.negation, self.other_verb, self.against)):
            return []
        between = [m for m in following if last <= m.start < wrong.start()]
        if any(m.type in PARTIES for m in between):
            return []
        return accused


class WarningsReceived(SentenceFamily):
    detail = "warning"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        received = alternation(words["warning_received"]).pattern
        self.received = re.compile(rf"(?:{received})(?:了|过)?\s*$")
        noun = alternation(words["warning_noun"]).pattern
        self.noun = re.compile(rf"\s*(?:发出|寄出|寄来|发来)?的?\s*(?:{noun})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions, out = sentence.text, sentence.mentions, []
        for index, sender in enumerate(mentions):
            if sender.type not in ACCUSERS or not self.noun.match(text, sender.end):
                continue
            before = mentions[:index]
            receiver = before[-1] if before else None
            if receiver is None or receiver.type not in PARTIES:  # a body receiving a complaint hears it
                continue
            gap = text[receiver.end:sender.start]
            if len(gap) > REACH or CLAUSE_MARK.search(gap) or not self.received.search(gap):
                continue
            out.append(Fact(sender, "accused", receiver, sentence.evidence, confidence(sender, receiver, 0.7)))
        return out


class Letters(SentenceFamily):
    """A letter of demand: 美国电影协会致函OpenAI，要求其防止侵权 / 迪士尼向谷歌发函，要求停止…
    -> the sender accused the receiver.  The senders (adverbs between: claim_adverb), a word of
    writing (context.tsv letter_verb: 致函, 致信, 发函) with the receiver (a company, person or
    organisation) right after it or after 向 before it, and in the rest of the sentence a word of
    wrongdoing or of a demand to stop (wrongdoing, letter_demand: 停止, 防止, 删除), no negation
    and no other party named before it (a letter to a body about someone else names its target)."""
    detail = "letter"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        verb = alternation(words["letter_verb"]).pattern
        self.after = re.compile(rf"(?:{verb})(?:给|至)?\s*")  # 致函OpenAI
        self.before = re.compile(rf"向\s*$")  # 向谷歌发函
        self.verb_after = re.compile(rf"\s*(?:{verb})")
        self.gap = accuser_gap(words)
        self.demand = alternation((*words["wrongdoing"], *words["letter_demand"]))
        self.negation = alternation(words["negation"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions, out = sentence.text, sentence.mentions, []
        for index, receiver in enumerate(mentions):
            if receiver.type not in PARTIES or index == 0:
                continue
            senders = self.senders(text, mentions[:index], receiver)
            if not senders:
                continue
            written = self.verb_after.match(text, receiver.end)
            rest = written.end() if written else receiver.end
            demand = self.demand.search(text, rest, sentence.end)
            if demand is None or self.negation.search(text, rest, demand.start()):
                continue
            named = {key(m) for m in senders} | {key(receiver)}
            if any(m.type in PARTIES and key(m) not in named for m in mentions if rest <= m.start < demand.start()):
                continue
            out += [Fact(sender, "accused", receiver, sentence.evidence, confidence(sender, receiver, 0.7))
                    for sender in senders if key(sender) != key(receiver)]
        return out

    def senders(self, text: str, before: list[Mention], receiver: Mention) -> list[Mention]:
        """The names writing to the receiver: X致函R (the verb right before R), X向R发函 (向 before R,
        the verb right after it)."""
        sender = before[-1]
        between = text[sender.end:receiver.start]
        verb = self.after.search(between)
        if verb is not None and verb.end() == len(between):
            lead = between[:verb.start()]
        elif self.before.search(between) and self.verb_after.match(text, receiver.end):
            lead = between[:self.before.search(between).start()]
        else:
            return []
        if sender.type not in ACCUSERS or not self.gap.fullmatch(lead):
            return []
        senders = self.shared.grammar.group(text, before, ACCUSERS, from_right=True)
        return senders if sender in senders else []
