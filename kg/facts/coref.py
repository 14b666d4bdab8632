"""References to names named before them in the item: 该法院, 该机构, 该公司 stand for
the last court, body or company named before them; 该法案, 这部法律, 该决定 for the law
the item has named most often before them; 两家公司 and 双方 for the last two named
together; 这批法案, 上述法律 for every law the sentence of the last one named.  They are read as mentions of those names where they stand (mechanism
``coref``), so every sentence family reads them like names: 美国联邦贸易委员会介入此事。
该机构随后对OpenAI处以罚款 -> 美国联邦贸易委员会 fined OpenAI.  A company the text leaves
unnamed (上海某公司, 被告某公司: kg.unnamed) between 该公司 and the last company named stands for
nothing here: 该公司 is that unnamed one.  The words and the types they refer to are
data/lexicon/coref.tsv.
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace

from ..alternation import alternation, alternatives
from ..kb import cue_words, tsv_rows
from ..lookahead import scanning
from ..mentions.english import english_lexicon, pairs
from ..model import Mention, overlaps_any
from ..unnamed import ANONYMISED_COMPANY
from .base import SIGNATURES, Sentence, Shared, key, titled_judge
from .grammar import count_value


POSSESSIVE = "的"  # 该法的施行令: a reference owning what follows it
ALL = 0  # coref.tsv count of a reference to every law a sentence names (这批法案)
STATE_BODIES = frozenset({"Regulator", "Court", "Legislature"})  # what acts on the two sides of a deal or a suit
OPENING = "^"  # coref.tsv ``after``: the reference may open its sentence
QUOTES = " \t\n“\"「『‘'"
DEAL_SENTENCES = 3  # sentences before a reference to a deal's two sides (双方) where its sides may be told
LOOK_BACK = 200  # names a reference may reach back over (an item of a whole file stays linear)
# coref.tsv: … in a reference stands for a few words describing the name (这家…初创公司: 这家成立不到
# 一年的初创公司, 这家美国AI初创公司), never a mark nor the reference's own noun
WILDCARD = "…"
BILL_NOUNS = frozenset({"法", "Bill"})  # coref.tsv holds that a bill's number (SB 53) answers
SEMICOLONS = "；;"
DESCRIPTION = r"(?:(?!公司|企业|集团)[^\s，,。；;：:、“”《》（）()]){1,14}?"


ENGLISH_DESCRIPTION = r"(?:[A-Za-z][\w.’'-]*\s+){1,2}?"  # the …regulator: the UK competition regulator


def _literal(word: str) -> str:
    english = word.replace(WILDCARD, "").isascii()
    return re.escape(word).replace(WILDCARD, ENGLISH_DESCRIPTION if english else DESCRIPTION)


@dataclass(frozen=True)
class Reference:
    words: tuple[str, ...]
    types: frozenset[str]
    count: int
    holds: tuple[str, ...] = ()  # words one of which its name must hold (该指南: a 指南; 该部: a 部)
    after: tuple[str, ...] = ()  # words one of which must stand right before it (对其: 其 as an object)
    unless: tuple[str, ...] = ()  # words that, right after it, make it part of another word (该报告: no 该报)
    reach: int = 0  # sentences back its name may stand, the only one of its types there (他: 1; 0: any)
    suit: bool = False  # a pair standing for the two defendants of the item's suit where it tells one (两家公司)


class References:
    family = "coref"

    def __init__(self, shared: Shared) -> None:
        path = shared.kb.data_dir / "lexicon" / "coref.tsv"
        with open(path, encoding="utf-8", newline="") as stream:
            rows = csv.DictReader((line for line in stream if not line.startswith("#")), delimiter="\t")
            self.references = [Reference(tuple(w for w in row["words"].split("|") if w), frozenset(row["types"].split("|")),
                                         int(row["count"]), tuple(w.lower() for w in (row["holds"] or "").split("|") if w),
                                         tuple(w for w in (row["after"] or "").split("|") if w),
                                         tuple(w for w in (row.get("unless") or "").split("|") if w),
                                         int(row.get("reach") or 0), row.get("suit") == "1")
                               for row in rows]
        self.of_word = {word: reference for reference in self.references for word in reference.words}
        self.pattern = alternation(self.of_word, literal=_literal)
        self.described = [(re.compile(_literal(word)), reference) for word, reference in self.of_word.items()
                          if WILDCARD in word]
        self.judges = tuple(shared.words["judge"])
        self.pair_suing = alternation(shared.words["pair_suing"])  # 起诉A和B, 被告为A和B
        # a bill's number (SB 53, HB 149: english_facts.tsv bill_number) names a bill: 该法案 may stand for it
        self.bill_number = re.compile(rf"(?:{alternatives(english_lexicon(shared.kb, 'english_facts.tsv')['bill_number'])})\s?\d")
        self.shared = shared
        self.collectives = Collectives(shared)
        self.described_bodies = DescribedBodies(shared)

    def mentions(self, sentence: Sentence) -> list[Mention]:
        """The names the references of the sentence stand for, placed where they stand."""
        out: list[Mention] = []
        for found in self.pattern.finditer(sentence.text, sentence.start, sentence.end):
            if overlaps_any(found.start(), found.end(), [m for m in sentence.mentions if not self.describing(found, m)]):
                continue  # inside a name
            reference = self.of_word.get(found.group()) or next(
                reference for pattern, reference in self.described if pattern.fullmatch(found.group()))
            if reference.after and not sentence.text.endswith(reference.after, sentence.start, found.start()) \
                    and not (OPENING in reference.after and not sentence.text[sentence.start:found.start()].strip(QUOTES)):
                continue  # 其 stands for a name only as an object: 对其处以罚款; 他 only opening a clause (not 其他)
            if reference.unless and sentence.text.startswith(reference.unless, found.end()):
                continue  # 该报告, 该报道: another word, not the newspaper
            if self.named_after(sentence, found.end()):
                continue  # the regulator CNIL, the watchdog (CNIL): the name follows, no reference
            referents = self.referents(sentence, reference, found.start())
            if len(referents) != reference.count and not (reference.count == ALL and 0 < len(referents) <= len(found.group())):
                continue
            # several names share the span, side by side (coordinated: A和B), each keeping its own name
            cuts = [found.start() + i for i in range(len(referents))] + [found.end()]
            out += [replace(referent, start=cuts[i], end=cuts[i + 1], mechanism=self.family,
                            confidence=round(referent.confidence * 0.8, 3))
                    for i, referent in enumerate(referents)]
        return out + self.collectives.mentions(sentence, out) + self.described_bodies.mentions(sentence, out)

    @staticmethod
    def named_after(sentence: Sentence, end: int) -> bool:
        """Whether a name of the sentence follows right after an English reference (the regulator CNIL)."""
        return any(m.start >= end and not sentence.text[end:m.start].strip(" ,(") for m in sentence.mentions) \
            and sentence.text[end - 1:end].isascii()

    def describing(self, found: re.Match, mention: Mention) -> bool:
        """A place inside a described reference describes the name (这家美国AI初创企业)."""
        return mention.type == "Jurisdiction" and WILDCARD not in found.group() and found.group() not in self.of_word \
            and found.start() < mention.start and mention.end < found.end()

    def referents(self, sentence: Sentence, reference: Reference, position: int) -> list[Mention]:
        """The last name (or pair named in one sentence) of the reference's types before it,
        in an earlier clause or sentence."""
        clause_start = self.shared.grammar.clause_start(sentence.text, sentence.start, position)
        before = sentence.named[:bisect_left(sentence.starts, clause_start)]
        # 微软同时向这家初创公司投资: the names of its own clause before it are not what it stands for
        own = {key(m) for m in sentence.named[bisect_left(sentence.starts, clause_start):bisect_left(sentence.starts, position)]}
        # 来源：江城日报 over the story: the outlet on the item's source and credit lines is nobody the story refers to
        credits_start, credits_end = sentence.item.credit_span
        last = next((named for m in reversed(before[-LOOK_BACK:]) if m.end <= clause_start and m.type in reference.types
                     and not credits_start <= m.start < credits_end
                     and (named := m if reference.types == {"Law"} else self.standing_for(m, reference)) is not None
                     and (reference.types == {"Law"} or key(named) not in own)), None)
        if last is not None and reference.types == {"Law"} and reference.count == ALL:
            return self.laws_told_together(sentence, before[-LOOK_BACK:], last, clause_start)
        if last is not None and reference.types == {"Law"}:
            return self.salient_law(sentence, reference, before[-LOOK_BACK:], clause_start, position)
        if last is None and reference.count == 1 and reference.types != {"Law"} and not (reference.reach or reference.after):
            last = self.told_before(sentence, reference)  # the story's earlier parts (kg.facts.base.Sentence.earlier)
        if reference.reach and (again := self.told_again(sentence, reference, position)) is not None:
            return again
        if last is not None and reference.reach and not self.only_one(sentence, reference, before, clause_start):
            return []  # 他 stands for the one person just named, not one named paragraphs before, nor one of two
        if last is not None and reference.count == 1 and self.unnamed_between(sentence, reference, last, position):
            return []  # 被告某公司…。法院认为，该公司…: the company the text leaves unnamed, not one named before it
        if last is None or reference.count == 1:
            return [last] if last else []
        if reference.suit and len(defendants := self.suit_defendants(sentence, reference, clause_start)) == 2:
            return defendants
        spans, _ = self.shared.sentence_dates(sentence.text, sentence.item.date)
        first = spans[bisect_right(spans, (last.start, len(sentence.text))) - 1][0]
        named: dict[str, Mention] = {}
        for mention in before[bisect_left(sentence.starts, first):]:
            if mention.end <= clause_start and mention.type in reference.types and not self.judge(sentence.text, mention):
                named[key(mention)] = mention  # a name told twice (DeepSeek背后的杭州深度求索…): its last telling
        if len(named) == 2:
            return list(named.values())
        # 欧盟委员会批准了该交易，条件是剥离A的…以及B的…。FTC也与双方达成同意令: the two sides are the two
        # parties, not the authority acting on them
        parties = [m for m in named.values() if m.type not in STATE_BODIES]
        if len(named) > 2 and len(parties) == 2:
            return parties
        # more named in that sentence: the last two named together (DeepSeek背后的A和B…，并对两家公司)
        candidates = [m for m in before[bisect_left(sentence.starts, first):] if m.end <= clause_start]
        pair = self.shared.grammar.group(sentence.text, candidates, reference.types, from_right=True)
        if len(pair) == 2 and pair[-1] is last and key(pair[0]) != key(pair[1]):
            return pair
        return self.deal_sides(sentence, reference, before, clause_start)

    @staticmethod
    def unnamed_between(sentence: Sentence, reference: Reference, last: Mention, position: int) -> bool:
        """Whether a company the text leaves unnamed (上海某公司, 被告某科技公司, 乙公司: kg.unnamed)
        stands between a company's reference and the last company named before it: 该公司
        stands for the unnamed one (扬子晚报 … 运营主体为上海某公司。林芳将该公司诉至法院: not
        the newspaper)."""
        if "Company" not in reference.types or last.type != "Company" or last.end >= position:
            return False
        named = [(m.start, m.end) for m in sentence.named if last.end <= m.start < position]
        return any(not any(start <= found.start() and found.end() <= end for start, end in named)
                   for found in ANONYMISED_COMPANY.finditer(sentence.text, last.end, position))

    def suit_defendants(self, sentence: Sentence, reference: Reference, clause_start: int) -> list[Mention]:
        """The names the item's last suit before the reference is against, named together
        right after its suing word (A起诉B和C。D与E是A的股东。A称两家公司…: B and C, not D
        and E); what its suing word is against where no group follows it is passed over."""
        before = sentence.named[:bisect_left(sentence.starts, clause_start)]
        for suing in reversed(list(self.pair_suing.finditer(sentence.text, 0, clause_start))):
            after = [m for m in before if m.start >= suing.end()]
            if not after or after[0].start != suing.end():
                continue
            group = self.shared.grammar.group(sentence.text, after, reference.types, from_right=False)
            if group and group[0] is after[0]:
                return group if len({key(m) for m in group}) == len(group) else []
        return []

    def deal_sides(self, sentence: Sentence, reference: Reference, before: list[Mention], clause_start: int
                   ) -> list[Mention]:
        """The two sides of the deal the sentences before tell, where no pair is named
        together last: the two parties they name most often, each more than once and more
        often than any other (阿斯麦领投，成为Mistral AI的最大股东。其余投资方包括A、B和C。双方
        还宣布建立战略合作伙伴关系: 阿斯麦 and Mistral AI, not B and C)."""
        spans, _ = self.shared.sentence_dates(sentence.text, sentence.item.date)
        index = bisect_right(spans, (clause_start, len(sentence.text))) - 1
        first = spans[max(0, index - DEAL_SENTENCES)][0]
        told: dict[str, list[Mention]] = {}
        for mention in before[bisect_left(sentence.starts, first):]:
            if mention.end <= clause_start and mention.type in reference.types and mention.type not in STATE_BODIES \
                    and not self.judge(sentence.text, mention):
                told.setdefault(key(mention), []).append(mention)
        counts = sorted(told.values(), key=len, reverse=True)
        if len(counts) < 2 or len(counts[1]) < 2 or (len(counts) > 2 and len(counts[2]) == len(counts[1])):
            return []
        return [counts[0][-1], counts[1][-1]]

    def told_again(self, sentence: Sentence, reference: Reference, position: int) -> list[Mention] | None:
        """What a pronoun stood for where its sentence told it first, told again there after
        another actor is named (谷歌参与了它的C轮融资；大众汽车集团对它进行了投资: 它 both times);
        None where it is told there the first time."""
        spans, _ = self.shared.sentence_dates(sentence.text, sentence.item.date)
        index = bisect_right(spans, (position, len(sentence.text))) - 1
        while index > 0 and sentence.text[spans[index][0] - 1] in SEMICOLONS:
            index -= 1  # a sentence's clauses cut at its semicolons are one sentence here
        earlier = [found.start() for found in self.pattern.finditer(sentence.text, spans[index][0], position)
                   if self.of_word.get(found.group()) is reference
                   and not (reference.unless and sentence.text.startswith(reference.unless, found.end()))]
        if not earlier:
            return None
        own = spans[bisect_right(spans, (earlier[-1], len(sentence.text))) - 1]
        return self.referents(replace(sentence, start=own[0], end=own[1]), reference, earlier[-1])

    def told_before(self, sentence: Sentence, reference: Reference) -> Mention | None:
        """The last name of the reference's types in the latest part of the story before the
        item that names one (an article cut at its sub-heads: 二、监管回应 / 该机构表示…)."""
        return next((named for _, names in sentence.earlier for m in reversed(names)
                     if m.type in reference.types and (named := self.standing_for(m, reference)) is not None), None)

    def laws_told_together(self, sentence: Sentence, before: list[Mention], last: Mention, clause_start: int
                           ) -> list[Mention]:
        """这批法案, 上述法律: every law the sentence of the last one named before it names
        (总统公布「A」，连同修正的「B」及「C」。这批法案由行政院提出 -> A, B and C)."""
        spans, _ = self.shared.sentence_dates(sentence.text, sentence.item.date)
        first = spans[bisect_right(spans, (last.start, len(sentence.text))) - 1][0]
        named: dict[str, Mention] = {}
        for mention in before:
            if first <= mention.start and mention.end <= clause_start and mention.type == "Law":
                named.setdefault(key(mention), mention)
        told = list(named.values())
        return self.shared.grammar.framed(sentence.text, told, told)  # 《A》项下的B。上述法规: B

    def salient_law(self, sentence: Sentence, reference: Reference, before: list[Mention], clause_start: int,
                    position: int) -> list[Mention]:
        """该法, 这部法律: the law the item has named most often before it (the one it is
        about, not one it compares it with: 是继欧盟《人工智能法案》之后…。该法…) among those
        whose names hold the reference's noun (该指南: a 指南), the last of those where
        several are named as often; none where the reference is a law's possession
        (制定该法的施行令: the decree, not the law)."""
        if sentence.text.startswith(POSSESSIVE, self.pattern.match(sentence.text, position).end()):
            return []
        laws = [m for m in before if m.end <= clause_start and m.type == "Law"
                and (self.holds(m, reference.holds) or self.numbered_bill(m, reference.holds))]
        if not laws:
            return []
        counts = Counter(key(m) for m in laws)
        return [max(reversed(laws), key=lambda m: counts[key(m)])]

    def judge(self, text: str, mention: Mention) -> bool:
        """Whether a person is named as a judge (法官威廉·阿尔苏普, Judge Roe): no side of a suit (双方)."""
        return mention.type == "Person" and titled_judge(text, mention.start, mention.end, self.judges)

    def only_one(self, sentence: Sentence, reference: Reference, before: list[Mention], clause_start: int) -> bool:
        """Whether one name of the reference's types, and only one, stands before it in its
        sentence or in the ``reach`` sentences before (Jennings approved the plan. Bonta
        said he…: two people, no answer)."""
        spans, _ = self.shared.sentence_dates(sentence.text, sentence.item.date)
        index = bisect_right(spans, (sentence.start, len(sentence.text))) - 1
        back = max(0, index - reference.reach)
        while back > 0 and self.chained(sentence, reference, before, spans[back]):
            back -= 1  # 昆仑万维总部位于北京。公司的业务以天工为品牌。公司上线天工3.0: the chain reaches back
        first = spans[back][0]
        return len({key(m) for m in before[bisect_left(sentence.starts, first):]
                    if m.end <= clause_start and m.type in reference.types}) == 1

    def chained(self, sentence: Sentence, reference: Reference, before: list[Mention], span: tuple[int, int]) -> bool:
        """Whether a sentence names none of the reference's types but tells the reference
        itself: it stands for the name told before it, so the chain reaches one sentence further."""
        start, end = span[0], span[1]
        if any(start <= m.start < end and m.type in reference.types for m in before):
            return False
        return any(self.of_word.get(found.group()) is reference
                   and not (reference.unless and sentence.text.startswith(reference.unless, found.end()))
                   for found in self.pattern.finditer(sentence.text, start, end))

    def standing_for(self, mention: Mention, reference: Reference) -> Mention | None:
        """The name a reference of a body's kind stands for at ``mention``: the mention, where it
        is a body of that kind (该部: a name ending in 部, the Ministry of X), else the body of
        that kind its office's name opens (该部 after 数字产业部部长: the ministry, not its
        minister; kg.mentions.heads puts the body on the office as its parent); else None."""
        for named in (mention, mention.parent):
            if named is not None and named.type in reference.types and self.of_kind(named, reference.holds):
                return named
        return None

    @staticmethod
    def of_kind(mention: Mention, nouns: tuple[str, ...]) -> bool:
        """Whether a name is of a kind ``nouns`` name: a Chinese name ending in one (人民日报 of
        报, not 数字产业部部长 of 部), an English one holding one (the Ministry of Digital Affairs)."""
        names = (mention.text, mention.canonical or "", *mention.aliases)
        return not nouns or any(noun in name.lower() if noun.isascii() else name.endswith(noun)
                                for name in names for noun in nouns)

    def numbered_bill(self, law: Mention, nouns: tuple[str, ...]) -> bool:
        """Whether a law named by its bill's number alone (SB 53) is of a kind ``nouns`` name
        where they name a bill (法案, Bill: 加州参议院通过了SB 53。该法案由维纳提出)."""
        return any(noun in BILL_NOUNS for noun in nouns) and any(
            self.bill_number.match(name) for name in (law.text, law.canonical or "", *law.aliases))

    @staticmethod
    def holds(law: Mention, nouns: tuple[str, ...]) -> bool:
        names = " ".join((law.text, law.canonical or "", *law.aliases)).lower()
        return not nouns or any(noun in names for noun in nouns)



LIST_REACH = 2  # sentences after a collective where the list of its members may stand
INTRO = r"[^，,。；;：:！？!?\n]{0,24}?"  # the words before the membership word: 涉案的音乐出版商, 起诉方
OPENER = r"(?:[^，,。；;：:！？!?\n]{1,4}[，,])?(?:[^，,。；;：:！？!?\n]{1,4}[，,])?"  # 据悉，此外，: short words before the list's clause
APPOSED = r"\s*等?"  # between a list and the collective describing it (A、B和C三家…, A、B等两家…)


BODY_REACH = 2  # sentences either side of a described body where the one state body it stands for is named


class DescribedBodies:
    """A state body told by its country and its kind, named in a neighbouring sentence of the item:
    Ireland's data watchdog has launched an inquiry into X. ... a statement from the Data Protection
    Commission said (the Irish privacy regulator; the country's competition regulator).  The one
    state body of that country the knowledge base knows (its jurisdiction), named within BODY_REACH
    sentences before or after it, stands where the description's words do, after its country
    (mechanism ``coref``), so every sentence family reads it like a name; two such bodies there, or
    none, leave it unresolved.  A name right after it (the regulator CNIL) is the body itself.  A
    pronoun opening a later clause may stand for it (kg.facts.english pronouns: …, and it banned X).
    Words: english.tsv described_body (the kind nouns) and nationality."""

    def __init__(self, shared: Shared) -> None:
        words = english_lexicon(shared.kb)
        self.nationalities = pairs(words["nationality"])
        nouns = alternatives(words["described_body"])
        self.pattern = scanning(  # (behind the look-ahead of its first letters: \b would have it tried everywhere)
            rf"(?:\b(?:[Tt]he\s+)?(?P<nation>{alternatives(self.nationalities)})|\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
            rf"(?P<owner>[’']s)|\b[Tt]he\s+(?:country|nation)[’']s)\s+(?P<described>(?:[a-z][a-z-]*\s+){{0,3}}?(?:{nouns}))\b")
        self.kb = shared.kb
        self.shared = shared

    def mentions(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """The bodies the sentence's described bodies stand for, where their words stand."""
        out: list[Mention] = []
        for found in self.pattern.finditer(sentence.text, sentence.start, sentence.end):
            # its words from its first (The Irish privacy regulator), after a place that is a name of its own
            start, end = found.start("described") if found.group("owner") else found.start(), found.end()
            if overlaps_any(start, end, [*sentence.mentions, *taken, *out]) or References.named_after(sentence, end):
                continue
            country = self.country(sentence, found)
            if country is None:
                continue  # (Google's data authority: a company's, no country's)
            body = self.told_near(sentence, start, country)
            if body is not None:
                out.append(replace(body, start=start, end=end, mechanism=References.family,
                                   confidence=round(body.confidence * 0.8, 3)))
        return out

    def country(self, sentence: Sentence, found: re.Match) -> str | None:
        """The knowledge-base id of the country a description names ("" for the country's, the
        nation's: any), or None where its owner is no known place."""
        if found.group("nation"):
            return self.kb.country_of(self.nationalities[found.group("nation")]) or None
        if not found.group("owner"):
            return ""
        place = next((m for m in sentence.mentions if m.type == "Jurisdiction" and m.end == found.start("owner")
                      and m.start >= found.start()), None)
        return self.kb.country_of(place.kb_id) if place is not None else None

    def told_near(self, sentence: Sentence, position: int, country: str) -> Mention | None:
        """The one known state body of ``country`` named within BODY_REACH sentences of ``position``,
        its telling nearest to it."""
        spans, _ = self.shared.sentence_dates(sentence.text, sentence.item.date)
        index = bisect_right(spans, (position, len(sentence.text))) - 1
        first, last = spans[max(0, index - BODY_REACH)][0], spans[min(len(spans) - 1, index + BODY_REACH)][1]
        bodies = [m for m in sentence.named[bisect_left(sentence.starts, first):]
                  if m.start < last and m.type == "Regulator" and self.of_country(m, country)]
        if len({key(m) for m in bodies}) != 1:
            return None
        return min(bodies, key=lambda m: abs(m.start - position))

    def of_country(self, body: Mention, country: str) -> bool:
        """Whether the knowledge base knows a body as one of ``country`` (any country for "")."""
        entry = self.kb.entries.get(body.kb_id or "")
        known = self.kb.country_of(entry.jurisdiction) if entry is not None and entry.jurisdiction else None
        return known is not None and (not country or known == country)


class Collectives:
    """Parties of a suit told by a collective word, named in a neighbouring sentence of the
    item: 多家音乐出版商起诉了X。涉案的音乐出版商包括A和B (a list after, opened by the collective's
    noun or the role of its side and a membership word: 包括, 分别为; 起诉方为A和B); A、B和C三家出版机构
    发表声明。他们表示已对X提起诉讼 (a list before, described by a collective; a pronoun or that
    collective stands for it).  The names are read where the collective stands (mechanism
    ``coref``), so the suit's rules read them as its parties.  A counted collective (三家) wants
    that many names; a wrong party being worse than none, a collective without its list stays
    unresolved.  Words: data/lexicon/collective.tsv."""

    def __init__(self, shared: Shared) -> None:
        lexicon = {row["kind"]: cue_words(row["words"]) for row in tsv_rows(shared.kb.data_dir / "lexicon" / "collective.tsv")}
        self.noun_zh = re.compile(rf"(?<!第)(?P<count>{alternatives(lexicon['count_zh'])})(?:{alternatives(lexicon['classifier'])})"
                                  rf"{DESCRIPTION.replace('{1,14}', '{0,8}')}(?P<noun>{alternatives(lexicon['noun_zh'])})")
        self.pronoun = alternation(lexicon["pronoun"])
        self.plural = alternation(lexicon["plural_pronoun"])
        self.membership = alternatives(lexicon["membership"])
        self.sides = {side: alternatives(lexicon[f"{side}_side"]) for side in ("plaintiff", "defendant")}
        self.suing = alternation(lexicon["suing"], re.IGNORECASE)
        self.passive = alternation(lexicon["passive"], re.IGNORECASE)
        self.types = SIGNATURES["sued"][0]
        self.shared = shared

    def mentions(self, sentence: Sentence, taken: list[Mention]) -> list[Mention]:
        """The names of the lists the sentence's collectives stand for, where the sentence tells a suit."""
        text = sentence.text
        if not self.suing.search(text, sentence.start, sentence.end):
            return []
        spans, _ = self.shared.sentence_dates(text, sentence.item.date)
        index = bisect_right(spans, (sentence.start, len(text))) - 1
        out: list[Mention] = []
        found = [(one, pattern is self.plural) for pattern in (self.noun_zh, self.pronoun, self.plural)
                 for one in pattern.finditer(text, sentence.start, sentence.end)]
        for one, plural in found:
            if overlaps_any(one.start(), one.end(), [*sentence.mentions, *taken, *out]):
                continue
            noun = one.groupdict().get("noun")
            listed = self.described_before(sentence, spans, index, noun) if index > 0 else []
            if not listed and noun:
                listed = self.listed_after(sentence, spans, index, one)
            elif not listed and plural:
                listed = self.subject_before(sentence, spans, index, one.start())
            wanted = count_value(one.groupdict().get("count") or "")
            if len(listed) < 2 or (wanted and len(listed) != wanted):
                continue
            # side by side, each keeping its own name; more names than characters (他们: A、B和C) end on its last
            cuts = [min(one.start() + i, one.end()) for i in range(len(listed))] + [one.end()]
            out += [replace(m, start=cuts[i], end=cuts[i + 1], mechanism=References.family,
                            confidence=round(m.confidence * 0.8, 3)) for i, m in enumerate(listed)]
        return out

    def listed_after(self, sentence: Sentence, spans, index: int, collective: re.Match) -> list[Mention]:
        """The list one of the next sentences opens with the collective's noun or its side's role
        and a membership word (涉案的音乐出版商包括A和B; 起诉方为A和B; The plaintiffs are A and B)."""
        text, noun = sentence.text, re.escape(collective.group("noun"))
        side = self.side(sentence, collective)
        opening = rf"{noun}|{self.sides[side]}" if side else noun
        intro = re.compile(rf"\s*{OPENER}(?P<intro>{INTRO}(?i:{opening}){INTRO})(?i:\s*(?:还|也|则)?"
                           rf"(?:{self.membership})\s*[：:]?\s*)")
        for start, end in spans[index + 1:index + 1 + LIST_REACH]:
            opened = intro.match(text, start, end)
            if opened is None or any(start <= m.start < opened.end() for m in sentence.named):
                continue  # 金鹰文化公司的股东包括…: the members of a name, not of the collective
            following = sentence.named[bisect_left(sentence.starts, opened.end()):bisect_left(sentence.starts, end)]
            listed = self.shared.grammar.group(text, following, self.types, from_right=False,
                                               stop=self.shared.grammar.clause_end(text, opened.end(), end))
            if listed and listed[0].start - opened.end() <= 1:
                return listed
        return []

    def described_before(self, sentence: Sentence, spans, index: int, noun: str | None) -> list[Mention]:
        """The list the sentence before names right before a collective describing it (A、B和C三家出版
        机构; A, B and C, three newspapers), of the same noun where the reference holds one."""
        text = sentence.text
        start, end = spans[index - 1]
        named = sentence.named[bisect_left(sentence.starts, start):bisect_left(sentence.starts, end)]
        for described in self.noun_zh.finditer(text, start, end):
            if noun and described.group("noun") != noun:
                continue
            before = [m for m in named if m.end <= described.start()]
            listed = self.shared.grammar.group(text, before, self.types, from_right=True)
            wanted = count_value(described.group("count"))
            if len(listed) >= 2 and re.fullmatch(APPOSED, text[listed[-1].end:described.start()]) \
                    and (not wanted or wanted == len(listed)):
                return listed
        return []

    def subject_before(self, sentence: Sentence, spans, index: int, position: int) -> list[Mention]:
        """The list opening the plural pronoun's sentence, in a clause before it, or opening the
        sentence before (A、B和C表示，他们已对X提起诉讼; A和B周三发表声明。她们表示…)."""
        text = sentence.text
        own = (spans[index][0], self.shared.grammar.clause_start(text, spans[index][0], position))
        for start, end in [own, *spans[max(0, index - 1):index]]:
            named = [m for m in sentence.named[bisect_left(sentence.starts, start):bisect_left(sentence.starts, end)]
                     if m.end <= end]
            parties = [m for m in named if m.type in self.types]
            if not parties or not re.fullmatch(rf"\s*{OPENER}", text[start:parties[0].start]):
                continue
            listed = self.shared.grammar.group(text, named, self.types, from_right=False)
            if len(listed) >= 2 and listed[0] is parties[0]:
                return listed
        return []

    def side(self, sentence: Sentence, collective: re.Match) -> str | None:
        """plaintiff where the collective stands before the suing word (after it with a passive word
        between), defendant where after it (before it with a passive word); None without one."""
        text = sentence.text
        suing = self.suing.search(text, collective.end(), sentence.end)
        if suing is not None:
            return "defendant" if self.passive.search(text, collective.end(), suing.start()) else "plaintiff"
        earlier = list(self.suing.finditer(text, sentence.start, collective.start()))
        if not earlier:
            return None
        return "plaintiff" if self.passive.search(text, earlier[-1].end(), collective.start()) else "defendant"
