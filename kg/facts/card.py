"""An instrument told as a card of labelled lines, its issuers in a field of their own:

    规则：《生成式人工智能服务管理办法》
    机构：国家网信办、国家发展改革委、教育部等七部门
    状态：已施行

-> each body of the issuer line issued the instrument (proposed it where the card's status
or the instrument's line says it is a draft or open for comment: 征求意见中, 草案), and the
first partnered each of the others.  The instrument is the law the item names on a line
labelled as the instrument (规则：, 文件名称：), else the first law the item names.  Words
from data/lexicon/context.tsv: issuer_label, instrument_label, status_label, draft.
"""
from __future__ import annotations

import re

from ..alternation import alternation
from ..model import Fact, Mention
from .base import AGENTS, HOSTILE, SIGNATURES, Sentence, SentenceFamily, Shared, confidence, key, line_end
from .grammar import CHINESE_AND, COMMAS, ENUMERATION_COMMA, PARENTHESIS, SEMICOLONS, SLASHES, joiner

# a card field's list also splits at ; and / (机构：A/B；C)
LIST_SEPARATOR = re.compile(joiner(ENUMERATION_COMMA, *COMMAS, *SEMICOLONS, *SLASHES, *CHINESE_AND, r"\band\b"))
SEMICOLON = re.compile(r"\s*[;；]\s*")


class Cards(SentenceFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words, self.grammar = shared.words, shared.grammar
        self.issuer_label = self.label(words["issuer_label"])
        self.instrument_label = self.label(words["instrument_label"])
        self.status_label = self.label(words["status_label"])
        self.draft = tuple(words["draft"])
        # 州参议员X（提案人）on the issuer line, Sponsor: Sen. X on a line of its own: X proposed the card's bill
        self.sponsor_role = tuple(words["sponsor_role"])
        self.sponsor_label = self.label(words["sponsor_label"])

    @staticmethod
    def label(cues: tuple[str, ...]) -> re.Pattern:
        """A line opening with one of the labels, before a colon or inside 【】."""
        either = alternation(cues).pattern
        return re.compile(rf"[ \t]*(?:[【\[]\s*(?:{either})\s*[】\]]\s*[:：]?|(?:{either})\s*[:：])\s*", re.I)

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        if not self.at_line_start(text, sentence.start):
            return []
        sponsor = self.sponsor_label.match(text, sentence.start, sentence.end)
        if sponsor is not None:
            return self.sponsored(sentence, sponsor.end())
        label = self.issuer_label.match(text, sentence.start, sentence.end)
        if label is None:
            return []
        laws = self.instruments(sentence)
        if not laws:
            return []
        issuers = self.issuers(sentence, label.end())
        if not issuers:
            return []
        facts = [Fact(issuer, self.act(text, issuer, law), law, sentence.evidence, confidence(issuer, law, 0.75))
                 for law in laws for issuer in issuers]
        # 机构：国家网信办、教育部: co-issuers; 发文：加利福尼亚州州长加文·纽森, 欧洲药品管理局（EMA）人用药品委员会
        # (an office and its holder, a body and its unit, side by side) are no partners
        facts += [Fact(issuers[0], "partnered", other, sentence.evidence, confidence(issuers[0], other, 0.7))
                  for before, other in zip(issuers, issuers[1:]) if LIST_SEPARATOR.search(text[before.end:other.start])]
        return facts

    def issuers(self, sentence: Sentence, start: int) -> list[Mention]:
        """The bodies and persons of the issuer line: the group right after the label, and the
        group opening each part of the line after a semicolon (机构：阿肯色州议会；阿肯色州州长X), a
        person there after his title (州参议员X)."""
        text = sentence.text
        line_stop = line_end(text, start)  # the whole line, whatever sentences its semicolons cut it into
        found: list[Mention] = []
        while True:
            after = [m for m in sentence.named if start <= m.start < line_stop]
            group = self.grammar.group(text, after, AGENTS - {"Jurisdiction"}, from_right=False,
                                       stop=self.grammar.clause_end(text, start, line_stop))
            if not group or group[0].start - start > (2 if not found or group[0].type != "Person" else 6) \
                    or not self.line_ends(text, group[-1], line_stop):
                return found
            found += group
            semicolon = SEMICOLON.search(text, group[-1].end, line_stop)
            if semicolon is None or PARENTHESIS.sub("", text[group[-1].end:semicolon.start()]).strip():
                return found
            start = semicolon.end()

    def act(self, text: str, issuer: Mention, law: Mention) -> str:
        """Proposed for a sponsor (X（提案人）) or a draft, else issued."""
        gloss = PARENTHESIS.match(text, issuer.end)
        if gloss is not None and any(role in gloss.group() for role in self.sponsor_role):
            return "proposed"
        return "proposed" if self.is_draft(text, law) else "issued"

    def sponsored(self, sentence: Sentence, start: int) -> list[Fact]:
        """Sponsor: Sen. X, 提案人：X: the persons and bodies of the line proposed the bill the
        card named last before the line (SB 212 · Right to Compute Act), else its first."""
        text = sentence.text
        line_stop = line_end(text, start)
        sponsors = [m for m in sentence.named if start <= m.start < line_stop and m.type in ("Person", "Legislature")]
        laws = sorted(sentence.laws, key=lambda m: m.start)
        before = [m for m in laws if m.end <= start]
        law = before[-1] if before else laws[0] if laws else None
        if law is None or not sponsors:
            return []
        return [Fact(sponsor, "proposed", law, sentence.evidence, confidence(sponsor, law, 0.7)) for sponsor in sponsors]

    @staticmethod
    def line_ends(text: str, last: Mention, end: int) -> bool:
        """Whether the issuers' list ends its clause, but for a count of them (等十部门) or a
        gloss: 机构：教育部基础教育教学指导委员会 names a unit 教育部 begins, not 教育部."""
        rest = PARENTHESIS.sub("", text[last.end:end]).strip()
        return not rest or rest[0] in "；;，,。" or rest.startswith("等")

    @staticmethod
    def at_line_start(text: str, position: int) -> bool:
        return position == 0 or text[position - 1] == "\n" or not text[text.rfind("\n", 0, position) + 1:position].strip()

    def lines(self, text: str, label: re.Pattern) -> list[tuple[int, int]]:
        """Where the lines the label opens stand in the text."""
        spans, start = [], 0
        for line in text.split("\n"):
            if label.match(line):
                spans.append((start, start + len(line)))
            start += len(line) + 1
        return spans

    def instruments(self, sentence: Sentence) -> list[Mention]:
        """Every law named on a line labelled as the instrument (文件：AB 3030；SB 1120), else
        the item's first law."""
        laws = sorted((m for m in sentence.laws), key=lambda m: m.start)
        lines = self.lines(sentence.text, self.instrument_label)
        labelled = [m for m in laws if any(start <= m.start < end for start, end in lines)]
        return self.grammar.framed(sentence.text, labelled or laws[:1], laws)

    def is_draft(self, text: str, law: Mention) -> bool:
        """A card whose status line, or the instrument's own line, says draft or open for comment."""
        line_start = text.rfind("\n", 0, law.start) + 1
        line_stop = line_end(text, law.end)
        spans = self.lines(text, self.status_label) + [(line_start, line_stop)]
        return any(word in text[start:end] for start, end in spans for word in self.draft)


DEAL_PARTIES = {"Company", "Organization", "Person", "Regulator"}


class DealCards(Cards):
    """A deal told as a card of labelled lines (a deal tracker's entry):

        投资方：A（领投）、B（跟投）等      -> A investedIn X, B investedIn X
        买方：C                             -> C acquired X
        交易方：D、E                        -> D partnered E (a card with no buyer)
        标的：X（X有限公司）

    A 交易方 line whose card names the deal's kind (交易类型：收购 / 融资) tells who did
    what by its semicolon: 交易方：Meta；Rivos + 交易类型：收购 -> Meta acquired Rivos;
    交易方：A；B、C + 交易类型：B轮融资 -> B and C investedIn A (the one party first).

    The parties are the names on their label's line (a place there is a name the text does
    not know: 上海国投先导…基金); the target is the first company on the item's target line.
    Labels from data/lexicon/context.tsv: investor_label, buyer_label, deal_parties_label,
    deal_target_label.
    """

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.parties_labels = ((self.label(words["investor_label"]), "investedIn"),
                               (self.label(words["buyer_label"]), "acquired"),
                               (self.label(words["deal_parties_label"]), "partnered"))
        self.buyer_label = self.parties_labels[1][0]
        self.target_label = self.label(words["deal_target_label"])
        self.kind_label = self.label(words["deal_kind_label"])
        self.kinds = ((alternation(words["deal_kind_acquisition"], re.I), "acquired"),
                      (alternation(words["deal_kind_funding"], re.I), "investedIn"))

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        if not self.at_line_start(text, sentence.start):
            return []
        relation, label = next(((relation, found) for pattern, relation in self.parties_labels
                                if (found := pattern.match(text, sentence.start, sentence.end))), (None, None))
        if relation is None:
            return []
        line_stop = line_end(text, label.end())  # the whole line, whatever sentences its semicolons cut it into
        parties = [m for m in sentence.named if label.end() <= m.start < line_stop and m.type in DEAL_PARTIES]
        if relation == "partnered":
            kind = self.deal_kind(text, label.end())
            if kind is not None:
                return self.sides(sentence, label.end(), line_stop, kind)
            if self.lines(text, self.buyer_label) or len(parties) != 2:
                return []  # 交易方 of a purchase: the buyer's line tells it
            return [Fact(parties[0], "partnered", parties[1], sentence.evidence, confidence(parties[0], parties[1], 0.7))]
        targets = [m for m in sentence.named if m.type == "Company"
                   and any(start <= m.start < end for start, end in self.lines(text, self.target_label))]
        if not targets:
            return []
        target = min(targets, key=lambda m: m.start)
        return [Fact(party, relation, target, sentence.evidence, confidence(party, target, 0.75))
                for party in parties if party.type != "Regulator" or relation == "investedIn"
                if key(party) != key(target)]

    def deal_kind(self, text: str, position: int) -> str | None:
        """The relation the card's kind line (交易类型：收购) names, the card ending at a blank line."""
        card_end = text.find("\n\n", position)
        card_end = len(text) if card_end < 0 else card_end
        for start, end in self.lines(text, self.kind_label):
            if position < start < card_end:
                return next((relation for pattern, relation in self.kinds if pattern.search(text, start, end)), None)
        return None

    def sides(self, sentence: Sentence, start: int, stop: int, relation: str) -> list[Fact]:
        """The one party before the semicolon and those after it: the buyer and what it bought,
        or the company raising money and its investors."""
        cut = SEMICOLON.search(sentence.text, start, stop)
        if cut is None:
            return []
        first = [m for m in sentence.named if start <= m.start < cut.start() and m.type in DEAL_PARTIES]
        others = [m for m in sentence.named if cut.end() <= m.start < stop and m.type in DEAL_PARTIES]
        if len(first) != 1:
            return []
        one = first[0]
        if relation == "acquired":
            pairs = [(one, other) for other in others if other.type == "Company"] if len(others) == 1 else []
        else:
            pairs = [(other, one) for other in others if other.type != "Regulator"] if one.type == "Company" else []
        return [Fact(head, relation, tail, sentence.evidence, confidence(head, tail, 0.7))
                for head, tail in pairs if key(head) != key(tail)]


CARD_ACTS = HOSTILE | {"settled"}  # what a card's measure line tells between its actor and its target


class ActCards(Cards):
    """An act told as a card of labelled lines (a regulators' timeline entry):

        【主体】某电子公司
        【对象】ChatGPT等生成式AI工具
        【措施】在公司设备上禁止使用        -> the company banned ChatGPT

    The act is the relation a cue word of the measure line proposes (triggers.tsv: 禁止,
    罚款, 调查) that the ontology allows between an actor of the actor line and a target of
    the target line; a measure line naming some of the actors (A终止…账户) is theirs alone,
    and a denied or demanded act (未罚款, 要求下架) tells nothing.  Labels from data/lexicon/context.tsv:
    actor_label, target_label, measure_label.
    """

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.actor_label = self.label(words["actor_label"])
        self.target_label = self.label(words["target_label"])
        self.measure_label = self.label(words["measure_label"])
        self.negation = tuple(words["negation"])
        self.demands = tuple(words["demand"])  # 要求下架: a demand made, no act done
        self.find_cues = shared.find_cues

    def facts(self, sentence: Sentence) -> list[Fact]:
        text = sentence.text
        if not self.at_line_start(text, sentence.start):
            return []
        label = self.actor_label.match(text, sentence.start, sentence.end)
        if label is None:
            return []
        card_end = self.card_end(text, label.end())
        actors = self.on_line(sentence, label.end(), AGENTS)
        targets = [m for start, end in self.lines(text, self.target_label) if label.end() < start < card_end
                   for m in self.on_line(sentence, start, set(AGENTS) | {"AIModel"}) if m.start < end]
        measures = [(start, end) for start, end in self.lines(text, self.measure_label) if label.end() < start < card_end]
        if not actors or not targets or not measures:
            return []
        facts = []
        for start, end in measures:
            named = [actor for actor in actors if any(key(m) == key(actor) for m in sentence.named if start <= m.start < end)]
            for cue in self.find_cues(text, start, end, [m for m in sentence.mentions if start <= m.start < end]):
                before = text[start:cue.start]
                if cue.relation not in CARD_ACTS or any(word in before for word in (*self.negation, *self.demands)):
                    continue
                heads, tails = SIGNATURES[cue.relation]
                facts += [Fact(actor, cue.relation, target, sentence.evidence, confidence(actor, target, 0.7))
                          for actor in named or actors for target in targets
                          if actor.type in heads and target.type in tails and key(actor) != key(target)]
        return facts

    def on_line(self, sentence: Sentence, start: int, types: set[str]) -> list[Mention]:
        """The names of the line from ``start`` of these types."""
        stop = line_end(sentence.text, start)
        return [m for m in sentence.named if start <= m.start < stop and m.type in types]

    def card_end(self, text: str, position: int) -> int:
        """Where the card opened before ``position`` ends: at the next actor line, or the text's end."""
        later = [start for start, _ in self.lines(text, self.actor_label) if start > position]
        return min(later, default=len(text))
