"""A stake taken in a company: 美国政府宣布取得英特尔约10%的股份, 英伟达以50亿美元认购英特尔普通股
-> investedIn.  A verb of taking shares (context.tsv stake_verb: 取得, 认购, 增持…) right before a
company, and a word for its shares (stake_noun: 股份, 股权, 普通股…) a few words after it, in one
clause; the investor is the name the clause names before the verb, else the body the sentence
opens with.  Holding a share (持有北辰科技15%股权) tells the investment as taking it does; a whole
company's shares (context.tsv whole_stake: 100%, 全部, 控股) make it the holder's unit, no stake;
a purchase (收购) is of a stake only where a part is told (收购Scale AI 49%的股份, 近一半股权:
partial_stake), and the acquisition the cue family reads then drops (PartialPurchases).
A body told to be a company's shareholder or investor (中科曙光此前是海光信息的第一大股东;
腾讯为该公司投资方 -> investedIn): a copula (shareholder_copula: 是, 为, 成为) right before the
company, (的 and) a word for its holder (shareholder_noun: 股东, 投资方) a few characters after it;
its controlling shareholder (控股股东) is its parent, no investor.
A company bringing an investor in (brought_in, brought_in_as: 北辰科技引入腾讯作为战略投资者), its
contributors after 由 (agent_marker, contributed: 海川科技由腾讯和红杉中国共同出资), a
contributor's subscribed capital (subscribed: X注册资本20亿元，其中腾讯认缴出资8亿元) and the
seller of a company bought (seller_before, seller_after: 阿里巴巴从红杉中国手中收购北辰科技 ->
红杉中国 investedIn 北辰科技; the cue family reads 阿里巴巴 as the buyer) tell the investor too.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import AGENTS, ItemRefiner, Sentence, SentenceFamily, Shared, confidence, key
from .grammar import phrase, window

PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
REACH = window("stake.REACH")  # characters between the company and the word for its shares (约10%的, 50亿美元)


class Stakes(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        self.verb = phrase(words, "stake_verb", "", "$")
        self.noun = phrase(words, "stake_noun", rf"[^，,。；;：:]{{0,{REACH}}}?")
        self.copula = phrase(words, "shareholder_copula", "", "$")
        # 的, a few words (第一大, 主要, 早期), no mark, then the holder word; never 控股股东 (a parent)
        # (的 may be left out: 红杉中国系北辰科技早期投资人)
        self.holder = phrase(words, "shareholder_noun", rf"的?[^，,。；;：:、]{{0,6}}?(?<!控股)")
        self.whole = tuple(words["whole_stake"])
        self.purchases = frozenset(words["seller_purchase"])  # 收购: the company bought, unless a part is told
        self.partial = tuple(words["partial_stake"])
        self.adverbs = re.compile(rf"\s*(?:{alternatives(words['stake_adverb'])})*\s*")
        self.subscribed = phrase(words, "subscribed", rf"\s*")
        # the company, a few words (近日), then 由 and its contributors: 北辰科技近日由腾讯和阿里巴巴共同出资设立
        self.agent_marker = phrase(words, "agent_marker", rf"[^，,。；;：:、]{{0,4}}?", rf"\s*")
        self.contributed = phrase(words, "contributed", rf"\s*(?:等)?(?:共同|联合|聯合)?")
        self.sellers = SellerFrame(words)
        # 北辰科技引入腾讯、阿里巴巴作为战略投资者: the names after the word, then what they become
        self.brought_in = phrase(words, "brought_in", rf"[^，,。；;：:]{{0,4}}?", r"\s*$")
        self.brought_in_as = re.compile(rf"\s*(?:等)?(?:{alternatives(words['brought_in_as'])})"
                                        rf"[^，,。；;：:、]{{0,4}}?(?:{alternatives(words['shareholder_noun'])})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.text, []
        for company in sentence.mentions:
            if company.type != "Company":
                continue
            verb = self.verb.search(text, max(sentence.start, company.start - 4), company.start)
            shares = self.noun.match(text, company.end)
            if verb is None or shares is None or any(word in shares.group() for word in self.whole) \
                    or self.bought_whole(verb.group(), shares.group()):
                verb = self.copula.search(text, max(sentence.start, company.start - 3), company.start)
                if verb is None or self.holder.match(text, company.end) is None:
                    continue
            facts += [Fact(investor, "investedIn", company, sentence.evidence, confidence(investor, company, 0.75))
                      for investor in self.investors(sentence, verb.start()) if key(investor) != key(company)]
        return facts + self.brought_in_investors(sentence) + self.contributors(sentence) + self.subscribers(sentence) \
            + self.sellers.investments(sentence)

    def investors(self, sentence: Sentence, verb: int) -> list[Mention]:
        """The names listed right before the verb (英伟达、软银均为X的投资方: each; adverbs between:
        context.tsv stake_adverb), else the clause's agent (kg.facts.grammar clause_agent)."""
        before = [m for m in sentence.mentions if m.end <= verb]
        if before and self.adverbs.fullmatch(sentence.text, before[-1].end, verb):
            listed = self.grammar.group(sentence.text, before, AGENTS - {"Jurisdiction"}, from_right=True)
            if len(listed) > 1 and before[-1] in listed:
                return listed
        agent = self.grammar.clause_agent(sentence, verb)
        return [] if agent is None else [agent]

    def bought_whole(self, verb: str, shares: str) -> bool:
        """A purchase buys the company unless a part of its shares is told: half or less
        (收购Scale AI 49%的股份) or a word of part (context.tsv partial_stake: 少数, 近一半);
        收购北辰科技70%的股权, 收购赛灵思股权 buy it."""
        if verb not in self.purchases:
            return False
        percents = [float(p) for p in PERCENT.findall(shares)]
        return max(percents) > 50 if percents else not any(word in shares for word in self.partial)

    def contributors(self, sentence: Sentence) -> list[Fact]:
        """海川科技由腾讯和红杉中国共同出资: each name after 由 invested in the company before it."""
        text, facts = sentence.text, []
        for index, company in enumerate(sentence.mentions[:-1]):
            marker = self.agent_marker.match(text, company.end) if company.type == "Company" else None
            if marker is None or sentence.mentions[index + 1].start != marker.end():
                continue
            investors = self.grammar.group(text, sentence.mentions[index + 1:], AGENTS - {"Jurisdiction"}, from_right=False)
            if investors and self.contributed.match(text, investors[-1].end):
                facts += [Fact(investor, "investedIn", company, sentence.evidence, confidence(investor, company, 0.75))
                          for investor in investors if key(investor) != key(company)]
        return facts

    def subscribers(self, sentence: Sentence) -> list[Fact]:
        """北辰科技注册资本20亿元，其中腾讯认缴出资8亿元: a name the subscribed capital follows
        invested in the company named last before its clause."""
        text, facts = sentence.text, []
        for index, investor in enumerate(sentence.mentions):
            if investor.type not in AGENTS - {"Jurisdiction"} or not self.subscribed.match(text, investor.end):
                continue
            clause_start = self.grammar.clause_start(text, sentence.start, investor.start)
            company = next((m for m in reversed(sentence.mentions[:index]) if m.end <= clause_start), None)
            if company is not None and company.type == "Company" and key(company) != key(investor):
                facts.append(Fact(investor, "investedIn", company, sentence.evidence, confidence(investor, company, 0.7)))
        return facts

    def brought_in_investors(self, sentence: Sentence) -> list[Fact]:
        """北辰科技引入腾讯和阿里巴巴作为战略投资者: each name after the word invested in the
        company the clause names before it."""
        text, facts = sentence.text, []
        for index, mention in enumerate(sentence.mentions):
            if mention.type not in AGENTS - {"Jurisdiction"} or index == 0:
                continue
            company = sentence.mentions[index - 1]
            if company.type != "Company" or self.brought_in.fullmatch(text, company.end, mention.start) is None:
                continue
            investors = self.grammar.group(text, sentence.mentions[index:], AGENTS - {"Jurisdiction"}, from_right=False)
            if investors and self.brought_in_as.match(text, investors[-1].end):
                facts += [Fact(investor, "investedIn", company, sentence.evidence, confidence(investor, company, 0.75))
                          for investor in investors if key(investor) != key(company)]
        return facts


class SellerFrame:
    """The seller named around a purchase: 从私募机构A手中收购B, 自A处购得B (context.tsv
    seller_before, seller_after, seller_purchase).  The seller held the company bought, so
    invested in it; the buyer is the name before 从 (kg.facts.cue passes the seller over)."""

    def __init__(self, words: dict[str, list[str]]) -> None:
        # 从, a few words of the seller's kind (私募机构), then the seller
        self.opening = phrase(words, "seller_before", "", rf"[^，,。；;：:、]{{0,8}}$")
        self.closing = phrase(words, "seller_after", rf"\s*")
        # after 手中: a few words, the purchase, then the company's kind (威胁情报公司) right before its name
        self.purchase = re.compile(rf"[^，,。；;：:、]{{0,8}}?(?:{alternatives(words['seller_purchase'])})"
                                   rf"了?[^，,。；;：:、]{{0,8}}$")

    def sold(self, text: str, mention: Mention) -> re.Match | None:
        """Where the seller's frame closes, if the name stands in one."""
        if self.opening.search(text, max(0, mention.start - 12), mention.start) is None:
            return None
        return self.closing.match(text, mention.end)

    def investments(self, sentence: Sentence) -> list[Fact]:
        """阿里巴巴从红杉中国手中收购北辰科技: the seller invested in the company right after the purchase."""
        text, facts = sentence.text, []
        for index, seller in enumerate(sentence.mentions[:-1]):
            closing = self.sold(text, seller) if seller.type in AGENTS - {"Jurisdiction"} else None
            company = sentence.mentions[index + 1]
            if closing is None or company.type != "Company" or key(company) == key(seller) \
                    or self.purchase.fullmatch(text, closing.end(), company.start) is None:
                continue
            facts.append(Fact(seller, "investedIn", company, sentence.evidence, confidence(seller, company, 0.7)))
        return facts


BACKERS = frozenset({"Company", "Person", "Organization"})  # who backs a company (a state body's support is no stake)


class Backed(SentenceFamily):
    """A company described by its backers, or an investor by the company it holds a share of:

        亚马逊和谷歌支持的Anthropic                 -> 亚马逊, 谷歌 investedIn Anthropic
        由亚马逊支持的AI初创公司Anthropic           -> 亚马逊 investedIn Anthropic
        作为OpenAI的最大投资方，微软持有其约27%的股份 -> 微软 investedIn OpenAI

    The backers (companies, persons, organisations; 由 before them or not) right before a word of
    backing and 的 (context.tsv backed_word: 支持, 力挺) with the company right after it; or 作为
    (backer_as), a company, (的 and a few words) a word for its holder (shareholder_noun: 投资方,
    股东) and a comma, then the clause's subject, the investor."""
    detail = "backed"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        # 由亚马逊支持的AI初创公司Anthropic: a kind (context.tsv company_word) may describe the company after 的
        kinds = alternatives(w for w in words["company_word"] if not w.isascii())
        self.backing = phrase(words, "backed_word", r"\s*", rf"的\s*(?:[\u4e00-\u9fffA-Za-z]{{0,6}}?(?:{kinds}))?\s*")
        self.opening = phrase(words, "backer_as", "", r"\s*$")
        self.holder = phrase(words, "shareholder_noun", r"的?[^，,。；;：:、]{0,6}?(?<!控股)", r"\s*[，,]\s*")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, mentions, facts = sentence.text, sentence.mentions, []
        for index, company in enumerate(mentions):
            if company.type != "Company":
                continue
            backing = self.backing.search(text, max(sentence.start, company.start - 20), company.start)
            if backing is not None and backing.end() == company.start and index > 0:
                backers = self.grammar.group(text, [m for m in mentions[:index] if m.end <= backing.start()], set(BACKERS),
                                             from_right=True)
                if backers and backers[-1].end == backing.start():
                    facts += [Fact(b, "investedIn", company, sentence.evidence, confidence(b, company, 0.7))
                              for b in backers if key(b) != key(company)]
            holder = self.holder.match(text, company.end)
            if holder is not None and self.opening.search(text, max(sentence.start, company.start - 3), company.start):
                investor = next((m for m in mentions[index + 1:] if m.start == holder.end()), None)
                if investor is not None and investor.type in BACKERS and key(investor) != key(company):
                    facts.append(Fact(investor, "investedIn", company, sentence.evidence, confidence(investor, company, 0.7)))
        return facts


class PartialPurchases(ItemRefiner):
    """A purchase of part of a company's shares is an investment, no acquisition: Meta以143亿
    美元收购Scale AI 49%的股份 -> the acquired fact the cue family reads drops where the stake
    family (Stakes: a share short of the whole, context.tsv whole_stake) reads the same buyer
    investing in the same company in the same sentence."""
    detail = "partial"

    def refine(self, facts: list[Fact]) -> list[Fact]:
        stakes = {(key(f.head), key(f.tail), f.evidence.start) for f in facts
                  if f.relation == "investedIn" and f.rule == "stake"}
        return [f for f in facts if f.relation != "acquired" or (key(f.head), key(f.tail), f.evidence.start) not in stakes]
