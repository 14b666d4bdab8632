"""A Chinese filing told with no object of its own, its defendant named in another clause of the
same sentence (Fact.rule ``objectless``): 后来王某一状告上法院，星河公司辩称…; 罗某随后起诉，星河公司在其
辩护中表示…; 罗某因其图卡遭网红张某使用，一状告到地检署; 甲和乙在集体诉讼中表示，星河公司….

The filer is the subject of the filing's clause, else of the sentence (kg.facts.litigation LonePlaintiffs),
a Company, Person or Organization.  Where exactly one other named party of the sentence is left, it is the
defendant: only Company, Person and Organization count (no court, state body or place), and none of these:
the filer or a name opening the filer's name (its owner: X数字犯罪部门…X的服务); a person titled as an officer of
the case (judge, court_office, counsel, objectless_no_party: 评审成员Y, 律师Y); a law firm; an outlet cited as the
sentence's source (据《X》报道: Grammar.cited); a name inside a quoted saying (“…，…”); a name the filer's
possessive owns (自己的X图卡: objectless_owned).

The filing names no party after it in its clause, nor before it after its subject (对X起诉, 将X告上法庭: the cue
family's); it is neither denied, weighed, passive nor faced (negation, act_intention, passive, facing_suit:
X面临的一起诉讼); a bare noun of the suit (诉讼: suit_noun but sue_verb) files only after a filing verb in its
clause (suit_filing: 提起诉讼) or as what its party acts within (在集体诉讼中表示), not as a thing (诉讼范围).
Words from data/lexicon/context.tsv: objectless_no_party, objectless_owned, judge, court_office, counsel,
complaint_word, negation, act_intention, passive, facing_suit, suit_noun, sue_verb, suit_filing."""
from __future__ import annotations

import re

from ..model import Fact, Mention
from .base import PARTIES, SIGNATURES, Sentence, SentenceFamily, Shared, confidence, key, titled_judge
from .frame import Counsel
from .litigation import LonePlaintiffs

WEIGHT = 0.6  # a defendant told by being the sentence's one other party is less sure than an object
QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|『[^『』]*』")  # quoted words; a saying holds a clause mark
SAYING = re.compile(r"[，,。；;！？]")


def _name(mention: Mention) -> str:
    return mention.canonical or mention.text


class ObjectlessFilings(SentenceFamily):
    """A filing with no object of its own: its filer sued the one other named party of its sentence
    (see the module)."""

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = shared.words
        self.lone = LonePlaintiffs(shared)
        self.counsel = Counsel(shared)
        # denied, weighed, passive, or faced (X面临的一起诉讼: the subject is the one sued)
        self.unmade = (*words["negation"], *words["act_intention"], *words["passive"], *words["facing_suit"])
        self.documents = tuple(w[-1] for w in words["complaint_word"] if not w.isascii())  # 起诉书, 诉状: 书, 状
        self.titles = tuple(sorted({*words["judge"], *words["court_office"], *words["objectless_no_party"],
                                    *(w for w in words["counsel"] if not w.isascii())}, key=len, reverse=True))
        self.owned = tuple(words["objectless_owned"])
        # the suit's bare nouns (诉讼, 集体诉讼, 官司: suit_noun but sue_verb): a filing only after a filing verb in
        # its clause (提起诉讼) or told as what its party acts within (在集体诉讼中表示); else the suit as a thing
        # (诉讼范围, 各诉讼最终被合并)
        self.nouns = frozenset(words["suit_noun"]) - frozenset(words["sue_verb"])
        self.filing = tuple(words["suit_filing"])

    def facts(self, sentence: Sentence) -> list[Fact]:
        text, start, end, mentions = sentence.text, sentence.start, sentence.end, sentence.mentions
        grammar, defendant_types = self.shared.grammar, SIGNATURES["sued"][1]
        out: list[Fact] = []
        for cue in sentence.cues(self.shared.find_cues):
            if cue.relation != "sued" or text[cue.start:cue.end].isascii() or text.startswith(self.documents, cue.end):
                continue  # (起诉书: the complaint, no filing)
            clause_start, clause_end = grammar.clause_start(text, start, cue.start), grammar.clause_end(text, cue.end, end)
            if not self.files(text, cue.start, cue.end, clause_start):
                continue  # the suit as a thing, no filing told
            if any(cue.end <= m.start < clause_end and m.type in defendant_types for m in mentions) \
                    or any(word in text[clause_start:cue.end] for word in self.unmade):
                continue  # its own object after it (the cue family's), or an act not done
            before = [m for m in mentions if start <= m.start and m.end <= cue.start and not grammar.located(text, m)
                      and not grammar.cited(text, m)]  # (据《X》报道，A提起诉讼: A, not the outlet, files)
            plaintiffs = self.lone.subject(text, before, clause_start) \
                or self.lone.said(text, self.lone.subject(text, before, start), clause_start)
            plaintiffs = [p for p in plaintiffs if p.type in PARTIES]  # (美国《X》提起诉讼: X, not the place, files)
            if not plaintiffs or any(max(clause_start, plaintiffs[-1].end) <= m.start and m.end <= cue.start
                                     and m.type in PARTIES for m in mentions):
                continue  # no filer, or its own object before it (对X提起诉讼, 将X告上法庭)
            others = self.others(text, mentions, plaintiffs, start, end)
            if len(others) != 1:
                continue
            defendant = others[0]
            out += [Fact(p, "sued", defendant, sentence.evidence, confidence(p, defendant, WEIGHT)) for p in plaintiffs]
        return out

    def files(self, text: str, cue_start: int, cue_end: int, clause_start: int) -> bool:
        """Whether the cue tells a filing: a bare noun of the suit (诉讼) only after a filing verb in its
        clause (提起诉讼) or as what its party acts within (在集体诉讼中表示), not as a thing (诉讼范围)."""
        return text[cue_start:cue_end] not in self.nouns or text.startswith("中", cue_end) \
            or any(verb in text[clause_start:cue_start] for verb in self.filing)

    def others(self, text: str, mentions: list[Mention], filers: list[Mention], start: int, end: int) -> list[Mention]:
        """The sentence's parties, one per name, that a filing by ``filers`` may be against: not a filer,
        not a name opening a filer's name (its owner: X数字犯罪部门 … X的服务), not one no_party screens."""
        keys = {key(p) for p in filers}
        found = {key(m): m for m in mentions if start <= m.start and m.end <= end and m.type in PARTIES
                 and key(m) not in keys and not any(_name(p).startswith(_name(m)) for p in filers)
                 and not self.no_party(text, m, start, end)}
        return list(found.values())

    def no_party(self, text: str, mention: Mention, start: int, end: int) -> bool:
        """Whether a name of the sentence is no side a filing may be against: an officer of the case,
        a law firm, a cited outlet, a name inside a quoted saying, a thing the possessive before it owns."""
        if titled_judge(text[start:end], mention.start - start, mention.end - start, self.titles) \
                or self.counsel(mention, text) or self.shared.grammar.cited(text, mention) \
                or text[max(start, mention.start - 4):mention.start].endswith(self.owned):
            return True
        return any(quote.start() < mention.start and mention.end < quote.end() and SAYING.search(quote.group())
                   for quote in QUOTED.finditer(text, start, end))
