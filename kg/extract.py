"""Facts from one item: relation cues applied inside a sentence to the typed mentions
around them, with evidence.

A cue (data/lexicon/triggers.tsv) proposes relations; the ontology's argument types
choose among them (发布 + Law: issued, 发布 + AIModel: released).  Heads come from the
left, tails from the right; coordinated names (A、B和C) share a role; 被/遭 swap the
roles; a joint actor (A联合B发布) adds partnered.  Structural facts (jurisdiction,
partOf, a developer's models) come from names, 的/旗下 and the knowledge base.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from .dates import sentence_date
from .english_facts import EnglishFacts
from .kb import KnowledgeBase
from .model import SYMMETRIC_RELATIONS as SYMMETRIC
from .model import Evidence, Fact, Item, Mention
from .sentences import Sentences

AGENTS = {"Regulator", "Legislature", "Court", "Company", "Organization", "Person", "Jurisdiction"}
BODIES = {"Regulator", "Legislature", "Court", "Company", "Organization"}
# relation -> (head types, tail types), from SCHEMA.md
SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "issued": (AGENTS, {"Law"}),
    "proposed": (AGENTS, {"Law"}),
    "repealed": (AGENTS, {"Law"}),
    "sued": (AGENTS - {"Court"}, AGENTS - {"Court"}),  # the court where a suit is filed is no party
    "adjudicated": ({"Court"}, AGENTS - {"Court", "Jurisdiction"}),
    "settled": (AGENTS, AGENTS),
    "partnered": (AGENTS, AGENTS),
    "banned": (AGENTS, AGENTS - {"Court"} | {"AIModel"}),
    "fined": (AGENTS - {"Jurisdiction"}, AGENTS - {"Court", "Jurisdiction"} | {"AIModel"}),
    "investigated": (AGENTS - {"Jurisdiction"}, AGENTS - {"Court", "Jurisdiction"} | {"AIModel"}),
    "accused": (AGENTS - {"Court"}, AGENTS - {"Court", "Jurisdiction"} | {"AIModel"}),
    "released": (BODIES | {"Person"}, {"AIModel"}),
    "investedIn": (AGENTS, {"Company", "Organization", "AIModel"}),
    "acquired": (BODIES, {"Company", "Organization", "AIModel"}),
    "partOf": (BODIES, BODIES),
    "jurisdiction": (BODIES | {"Law"}, {"Jurisdiction"}),
}
CLAUSE_BREAK = re.compile(r"[，,：:]")
COORDINATION = re.compile(r"^\s*(?:、|，|,|和|与|及|以及|或|并|and|&|以及其|,?\s*和|,?\s*and)?\s*$", re.I)
# OpenAI 的 GPT-4o, 快手旗下的可灵, 谷歌自研的大模型 Gemini: the model belongs to the name before it
OWNERSHIP = re.compile(r"^(?:的|旗下(?:的)?|(?:自研|开发|研发|推出|打造|发布|创建|领导)的)"
                       r"(?:[\u4e00-\u9fff]{0,8}(?:模型|人工智能|AI|产品|系统|工具|助手|平台|应用))?$")
CASE_PARTIES = re.compile(r"^(?P<plaintiffs>.+?)\s*(?:诉|v\.|V\.|vs\.?|VS\.?)\s*(?P<defendants>.+?)\s*案?$")
LATIN_WORD_START = re.compile(r"(?<![A-Za-z])[A-Za-z]")
PARENTHESIS = re.compile(r"[（(][^（）()]{0,80}[）)]")
# France's Mistral AI, Elon Musk's xAI: a possessive before a name describes it
POSSESSIVE = re.compile(r"['’]s\s+$")
POSSESSIVE_TAIL = re.compile(r"\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*['’]s\s*$")
# Relations between adversaries: never between a group and its own unit
HOSTILE = {"sued", "banned", "fined", "investigated", "accused"}
# Relations whose tail may stand after 向/对/针对 (or 与 for the symmetric ones)
TARGETED = HOSTILE | SYMMETRIC | {"investedIn", "acquired", "adjudicated"}
FAMILY_CUT = re.compile(r"(?<=.)[-\s]")  # where a model family's name ends in a member's name
WINDOW = 60  # characters a role may stand from its cue


@dataclass(frozen=True)
class _Cue:
    relation: str
    start: int
    end: int


class Extractor:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        relations_of: dict[str, list[str]] = {}
        for relation, cues in kb.triggers.items():
            for cue in cues:
                relations_of.setdefault(cue.lower() if cue.isascii() else cue, []).append(relation)
        self.cues_by_initial: dict[str, list[tuple[str, list[str]]]] = {}
        for cue in sorted((c for c in relations_of if not c.isascii()), key=len, reverse=True):
            self.cues_by_initial.setdefault(cue[0], []).append((cue, relations_of[cue]))
        self.cue_initials = re.compile("[" + re.escape("".join(self.cues_by_initial)) + "]")
        self.latin_relations = {c: r for c, r in relations_of.items() if c.isascii()}
        self.latin_cues = re.compile("|".join(map(re.escape, sorted(self.latin_relations, key=len, reverse=True))),
                                     re.IGNORECASE)
        self.passive = kb.context["passive"]
        self.joint = kb.context["joint"]
        self.draft = kb.context["draft"]
        self.developer = kb.context["developer"]
        self.access = kb.context["access"]
        self.kinds = tuple(w for w in kb.context["company_word"] if not w.isascii())
        self.negation = kb.context["negation"]
        self.partner_markers = kb.context["partner_marker"]
        self.person_titles = kb.context["person_title"]
        self.judges = kb.context["judge"]
        self.list_intros = kb.context["list_intro"]
        self.location_markers = kb.context["location_marker"]
        self.target_markers = kb.context["target_marker"]
        self.defendant_markers = kb.context["defendant_marker"]
        self.court_references = _alternation(w for w in kb.context["court_reference"] if not w.isascii() and w != "法院")
        self.both_parties = _alternation(w for w in kb.context["both_parties"] if not w.isascii())
        self.settlement = re.compile("|".join(rf"\b{re.escape(c)}\b" if c.isascii() else re.escape(c)
                                              for c in kb.triggers["settled"]), re.IGNORECASE)
        self.pronouns = kb.context["subject_pronoun"]
        self.lawsuit_words = kb.context["lawsuit"]
        # 该办法, the code: a reference to a law named before; the noun is what its name must hold
        references = sorted(kb.context["law_reference"], key=len, reverse=True)
        english = "|".join(re.escape(r.split(" ", 1)[1]) for r in references if r.lower().startswith("the "))
        chinese = "|".join(re.escape(r[1:]) for r in references if r.startswith("该"))
        self.law_references = re.compile(rf"\s*(?:(?i:the\s+(?P<en>{english}))\b|该(?P<zh>{chinese})(?![院庭官]))")
        self.registered_forms = kb.context["registered_form"]
        self.not_cues = _alternation(kb.context.get("not_cue", ()))
        self.sentences = Sentences(kb.sentence_words)
        # an item's sentences and their dates, asked for its facts and again for each
        # fact of the document's rules: remembered for the last items (keyed by the text)
        self.sentence_dates = lru_cache(maxsize=64)(self._sentence_dates)
        self.english = EnglishFacts(kb, SIGNATURES)

    def facts(self, item: Item, text: str, mentions: list[Mention]) -> list[Fact]:
        facts: list[Fact] = []
        mentions = sorted(_stating(mentions), key=lambda m: m.start)
        starts = [m.start for m in mentions]
        laws = [m for m in mentions if m.type == "Law"]  # what a reference to a law (该办法) may stand for
        spans, dates = self.sentence_dates(text, item.date)
        for (start, end), date in zip(spans, dates):
            inside = [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
            if not inside and not self.english.refers(text, start, end):
                continue  # (The two companies signed a deal: names of the sentences before)
            evidence = _evidence(item, text, start, end, date)
            facts += _ruled("cue", self.cue_facts(text, start, end, inside, evidence, laws=laws))
            facts += _ruled("structure", self.structural_facts(text, inside, evidence))
            facts += _ruled("english", self.english.facts(text, start, end, inside, evidence, named=mentions))
        return _distinct(self.suit_accusations(facts))

    # -- cue-driven relations ----------------------------------------------------------
    def find_cues(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[_Cue]:
        """Cue words of the sentence outside names; of overlapping cues of one relation,
        the longest (提起诉讼 over 诉讼 over 诉)."""
        hits: list[_Cue] = []
        for initial in self.cue_initials.finditer(text, start, end):  # Chinese cues, by first character
            position = initial.start()
            for cue, relations in self.cues_by_initial[initial.group()]:
                if text.startswith(cue, position):
                    hits += [_Cue(relation, position, position + len(cue)) for relation in relations]
        for word in LATIN_WORD_START.finditer(text, start, end):  # English cues start a word, any case
            hit = self.latin_cues.match(text, word.start(), end)
            if hit:
                hits += [_Cue(relation, *hit.span()) for relation in self.latin_relations[hit.group().lower()]
                         if not self.english.overrules(text, start, end, relation, hit.start())]
        found: list[_Cue] = []
        words = [word.span() for word in self.not_cues.finditer(text, start, end)] if hits else []
        for cue in sorted(hits, key=lambda c: (c.start, -(c.end - c.start))):
            if any(cue.start < m.end and m.start < cue.end for m in mentions):
                continue
            if any(first <= cue.start and cue.end <= last for first, last in words):
                continue  # 上诉, 败诉: words that hold a cue (诉) without being one
            if any(c.relation == cue.relation and cue.start < c.end and c.start < cue.end for c in found):
                continue
            found.append(cue)
        return found

    def cue_facts(self, text: str, start: int, end: int, mentions: list[Mention], evidence: Evidence,
                  laws: list[Mention] = ()) -> list[Fact]:
        """The facts a cue states; ``laws`` are the item's laws, which a reference to a
        law after a cue (the code, 该办法) may stand for."""
        facts = []
        for cue in self.find_cues(text, start, end, mentions):
            clause_start = self.clause_start(text, start, cue.start)
            clause = text[clause_start:cue.start]
            if any(n in clause for n in self.negation) or clause.endswith("未"):
                continue  # 并未…提起诉讼, 是否起诉, 未起诉: a denied, doubted or absent act
            heads, tails, weight = self.roles(text, start, end, clause_start, cue, mentions)
            relation = cue.relation
            if heads and not tails and "Law" in SIGNATURES[relation][1]:
                tails = self.law_reference(text, cue, laws)
            if relation in SYMMETRIC and len(heads) > 1 and not tails:
                heads, tails = heads[:1], heads[1:]  # A与B宣布合作: the coordinated actors are the two sides
            if relation == "issued" and self.is_draft(text, cue, tails, end):
                relation = "proposed"
            facts += [Fact(head, relation, tail, evidence, _confidence(head, tail, weight))
                      for head in heads for tail in tails
                      if self.admissible(text, start, cue, relation, head, tail)]
            if len(heads) > 1 and relation in ("issued", "proposed", "released", "sued") and self.joint_action(text, heads, cue):
                facts += [Fact(first, "partnered", second, evidence, _confidence(first, second, 0.8))
                          for i, first in enumerate(heads) for second in heads[i + 1:]]
        return facts

    def law_reference(self, text: str, cue: _Cue, mentions: list[Mention]) -> list[Mention]:
        """OpenAI and Anthropic signed the code, 国务院随后印发该办法: a reference right
        after the cue stands for the last law before it whose name holds its noun."""
        found = self.law_references.match(text, cue.end)
        if found is None:
            return []
        noun = (found.group("en") or found.group("zh")).lower()
        laws = [m for m in mentions if m.type == "Law" and m.end <= cue.start and noun in (m.canonical or m.text).lower()]
        return [max(laws, key=lambda m: m.start)] if laws else []

    def suit_accusations(self, facts: list[Fact]) -> list[Fact]:
        """An accusation made in a lawsuit is the suit (UMG对Anthropic提起诉讼，指控其…;
        该案由A提起，指控B: sued); one by a party the item already has suing the accused
        adds nothing (CIR起诉OpenAI。CIR指控OpenAI…)."""
        suits = {(_key(f.head), _key(f.tail)) for f in facts if f.relation == "sued"}
        out = []
        for fact in facts:
            if fact.relation == "accused":
                if (_key(fact.head), _key(fact.tail)) in suits:
                    continue
                if any(word in fact.evidence.sentence for word in self.lawsuit_words) and \
                        fact.head.type in SIGNATURES["sued"][0] and fact.tail.type in SIGNATURES["sued"][1]:
                    fact = Fact(fact.head, "sued", fact.tail, fact.evidence, fact.confidence, fact.rule)
            out.append(fact)
        return out

    def roles(self, text: str, start: int, end: int, clause_start: int, cue: _Cue, mentions: list[Mention]
              ) -> tuple[list[Mention], list[Mention], float]:
        """Heads, tails and a confidence weight for one cue of the sentence."""
        head_types, tail_types = SIGNATURES[cue.relation]
        # a role stands near its cue, or anywhere in the cue's clause (FTC向A、B…和G七家公司发出问询令)
        before = [m for m in mentions if m.end <= cue.start and (cue.start - m.end <= WINDOW or m.start >= clause_start)]
        after = [m for m in mentions if m.start >= cue.end and m.start - cue.end <= WINDOW]
        marker = self.passive_marker(text, start, cue.start, before)
        if marker is not None:
            # X被Y起诉: the tail stands before 被, the head between 被 and the cue
            heads = self.group(text, [m for m in before if m.start > marker], head_types, from_right=True)
            tails = self.group(text, [m for m in before if m.end <= marker], tail_types, from_right=True)
            return heads, tails, 0.8
        if text[clause_start:].lstrip().startswith(self.pronouns):
            before = [m for m in before if m.start >= clause_start]  # 该案指控…: the subject is 该案
        markers = self.partner_markers if cue.relation in SYMMETRIC else self.target_markers
        if cue.relation == "sued":
            # X向<法院>起诉Y, X将Y诉至<法院>: the court is where the suit is filed, the name after 将 the defendant
            before = [m for m in before if m.type != "Court"]
            markers += self.defendant_markers
        marker = self.target_marker(text, start, cue.start, before, markers)
        targets = [m for m in before if marker is not None and m.start > marker]
        heads = self.group(text, [m for m in before if m not in targets and not self.earlier_object(text, m, clause_start)],
                           head_types, from_right=True)
        if targets and cue.relation not in TARGETED:
            before = [m for m in before if m not in targets]  # 针对 OpenAI API 用户推出: not what was released
        elif targets:  # A向B提起诉讼, A对B调查, A宣布与B合作: the name after the marker is the tail
            return heads, self.group(text, targets, tail_types, from_right=True), 0.9
        tails = self.group(text, [m for m in after if not self.located(text, m)], tail_types,
                           from_right=False, stop=self.clause_end(text, cue.end, end))
        if tails or not heads:
            return heads, tails, 0.9
        # A就《L》发布…: the tail stands between the head and the cue, in the cue's clause
        # (国务院印发《意见》，提出…: what 提出 introduces is not the 《意见》 of the clause before)
        between = [m for m in before if m.start >= max(heads[-1].end, clause_start)]
        return heads, self.group(text, between, tail_types, from_right=True), 0.75

    def earlier_object(self, text: str, mention: Mention, clause_start: int) -> bool:
        """迪士尼宣布向OpenAI投资…，并与OpenAI签署协议: a name after 向/对 in an earlier
        clause is that clause's object, not the subject of this one."""
        return mention.end <= clause_start and text[max(0, mention.start - 2):mention.start].endswith(self.target_markers)

    def admissible(self, text: str, start: int, cue: _Cue, relation: str, head: Mention, tail: Mention) -> bool:
        """The checks a (head, tail) pair must pass beyond its types."""
        if head.start == tail.start:
            return False
        if relation == "banned" and head.type in ("Company", "Organization") and (
                tail.type != "Jurisdiction" or text[cue.start:cue.end] not in self.access):
            return False  # a company restricts access from a place; it does not ban a firm
        if any(m.type == "Person" and self.judged(text, start, m) for m in (head, tail)) and relation != "adjudicated":
            return False  # 法官科琳·麦克马洪: the judge is no party
        if tail.type == "Person" and relation == "adjudicated" and self.judged(text, start, tail):
            return False
        if head.type == "Jurisdiction" and relation in ("sued", "accused") and text[head.end:cue.start].strip():
            return False  # 加拿大多家新闻机构起诉, 美国母亲起诉: the place describes the plaintiffs
        if head.type == "Jurisdiction" and any(text.startswith(t, head.end) for t in self.person_titles):
            return False  # 美国参议员…提出: the place describes the person
        return not (relation in HOSTILE and self.kin(head, tail))  # Meta 审查 Instagram: not its own unit

    def passive_marker(self, text: str, start: int, cue_start: int, before: list[Mention]) -> int | None:
        """Position of 被/遭 governing the cue: only names and a few characters between."""
        position = max(text.rfind(p, start, cue_start) for p in self.passive)
        if position < 0 or any(m.start <= position < m.end for m in before):
            return None
        between = text[position:cue_start]
        for mention in before:
            if mention.start >= position:
                between = between.replace(mention.text, "")
        between = re.sub(r"[《》“”\s]", "", between)
        return position if len(between) <= 4 else None

    def target_marker(self, text: str, start: int, cue_start: int, before: list[Mention],
                      markers: tuple[str, ...]) -> int | None:
        """Position of the last marker before the cue that introduces a name: 向/对/针对
        for a target (A对B提起诉讼), 与/和 for a partner (A宣布与B合作)."""
        best = None
        for marker in markers:
            position = text.rfind(marker, start, cue_start)
            if position < 0 or any(m.start <= position < m.end for m in before):
                continue
            following = [m for m in before if m.start >= position + len(marker)]
            if following and min(m.start for m in following) - position - len(marker) <= 12 and any(
                    m.end <= position for m in before):
                best = max(best or -1, position)
        return best

    @staticmethod
    def clause_start(text: str, start: int, position: int) -> int:
        """Where the clause holding ``position`` begins (after the last ，or ：)."""
        return max([start] + [m.end() for m in CLAUSE_BREAK.finditer(text, start, position)])

    def clause_end(self, text: str, position: int, end: int) -> int:
        found = CLAUSE_BREAK.search(text, position, end)
        return found.start() if found else end

    def group(self, text: str, candidates: list[Mention], types: set[str], from_right: bool,
              stop: int | None = None) -> list[Mention]:
        """The coordinated names nearest the cue, of the allowed types: A、B和C.  Looking
        left, a group introduced by 在/于 is a place of the act and is passed over."""
        ordered = sorted((m for m in candidates if not any(POSSESSIVE.fullmatch(text[m.end:n.start]) for n in candidates)),
                         key=lambda m: m.start, reverse=from_right)
        if stop is not None:
            ordered = [m for m in ordered if m.start < stop]
        chosen: list[Mention] = []
        for mention in ordered:
            if mention.type not in types or (chosen and not self.coordinated(text, chosen[-1], mention, from_right)):
                if chosen and not (from_right and self.located(text, chosen[-1])):
                    break
                chosen = []
                if mention.type not in types:
                    continue
            chosen.append(mention)
        if from_right and chosen and self.located(text, chosen[-1]):
            return []
        return sorted(chosen, key=lambda m: m.start)

    def coordinated(self, text: str, previous: Mention, mention: Mention, from_right: bool) -> bool:
        left, right = (mention, previous) if from_right else (previous, mention)
        gap = POSSESSIVE_TAIL.sub(" ", PARENTHESIS.sub("", text[left.end:right.start]))
        return bool(COORDINATION.match(gap) or self.joint_gap(gap))

    def judged(self, text: str, start: int, person: Mention) -> bool:
        """Whether the person is named as a judge: 法官西德尼·斯坦, 斯坦法官."""
        before, after = text[max(start, person.start - 4):person.start], text[person.end:person.end + 8]
        after = PARENTHESIS.sub("", after).lstrip()
        return any(before.endswith(j) or after.startswith(j) for j in self.judges)

    def kin(self, first: Mention, second: Mention) -> bool:
        """Whether the knowledge base makes one the parent of the other."""
        a, b = self.kb.entries.get(first.kb_id or ""), self.kb.entries.get(second.kb_id or "")
        return bool(a and b and (a.parent == b.id or b.parent == a.id))

    def located(self, text: str, mention: Mention) -> bool:
        """A name right after 在/于 is a place of the act, not its actor: 在美国国会提出."""
        return text[max(0, mention.start - 1):mention.start] in self.location_markers

    def joint_gap(self, gap: str) -> bool:
        gap = gap.strip()
        return any(gap == j or gap.endswith(j) and len(gap) <= len(j) + 2 for j in self.joint)

    def joint_action(self, text: str, heads: list[Mention], cue: _Cue) -> bool:
        span = text[heads[0].start:cue.start]
        return any(j in span for j in self.joint)

    def is_draft(self, text: str, cue: _Cue, tails: list[Mention], end: int) -> bool:
        near = text[cue.start:min(end, cue.end + 30)]
        return any(d in near for d in self.draft) or any(any(d in t.text for d in self.draft) for t in tails)

    # -- relations read from names and 的/旗下 ------------------------------------------
    def structural_facts(self, text: str, mentions: list[Mention], evidence: Evidence) -> list[Fact]:
        facts = []
        ordered = sorted(mentions, key=lambda m: m.start)
        for index, mention in enumerate(ordered):
            facts += [Fact(mention, "jurisdiction", place, evidence, 0.85) for place in self.place_prefixes(mention)]
            if index + 1 < len(ordered):
                following = ordered[index + 1]
                gap = text[mention.end:following.start].strip()
                if mention.type == "Jurisdiction" and following.type in SIGNATURES["jurisdiction"][0] and gap in ("", "的"):
                    facts.append(Fact(following, "jurisdiction", mention, evidence, 0.8))
                if mention.type in BODIES | {"Person"} and following.type == "AIModel" and OWNERSHIP.match(gap):
                    facts.append(Fact(mention, "released", following, evidence, 0.8))
                if mention.type == "AIModel" and following.type in BODIES and any(gap.endswith(d) for d in self.developer):
                    facts.append(Fact(following, "released", mention, evidence, 0.8))
                if mention.type in BODIES and following.type in BODIES and gap in ("旗下", "旗下的", "下属", "下属的"):
                    facts.append(Fact(following, "partOf", mention, evidence, 0.8))
            if mention.type == "Case":
                facts += self.case_parties(mention, evidence)
            if mention.type == "Jurisdiction":
                facts += self.place_of_list(text, mention, ordered[index + 1:], evidence)
                facts += self.place_after_list(text, mention, ordered[:index], evidence)
            parent = self.name_parent(mention)
            if parent is not None:
                facts.append(Fact(mention, "partOf", parent, evidence, 0.8))
        return facts

    def place_of_list(self, text: str, place: Mention, following: list[Mention], evidence: Evidence) -> list[Fact]:
        """中国企业百度、腾讯和阿里: a place, a description, then the names it describes."""
        if place.type != "Jurisdiction" or not following:
            return []
        gap = text[place.end:following[0].start]
        if not self.describes(gap):
            return []
        members = self.group(text, following, {"Company", "Organization"}, from_right=False,
                             stop=self.clause_end(text, place.end, evidence.end))
        return [Fact(member, "jurisdiction", place, evidence, 0.7) for member in members]

    def case_parties(self, case: Mention, evidence: Evidence) -> list[Fact]:
        """纽约时报诉微软和OpenAI案, Getty Images v. Stability AI: a case named after its
        parties says who sued whom; known names only."""
        match = CASE_PARTIES.match(case.text)
        if match is None:
            return []
        sides = []
        for group in ("plaintiffs", "defendants"):
            names = []
            for part in re.split(r"、|和|与|及|以及|,|&| and ", match.group(group)):
                name = part.strip().removesuffix("等公司").removesuffix("等").strip()
                entry = self.kb.lookup(name)
                if entry is not None and entry.type in SIGNATURES["sued"][0]:
                    offset = case.start + case.text.find(name)
                    names.append(Mention(name, entry.type, offset, offset + len(name), kb_id=entry.id,
                                         mechanism="kb", confidence=0.9))
            sides.append(names)
        return [Fact(plaintiff, "sued", defendant, evidence, 0.8) for plaintiff in sides[0] for defendant in sides[1]]

    def place_after_list(self, text: str, place: Mention, preceding: list[Mention], evidence: Evidence) -> list[Fact]:
        """阿里云、百度云等中国人工智能服务商: names, 等, then a place and a kind of company."""
        if place.type != "Jurisdiction" or not preceding or not text[preceding[-1].end:place.start].strip() == "等":
            return []
        if not re.match(rf"^[\u4e00-\u9fffA-Za-z ]{{0,10}}?(?:{'|'.join(map(re.escape, self.kinds))})", text[place.end:]):
            return []
        members = self.group(text, preceding, {"Company", "Organization"}, from_right=True)
        return [Fact(member, "jurisdiction", place, evidence, 0.7) for member in members]

    def describes(self, gap: str) -> bool:
        """欧洲领先的国防人工智能和软件公司（赫尔辛格）: a short description ending in a
        kind of company, with no verb of a relation in it."""
        gap = gap.strip()
        for intro in self.list_intros:  # 中国企业如百度: the kind, then 如
            gap = gap.removesuffix(intro).rstrip()
        gap = gap.removeprefix("的").lstrip()
        return (0 < len(gap) <= 24 and gap.endswith(self.kinds) and not re.search(r"[，,。；;：:]", gap)
                and not self.find_cues(gap, 0, len(gap), []))

    def place_prefixes(self, mention: Mention) -> list[Mention]:
        """美国财政部 -> 美国; 陕西省工业和信息化厅 -> 陕西省 (known entities take their
        places from the knowledge base instead)."""
        entry = self.kb.entries.get(mention.kb_id or "")
        if mention.type not in SIGNATURES["jurisdiction"][0] or (entry and entry.jurisdiction):
            return []
        return self.leading_places(mention)

    def leading_places(self, mention: Mention) -> list[Mention]:
        """The places a name begins with: 美国加利福尼亚州总检察长 -> 美国, 加利福尼亚州."""
        places: list[Mention] = []
        offset = 0
        while (found := self.kb.place_prefix(mention.text[offset:])) is not None:
            name, place = found
            if len(mention.text) - offset <= len(name) + 1 or mention.kb_id == place.id:
                break
            places.append(Mention(name, "Jurisdiction", mention.start + offset, mention.start + offset + len(name),
                                  kb_id=place.id, mechanism="prefix", confidence=0.9))
            offset += len(name)
        return places

    def name_parent(self, mention: Mention) -> Mention | None:
        """阿里巴巴达摩院 -> 阿里巴巴; 清华大学自动化系 -> 清华大学: a unit named after its parent."""
        if mention.type not in ("Company", "Organization") or mention.kb_id:
            return None
        for length in range(len(mention.text) - 2, 1, -1):
            if mention.text[length - 1:length + 1].isascii() and mention.text[length - 1:length + 1].isalnum():
                continue  # Acme Robotics LLC is no unit of ACM: a Latin word is not cut
            entry = self.kb.lookup(mention.text[:length])
            if entry is not None and mention.text[length:].strip() in self.kb.legal_forms:
                return None  # 盖蒂公司: the company itself, not a unit of it
            if entry is not None and entry.type in BODIES:
                return Mention(mention.text[:length], entry.type, mention.start, mention.start + length,
                               kb_id=entry.id, mechanism="prefix", confidence=0.9)
        return None

    def _sentence_dates(self, text: str, published: str | None) -> tuple[tuple[tuple[int, int], ...], tuple[str | None, ...]]:
        """The sentences of an item and the date of each: the date it states, a relative
        one (同年9月, 两周后) resolved against the last date stated before it, else the
        item's date."""
        spans = self.sentences.spans(text)
        dates, story = [], published
        for start, end in spans:
            date, stated = sentence_date(text[start:end], story, published)
            dates.append(date if stated else published)
            story = date or story
        return spans, tuple(dates)

    def evidence_at(self, item: Item, text: str, mention: Mention) -> Evidence:
        """The evidence of the sentence holding ``mention`` (the title where none does)."""
        spans, dates = self.sentence_dates(text, item.date)
        index = bisect_right(spans, (mention.start, len(text))) - 1
        if index >= 0 and mention.start < spans[index][1]:
            return _evidence(item, text, *spans[index], dates[index])
        return Evidence(item.document, item.title, item.title, 0, len(item.title), item.date, item.source)

    # -- relations the knowledge base knows, when the document names both ends ---------
    def document_facts(self, items: list[tuple[Item, str, list[Mention]]], facts: list[Fact]) -> list[Fact]:
        """Facts that need the whole document: the knowledge base's jurisdictions and
        parents, a law's jurisdiction from its issuer's, a model family's developer."""
        items = [(item, text, _stating(mentions)) for item, text, mentions in items]
        mentioned = {}
        for _, _, mentions in items:
            for mention in mentions:
                if mention.kb_id:
                    mentioned.setdefault(mention.kb_id, mention)
        for _, _, mentions in items:  # 欧盟 named only in 欧盟委员会 is named too (not in a title: 《中华人民共和国…法》)
            for mention in mentions:
                for place in self.leading_places(mention) if mention.type != "Law" else ():
                    mentioned.setdefault(place.kb_id, place)
        out: list[Fact] = []
        for item, text, mentions in items:
            first: dict[str, Mention] = {}  # each known entity's first mention in the item
            for mention in mentions:
                if mention.kb_id:
                    first.setdefault(mention.kb_id, mention)
            seen: set[str] = set()
            for mention in mentions:
                entry = self.kb.entries.get(mention.kb_id or "")
                if entry is None or entry.id in seen:
                    continue
                seen.add(entry.id)
                evidence = self.evidence_at(item, text, mention)
                out += self.kb_jurisdictions(entry, mention, mentioned, evidence)
                # a model's developer named in the item; a unit's parent in the sentence
                parent = first.get(entry.parent) if entry.parent else None
                if parent is not None:
                    if entry.type == "AIModel" and parent.type in BODIES | {"Person"}:
                        out.append(Fact(parent, "released", mention, evidence, 0.7))
                    elif entry.type in BODIES and parent.type in BODIES and evidence.start <= parent.start < evidence.end:
                        out.append(Fact(mention, "partOf", parent, evidence, 0.7))
        out = _ruled("kb", out)
        out += _ruled("english", self.english.document_facts(facts + out, items, self.evidence_at))
        out += _ruled("inherit", self.inherited(facts + out, items))
        out += _ruled("hearing", self.hearings(facts + out, items))
        out += _ruled("referred", self.referred_litigation(facts + out, items))
        return out + _ruled("title-place", self.title_places(facts + out, items))

    def hearings(self, facts: list[Fact], items: list[tuple[Item, str, list[Mention]]]) -> list[Fact]:
        """A court that hears or decides (在X法院审理, X法院判决) adjudicates the suit the
        item is about: its parties are those of the item's sued facts, else the companies
        and persons its title names."""
        cues = self.kb.triggers["adjudicated"]
        suits = _by_item(facts, "sued")
        out = []
        for item, text, mentions in items:
            courts = [m for m in mentions if m.type == "Court"
                      and any(cue in text[m.end:m.end + 12] for cue in cues if not cue.isascii())]
            if not courts:
                continue
            parties = {(_key(m), m) for f in suits.get(item.title, ()) for m in (f.head, f.tail)
                       if not any(text[max(0, m.start - 4):m.start].endswith(j) for j in self.judges)}
            if not parties:
                parties = {(_key(m), m) for m in mentions
                           if m.end <= len(item.title) and m.type in ("Company", "Person", "Organization")}
            for court in {_key(c): c for c in courts}.values():
                evidence = self.evidence_at(item, text, court)
                out += [Fact(court, "adjudicated", party, evidence, 0.55) for _, party in sorted(parties, key=lambda p: p[0])
                        if party.type in ("Company", "Person", "Organization")]
        return out

    def referred_litigation(self, facts: list[Fact], items: list[tuple[Item, str, list[Mention]]]) -> list[Fact]:
        """Acts of the item's suit told without its names: 该法院判决 (the court named last
        before it adjudicates the item's parties); 双方达成和解, or a settlement naming one
        side (Anthropic agreed to settle…), settles the item's one suit."""
        adjudicating = tuple(c for c in self.kb.triggers["adjudicated"] if not c.isascii())
        suits = _by_item(facts, "sued")
        out = []
        for item, text, mentions in items:
            sued = suits.get(item.title, [])
            if not sued:
                continue
            courts = sorted((m for m in mentions if m.type == "Court"), key=lambda m: m.end)
            court_ends, court_starts = [c.end for c in courts], sorted(c.start for c in courts)
            last_named = list(accumulate(courts, lambda best, court: court if court.start >= best.start else best))
            parties = {_key(m): m for f in sued for m in (f.head, f.tail) if m.type in ("Company", "Person", "Organization")}
            for reference in self.court_references.finditer(text):
                ended = bisect_right(court_ends, reference.start())  # the courts named before the reference
                if not ended or not any(cue in text[reference.end():reference.end() + 12] for cue in adjudicating):
                    continue
                evidence = self.evidence_at(item, text, Mention(reference.group(), "Court", *reference.span()))
                if bisect_left(court_starts, evidence.end) > bisect_left(court_starts, evidence.start):
                    continue  # the sentence names its court: hearings() reads it
                out += [Fact(last_named[ended - 1], "adjudicated", party, evidence, 0.55) for _, party in sorted(parties.items())]
            defendants: dict[str, set[str]] = {}
            for fact in sued:
                defendants.setdefault(_key(fact.head), set()).add(_key(fact.tail))
            if len({frozenset(tails) for tails in defendants.values()}) != 1:
                continue  # the item reports several suits: 双方 names none of them
            sides = {_key(m): m for f in sued for m in (f.head, f.tail)}
            pairs = {(_key(f.head), _key(f.tail)): f for f in sued}
            suit_sentences = {f.evidence.start for f in sued}
            ordered = sorted(mentions, key=lambda m: m.start)
            starts = [m.start for m in ordered]
            for start, end in self.sentences.spans(text):
                sentence = text[start:end]
                if not self.settlement.search(sentence) or start in suit_sentences:
                    continue
                named = {_key(m) for m in ordered[bisect_left(starts, start):bisect_left(starts, end)]} & set(sides)
                if named or self.both_parties.search(sentence):  # 双方达成和解; Anthropic agreed to settle
                    evidence = self.evidence_at(item, text, Mention(sentence, "Person", start, end))
                    out += [Fact(f.head, "settled", f.tail, evidence, 0.6) for f in pairs.values()]
        return out

    def title_places(self, facts: list[Fact], items: list[tuple[Item, str, list[Mention]]]) -> list[Fact]:
        """An item whose title names one place (美国参议员在国会提出《…》) sets the place
        of the state bodies and laws it names that have none of their own."""
        placed = {_key(f.head) for f in facts if f.relation == "jurisdiction"}
        out = []
        for item, text, mentions in items:
            in_title = {_key(m): m for m in mentions if m.end <= len(item.title) and m.type == "Jurisdiction"}
            if len(in_title) != 1:
                continue
            place = next(iter(in_title.values()))
            for mention in mentions:
                key = _key(mention)
                if mention.type in ("Regulator", "Legislature", "Court", "Law") and key not in placed:
                    placed.add(key)
                    out.append(Fact(mention, "jurisdiction", place, self.evidence_at(item, text, mention), 0.5))
        return out

    def kb_jurisdictions(self, entry, mention: Mention, mentioned: dict[str, Mention], evidence: Evidence) -> list[Fact]:
        """A state body or a law gets its place from the knowledge base when the document
        names that place; the places above it only when its own name carries them
        (伊利诺伊州联邦法院: 伊利诺伊州, not 美国).  A company or organization gets only
        the places its name carries."""
        if entry.type not in SIGNATURES["jurisdiction"][0]:
            return []
        out = []
        place_id, nearest = entry.jurisdiction, True
        state_body = entry.type in ("Regulator", "Legislature", "Court", "Law")
        while place_id:
            place = self.kb.entries.get(place_id)
            if place is None:
                break
            named = next((n for n in sorted(place.names, key=len, reverse=True)
                          if len(n) > 1 and n in mention.text and n != mention.text), None)
            target = mentioned.get(place_id) if state_body and nearest else None
            prefix = named  # 广东省深圳市中级人民法院 names 深圳市 and 广东省
            if named is not None:
                offset = mention.start + mention.text.index(named)
                target = Mention(named, "Jurisdiction", offset, offset + len(named), kb_id=place_id, mechanism="prefix")
            if target is not None:
                out.append(Fact(mention, "jurisdiction", target, evidence, 0.85 if prefix else 0.7))
            place_id, nearest = place.parent, False
        if not out and entry.type in ("Company", "Organization") and mention.text.endswith(self.registered_forms):
            # 北京月之暗面科技有限公司: a registered name begins with the place of registration
            out += [Fact(mention, "jurisdiction", place, evidence, 0.8) for place in self.leading_places(mention)]
        return out

    def inherited(self, facts: list[Fact], items: list[tuple[Item, str, list[Mention]]]) -> list[Fact]:
        """A law issued or proposed by a body takes the body's jurisdiction; a model
        named after a released model (Qwen2 -> Qwen2-72B) has the same developer."""
        places: dict[str, dict[str, Mention]] = {}  # a body's places, each once however often stated
        for fact in facts:
            if fact.relation == "jurisdiction":
                places.setdefault(_key(fact.head), {}).setdefault(_key(fact.tail), fact.tail)
        out = []
        for fact in facts:
            if fact.relation in ("issued", "proposed") and fact.tail.type == "Law":
                for place in places.get(_key(fact.head), {}).values():
                    out.append(Fact(fact.tail, "jurisdiction", place, fact.evidence, 0.6))
        releases = _by_item(facts, "released")
        for item, text, mentions in items:
            developers: dict[str, dict[str, Mention]] = {}  # a released model's name -> its developers
            for fact in releases.get(item.title, ()):
                developers.setdefault(fact.tail.text, {}).setdefault(_key(fact.head), fact.head)
            for mention in mentions if developers else ():
                if mention.type != "AIModel":
                    continue
                for cut in FAMILY_CUT.finditer(mention.text):  # Qwen3-235B: Qwen3 then -
                    for developer in developers.get(mention.text[:cut.start()], {}).values():
                        out.append(Fact(developer, "released", mention, self.evidence_at(item, text, mention), 0.6))
        return out


def _by_item(facts: list[Fact], relation: str) -> dict[str, list[Fact]]:
    """The facts of one relation by the title of the item they were read in (a fact
    stated again by a copy of its item counted once)."""
    found: dict[str, dict[tuple, Fact]] = {}
    for fact in facts:
        if fact.relation == relation:
            key = (fact.head.start, fact.head.end, _key(fact.head), fact.tail.start, fact.tail.end, _key(fact.tail),
                   fact.evidence.start)
            found.setdefault(fact.evidence.item, {}).setdefault(key, fact)
    return {title: list(facts.values()) for title, facts in found.items()}


def _alternation(words) -> re.Pattern:
    """One pattern matching any of some words, the longest first (never anything for none)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or r"(?!)")


# Names read from an article's credit and source lines (kg.nlp credited_names, source_names):
# nodes, but the lines state no facts about them.
CREDITED = frozenset({"credit", "source"})


def _ruled(rule: str, facts: list[Fact]) -> list[Fact]:
    """Name the rule family that read these facts, where a finer rule has not."""
    for fact in facts:
        fact.rule = fact.rule or rule
    return facts


def _stating(mentions: list[Mention]) -> list[Mention]:
    return [mention for mention in mentions if mention.mechanism not in CREDITED]


def _key(mention: Mention) -> str:
    return mention.kb_id or (mention.canonical or mention.text)


def _evidence(item: Item, text: str, start: int, end: int, date: str | None) -> Evidence:
    return Evidence(item.document, item.title, text[start:end], start, end, date, item.source,
                    item.links[0] if item.links else "")


def _confidence(head: Mention, tail: Mention, weight: float) -> float:
    return round(min(head.confidence, tail.confidence) * weight, 3)


def _distinct(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out = []
    for fact in facts:
        key = (fact.head.start, fact.head.end, fact.relation, fact.tail.start, fact.tail.end, fact.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out
