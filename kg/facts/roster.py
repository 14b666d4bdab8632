"""Partners named as a roster of one actor's partners: 与优必选开展实训合作的企业还包括
吉利汽车、比亚迪以及富士康 -> 优必选 partnered each of them.  The actor is the name right
after a partner marker (与, 和, 同, 跟) before 合作的; the roster is the list after a word
opening it (包括, 有).  Words from data/lexicon/context.tsv: partner_marker, partner_roster.
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact
from .base import Sentence, SentenceFamily, Shared, confidence
from .grammar import AND_ALSO, COMMAS, ENUMERATION_COMMA, window

PARTNERS = frozenset({"Company", "Organization"})
GAP = window("roster.GAP")  # characters, no comma or stop, between the actor and 合作的 (开展人形机器人实训)


class Rosters(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.marker = alternation(shared.words["partner_marker"])
        # 合作的企业还包括, 合作伙伴也有: what opens the roster after the actor
        self.roster = re.compile(rf"^[^，,。；;：:]{{0,{GAP}}}?合作(?:的)?[\u4e00-\u9fff]{{0,4}}?"
                                 rf"(?:{alternation(shared.words['partner_roster']).pattern})")
        self.grammar = shared.grammar

    def facts(self, sentence: Sentence) -> list:
        text, facts = sentence.text, []
        for actor in sentence.mentions:
            if actor.type not in PARTNERS or not self.marker.fullmatch(text[max(0, actor.start - 1):actor.start]):
                continue
            opening = self.roster.match(text[actor.end:sentence.end])
            if opening is None:
                continue
            start = actor.end + opening.end()
            # every firm up to the clause's end: a name the list holds that is no firm (一汽-大众青岛分公司
            # read as a place) does not end it
            end = self.grammar.clause_end(text, start, sentence.end)
            members = [m for m in sentence.mentions if start <= m.start and m.end <= end and m.type in PARTNERS]
            facts += [Fact(actor, "partnered", member, sentence.evidence, confidence(actor, member, 0.7))
                      for member in members if member.canonical != actor.canonical or member.text != actor.text]
        return facts


PAIR_GAP = window("roster.PAIR_GAP")  # characters, no clause break, between the last pair and the deal's noun (之间的投资合作安排)


class PairedLists(SentenceFamily):
    """Pairs of partners listed one after another: 微软与OpenAI、亚马逊与Anthropic、谷歌与Anthropic的
    投资合作安排 -> three pairs partnered, not every combination of the six names.  Each pair is two
    names joined by a pair joiner (与, 和), the pairs are joined by 、 or a comma's list mark, and a deal's
    noun (合作, 协议, 安排: context.tsv pair_deal) follows the last pair in its clause.  One pair alone
    is the cue family's (A与B的合作)."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.joiner = re.compile(rf"\s*(?:{alternation(shared.words['pair_joiner']).pattern})\s*")
        self.deal = re.compile(rf"[^，,。；;：:！？]{{0,{PAIR_GAP}}}?(?:{alternation(shared.words['pair_deal']).pattern})")

    def facts(self, sentence: Sentence) -> list:
        text, facts = sentence.text, []
        names = [m for m in sentence.mentions if m.type in PARTNERS | {"Regulator"}]
        pairs, at = [], 0
        while at + 1 < len(names):
            one, other = names[at], names[at + 1]
            if self.joiner.fullmatch(text[one.end:other.start]):
                if pairs and not self.listed(text[pairs[-1][1].end:one.start]):
                    self.close(sentence, pairs, facts)
                    pairs = []
                pairs.append((one, other))
                at += 2
            else:
                self.close(sentence, pairs, facts)
                pairs, at = [], at + 1
        self.close(sentence, pairs, facts)
        return facts

    @staticmethod
    def listed(gap: str) -> bool:
        return gap.strip() in (ENUMERATION_COMMA, *COMMAS, AND_ALSO, "及")  # (no 和, 与: they open the partner)

    def close(self, sentence: Sentence, pairs: list, facts: list) -> None:
        """The pairs of one list, when two or more and a deal's noun follows the last."""
        if len(pairs) < 2 or self.deal.match(sentence.text, pairs[-1][1].end) is None:
            return
        facts += [Fact(one, "partnered", other, sentence.evidence, confidence(one, other, 0.7)) for one, other in pairs]


CLIENTS = PARTNERS | {"Regulator"}  # a supplier's clients: firms, organisations, state bodies (美国空军)


class Clients(SentenceFamily):
    """A supplier's clients named as such: Scale AI的客户包括微软、OpenAI和美国空军 / OpenAI是Scale AI的
    客户之一 -> the supplier partnered each (an agreement to supply).  The supplier, (的), a word for its
    clients (context.tsv client_word: 客户, 合作伙伴) and a word opening the list (client_roster: 包括,
    有), then the names of the clause; or the names, a copula (shareholder_copula: 是, 为; adverbs before it, act_adverb: 都), the
    supplier, 的 and the word for its clients closing the clause (之一 after it or not)."""
    detail = "clients"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        client = alternation(words["client_word"]).pattern
        self.roster = re.compile(rf"\s*的?\s*(?:{client})(?:还|也|则)?(?:{alternation(words['client_roster']).pattern})[了：:]?\s*")
        self.copula = re.compile(rf"\s*(?:{alternation(words['act_adverb_clause']).pattern})*\s*"
                                 rf"(?:{alternation(words['shareholder_copula']).pattern})\s*$")
        self.closing = re.compile(rf"\s*的\s*(?:{client})(?:之一)?\s*(?=[，,。；;]|$)")

    def facts(self, sentence: Sentence) -> list:
        text, mentions, facts = sentence.text, sentence.mentions, []
        for index, supplier in enumerate(mentions):
            if supplier.type not in PARTNERS:
                continue
            clients: list = []
            opening = self.roster.match(text, supplier.end)
            if opening is not None:
                end = self.grammar.clause_end(text, opening.end(), sentence.end)
                after = [m for m in mentions[index + 1:] if m.end <= end]
                if after and after[0].start == opening.end():
                    clients = self.grammar.group(text, after, set(CLIENTS), from_right=False)
            elif index > 0 and self.closing.match(text, supplier.end, sentence.end):
                before = self.grammar.group(text, mentions[:index], set(CLIENTS), from_right=True)
                if before and self.copula.match(text[before[-1].end:supplier.start]):
                    clients = before
            facts += [Fact(supplier, "partnered", client, sentence.evidence, confidence(supplier, client, 0.7))
                      for client in clients if client.canonical != supplier.canonical or client.text != supplier.text]
        return facts


class PairGoingOn(SentenceFamily):
    """A pair named at a sentence's opening, a later clause of it telling their partnership with
    no name of its own: 华纳音乐集团与Suno达成和解，并宣布建立合作关系 -> partnered (the settlement
    is the cue family's).  The sentence opens on two names joined by a pair joiner (context.tsv
    pair_joiner: 与, 和); a later clause opens (a few linking words, partner_going_on_opening: 并,
    同时, 宣布) on a partnering phrase (partner_going_on: 建立合作关系, 达成合作) and names no one;
    no negation (negation) in it."""
    detail = "going-on"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        self.joiner = re.compile(rf"\s*(?:{alternation(words['pair_joiner']).pattern})\s*")
        self.clause = re.compile(rf"\s*(?:{alternation(words['partner_going_on_opening']).pattern})*\s*"
                                 rf"(?:{alternation(words['partner_going_on']).pattern})")
        self.negation = tuple(words["negation"])

    def facts(self, sentence: Sentence) -> list:
        text, mentions = sentence.text, sentence.mentions
        if len(mentions) < 2 or mentions[0].type not in PARTNERS or mentions[1].type not in PARTNERS \
                or text[sentence.start:mentions[0].start].strip() or not self.joiner.fullmatch(text, mentions[0].end, mentions[1].start):
            return []
        one, other = mentions[0], mentions[1]
        position = self.grammar.clause_end(text, other.end, sentence.end)
        while position < sentence.end:
            clause_end = self.grammar.clause_end(text, position + 1, sentence.end)
            clause = text[position + 1:clause_end]
            if self.clause.match(clause) and not any(word in clause for word in self.negation) \
                    and not any(position < m.start < clause_end for m in mentions):
                return [Fact(one, "partnered", other, sentence.evidence, confidence(one, other, 0.7))]
            position = clause_end
        return []


LICENCE_REACH = window("roster.LICENCE_REACH")  # characters between the licensee and the use (在其Sora平台上)


class Licences(SentenceFamily):
    """A licence told by its verb: 迪士尼将授权OpenAI在Sora中使用其角色 -> 迪士尼 partnered OpenAI.
    The licensor, a few adverbs at most (act_adverb, 将), a word of licensing (context.tsv
    licence_verb: 授权, 许可), the licensee right after it and, within a few words in its clause,
    a word of use (licence_use: 使用, 调用, 训练); never after a word denying the licence
    (licence_denied: 未经, 未获: 未经迪士尼授权OpenAI使用 grants nothing)."""
    detail = "licence"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        self.verb = alternation(words["licence_verb"])
        self.adverbs = re.compile(rf"\s*(?:(?:{alternation(words['act_adverb_clause']).pattern}|将|将会|已|同意|正式)\s*)*")
        self.use = re.compile(rf"[^，,。；;：:]{{0,{LICENCE_REACH}}}?(?:{alternation(words['licence_use']).pattern})")
        self.denied = tuple(words["licence_denied"])

    def facts(self, sentence: Sentence) -> list:
        text, mentions, facts = sentence.text, sentence.mentions, []
        for verb in self.verb.finditer(text, sentence.start, sentence.end):
            licensee = next((m for m in mentions if m.start == verb.end()), None)
            licensor = max((m for m in mentions if m.end <= verb.start()), key=lambda m: m.end, default=None)
            if licensee is None or licensor is None or licensee.type not in PARTNERS or licensor.type not in PARTNERS:
                continue
            if not self.adverbs.fullmatch(text, licensor.end, verb.start()) \
                    or text[max(sentence.start, licensor.start - 3):licensor.start].endswith(self.denied) \
                    or self.use.match(text, licensee.end) is None:
                continue
            facts.append(Fact(licensor, "partnered", licensee, sentence.evidence, confidence(licensor, licensee, 0.7)))
        return facts
