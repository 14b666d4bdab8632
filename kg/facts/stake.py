"""A stake taken in a company: 美国政府宣布取得英特尔约10%的股份, 英伟达以50亿美元认购英特尔普通股
-> investedIn.  A verb of taking shares (context.tsv stake_verb: 取得, 认购, 增持…) right before a
company, and a word for its shares (stake_noun: 股份, 股权, 普通股…) a few words after it, in one
clause; the investor is the name the clause names before the verb, else the body the sentence
opens with.  Holding shares (持有) tells no act and is left out.  A body told to be a company's
shareholder or investor (中科曙光此前是海光信息的第一大股东; 腾讯为该公司投资方 -> investedIn): a
copula (shareholder_copula: 是, 为, 成为) right before the company, 的 and a word for its holder
(shareholder_noun: 股东, 投资方) a few characters after it; its controlling shareholder
(控股股东) is its parent, no investor.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import AGENTS, Sentence, SentenceFamily, Shared, confidence, key
from .grammar import Grammar

REACH = 16  # characters between the company and the word for its shares (约10%的, 50亿美元)


class Stakes(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        self.verb = re.compile(rf"(?:{alternatives(words['stake_verb'])})$")
        self.noun = re.compile(rf"[^，,。；;：:]{{0,{REACH}}}?(?:{alternatives(words['stake_noun'])})")
        self.copula = re.compile(rf"(?:{alternatives(words['shareholder_copula'])})$")
        # 的, a few words (第一大, 主要, 早期), no mark, then the holder word; never 控股股东 (a parent)
        self.holder = re.compile(rf"的[^，,。；;：:、]{{0,6}}?(?<!控股)(?:{alternatives(words['shareholder_noun'])})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.text, []
        for company in sentence.mentions:
            if company.type != "Company":
                continue
            verb = self.verb.search(text, max(sentence.start, company.start - 4), company.start)
            if verb is None or self.noun.match(text, company.end) is None:
                verb = self.copula.search(text, max(sentence.start, company.start - 3), company.start)
                if verb is None or self.holder.match(text, company.end) is None:
                    continue
            investor = clause_agent(self.grammar, sentence, verb.start())
            if investor is not None and key(investor) != key(company):
                facts.append(Fact(investor, "investedIn", company, sentence.evidence, confidence(investor, company, 0.75)))
        return facts


def clause_agent(grammar: Grammar, sentence: Sentence, verb: int) -> Mention | None:
    """The name the verb's clause names before it, else the body the sentence opens with: who
    invests (stake) or uses (supply)."""
    text = sentence.text
    clause_start = grammar.clause_start(text, sentence.start, verb)
    before = [m for m in sentence.mentions if clause_start <= m.start and m.end <= verb]
    group = grammar.group(text, before, AGENTS - {"Jurisdiction"}, from_right=True)
    if group:
        return group[-1]
    first = next((m for m in sentence.mentions if m.start >= sentence.start), None)
    if first is not None and first.end <= verb and first.type in AGENTS - {"Jurisdiction"} \
            and not text[sentence.start:first.start].strip("，, "):
        return first
    return None
