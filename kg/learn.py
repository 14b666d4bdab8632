"""The learned relation classifier: candidate pairs, their features and the model that
scores them (kg.facts.learned reads its facts; bench/train_relations.py trains it).

A candidate is an ordered pair of names the name families found in one sentence of an
item whose types admit some relation of SCHEMA.md (kg.facts.base.SIGNATURES).  Its
features are generic, never a name: both ends' types and order, the distance, the words
between the ends and two on either side (jieba's words, English lower-cased, names left
out), the cue words (data/lexicon/triggers.tsv) and context words
(data/lexicon/context.tsv) between, before and after them, the names between them, the
item title's words, and which rule families already read which relation for the pair
(the rules are features), how many clause marks (，；： and the like) stand between the
ends, the cues of the same clause as both ends, and whether the first end opens the
sentence's names and the second closes them, the cue nearest each end and on which side,
the sentence's cue class (the relations of every cue in it), whether either end is one of a
list of names and whether the two are of one list (A、B和C起诉D: A and C co-parties);
for a Chinese pair in one clause, that clause's words outside the ends; for an English pair,
its dependency parse (kg.parser: each end's role, climbed through lists and descriptions,
and the word governing it, the path between them, the verb above both with its object,
voice, negation and modals; _Parse).  The model is one logistic regression per
relation, stored as JSON in data/model/relations.json (never pickle: reading it back makes
plain values only) and validated when loaded; scoring a candidate is a sparse dot product;
each relation is enabled on its own (bench/train_relations.py enables one where, out of
fold by outlet, it raises the real development part's relation F1).

>>> features = Featurizer(shared)                                    # doctest: +SKIP
>>> model = load_model()                                             # doctest: +SKIP
>>> [(c.head.text, r, p) for c in features.candidates(document)       # doctest: +SKIP
...  for r, p in model.accepted(c)]
[('张三', 'sued', 0.83)]
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat
from pathlib import Path

import jieba

from .alternation import alternation, openings, openings_of
from .kb import DATA_DIR
from .model import RELATIONS, SYMMETRIC_RELATIONS, Evidence, Fact, Item, Mention, family

MODEL_FILE = Path(DATA_DIR) / "model" / "relations.json"
FORMAT = "ailaw-kg relation classifier"
SWITCH = "KG_LEARNED"  # KG_LEARNED=0: the learned family reads nothing (rules alone, for comparison)
WINDOW = 2  # words either side of the pair
BETWEEN = 8  # words kept at each end of the span between the ends (a long span: its first and last)
MOST_APART = 8  # the most names between the two ends of a candidate (a list of 40 names: not every pair)
MAX_BYTES = 20_000_000
_LATIN = re.compile(r"[A-Za-z][A-Za-z'.-]*")
_NUMBER = re.compile(r"^(?=.*[\d０-９])[\d.,，%０-９]+$")  # (a digit in it: a lone ， or . is a mark)
_SPACE = re.compile(r"^\s*$")
# features also read with the ends' order
ORDERED = ("b:", "bl:", "br:", "bonly:", "c:", "k:", "p:", "d:", "n:", "cb:", "cs:", "s:",
           "y1:", "y2:", "yg1:", "yg2:", "yr:", "yu:", "yd:", "zn1:", "zn2:", "li1:", "li2:")
LIST_MARKS = ("、", "，", ",", "；", ";", "和", "及", "与", "以及", "and", "or", "&")
CLAUSE_MARKS = frozenset(("，", ",", "；", ";", "：", ":", "。", "(", ")", "（", "）", "—", "--"))
# an English end's own role is its list's or its description's: climbed from through these
# (A, B and C sued D: B is a conj of A; the firm Acme Corp: a compound or apposition)
SAME_ROLE = frozenset(("conj", "appos", "compound", "flat", "nmod"))
NEAREST = 12  # characters: a cue further than this from an end is not its nearest cue


class ModelError(ValueError):
    """A model file that is not a relation classifier of this format (one line)."""


def enabled() -> bool:
    return os.environ.get(SWITCH, "1").strip().lower() not in ("0", "off", "no", "false")


def key(mention: Mention) -> str:
    return mention.kb_id or (mention.canonical or mention.text)


@dataclass
class Candidate:
    """One ordered pair of names of one sentence, with its features and the relations
    its types admit; ``ruled``: the relations rules already read for the pair in its
    item, ``known``: in the document (a symmetric one in either order)."""
    head: Mention
    tail: Mention
    item: Item
    start: int
    end: int
    evidence: Evidence
    features: list[str]
    admitted: list[str]
    ruled: list[str]
    known: list[str]  # the relations rules read for the pair anywhere in the document


def admitted(head: str, tail: str, signatures: dict) -> list[str]:
    return [relation for relation, (heads, tails) in signatures.items() if head in heads and tail in tails]


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """The words of a stretch of text between names: jieba's, Latin ones lower-cased,
    numbers as <num>, white space left out."""
    out = []
    for word in jieba.cut(text):
        if _SPACE.match(word):
            continue
        word = word.strip().lower()
        out.append("<num>" if _NUMBER.match(word) else word)
    return tuple(out)


class Featurizer:
    """Makes the candidates of a document (kg.facts.base.Document) and their features."""

    def __init__(self, shared) -> None:
        from .facts.base import SIGNATURES, evidence
        self.evidence = evidence
        self.shared = shared
        self.signatures = SIGNATURES
        self._admitted: dict[tuple[str, str], list[str]] = {}
        self._patterns: dict[int, re.Pattern] = {}

    @cached_property
    def context(self) -> list[tuple[str, tuple[str, ...], frozenset[str] | None]]:
        """Each lexicon kind's words, with the openings a sentence must hold for them to match
        (kg.alternation.openings); the kind's pattern is compiled the first time a sentence
        holds one of its openings (``pattern``): a one-file rebuild compiles the few kinds its
        sentences reach, not all 522 (a disabled model reads none)."""
        return [(kind, tuple(ws), openings(ws)) for kind, ws in sorted(self.shared.words.items())
                if ws and kind != "kind"]

    def pattern(self, number: int) -> re.Pattern:
        """The compiled alternation of context kind ``number`` (of self.context), made once."""
        compiled = self._patterns.get(number)
        if compiled is None:
            compiled = self._patterns[number] = alternation(self.context[number][1], re.IGNORECASE)
        return compiled

    def context_words(self, text: str, start: int, end: int, names: list[Mention]) -> list[tuple[str, int, int]]:
        """(kind, start, end) of each context word of text[start:end] outside the names, of the
        kinds whose openings the sentence holds (the others are not scanned for)."""
        held = openings_of(text, start, end)
        ends = [m.end for m in names]  # (names are in order and apart: their ends are in order too)
        context = self.context
        if held is None:
            scanned = range(len(context))
        else:  # the kinds one of whose openings the sentence holds, looked up by opening, in their order
            by_opening, always = self.kinds_by_opening
            scanned = sorted(always.union(*[by_opening[one] for one in held if one in by_opening]))
        return [(context[number][0], hit.start(), hit.end()) for number in scanned
                for hit in self.pattern(number).finditer(text, start, end)
                if not _overlapping(hit.start(), hit.end(), names, ends)]

    @cached_property
    def kinds_by_opening(self) -> tuple[dict[str, set[int]], set[int]]:
        """The numbers of the context kinds (in self.context) by each of their words' openings,
        and those that must be scanned in any sentence (no openings told): a sentence's
        openings name the kinds to scan, instead of each kind's being tried against them."""
        by_opening: dict[str, set[int]] = {}
        always: set[int] = set()
        for number, (_, _, needed) in enumerate(self.context):
            if needed is None:
                always.add(number)
            for one in needed or ():
                by_opening.setdefault(one, set()).add(number)
        return by_opening, always

    def candidates(self, document, wanted: frozenset[str] | None = None,
                   screened: frozenset[str] = frozenset()) -> list[Candidate]:
        """The document's candidates; with ``wanted``, only those whose types admit one of
        these relations (what a model adds: the others it would score for nothing), and
        those a rule read one of the ``screened`` relations for (what a veto checks)."""
        out: list[Candidate] = []
        known: dict[tuple[str, str], set[str]] = {}
        for fact in document.facts:
            known.setdefault((key(fact.head), key(fact.tail)), set()).add(fact.relation)
            if fact.relation in SYMMETRIC_RELATIONS:
                known.setdefault((key(fact.tail), key(fact.head)), set()).add(fact.relation)
        ruled_by_item = _ruled(document.facts)
        for item, text, mentions in document.items:
            ruled = ruled_by_item.get(item.title, {})
            hidden = _name_words(mentions)
            title = [f for f in self.title_words(item, mentions) if f[3:] not in hidden]
            for start, end, date, inside in self.shared.sentences_with_mentions(item, text, mentions):
                inside = [m for m in inside if m.end <= end]
                if len(inside) >= 2:
                    out += self.sentence(item, text, start, end, date, _no_overlap(inside), ruled, title, hidden,
                                         known, wanted, screened)
        return out

    def admitted(self, head: str, tail: str) -> list[str]:
        """The relations a head and a tail of these types admit (remembered per pair of types)."""
        if (head, tail) not in self._admitted:
            self._admitted[head, tail] = admitted(head, tail, self.signatures)
        return self._admitted[head, tail]

    def title_words(self, item: Item, mentions: list[Mention]) -> list[str]:
        title = item.text[:len(item.title)] if item.text.startswith(item.title) else item.title
        heads = [m for m in mentions if m.end <= len(title)]
        return sorted({f"ti:{w}" for gap in _gaps(title, 0, len(title), heads) for w in words(gap)})

    def pairs(self, names, ruled, known, wanted, screened=frozenset()) -> list[tuple[int, int, list]]:
        """(i, j, orders) of each pair of the sentence's names (i < j, at most MOST_APART apart)
        with an order whose types admit a relation; with ``wanted``, only the orders that can
        add one of those relations (one no rule read for the pair: Model.accepted adds no
        other) or whose pair a rule read one of the ``screened`` relations for (a veto checks
        it), so that a sentence with none is not read at all."""
        out = []
        keys = [key(name) for name in names]  # (each name's key once, not once per pair and order)
        for i, first in enumerate(names):
            for j in range(i + 1, min(len(names), i + MOST_APART + 2)):
                if keys[i] == keys[j]:
                    continue
                second = names[j]
                orders = [(head, tail, order, relations) for head, tail, order, ends in
                          ((first, second, "hf", (keys[i], keys[j])), (second, first, "tf", (keys[j], keys[i])))
                          if (relations := self.admitted(head.type, tail.type))
                          and (wanted is None or not wanted.intersection(relations).issubset(
                              known.get(ends, set()).union(ruled.get(ends, {})))
                               or not screened.isdisjoint(ruled.get(ends, {})))]
                if orders:
                    out.append((i, j, orders))
        return out

    def sentence(self, item, text, start, end, date, names, ruled, title, hidden, known, wanted=None,
                 screened=frozenset()) -> list[Candidate]:
        pairs = self.pairs(names, ruled, known, wanted, screened)
        if not pairs:
            return []
        tokens: list[tuple[str, int]] = []  # (word, -1) or (type, index of the name)
        positions = []
        cursor = start
        for index, mention in enumerate(names):
            tokens += [(w, -1) for w in words(text[cursor:mention.start]) if w not in hidden]
            positions.append(len(tokens))
            tokens.append((mention.type, index))
            cursor = mention.end
        tokens += [(w, -1) for w in words(text[cursor:end]) if w not in hidden]
        cues = self.shared.find_cues(text, start, end, names)
        context = self.context_words(text, start, end, names)
        said = self.evidence(item, text, start, end, date)
        english = not any("\u4e00" <= ch <= "\u9fff" for ch in text[start:end])
        around = _Around(tokens, cues, context)
        parsed = _Parse.of(text, start, end, names, hidden) if english else None
        out = []
        for i, j, orders in pairs:
            shared = self.pair(tokens, positions, i, j, names, around, english) + (
                parsed.features(i, j) if parsed is not None else [])
            for head, tail, order, relations in orders:
                done = ruled.get((key(head), key(tail)), {})
                back = ruled.get((key(tail), key(head)), {})
                features = [f"o:{order}", f"ht:{head.type}", f"tt:{tail.type}", f"ty:{head.type}>{tail.type}",
                            f"hm:{family(head.mechanism)}", f"tm:{family(tail.mechanism)}"]
                features += [f"{order}|{f}" for f in shared if f.startswith(ORDERED)]
                features += shared + title
                features += [f"r:{r}:{fam}" for r, fams in done.items() for fam in fams]
                features += [f"r:{r}" for r in done] + [f"rb:{r}" for r in back]
                features += [f"rs:{r}" for r in done if start in ruled.get(("at", key(head), key(tail), r), ())]
                elsewhere = known.get((key(head), key(tail)), set())
                features += [f"rd:{r}" for r in elsewhere if r not in done]
                features.append("r:none" if not done and not back else "r:some")
                features += [f"hr:{r}" for r in ruled.get(("head", key(head)), ()) if r not in done]
                features += [f"tr:{r}" for r in ruled.get(("tail", key(tail)), ()) if r not in done]
                if head.parent is not None and key(head.parent) == key(tail) or (
                        tail.parent is not None and key(tail.parent) == key(head)):
                    features.append("nested")
                out.append(Candidate(head, tail, item, start, end, said, sorted(set(features)), relations,
                                     sorted(done), sorted(elsewhere | set(done))))
        return out

    def pair(self, tokens, positions, i, j, names, around: _Around, english) -> list[str]:
        """The features of an unordered pair (names i < j of the sentence)."""
        first, second = names[i], names[j]
        left, right = positions[i], positions[j]
        between = [w for w, index in tokens[left + 1:right] if index < 0]
        inner = [tokens[k][0] for k in range(left + 1, right) if tokens[k][1] >= 0]
        before, after = around.words_before(left), around.words_after(right)
        kept = between if len(between) <= 2 * BETWEEN else between[:BETWEEN] + between[-BETWEEN:]
        features = [f"b:{w}" for w in kept] + [f"l:{w}" for w in before] + [f"a:{w}" for w in after]
        features += [f"bl:{between[0]}", f"br:{between[-1]}"] if between else ["b:none"]
        if len(between) == 1:
            features.append(f"bonly:{between[0]}")
        features.append(f"d:{_bucket(len(between))}")
        clauses = sum(1 for w in between if w in CLAUSE_MARKS)
        features.append(f"cb:{min(clauses, 3)}")
        inside = around.cues_between(first.end, second.start)
        if not clauses:
            features += [f"cs:{relation}" for relation in inside]
        features += ["s:opens"] if i == 0 else []
        features += ["s:closes"] if j == len(names) - 1 else []
        features.append(f"n:{min(len(inner), 3)}")
        features += [f"nt:{t}" for t in inner]
        features += [f"p:{w}" for w in between if w in LIST_MARKS]
        features += [f"c:{relation}" for relation in inside]
        features += [f"cl:{relation}" for relation in around.cues_before(first.start)]
        features += [f"ca:{relation}" for relation in around.cues_after(second.end)]
        features += [f"k:{kind}" for kind in around.context_between(first.end, second.start)]
        features += [f"kl:{kind}" for kind in around.context_ending(first.start - 12, first.start)]
        features += [f"ka:{kind}" for kind in around.context_starting(second.end, second.end + 12)]
        features += [f"zn1:{near}" for near in around.nearest_cue(first.start, first.end)]
        features += [f"zn2:{near}" for near in around.nearest_cue(second.start, second.end)]
        if not clauses and not english:  # the words of the clause holding both ends, outside them
            features += [f"zl:{w}" for w in _clause_side(tokens, left, -1)]
            features += [f"zr:{w}" for w in _clause_side(tokens, right, 1)]
        features += _lists(tokens, positions, i, j)
        features += [f"sc:{relation}" for relation in around.cues.labels()]
        features.append("lang:en" if english else "lang:zh")
        features.append("bias")
        return sorted(set(features))


class _Spans:
    """Labelled spans of a sentence (start, end, label), sorted by start and by end: the
    labels of those within, ending in or starting in a stretch, by bisection."""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _, _ in self.spans]
        self.by_end = sorted((end, label) for _, end, label in self.spans)
        self.ends = [end for end, _ in self.by_end]

    def labels(self) -> set[str]:
        """Every label of the sentence's spans (its cues' relations: the sentence's cue class)."""
        return {label for _, _, label in self.spans}

    def within(self, start: int, end: int) -> list[str]:
        return [label for _, stop, label in self.spans[bisect_left(self.starts, start):
                                                       bisect_right(self.starts, end)] if stop <= end]

    def ending(self, low: int, high: int) -> list[str]:
        return [label for _, label in self.by_end[bisect_left(self.ends, low):bisect_right(self.ends, high)]]

    def starting(self, low: int, high: int) -> list[str]:
        return [label for _, _, label in self.spans[bisect_left(self.starts, low):bisect_right(self.starts, high)]]


class _Around:
    """A sentence's words, cues and context words indexed by position, so that a pair's
    features read what lies around it in time linear in what they name, not in the
    sentence (a sentence of 10,000 names has 90,000 pairs)."""

    def __init__(self, tokens: list[tuple[str, int]], cues, context: list[tuple[str, int, int]]) -> None:
        self.tokens = tokens
        self.word_at = [k for k, (_, index) in enumerate(tokens) if index < 0]
        self.cues = _Spans((c.start, c.end, c.relation) for c in cues)
        self.ended: list[frozenset[str]] = [frozenset()]  # the relations of the first k cues by their end
        for _, relation in self.cues.by_end:
            self.ended.append(self.ended[-1] | {relation})
        self.started: list[frozenset[str]] = [frozenset()]  # of the last k cues by their start
        for _, _, relation in reversed(self.cues.spans):
            self.started.append(self.started[-1] | {relation})
        self.context = _Spans((start, end, kind) for kind, start, end in context)

    def words_before(self, position: int) -> list[str]:
        k = bisect_left(self.word_at, position)
        return [self.tokens[at][0] for at in self.word_at[max(0, k - WINDOW):k]]

    def words_after(self, position: int) -> list[str]:
        k = bisect_right(self.word_at, position)
        return [self.tokens[at][0] for at in self.word_at[k:k + WINDOW]]

    def cues_between(self, start: int, end: int) -> list[str]:
        """The relations of the cues within start..end."""
        return self.cues.within(start, end)

    def cues_before(self, position: int) -> frozenset[str]:
        return self.ended[bisect_right(self.cues.ends, position)]

    def cues_after(self, position: int) -> frozenset[str]:
        return self.started[len(self.cues.spans) - bisect_left(self.cues.starts, position)]

    def nearest_cue(self, start: int, end: int) -> list[str]:
        """The relation of the cue nearest a name (NEAREST characters at most) and its side, "<relation>:before"
        or "<relation>:after"; none where no cue stands that near."""
        k = bisect_right(self.cues.ends, start) - 1
        before = (start - self.cues.by_end[k][0], f"{self.cues.by_end[k][1]}:before") if k >= 0 else None
        k = bisect_left(self.cues.starts, end)
        after = (self.cues.starts[k] - end, f"{self.cues.spans[k][2]}:after") if k < len(self.cues.starts) else None
        near = min((one for one in (before, after) if one is not None and one[0] <= NEAREST), default=None)
        return [near[1]] if near is not None else []

    def context_between(self, start: int, end: int) -> list[str]:
        return self.context.within(start, end)

    def context_ending(self, low: int, high: int) -> list[str]:
        """The kinds of the context words that end within low..high."""
        return self.context.ending(low, high)

    def context_starting(self, low: int, high: int) -> list[str]:
        return self.context.starting(low, high)


class _Parse:
    """An English sentence's dependency parse (kg.parser) as a pair's features read it: each
    name's role (its list's or description's: climbed through SAME_ROLE; the object of
    "against" as pobj:against) and the word governing it, the path between two names (its
    labels and words), the verb above both, its object, voice, negation, modals and marks. Words
    are lower-cased and stemmed (_stem); a name's words, or any proper noun, never a feature."""

    def __init__(self, doc, offset: int, names: list[Mention], hidden: set[str]) -> None:
        self.hidden = hidden
        starts = [offset + token.idx for token in doc]
        spans = [[i for i in range(bisect_left(starts, m.start), bisect_left(starts, m.end))
                  if starts[i] + len(doc[i].text) <= m.end] for m in names]
        self.named = {i for span in spans for i in span}
        self.ends = [self.role(doc, span) for span in spans]

    @classmethod
    def of(cls, text: str, start: int, end: int, names: list[Mention], hidden: set[str]) -> _Parse | None:
        from .parser import parse
        doc = parse(text[start:end])
        return None if doc is None else cls(doc, start, names, hidden)

    @staticmethod
    def role(doc, span: list[int]):
        """(the token standing for a name in its clause, its role, the word governing it), None
        where the name's tokens are not its own (a name inside a token)."""
        held = set(span)
        root = next((doc[i] for i in span if doc[i].head.i not in held or doc[i].head.i == i), None)
        if root is None:
            return None
        while root.dep_ in SAME_ROLE and root.head.i != root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.i != root.i:
            return root, f"pobj:{root.head.text.lower()}", root.head.head
        return root, root.dep_, root.head

    def word(self, token) -> str:
        if token.i in self.named or token.pos_ == "PROPN" or token.text.lower() in self.hidden:
            return "<name>"
        return _stem(token.text)

    def features(self, i: int, j: int) -> list[str]:
        if self.ends[i] is None or self.ends[j] is None:
            return ["y:none"]
        (first, one, above_one), (second, two, above_two) = self.ends[i], self.ends[j]
        out = [f"y1:{one}", f"y2:{two}", f"yr:{one}>{two}", f"yg1:{self.word(above_one)}",
               f"yg2:{self.word(above_two)}"]
        if first.i == second.i:
            return out + ["y:same"]  # two names of one list or description: one role
        up = [first, *first.ancestors]
        down = [second, *second.ancestors]
        common = {token.i for token in down}
        top = next((token for token in up if token.i in common), None)
        if top is None:
            return out + ["y:apart"]
        up, down = up[:up.index(top)], down[:[t.i for t in down].index(top.i)]
        out += [f"yu:{t.dep_}" for t in up] + [f"yd:{t.dep_}" for t in down]
        out += [f"yw:{self.word(t)}" for t in (*up[1:], top, *down[1:])]
        out.append(f"yl:{_bucket(len(up) + len(down))}")
        verb = top if top.pos_ in ("VERB", "AUX") else next((t for t in top.ancestors if t.pos_ == "VERB"), None)
        if verb is not None:
            out.append(f"yv:{self.word(verb)}")
            out += _voice(verb) + [f"yo:{self.word(c)}" for c in verb.children if c.dep_ == "dobj"]  # filed a lawsuit
        return out


def _voice(verb) -> list[str]:
    """A verb's voice, negation, modals and marks (if, whether) as features."""
    out = []
    for child in verb.children:
        if child.dep_ in ("auxpass", "nsubjpass"):
            out.append("yx:passive")
        elif child.dep_ == "neg":
            out.append("yx:neg")
        elif child.tag_ == "MD" or child.dep_ == "mark":
            out.append(f"yx:{child.dep_}:{child.text.lower()}")
    return out


def _stem(word: str) -> str:
    """A word lower-cased without its inflection (sued, sues, suing: su; rules, ruled, ruling: rul)."""
    word = word.lower()
    for suffix, shortest in (("ing", 4), ("ied", 4), ("ed", 3), ("es", 3), ("s", 3)):
        if word.endswith(suffix) and len(word) > shortest and not word.endswith("ss"):
            word = word[:-len(suffix)] + ("y" if suffix == "ied" else "")
            break
    return word[:-1] if len(word) > 2 and word.endswith("e") else word


def _listed(tokens: list[tuple[str, int]], position: int) -> bool:
    """Whether the name at ``position`` of the tokens is one of a list of names: a list mark
    (LIST_MARKS) between it and a name next to it (A、B和C; A, B and C)."""
    return any(0 <= position + 2 * step < len(tokens) and tokens[position + step][0] in LIST_MARKS
               and tokens[position + 2 * step][1] >= 0 for step in (-1, 1))


def _lists(tokens: list[tuple[str, int]], positions: list[int], i: int, j: int) -> list[str]:
    """List membership of a pair's ends (names i < j): li1:list / li2:list where an end is one
    of a list of names, li:same where nothing but names and list marks stands between them
    (two names of one list: co-parties, not each other's counterparts)."""
    left, right = positions[i], positions[j]
    out = [f"li{n}:list" for n, position in ((1, left), (2, right)) if _listed(tokens, position)]
    between = tokens[left + 1:right]
    if between and all(index >= 0 or word in LIST_MARKS for word, index in between) and any(
            index < 0 for _, index in between):
        out.append("li:same")
    return out


def _clause_side(tokens: list[tuple[str, int]], position: int, step: int) -> list[str]:
    """Up to WINDOW * 3 words from a name at ``position`` to its clause's edge (a clause mark), ``step`` -1 or 1."""
    out = []
    k = position + step
    while 0 <= k < len(tokens) and len(out) < WINDOW * 3 and tokens[k][0] not in CLAUSE_MARKS:
        if tokens[k][1] < 0:
            out.append(tokens[k][0])
        k += step
    return out


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 4, 8, 16):
        if n <= limit:
            return str(limit)
    return "many"


def _gaps(text: str, start: int, end: int, names: list[Mention]):
    cursor = start
    for mention in sorted(names, key=lambda m: m.start):
        if mention.start >= cursor:
            yield text[cursor:mention.start]
            cursor = mention.end
    yield text[cursor:end]


def _name_words(mentions: list[Mention]) -> set[str]:
    """What the item's names are made of, never a feature: each name whole (lower-cased)
    and its Latin words of three letters or more (William Alsup (威廉·阿尔苏普): william, alsup)."""
    names = {name for m in mentions for name in (m.text, m.canonical, *m.aliases) if name}
    return {name.lower() for name in names} | {w.lower() for name in names for w in _LATIN.findall(name) if len(w) >= 3}


def _overlapping(start: int, end: int, names: list[Mention], ends: list[int]) -> bool:
    """``overlaps_any(start, end, names)`` for names in order and apart (``_no_overlap``),
    ``ends`` their ends: only the first name ending after ``start`` may begin before ``end``."""
    first = bisect_right(ends, start)
    return first < len(names) and names[first].start < end


def _no_overlap(names: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in sorted(names, key=lambda m: (m.start, -(m.end - m.start))):
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return kept


def _ruled(facts: list[Fact]) -> dict[str, dict]:
    """The relations the rules read in each item, by its title, in one pass over the facts
    (not one per item): (head key, tail key) -> relation -> rule families; ("head", key) and
    ("tail", key) -> the relations a name is an end of; ("at", head key, tail key, relation)
    -> the sentences (their starts) that state it."""
    by_item: dict[str, dict] = {}
    for fact in facts:
        found = by_item.setdefault(fact.evidence.item, {})
        head, tail = key(fact.head), key(fact.tail)
        found.setdefault((head, tail), {}).setdefault(fact.relation, set()).add(family(fact.rule or "unnamed"))
        found.setdefault(("head", head), set()).add(fact.relation)
        found.setdefault(("tail", tail), set()).add(fact.relation)
        found.setdefault(("at", head, tail, fact.relation), set()).add(fact.evidence.start)
    return by_item


# -- the model -----------------------------------------------------------------------------
@dataclass
class RelationModel:
    """One relation's logistic regression: feature -> weight, bias, threshold (None: the
    relation is never added); ``enabled``: false where cross-validation found that it does
    not raise the relation's F1 (the relation is then never added either).  ``veto``: a
    second regression over the rules' facts of the relation (trained on the candidates
    whose sentence a rule read it in, right or wrong against gold), its threshold the
    probability below which such a fact is dropped; None: the rules' facts stand."""
    weights: dict[str, float]
    bias: float
    threshold: float | None
    enabled: bool = True
    veto: RelationModel | None = None

    @property
    def usable(self) -> bool:
        """Whether the regression decides anything: enabled, with a threshold."""
        return self.enabled and self.threshold is not None

    @property
    def vetoing(self) -> bool:
        """Whether a usable veto checks the rules' facts of the relation."""
        return self.veto is not None and self.veto.usable

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, features, repeat(0.0)))  # (in the features' order, as before)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass
class Model:
    """The relations' models and what the file says of itself: the sets and commit it was
    trained on, its cross-validation, and ``enabled`` (false: the family reads nothing;
    each relation is enabled on its own too)."""
    relations: dict[str, RelationModel]
    meta: dict

    @property
    def enabled(self) -> bool:
        return self.meta.get("enabled", True)

    def scores(self, candidate: Candidate) -> dict[str, float]:
        return {r: self.relations[r].probability(candidate.features)
                for r in candidate.admitted if r in self.relations}

    def live(self) -> frozenset[str]:
        """The relations the model can add: enabled, with a threshold."""
        return frozenset(r for r, one in self.relations.items() if one.usable)

    def screened(self) -> frozenset[str]:
        """The relations whose rule facts a veto checks."""
        return frozenset(r for r, one in self.relations.items() if one.vetoing)

    def vetoed(self, candidate: Candidate) -> list[tuple[str, float]]:
        """The relations a rule read for the candidate's pair in its sentence (its ``rs:``
        features) whose veto gives them a probability below its threshold."""
        out = []
        for relation in candidate.admitted:
            one = self.relations.get(relation)
            if one is None or not one.vetoing or f"rs:{relation}" not in candidate.features:
                continue
            if (probability := one.veto.probability(candidate.features)) < one.veto.threshold:
                out.append((relation, probability))
        return out

    def accepted(self, candidate: Candidate) -> list[tuple[str, float]]:
        """The relations the model adds for a candidate: those no rule read for the pair
        in its document, with a probability at or above the relation's threshold, for an
        enabled relation."""
        out = []
        for relation in candidate.admitted:  # (scored only where it could be added: the sum is the cost)
            one = self.relations.get(relation)
            if one is None or not one.usable or relation in candidate.known:
                continue
            if (probability := one.probability(candidate.features)) >= one.threshold:
                out.append((relation, probability))
        return out


def validate(data) -> Model:
    """A model from parsed JSON, or ModelError saying in one line what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"not a relation classifier (format must be {FORMAT!r})")
    relations = data.get("relations")
    if not isinstance(relations, dict):
        raise ModelError("'relations' must be an object of relation -> model")
    out = {}
    for relation, body in relations.items():
        if relation not in RELATIONS:
            raise ModelError(f"unknown relation {relation!r}")
        if not isinstance(body, dict):
            raise ModelError(f"{relation}: must be an object")
        one = _regression(relation, body)
        if body.get("veto") is not None:
            if not isinstance(body["veto"], dict):
                raise ModelError(f"{relation}: 'veto' must be an object or null")
            one.veto = _regression(f"{relation} veto", body["veto"])
        out[relation] = one
    if not isinstance(data.get("enabled", True), bool):
        raise ModelError("'enabled' must be true or false")
    meta = {k: v for k, v in data.items() if k != "relations"}
    return Model(out, meta)


def _regression(name: str, body: dict) -> RelationModel:
    """One regression of a model file (a relation's or its veto's), or ModelError."""
    weights, bias, threshold = body.get("weights"), body.get("bias"), body.get("threshold")
    if not isinstance(body.get("enabled", True), bool):
        raise ModelError(f"{name}: 'enabled' must be true or false")
    if not isinstance(weights, dict) or not all(isinstance(k, str) and _number(v) for k, v in weights.items()):
        raise ModelError(f"{name}: 'weights' must map feature names to numbers")
    if not _number(bias):
        raise ModelError(f"{name}: 'bias' must be a number")
    if threshold is not None and not (_number(threshold) and 0.0 <= threshold <= 1.0):
        raise ModelError(f"{name}: 'threshold' must be a number in [0, 1] or null")
    return RelationModel({k: float(v) for k, v in weights.items()}, float(bias),
                         None if threshold is None else float(threshold), body.get("enabled", True))


def mark(candidate: Candidate, relation: str) -> tuple:
    """Where a rule fact a veto drops was read: item, sentence, head, relation, tail."""
    return candidate.item.title, candidate.start, key(candidate.head), relation, key(candidate.tail)


def fact_mark(fact: Fact) -> tuple:
    return fact.evidence.item, fact.evidence.start, key(fact.head), fact.relation, key(fact.tail)


def screen(facts: list[Fact], marks: set[tuple]) -> list[Fact]:
    """The facts but those read where a veto marked (``mark``); a fact also read in another
    sentence stands there."""
    return [fact for fact in facts if fact_mark(fact) not in marks] if marks else facts


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def read_model(path: str | Path) -> Model:
    """The model in a JSON file (ModelError if it is not one)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ModelError(f"{path}: cannot be read ({error.strerror})") from None
    if len(raw) > MAX_BYTES:
        raise ModelError(f"{path}: larger than {MAX_BYTES} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"{path}: not JSON ({error})") from None
    try:
        return validate(data)
    except ModelError as error:
        raise ModelError(f"{path}: {error}") from None


_loaded: dict[str, Model | None] = {}


def load_model(path: str | Path | None = None) -> Model | None:
    """The model, read once per path (None where there is no file)."""
    path = str(path or os.environ.get("KG_RELATION_MODEL") or MODEL_FILE)
    if path not in _loaded:
        _loaded[path] = read_model(path) if Path(path).is_file() else None
    return _loaded[path]


def version() -> str:
    """What the learned family's facts depend on besides code: the model file and the
    switch (part of the pipeline's cache key)."""
    digest = hashlib.sha256(b"on" if enabled() else b"off")
    path = Path(os.environ.get("KG_RELATION_MODEL") or MODEL_FILE)
    if path.is_file():
        digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]
