"""Deals told as use (Fact.rule ``deal/customer``): an actor that deploys, licenses,
integrates or tests a named product is a partner of the product's developer, the name
the knowledge base makes its parent or, else, the name the document says released it.

The English lines are data/lexicon/deals.tsv, matched like english_cues.tsv over the
sentence with its names as slots ({head} the users, {tail} the products); a Chinese
sentence is read by the verbs of context.tsv ``customer_verb`` between a user and the
product right after it (荣耀接入了DeepSeek-R1).  A developer is never its own customer,
nor one of its units; an intention (plans to, is considering) makes no deal.

>>> # Among the banks already deploying Claude Enterprise are Alpha Bank and Beta Bank.
>>> # -> Alpha Bank partnered Anthropic, Beta Bank partnered Anthropic
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from ..alternation import alternation, alternatives
from ..kb import tsv_rows
from ..model import Evidence, Fact, Item, Mention
from ..punctuation import CLAUSE_END_MARKS
from .base import AGENTS, Document, DocumentFamily, Sentence, SentenceFamily, Shared, confidence, evidence, key
from .grammar import window
from .english import EnglishFacts, Pattern, english_sentence, patterns

USERS = frozenset({"Company", "Organization", "Regulator"})  # who signs a customer's deal
DEVELOPERS = frozenset({"Company", "Organization", "Regulator", "Person"})
CLAUSE_MARK = re.compile(f"[{CLAUSE_END_MARKS}！？]")  # ends the clause a list of signers is in
ZH_GAP = window("deal.ZH_GAP")  # characters between a Chinese user and its verb (荣耀宣布旗下手机正式接入)
DESCRIBING = frozenset({"Jurisdiction", "AIModel"})  # names a description before a deal's party may hold (ChatGPT parent X)


class Customers(DocumentFamily):
    detail = "customer"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.english: EnglishFacts = patterns(shared)
        self.line_rows = [row for row in tsv_rows(self.kb.data_dir / "lexicon" / "deals.tsv") if row["kind"] == "customer"]
        verbs = alternation(shared.words["customer_verb"]).pattern
        # a user, a few characters of no mark (宣布, 旗下手机, 已经), the verb, then the product
        self.chinese_use = re.compile(rf"[^，。；！？,;\n]{{0,{ZH_GAP}}}?(?:{verbs})了?\s*(?:其|旗下的|的)?\s*$")
        self.negation = tuple(shared.words["negation"])

    @cached_property
    def lines(self) -> list[Pattern]:
        """The customer lines, compiled on the first English sentence, as the cue patterns are."""
        return [self.english.pattern(row["kind"], row["pattern"]) for row in self.line_rows]

    def facts(self, document: Document) -> list[Fact]:
        mentioned = {m.kb_id: m for _, _, mentions in document.items for m in mentions if m.kb_id}
        released: dict[str, list[Mention]] = {}
        for fact in document.facts:
            if fact.relation == "released":
                released.setdefault(key(fact.tail), []).append(fact.head)
        out: dict[tuple[str, str, str], Fact] = {}  # (item, user, developer): the first sentence telling it
        for item, text, mentions in document.items:
            for users, products, told in self.uses(item, text, mentions):
                for product in products:
                    for developer in self.developers(product, mentioned, released, users):
                        for user in users:
                            if key(user) != key(developer) and not self.shared.kin(user, developer):
                                out.setdefault((item.title, key(user), key(developer)), Fact(
                                    user, "partnered", developer, told,
                                    round(min(user.confidence, developer.confidence) * 0.7, 3)))
        return list(out.values())

    def uses(self, item: Item, text: str, mentions: list[Mention]) -> Iterator[tuple[list[Mention], list[Mention], Evidence]]:
        """(users, products, evidence) of each use a sentence of the item tells."""
        for start, end, date, starting in self.shared.sentences_with_mentions(item, text, mentions):
            inside = [m for m in starting if m.end <= end]
            if not any(m.type == "AIModel" for m in inside):
                continue
            told = evidence(item, text, start, end, date)
            if english_sentence(text[start:end]):
                for _, match, skeleton, slots in self.english.matches(text, start, end, inside, self.lines):
                    if self.english.intended(skeleton, match, "partnered"):
                        continue
                    users = [m for m in self.english.members(match.group("head"), slots) if m.type in USERS]
                    products = [m for m in self.english.members(match.group("tail"), slots) if m.type == "AIModel"]
                    if users and products:
                        yield users, products, told
            else:
                yield from self.chinese_uses(text, start, inside, told)

    def chinese_uses(self, text: str, start: int, inside: list[Mention], told: Evidence
                     ) -> Iterator[tuple[list[Mention], list[Mention], Evidence]]:
        """荣耀宣布接入DeepSeek-R1: the user before the verb, the product right after it."""
        for index, product in enumerate(inside):
            if product.type != "AIModel" or index == 0:
                continue
            user = next((m for m in reversed(inside[:index]) if m.end <= product.start), None)
            if user is None or user.type not in USERS:
                continue
            between = text[user.end:product.start]
            if self.chinese_use.fullmatch(between) is None:
                continue
            if any(word in between for word in self.negation):
                continue  # 未接入, 不会部署: no deal
            yield [user], [product], told

    def developers(self, product: Mention, mentioned: dict[str, Mention], released: dict[str, list[Mention]],
                   users: list[Mention]) -> list[Mention]:
        """Who made the product: its parent in the knowledge base where the document names
        it, else whoever the document says released it (never one of its users)."""
        entry = self.kb.entries.get(product.kb_id or "")
        if entry is not None and entry.parent:
            parent = mentioned.get(entry.parent)
            return [parent] if parent is not None and parent.type in DEVELOPERS else []
        users_keys = {key(user) for user in users}
        found = {key(head): head for head in released.get(key(product), []) if head.type in DEVELOPERS}
        return [head for name, head in found.items() if name not in users_keys]


def deal_words(shared: Shared, prefix: str) -> dict[str, list[str]]:
    """The word rows of data/lexicon/deals.tsv whose kind opens with ``prefix`` (zh_…: the Chinese
    words; settled_…: a settlement's partnership), each kind's words."""
    return {row["kind"]: row["pattern"].split("|") for row in tsv_rows(shared.kb.data_dir / "lexicon" / "deals.tsv")
            if row["kind"].startswith(prefix)}


class SignedAgreements(SentenceFamily):
    """A Chinese agreement whose title the sentence quotes (Fact.rule ``deal/signed``):
    燧原科技与庆阳市人民政府、美图公司签署了《…战略合作框架协议》 -> 燧原科技 partnered each
    signer after 与.  The cue family reads such a title as an instrument its signers issued
    and so tells no partnership; a settlement's or a plea's agreement (deals.tsv zh_not_deal)
    is no deal.  Words from data/lexicon/deals.tsv, rows zh_with, zh_signed, zh_agreement.

    >>> # 甲公司今天与乙公司、丙公司签署「AI合作备忘录」 -> 甲公司 partnered 乙公司, 丙公司
    """
    detail = "signed"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = deal_words(shared, "zh_")
        self.with_word = re.compile(rf"[^，。；！？,;：:、]{{0,6}}?(?:{alternation(words['zh_with']).pattern})\s*")
        agreement = alternation(words["zh_agreement"]).pattern
        # the verb, a few words (战略合作), then the quoted title ending in an agreement word
        self.signed = re.compile(rf"(?:{alternation(words['zh_signed']).pattern})了?\s*"
                                 rf"(?:[^，。；！？,;《「“]{{0,4}})[《「“]([^》」”]{{1,60}}?(?:{agreement})[^》」”]{{0,8}})[》」”]")
        self.not_deal = tuple(words["zh_not_deal"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        if english_sentence(text[sentence.start:sentence.end]):
            return []
        inside = [m for m in sentence.mentions if m.start >= sentence.start and m.end <= sentence.end]
        out = []
        for index, head in enumerate(inside[:-1]):
            if head.type not in USERS or not self.with_word.fullmatch(text, head.end, inside[index + 1].start):
                continue
            # the signers after 与, up to the verb in the same clause (a list may hold names not found)
            match = self.signed.search(text, inside[index + 1].end, sentence.end)
            if match is None or CLAUSE_MARK.search(text, inside[index + 1].end, match.start()) \
                    or any(word in match.group(1) for word in self.not_deal):
                continue
            signers = [m for m in inside[index + 1:] if m.end <= match.start() and m.type in USERS]
            out += [Fact(head, "partnered", signer, sentence.evidence, confidence(head, signer, 0.7))
                    for signer in signers if key(signer) != key(head) and not self.shared.kin(head, signer)]
        return out


class NounDeals(SentenceFamily):
    """An act told as a noun with its other side (Fact.rule ``deal/noun``): a deal, a
    partnership, a tie-up, an arrangement or a co-operation "with" named parties, or a deal
    "to license" something "to" them, partners the clause's actor (kg.facts.grammar
    Grammar.clause_agent) with each (a settlement "with" them: settled); in Chinese, A与B的联盟
    (交易, 协议) partners the two.  The words are data/lexicon/deals.tsv rows noun_… and
    zh_noun_partnered.  A noun its phrase leaves unmade (a potential deal, talks on a deal:
    noun_hedge, settled_hedge; an intention or negation before it, english.tsv intention;
    终止与B的交易, 拟: zh_called_off) makes none, nor a name the phrase only describes with
    (a partnership with X's estate), nor a purchase's or a settlement's agreement in Chinese.

    >>> # Gamma Labs cemented its lead after a record round and a tie-up with chipmaker Delta Systems.
    >>> # -> Gamma Labs partnered Delta Systems
    >>> # 批评者指责甲公司与乙公司的紧密联盟 -> 甲公司 partnered 乙公司
    """
    detail = "noun"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        self.grammar = shared.grammar
        self.english = patterns(shared)
        rows = deal_words(shared, "noun_")
        settled = deal_words(shared, "settled_")["settled_hedge"]
        zh = deal_words(shared, "zh_")
        self.relation = {word.lower(): "partnered" for word in rows["noun_partnered"]} \
            | {word.lower(): "settled" for word in rows["noun_settled"]}
        nouns = alternatives([*rows["noun_partnered"], *rows["noun_settled"]], spaced=True)
        # a cooperation agreement, a partnership deal: the noun before names the act a partnership
        self.partnership_before = re.compile(rf"(?<![\w-])(?:{alternatives(rows['noun_partnered'], spaced=True)})[\s-]+$", re.IGNORECASE)
        licence = alternatives(rows["noun_licence"], spaced=True)
        # the noun, then "with" (or "to license … to") and the names' description: at most four words, no preposition
        self.noun = re.compile(rf"(?<![\w-])(?P<noun>{nouns})\s+(?:with|to\s+(?:{licence})\s+(?:[\w’'-]+\s+){{1,6}}?to)\s+",
                               re.IGNORECASE)
        self.gap = re.compile(rf"(?:(?:the|a|an)\s+)?(?:(?!(?:{alternatives(rows['noun_gap_stop'], spaced=True)})\s)"
                              rf"[\w’'&.-]+\s+){{0,4}}?(?:(?:{alternatives(rows['noun_listing'], spaced=True)})\s+)?", re.IGNORECASE)
        self.not_with = re.compile(rf"(?<![\w-])(?:{alternatives(rows['noun_not_with'], spaced=True)})\s+$", re.IGNORECASE)
        # features and partnerships with X in mind: "with X" the idiom's, no side of a deal
        self.idiom_after = re.compile(rf"\s+(?:{alternatives(rows['noun_idiom_after'], spaced=True)})(?![\w-])", re.IGNORECASE)
        self.hedge = alternation([*rows["noun_hedge"], *(w for w in settled if w.isascii())], re.IGNORECASE, whole_words=True)
        self.writer = re.compile(rf"(?<![\w-])(?:{alternatives(rows['noun_writer'], spaced=True)})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)
        self.object_of = re.compile(rf"(?<![\w-])(?:{alternatives(rows['noun_object_of'], spaced=True)})\s+(?:the\s+)?$", re.IGNORECASE)
        self.owner = re.compile(r"\s*['’‘]s?\s")  # Acme's (Acme‘s) deal: the name owns the noun after it
        # A与B的紧密联盟: the pair, then 之间的 or 的, a few words of no mark, the noun
        self.zh_noun = re.compile(rf"\s*(?:之间|之間)?的(?P<words>[^，。；！？,;：:、“”《》\s]{{0,4}}?)"
                                  rf"(?:{alternatives(zh['zh_noun_partnered'], spaced=True)})")
        self.zh_with = re.compile(rf"\s*(?:{alternatives(zh['zh_with'], spaced=True)})\s*")
        self.zh_not = tuple((*zh["zh_bought_noun"], *zh["zh_not_deal"]))
        self.zh_hedge = tuple((*zh["zh_called_off"], *shared.words["deal_talks"], *shared.words["negation"],
                               *(w for w in settled if not w.isascii())))

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        inside = [m for m in sentence.mentions if m.start >= sentence.start and m.end <= sentence.end]
        if len(inside) < 2:
            return []
        if english_sentence(text[sentence.start:sentence.end]):
            return self.english_nouns(sentence, inside)
        return self.chinese_nouns(sentence, inside)

    def english_nouns(self, sentence: Sentence, inside: list[Mention]) -> list[Fact]:
        """Acme's partnership with Beta; Acme secured licensing deals with firms like Beta and Gamma."""
        text, out = sentence.text, []
        for found in self.noun.finditer(text, sentence.start, sentence.end):
            start = found.start()
            relation = self.relation[found.group("noun").lower()]
            if self.not_with.search(text, max(sentence.start, start - 30), start):
                continue  # to deal with, in agreement with: no deal
            after = [m for m in inside if m.start >= found.end()]
            tails = self.parties(text, found.end(), after, relation)
            if not tails:
                continue
            actor = self.grammar.clause_agent(sentence, start)
            if actor is None or actor.type not in self.types(relation) or actor.end > start \
                    or self.writer.search(text, max(sentence.start, start - 40), start):
                continue  # our deal with B: the writer's
            if not self.owner.match(text, actor.end) and self.object_of.search(text, max(sentence.start, actor.start - 20), actor.start):
                continue  # our agreement with A and our deal with B: A is another phrase's object, no actor
            # a hedge or an intention from the clause's start (or the actor) to the noun: no act made
            before = text[min(actor.start, self.grammar.clause_start(text, sentence.start, start)):start]
            if self.hedge.search(before[-60:]) or self.english.intention.search(text[actor.end:start]):
                continue
            pairs = [(actor, tail) for tail in tails if key(tail) != key(actor) and not self.shared.kin(actor, tail)]
            if relation == "partnered" and not self.partnership_before.search(text, max(sentence.start, start - 30), start):
                pairs = EnglishFacts.peers(pairs)  # an agency's agreement with a company: its settlement, no partnership
            out += [Fact(actor, relation, tail, sentence.evidence, confidence(actor, tail, 0.7)) for actor, tail in pairs]
        return out

    def types(self, relation: str) -> frozenset[str]:
        return USERS if relation == "partnered" else frozenset(AGENTS - {"Jurisdiction", "Court"})  # a court settles with no one

    def parties(self, text: str, start: int, after: list[Mention], relation: str) -> list[Mention]:
        """The names right after "with": a short description may come first (chipmaker X, IAC-owned X,
        French startup X, ChatGPT parent X, major players like X), the places and products in it
        only describing; a name an owner's mark follows (X's estate, X’ new platform) is no party."""
        types = self.types(relation)
        first = next((m for m in after if m.type in types), None)
        if first is None or any(m.end <= first.start and m.type not in DESCRIBING for m in after):
            return []
        if not self.gap.fullmatch(text, start, first.start):
            return []
        group = self.grammar.group(text, [m for m in after if m.start >= first.start], set(types), from_right=False)
        if group and self.idiom_after.match(text, group[-1].end):
            return []
        return [m for m in group if text[m.end:m.end + 1] not in ("'", "’")]

    def chinese_nouns(self, sentence: Sentence, inside: list[Mention]) -> list[Fact]:
        """A与B的紧密联盟, A和B的交易: A partnered B."""
        text, out = sentence.text, []
        for head, tail in zip(inside, inside[1:]):
            if head.type not in USERS or tail.type not in USERS or not self.zh_with.fullmatch(text, head.end, tail.start):
                continue
            found = self.zh_noun.match(text, tail.end)
            if found is None or any(word in found.group("words") for word in self.zh_not):
                continue
            clause = text[self.grammar.clause_start(text, sentence.start, head.start):found.end()]
            if any(word in clause for word in self.zh_hedge) or any(word in text[found.end():found.end() + 4] for word in self.zh_not):
                continue
            if key(head) != key(tail) and not self.shared.kin(head, tail):
                out.append(Fact(head, "partnered", tail, sentence.evidence, confidence(head, tail, 0.7)))
        return out
