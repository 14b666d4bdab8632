"""A body using what another supplies is its partner: 该公司使用iCIMS提供的招聘系统, Harvey基于OpenAI的
GPT系列大模型, 训练过程获得英伟达的技术支持 -> partnered; 亚马逊云科技成为Anthropic的主要云服务提供商 too.
A verb of use (context.tsv use_verb: 使用, 采用, 基于, 接入…) right before a company, then 提供的 or its
technology, model, system or platform (supplied_thing), in one clause; a verb of building in (嵌入, 搭载,
部署: built_in_verb) or of use with a product of the company a few words after it (采用B的环境临床记录工具,
搭载B（Nvidia）图形处理器: supplied_product); or 获得 a company's technical support (supplied_support) or its
licence (获得B部分技术的非独家许可: licence_noun, not a permit: licence_not).  The user is the name the clause names before the verb, else the body the
sentence opens with; a person using a tool is no partner (the annotations give none), nor is a use
forbidden or required (不得使用, 须遵守).  Becoming a company's supplier (成为B的…提供商) partners the two.
"""
from __future__ import annotations

import re

from ..alternation import alternatives
from ..model import Fact, Mention
from .base import AGENTS, Sentence, SentenceFamily, Shared, confidence, key
from .grammar import phrase, window

USERS = AGENTS - {"Jurisdiction", "Person"}  # a person using a tool is a customer, never a partner
REACH = window("supply.REACH")  # characters between 成为B的 and the supplier noun (主要云服务)
PRODUCT_REACH = window("supply.PRODUCT_REACH")  # characters of a product's description between B(的) and its noun (环境临床记录工具)
LICENCE_REACH = window("supply.LICENCE_REACH")  # characters between B and its licence (部分技术的非独家许可)


class Supplies(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        self.use = phrase(words, "use_verb", "", r"\s*$")
        self.support = phrase(words, "support_verb", "", r"\s*$")
        # 基于OpenAI的GPT系列: a Latin product name after 的 is the supplier's product too
        self.thing = re.compile(rf"\s*(?:{alternatives(words['supplied_thing'])}|的\s*(?=[A-Za-z]))")
        self.supported = phrase(words, "supplied_support", rf"\s*的?")
        self.built_in = phrase(words, "built_in_verb", "", r"\s*$")
        # B's product: an aside in brackets after B (英伟达（Nvidia）), 的, a few words, then the product's noun
        self.product = re.compile(rf"(?:\s*[（(][^）)]{{0,30}}[）)])?\s*的?[^的，,。；;：:、“”《》\s]{{0,{PRODUCT_REACH}}}?"
                                  rf"(?:{alternatives(words['supplied_product'])})")
        self.product_gap_stop = re.compile(alternatives(words["product_gap_stop"]))
        self.licence = phrase(words, "licence_noun", rf"[^，,。；;：:]{{0,{LICENCE_REACH}}}?")
        self.not_licence = phrase(words, "licence_not", rf"[^，,。；;：:]{{0,{LICENCE_REACH}}}?")
        self.forbidden = re.compile(alternatives(words["use_forbidden"]))
        self.not_done = phrase(words, "use_not_done", "", "$")
        self.become = phrase(words, "become_verb", "", r"\s*$")
        self.supplier = phrase(words, "supplier_noun", rf"\s*的[^，,。；;：:]{{0,{REACH}}}?")

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.text, []
        for supplier in sentence.mentions:
            if supplier.type not in ("Company", "Organization"):
                continue
            verb, own_clause = self.verb(text, sentence.start, supplier)
            if verb is not None:
                clause_start = self.grammar.clause_start(text, sentence.start, verb)
                if self.not_done.search(text, max(sentence.start, verb - 3), verb) \
                        or self.forbidden.search(text, clause_start, verb):
                    continue
                user = self.user(sentence, verb)
                if own_clause and user is not None and user.start < clause_start:
                    continue  # 提示使用B的芯片存在风险: a use no name of the clause makes
            else:
                user = self.customer(sentence, supplier)
            if user is not None and key(user) != key(supplier):
                facts.append(Fact(user, "partnered", supplier, sentence.evidence, confidence(user, supplier, 0.7)))
        return facts

    def verb(self, text: str, start: int, supplier: Mention) -> tuple[int | None, bool]:
        """Where the verb of use or support before the supplier starts, when what follows it fits, and
        whether its user must stand in its clause (a use of a product a few words after B: 采用B的X工具)."""
        before = max(start, supplier.start - 4)
        use = self.use.search(text, before, supplier.start)
        if use is not None and self.thing.match(text, supplier.end):
            return use.start(), False
        if use is not None and self.made_by(text, supplier, modifying=False):
            return use.start(), True
        built_in = self.built_in.search(text, before, supplier.start)
        if built_in is not None and (self.thing.match(text, supplier.end) or self.made_by(text, supplier, modifying=True)):
            return built_in.start(), False  # 主力生产搭载B图形处理器的服务器: the maker the sentence opens with
        support = self.support.search(text, before, supplier.start)
        if support is not None and (self.supported.match(text, supplier.end) or self.licensed(text, supplier)):
            return support.start(), False
        return None, False

    def made_by(self, text: str, supplier: Mention, modifying: bool) -> bool:
        """采用B的环境临床记录工具: a product of B's a few words after it (使用B的数据训练模型: its data, no
        product; 使用B平台的判例摘要: what the product holds, unless the product is built in and modifies
        what holds it: 搭载B芯片的服务器)."""
        product = self.product.match(text, supplier.end)
        return product is not None and self.product_gap_stop.search(product.group()) is None \
            and (modifying or not text.startswith("的", product.end()))

    def licensed(self, text: str, supplier: Mention) -> bool:
        """获得B部分技术的非独家许可: B's licence follows it (a permit, 许可证, is no licence of a partner's)."""
        return self.licence.match(text, supplier.end) is not None and self.not_licence.match(text, supplier.end) is None

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
        user = self.grammar.clause_agent(sentence, verb)
        return user if user is not None and user.type in USERS else None
