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
from dataclasses import dataclass

from .dates import first_date
from .kb import KnowledgeBase
from .model import Evidence, Fact, Item, Mention

AGENTS = {"Regulator", "Legislature", "Court", "Company", "Organization", "Person", "Jurisdiction"}
BODIES = {"Regulator", "Legislature", "Court", "Company", "Organization"}
# relation -> (head types, tail types), from SCHEMA.md
SIGNATURES: dict[str, tuple[set[str], set[str]]] = {
    "issued": (AGENTS, {"Law"}),
    "proposed": (AGENTS, {"Law"}),
    "repealed": (AGENTS, {"Law"}),
    "sued": (AGENTS, AGENTS),
    "adjudicated": ({"Court"}, AGENTS - {"Court", "Jurisdiction"}),
    "settled": (AGENTS, AGENTS),
    "partnered": (AGENTS, AGENTS),
    "banned": (AGENTS, AGENTS | {"AIModel"}),
    "fined": (AGENTS - {"Jurisdiction"}, AGENTS | {"AIModel"}),
    "investigated": (AGENTS - {"Jurisdiction"}, AGENTS | {"AIModel"}),
    "accused": (AGENTS, AGENTS | {"AIModel"}),
    "released": (BODIES | {"Person"}, {"AIModel"}),
    "investedIn": (AGENTS, {"Company", "Organization", "AIModel"}),
    "acquired": (BODIES, {"Company", "Organization", "AIModel"}),
    "partOf": (BODIES, BODIES),
    "jurisdiction": (BODIES | {"Law"}, {"Jurisdiction"}),
}
SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
CLAUSE_BREAK = re.compile(r"[，,：:]")
COORDINATION = re.compile(r"^\s*(?:、|，|,|和|与|及|以及|或|并|and|&|以及其|,?\s*和|,?\s*and)?\s*$", re.I)
WINDOW = 60  # characters a role may stand from its cue


@dataclass(frozen=True)
class _Cue:
    relation: str
    start: int
    end: int


class Extractor:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.cues = sorted(((cue, relation) for relation, cues in kb.triggers.items() for cue in cues),
                           key=lambda pair: -len(pair[0]))
        self.passive = kb.context["passive"]
        self.joint = kb.context["joint"]
        self.draft = kb.context["draft"]
        self.developer = kb.context["developer"]

    def facts(self, item: Item, text: str, mentions: list[Mention]) -> list[Fact]:
        facts: list[Fact] = []
        for match in SENTENCE.finditer(text):
            start, end = match.span()
            inside = [m for m in mentions if m.start >= start and m.end <= end]
            if not inside:
                continue
            evidence = Evidence(item.document, item.title, match.group(0).strip(), start, end,
                                first_date(match.group(0)) or item.date, item.source,
                                item.links[0] if item.links else "")
            facts += self.cue_facts(text, start, end, inside, evidence)
            facts += self.structural_facts(text, inside, evidence)
        facts += self.knowledge_facts(text, item, mentions)
        return _distinct(facts)

    # -- cue-driven relations ----------------------------------------------------------
    def find_cues(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[_Cue]:
        """Cue words of the sentence outside names; of overlapping cues of one relation,
        the longest (提起诉讼 over 诉讼 over 诉)."""
        found: list[_Cue] = []
        sentence = text[start:end]
        lowered = sentence.lower()
        for cue, relation in self.cues:
            latin = cue.isascii()
            pattern = rf"(?<![A-Za-z]){re.escape(cue.lower())}" if latin else re.escape(cue)
            for hit in re.finditer(pattern, lowered if latin else sentence):
                a, b = start + hit.start(), start + hit.end()
                if any(a < m.end and m.start < b for m in mentions):
                    continue
                if any(c.relation == relation and a < c.end and c.start < b for c in found):
                    continue
                found.append(_Cue(relation, a, b))
        return sorted(found, key=lambda c: (c.start, -(c.end - c.start)))

    def cue_facts(self, text: str, start: int, end: int, mentions: list[Mention], evidence: Evidence) -> list[Fact]:
        facts = []
        for cue in self.find_cues(text, start, end, mentions):
            head_types, tail_types = SIGNATURES[cue.relation]
            before = [m for m in mentions if m.end <= cue.start and cue.start - m.end <= WINDOW]
            after = [m for m in mentions if m.start >= cue.end and m.start - cue.end <= WINDOW]
            passive = any(text[max(start, cue.start - len(p)):cue.start] == p or
                          text[max(start, cue.start - len(p) - 4):cue.start].startswith(p)
                          for p in self.passive)
            if passive:
                # X被Y起诉: the tail stands before 被, the head between 被 and the cue
                marker = max(text.rfind(p, start, cue.start) for p in self.passive)
                heads = self.group(text, [m for m in before if m.start > marker], head_types, from_right=True)
                tails = self.group(text, [m for m in before if m.end <= marker], tail_types, from_right=True)
                weight = 0.8
            else:
                heads = self.group(text, before, head_types, from_right=True)
                tails = self.group(text, after, tail_types, from_right=False,
                                   stop=self.clause_end(text, cue.end, end))
                weight = 0.9
                if not tails and heads:
                    # A就《L》发布…, A对B提起诉讼: the tail stands between head and cue
                    between = [m for m in before if m.start >= heads[-1].end]
                    tails = self.group(text, between, tail_types, from_right=True)
                    weight = 0.75
            relation = cue.relation
            if relation == "issued" and self.is_draft(text, cue, tails, end):
                relation = "proposed"
            for head in heads:
                for tail in tails:
                    if head.start != tail.start:
                        facts.append(Fact(head, relation, tail, evidence, _confidence(head, tail, weight)))
            if len(heads) > 1 and relation in ("issued", "proposed", "released", "sued") and self.joint_action(text, heads, cue):
                for i, first in enumerate(heads):
                    for second in heads[i + 1:]:
                        facts.append(Fact(first, "partnered", second, evidence, _confidence(first, second, 0.8)))
        return facts

    def clause_end(self, text: str, position: int, end: int) -> int:
        found = CLAUSE_BREAK.search(text, position, end)
        return found.start() if found else end

    def group(self, text: str, candidates: list[Mention], types: set[str], from_right: bool,
              stop: int | None = None) -> list[Mention]:
        """The coordinated names nearest the cue, of the allowed types: A、B和C."""
        ordered = sorted(candidates, key=lambda m: m.start, reverse=from_right)
        if stop is not None:
            ordered = [m for m in ordered if m.start < stop]
        chosen: list[Mention] = []
        for mention in ordered:
            if mention.type not in types:
                if chosen:
                    break
                continue
            if chosen:
                left, right = (mention, chosen[-1]) if from_right else (chosen[-1], mention)
                gap = text[left.end:right.start]
                if not (COORDINATION.match(gap) or self.joint_gap(gap)):
                    break
            chosen.append(mention)
        return sorted(chosen, key=lambda m: m.start)

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
            place = self.place_prefix(mention)
            if place is not None:
                facts.append(Fact(mention, "jurisdiction", place, evidence, 0.85))
            if index + 1 < len(ordered):
                following = ordered[index + 1]
                gap = text[mention.end:following.start].strip()
                if mention.type == "Jurisdiction" and following.type in SIGNATURES["jurisdiction"][0] and gap in ("", "的"):
                    facts.append(Fact(following, "jurisdiction", mention, evidence, 0.8))
                if mention.type in BODIES and following.type == "AIModel" and gap in ("的", "旗下", "旗下的", "推出的", "开发的"):
                    facts.append(Fact(mention, "released", following, evidence, 0.8))
                if mention.type == "AIModel" and following.type in BODIES and any(gap.endswith(d) for d in self.developer):
                    facts.append(Fact(following, "released", mention, evidence, 0.8))
                if mention.type in BODIES and following.type in BODIES and gap in ("旗下", "旗下的", "下属", "下属的"):
                    facts.append(Fact(following, "partOf", mention, evidence, 0.8))
            parent = self.name_parent(mention)
            if parent is not None:
                facts.append(Fact(mention, "partOf", parent, evidence, 0.8))
        return facts

    def place_prefix(self, mention: Mention) -> Mention | None:
        """美国财政部 -> 美国; 陕西省工业和信息化厅 -> 陕西省."""
        if mention.type not in SIGNATURES["jurisdiction"][0]:
            return None
        for name, entry in self.kb.jurisdiction_names:
            if mention.text.startswith(name) and len(mention.text) > len(name) + 1:
                if mention.kb_id == entry.id:
                    return None
                return Mention(name, "Jurisdiction", mention.start, mention.start + len(name),
                               kb_id=entry.id, mechanism="prefix", confidence=0.9)
        return None

    def name_parent(self, mention: Mention) -> Mention | None:
        """阿里巴巴达摩院 -> 阿里巴巴; 清华大学自动化系 -> 清华大学: a unit named after its parent."""
        if mention.type not in BODIES or mention.kb_id:
            return None
        for length in range(len(mention.text) - 2, 1, -1):
            entry = self.kb.lookup(mention.text[:length])
            if entry is not None and entry.type in BODIES:
                return Mention(mention.text[:length], entry.type, mention.start, mention.start + length,
                               kb_id=entry.id, mechanism="prefix", confidence=0.9)
        return None

    # -- relations the knowledge base knows, when the item names both ends ---------------
    def knowledge_facts(self, text: str, item: Item, mentions: list[Mention]) -> list[Fact]:
        by_kb = {}
        for mention in mentions:
            if mention.kb_id:
                by_kb.setdefault(mention.kb_id, mention)
        facts = []
        for kb_id, mention in by_kb.items():
            entry = self.kb.entries.get(kb_id)
            if entry is None:
                continue
            evidence = _evidence_at(item, text, mention)
            if entry.jurisdiction in by_kb and entry.type in SIGNATURES["jurisdiction"][0]:
                facts.append(Fact(mention, "jurisdiction", by_kb[entry.jurisdiction], evidence, 0.7))
            if entry.parent in by_kb:
                parent = by_kb[entry.parent]
                if entry.type == "AIModel" and parent.type in BODIES | {"Person"}:
                    facts.append(Fact(parent, "released", mention, evidence, 0.7))
                elif entry.type in BODIES and parent.type in BODIES:
                    facts.append(Fact(mention, "partOf", parent, evidence, 0.7))
        return facts


def _evidence_at(item: Item, text: str, mention: Mention) -> Evidence:
    for match in SENTENCE.finditer(text):
        if match.start() <= mention.start < match.end():
            return Evidence(item.document, item.title, match.group(0).strip(), match.start(), match.end(),
                            first_date(match.group(0)) or item.date, item.source,
                            item.links[0] if item.links else "")
    return Evidence(item.document, item.title, item.title, 0, len(item.title), item.date, item.source)


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
