"""The pair family: two names of the right types that one clause relates by a word standing
right between them, where no other rule related the pair.  The words are wider than the cue
family's (data/lexicon/pairs.tsv: verbs and nouns of both languages, each with its order):
read actively, the head stands before the word and the tail after it (蓝湾科技起诉星河智能,
Acme sued Zentek, Anthropic, the developer of Claude); read passively, the other way round
(Claude was developed by Anthropic; Zentek, backed by Acme); a Chinese passive marker before
the agent turns an active word round (微软遭意大利数据保护局罚款: the authority fined it).

It runs after every other family (the learned one too) and adds a fact only where

- no fact of the document relates the pair yet, in either direction, and it adds one
  relation a pair at most (the word nearest the two; two words as near, none);
- both ends are of the types the relation's lexicon row allows (narrower than SCHEMA.md);
- the name before the word (or the list it closes: A、B和C; A, B and C) stands right before
  it, nothing between but dates, tense and adverbs (``link``: 已, 日前, has, on Tuesday), and
  the name after it (or the list it opens) a few characters after it (``reach``), with no
  clause break, no other name and no hedge between (拟起诉, plans to sue, 未起诉);
- neither name describes someone else (YouTube创作者起诉X, a newsroom behind Mother Jones sues X);
- a list after the word ends before a name the word's preposition follows again, the subject of a
  clause that leaves the verb out (settled with Udio, and Warner Music Group with Suno);
- the sentence's references count as the names they stand for (kg.facts.coref: 该公司).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..alternation import alternation, alternatives
from ..kb import cue_words, tsv_rows
from ..model import Fact, Mention
from .base import HOSTILE, SYMMETRIC, Document, DocumentFamily, Sentence, Shared, confidence, evidence, key, within
from ..mentions.english import english_lexicon
from .coref import References
from .triggers import Cue, CueFinder

PASSIVE = "<"  # the mark of a passive word's relation among the cue finder's relations
WEIGHT = 0.6  # a pair's fact is less sure than a specific rule's
GAP_BREAKS = re.compile(r"[，,：:；;。！!？?\n（）()《》“”\"、]")  # a clause's end, a bracket or a list's comma
CJK_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
CONJUNCTION = re.compile(r"(?:^|\s|,)(?:and|&)(?:\s|$)|[和与及]|以及", re.IGNORECASE)  # what joins a list's last name
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
ARTICLES = frozenset({"the", "a", "an"})
NOUN_WORD = re.compile(r"^(?:the|a|an) | (?:of|behind)$", re.IGNORECASE)  # the developer of, the company behind
GLOSS = re.compile(r"^\s*[（(][^（）()]{1,40}[）)]")  # 辉达（NVIDIA）: a name's gloss right after it is part of it
QUOTES = "“”「」『』\"'‘’《》"  # the marks around a name (“魔音工坊”的运营主体), no gap of their own
POSSESSIVE = re.compile(r"^['’]s?(?=\s|$)")  # Ziff Davis' publications, Acme's developer
LAW_QUALIFIED = re.compile(r"[\u4e00-\u9fff](?<![和与及等并])")  # 《X法》实施指南: the law qualifies a noun
LIST_OPENING = re.compile(r"\b(?:by|from|in|including|include)$", re.IGNORECASE)  # backed by A and B
CHINESE_CLAUSE_BREAK = "，"  # the grammar's lists cross it (A，以及B); the pair family's never do
OWNING = "的"  # 起诉OpenAI的母公司: the name owns the object
NUMBERS = re.compile(r"[\d\s.,/-]+")  # what a gap holds beside its link words: dates
UNRELATED_KIN = HOSTILE | SYMMETRIC  # relations a unit and its (knowledge base) parent never have
ONE_PARENT = frozenset({"partOf"})  # a unit has one parent: the one name right by the word, never a list


@dataclass(frozen=True)
class PairWords:
    """data/lexicon/pairs.tsv, read: each relation's head and tail types and its words, and the
    words every relation reads (markers, hedges, stops, appositions, links, governing and
    describing words, reaches)."""
    heads: dict[str, frozenset[str]]
    tails: dict[str, frozenset[str]]
    words: dict[str, tuple[str, ...]]  # relation (passive: relation + PASSIVE) -> its words
    markers: tuple[str, ...]
    hedges: re.Pattern
    stops: re.Pattern
    appositions: tuple[str, ...]
    links: re.Pattern
    governing: re.Pattern
    described: re.Pattern
    reaches: tuple[int, int, int, int]  # Chinese before, Chinese after, English before, English after
    governing_ends: tuple[str, ...] = ()  # the governing words case-folded: what a text a governing word ends must end with

    @classmethod
    def read(cls, path, titles: tuple[str, ...] = ()) -> PairWords:
        rows: dict[tuple[str, str], tuple[str, ...]] = {}
        for number, row in enumerate(tsv_rows(path), 2):
            if not row.get("relation") or not row.get("kind") or row.get("cues") is None:
                raise ValueError(f"{path}: row {number} lacks a relation, a kind or its words")
            rows[row["relation"], row["kind"]] = tuple(row["cues"].split("|")) if row["kind"] == "apposition" \
                else cue_words(row["cues"])
        relations = sorted({relation for relation, _ in rows if relation != "*"})
        words = {relation + mark: rows.get((relation, kind), ()) for relation in relations
                 for mark, kind in (("", "active"), (PASSIVE, "passive"))}
        reaches = rows.get(("*", "reach"), ())
        if len(reaches) != 4 or not all(reach.isdigit() for reach in reaches):
            raise ValueError(f"{path}: the reach row needs four whole numbers")

        def pattern(kind: str, *more: str) -> re.Pattern:
            return alternation((*rows.get(("*", kind), ()), *more), re.IGNORECASE, latin_whole=True)
        return cls({r: frozenset(rows.get((r, "heads"), ())) for r in relations},
                   {r: frozenset(rows.get((r, "tails"), ())) for r in relations},
                   {relation: found for relation, found in words.items() if found},
                   tuple(sorted(rows.get(("*", "marker"), ()), key=len, reverse=True)),
                   pattern("hedge"), pattern("stop"),
                   tuple(sorted((a.strip() for a in rows.get(("*", "apposition"), ())), key=len, reverse=True)),
                   pattern("link"), pattern("governing"), pattern("described", *titles),
                   tuple(int(reach) for reach in reaches),  # type: ignore[arg-type]
                   tuple(word.casefold() for word in rows.get(("*", "governing"), ())))


@dataclass(frozen=True)
class Candidate:
    head: Mention
    relation: str
    tail: Mention
    distance: int  # characters from the nearer end of the two to the word


class Pairs(DocumentFamily):
    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        titles = tuple(t for t in shared.words["person_title"] if not t.isascii())  # YouTube创作者, OpenAI首席执行官
        self.lexicon = PairWords.read(shared.kb.data_dir / "lexicon" / "pairs.tsv", titles)
        self.find_words = CueFinder(self.lexicon.words, shared.words)
        self.references = References(shared)
        # a list's name told before the preposition that opened it again heads a clause of its own whose verb
        # is left out (settled with Udio, and Warner Music Group with Suno): english_facts.tsv gapped_preposition
        gapped = english_lexicon(shared.kb, "english_facts.tsv")["gapped_preposition"]
        self.gapped_subject = re.compile(rf"\s+(?:{alternatives(gapped)})\s", re.IGNORECASE)

    def facts(self, document: Document) -> list[Fact]:
        related = {frozenset((key(f.head), key(f.tail))) for f in document.facts}
        out: list[Fact] = []
        for item, text, mentions in document.items:
            ordered = sorted(mentions, key=lambda m: m.start)
            starts = [m.start for m in ordered]
            laws = [m for m in ordered if m.type == "Law"]
            for start, end, date in self.shared.dated_sentences(item, text):
                inside = within(ordered, starts, start, end)
                sentence = Sentence(item, text, start, end, inside, evidence(item, text, start, end, date), laws,
                                    ordered, [], starts)
                inside = sorted(inside + self.references.mentions(sentence), key=lambda m: m.start)
                if len(inside) < 2:
                    continue
                for candidate in self.chosen(self.candidates(text, start, end, inside)):
                    pair = frozenset((key(candidate.head), key(candidate.tail)))
                    if pair not in related:
                        related.add(pair)
                        out.append(Fact(candidate.head, candidate.relation, candidate.tail, sentence.evidence,
                                        confidence(candidate.head, candidate.tail, WEIGHT)))
        return out

    def candidates(self, text: str, start: int, end: int, names: list[Mention]) -> list[Candidate]:
        """Every pair a word of the sentence relates, each with the word's distance (``names`` in
        order of their starts)."""
        out: list[Candidate] = []
        words = self.find_words(text, start, end, names)
        # (by bisection: a sentence of many words and names is not read whole at each word)
        ends, opens, starts = sorted(w.end for w in words), sorted(w.start for w in words), [m.start for m in names]
        for word in words:
            relation, passive = word.relation.rstrip(PASSIVE), word.relation.endswith(PASSIVE)
            heads, tails = self.lexicon.heads[relation], self.lexicon.tails[relation]
            # an appositive's comma may stand before a passive word or a noun's "of" (Zentek, backed
            # by Acme; Acme, the developer of Claude), never before an active verb (Acme, launched…)
            apposed = passive or NOUN_WORD.search(text[word.start:word.end]) is not None
            # a list never reaches across another word (迪士尼旗下的A、B，以及环球影业旗下的C: C none of 迪士尼's)
            at = bisect_right(ends, word.start)
            previous = ends[at - 1] if at else start
            at = bisect_left(opens, word.end)
            following = opens[at] if at < len(opens) else end
            before = [m for m in names[bisect_left(starts, previous):bisect_right(starts, word.start)] if m.end <= word.start]
            left = self.before(text, start, before, word, tails if passive else heads, apposed,
                               one=passive and relation in ONE_PARENT)
            marker = self.marked(text, left[0]) if left and not passive else -1
            if marker >= 0:  # 微软遭意大利数据保护局罚款: the names before the marker are the tails
                earlier = [m for m in before if m.end <= marker]
                right = self.before(text, start, earlier, Cue(relation, marker, marker), tails, False,
                                    one=relation in ONE_PARENT)
                pairs = [(head, tail) for head in left for tail in right]
            else:
                after = [m for m in names[bisect_left(starts, word.end):bisect_right(starts, following)] if m.end <= following]
                said = text[word.start:word.end]
                # ChatGPT maker OpenAI, Microsoft and Google: an English role noun names one maker
                role = passive and said.isascii() and LIST_OPENING.search(said) is None
                right = self.after(text, after, word, heads if passive else tails,
                                   one=role or (not passive and relation in ONE_PARENT))
                pairs = [(b, a) if passive else (a, b) for a in left for b in right]
            for head, tail in pairs:
                if key(head) != key(tail) and head.type in heads and tail.type in tails and not self.kin(relation, head, tail):
                    out.append(Candidate(head, relation, tail, min(abs(word.start - n.end) if n.end <= word.start
                                                                   else abs(n.start - word.end) for n in (head, tail))))
        return out

    def kin(self, relation: str, head: Mention, tail: Mention) -> bool:
        """A unit and its parent (the knowledge base's) are no adversaries nor partners."""
        return relation in UNRELATED_KIN and self.shared.kin(head, tail)

    @staticmethod
    def chosen(candidates: list[Candidate]) -> list[Candidate]:
        """One relation a pair: the one whose word is nearest; two as near and different, none."""
        best: dict[frozenset, list[Candidate]] = {}
        for candidate in candidates:
            pair = frozenset((key(candidate.head), key(candidate.tail)))
            kept = best.setdefault(pair, [])
            if not kept or candidate.distance < kept[0].distance:
                best[pair] = [candidate]
            elif candidate.distance == kept[0].distance:
                kept.append(candidate)
        return [found[0] for found in best.values() if len({(key(c.head), c.relation) for c in found}) == 1]

    def before(self, text: str, start: int, names: list[Mention], word: Cue, types: frozenset[str],
               apposed: bool, one: bool = False) -> list[Mention]:
        """The list of names of ``types`` closing right before the word, nothing but link words
        between (an appositive's comma where ``apposed``); none that a preposition governs (a
        newsroom behind Mother Jones); [] where none stands so."""
        group = self.listed(text, self.shared.grammar.group(text, names, set(types), True), from_right=True)
        if not group or not self.alone(text, names, group[-1].end, word.start, types):
            return []
        group = group[-1:] if one else group
        gap = self.bare(text[group[-1].end:word.start])
        latin = not CJK_CHARACTER.search(gap)
        if apposed and latin:
            gap = next((gap.strip()[len(a):] for a in self.lexicon.appositions if gap.strip().startswith(a)), gap)
        reach = self.lexicon.reaches[2 if latin else 0]
        if len(gap.strip()) > reach or GAP_BREAKS.search(gap) or self.lexicon.hedges.search(gap) or self.unlinked(gap):
            return []
        opening = text[max(start, group[0].start - 40):group[0].start]
        # (a Chinese opening is read as Chinese though the gap after the name is empty: 请求X法院判令Y)
        if not apposed and self.governed(opening, latin and not CJK_CHARACTER.search(opening.rstrip()[-1:])):
            return []  # (a passive word or a noun describes a name wherever it stands: the plan released by X)
        return [] if self.describes(text, group[-1]) else group

    def after(self, text: str, names: list[Mention], word: Cue, types: frozenset[str], one: bool = False) -> list[Mention]:
        """The list of names of ``types`` opening a few characters after the word, with no clause
        break, hedge or (in English) stop word between; [] where none stands so."""
        group = self.listed(text, self.shared.grammar.group(text, names, set(types), False), from_right=False)
        if not group or not self.alone(text, names, word.end, group[0].start, types):
            return []
        group = group[:1] if one else group
        places = sum(m.end - m.start for m in names if word.end <= m.start and m.end <= group[0].start)
        gap = text[word.end:group[0].start].strip(QUOTES + " ")
        latin = not CJK_CHARACTER.search(gap)
        if len(gap.strip()) - places > self.lexicon.reaches[3 if latin else 1] or GAP_BREAKS.search(gap) \
                or self.lexicon.hedges.search(gap) or (latin and self.lexicon.stops.search(gap)):
            return []
        if not latin and self.unlinked(self.without_places(text, names, word.end, group[0].start).strip(QUOTES + " ")):
            return []  # 发布类ChatGPT助手: only 了, dates and places between a Chinese word and its name
        if self.framed(text, group[-1]):
            return []
        return [] if self.describes(text, group[0]) else group

    def framed(self, text: str, last: Mention) -> bool:
        """Whether a Chinese list after the word owns or frames what follows it, the word's true
        object: 发布《人工智能法案》下的指南, 发布《人工智能法》禁止性实践指南, 起诉OpenAI的母公司."""
        end = last.end + len(text[last.end:last.end + 2]) - len(text[last.end:last.end + 2].lstrip(QUOTES))
        return text.startswith(OWNING, end) or (last.type == "Law" and (
            self.shared.grammar.law_frame.match(text, end) is not None or LAW_QUALIFIED.match(text, end) is not None))

    @staticmethod
    def bare(gap: str) -> str:
        """A gap after a name without its possessive, its gloss and its closing marks: Ziff Davis' publications,
        辉达（NVIDIA）支持的, “魔音工坊”的."""
        return GLOSS.sub("", POSSESSIVE.sub("", gap.lstrip(QUOTES), count=1), count=1).strip(QUOTES + " ")

    def unlinked(self, gap: str) -> bool:
        """Whether a gap holds more than link words and numbers."""
        return bool(NUMBERS.sub("", self.lexicon.links.sub("", gap)).strip())

    @staticmethod
    def without_places(text: str, names: list[Mention], first: int, last: int) -> str:
        """The gap ``first``-``last`` of the text with the places named in it left out."""
        gap = text[first:last]
        for name in sorted((m for m in names if first <= m.start and m.end <= last), key=lambda m: -m.start):
            gap = gap[:name.start - first] + gap[name.end - first:]
        return gap

    @staticmethod
    def alone(text: str, names: list[Mention], first: int, last: int, types: frozenset[str]) -> bool:
        """Whether no name stands between ``first`` and ``last`` but a place describing the next
        one (起诉美国公司X), where places are no end of the relation."""
        return not any(first <= m.start and m.end <= last and (m.type != "Jurisdiction" or "Jurisdiction" in types)
                       for m in names)

    def listed(self, text: str, group: list[Mention], from_right: bool) -> list[Mention]:
        """A list read from the word outward up to its one conjunction: A, B and C; 起诉A、B和C (not
        The Intercept sued OpenAI and Raw Story and AlterNet brought…: OpenAI alone)."""
        ordered = list(reversed(group)) if from_right else list(group)
        kept, joined = ordered[:1], False
        for previous, member in zip(ordered, ordered[1:]):
            gap = text[member.end:previous.start] if from_right else text[previous.end:member.start]
            if CHINESE_CLAUSE_BREAK in gap:
                break  # 甲起诉乙，丙对此表示关注: a Chinese comma ends a clause, no list
            conjunction = CONJUNCTION.search(gap) is not None
            if joined and conjunction and not from_right:
                kept.pop()  # A sued B and C and D brought…: a second "and" joins clauses, C is no object
                break
            if joined and (conjunction or not from_right):
                break
            if not from_right and self.gapped_subject.match(text, member.end):
                break  # settled with A, and B with C: B settled with C, no second party of A's settlement
            kept.append(member)
            joined = joined or conjunction
        return sorted(kept, key=lambda m: m.start)

    def governed(self, opening: str, latin: bool) -> bool:
        """Whether the last word before a name (an article passed over) is a preposition governing
        it: a newsroom behind Mother Jones, newspapers owned by Alden, A对B罚款; no actor then."""
        if not latin:
            opening = opening.rstrip()  # (a text ending in no governing word is not searched for them)
            return opening.casefold().endswith(self.lexicon.governing_ends) and \
                any(found.end() == len(opening) for found in self.lexicon.governing.finditer(opening))
        words = [w for w in LATIN_WORD.findall(opening) if w.lower() not in ARTICLES]
        return bool(words) and self.lexicon.governing.fullmatch(words[-1]) is not None

    def describes(self, text: str, mention: Mention) -> bool:
        """Whether the words right after a name make it describe someone else: YouTube创作者,
        Senate president Rodrigo Roe."""
        return self.lexicon.described.match(text[mention.end:mention.end + 16].lstrip()) is not None

    def marked(self, text: str, agent: Mention) -> int:
        """Where a Chinese passive marker opening the agent's list stands (遭/被 right before it),
        -1 where none does."""
        before = text[max(0, agent.start - 4):agent.start].rstrip()
        cut = len(text[max(0, agent.start - 4):agent.start]) - len(before)
        marker = next((m for m in self.lexicon.markers if before.endswith(m)), None)
        return -1 if marker is None else agent.start - cut - len(marker)
