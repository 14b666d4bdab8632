"""A body using what another supplies is its partner: 该公司使用iCIMS提供的招聘系统, Harvey基于OpenAI的
GPT系列大模型, 训练过程获得英伟达的技术支持 -> partnered; 亚马逊云科技成为Anthropic的主要云服务提供商 too.
A verb of use (context.tsv use_verb: 使用, 采用, 基于, 接入…) right before a company, then 提供的 or its
technology, model, system or platform (supplied_thing), in one clause; or 获得 a company's technical
support (supplied_support).  The user is the name the clause names before the verb, else the body the
sentence opens with; a person using a tool is no partner (the annotations give none), nor is a use
forbidden or required (不得使用, 须遵守).  Becoming a company's supplier (成为B的…提供商) partners the two.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import AGENTS, Sentence, SentenceFamily, Shared, confidence, key
from .stake import clause_agent

USERS = AGENTS - {"Jurisdiction", "Person"}  # a person using a tool is a customer, never a partner
REACH = 12  # characters between 成为B的 and the supplier noun (主要云服务)


class Supplies(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        self.use = re.compile(rf"(?:{alternatives(words['use_verb'])})\s*$")
        self.support = re.compile(rf"(?:{alternatives(words['support_verb'])})\s*$")
        # 基于OpenAI的GPT系列: a Latin product name after 的 is the supplier's product too
        self.thing = re.compile(rf"\s*(?:{alternatives(words['supplied_thing'])}|的\s*(?=[A-Za-z]))")
        self.supported = re.compile(rf"\s*的?(?:{alternatives(words['supplied_support'])})")
        self.not_done = re.compile(rf"(?:{alternatives(words['use_not_done'])})$")
        self.become = re.compile(rf"(?:{alternatives(words['become_verb'])})\s*$")
        self.supplier = re.compile(rf"\s*的[^，,。；;：:]{{0,{REACH}}}?(?:{alternatives(words['supplier_noun'])})")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.text, []
        for supplier in sentence.mentions:
            if supplier.type not in ("Company", "Organization"):
                continue
            verb = self.verb(text, sentence.start, supplier)
            if verb is not None:
                if self.not_done.search(text, max(sentence.start, verb - 3), verb):
                    continue
                user = self.user(sentence, verb)
            else:
                user = self.customer(sentence, supplier)
            if user is not None and key(user) != key(supplier):
                facts.append(Fact(user, "partnered", supplier, sentence.evidence, confidence(user, supplier, 0.7)))
        return facts

    def verb(self, text: str, start: int, supplier: Mention) -> int | None:
        """Where the verb of use or support before the supplier starts, when what follows it fits."""
        before = max(start, supplier.start - 4)
        use = self.use.search(text, before, supplier.start)
        if use is not None and self.thing.match(text, supplier.end):
            return use.start()
        support = self.support.search(text, before, supplier.start)
        if support is not None and self.supported.match(text, supplier.end):
            return support.start()
        return None

    def customer(self, sentence: Sentence, supplier: Mention) -> Mention | None:
        """A成为B的主要云服务提供商: the supplier is the clause's name before 成为, B the customer."""
        text = sentence.text
        become = self.become.search(text, max(sentence.start, supplier.start - 3), supplier.start)
        if become is None or self.supplier.match(text, supplier.end) is None:
            return None
        return self.user(sentence, become.start())

    def user(self, sentence: Sentence, verb: int) -> Mention | None:
        """The name the verb's clause names before it, else the body the sentence opens with (read as a
        stake's investor is), when it is no person."""
        user = clause_agent(self.grammar, sentence, verb)
        return user if user is not None and user.type in USERS else None
