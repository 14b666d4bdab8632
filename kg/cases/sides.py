"""The sides of the suits one sentence tells: plaintiffs sharing the same defendants bring one
suit (_sides_of_sentence), unless each plaintiff has a filing or a case name of its own or the
sentence tells the suits apart (_apart); a report naming no defendant takes them from its item's
case name (_by_caption); names written inside others or glossed (_NamesOfSentence, _glossed) and the
bystanders (kg.cases.bystanders) are left out.

For example, "甲公司和乙公司分别起诉丙公司" tells two suits, one for each plaintiff; "甲公司、乙公司起诉
丙公司" tells one, with two plaintiffs.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from ..graph import KnowledgeGraph
from ..later import later
from ..model import Evidence
from ..sentences import CLAUSE_MARK
from .words import CASE_SEPARATOR, _simplified, context_words
from .names import NameFinder, _labels_in, _named, _position
from .events import event_cues
from .courts import CourtNames
from .case_names import _CaseName, _side_label
from .bystanders import (_WHOSE_KIN, _without_bystanders, _without_descriptors, _without_examples, _without_kin,
                         _without_kind_words, _without_offices, _without_warned)


def _sides_of_sentence(graph: KnowledgeGraph, cases: list[_CaseName], courts: CourtNames, evidence: Evidence, found: list[tuple[str, str]],
                       filing: bool, title: bool, named: set[str], everyone: NameFinder | None = None
                       ) -> list[tuple[frozenset, set[str]]]:
    """(defendants, plaintiffs) of each suit one sentence's sued pairs tell: plaintiffs sharing the
    same defendants, cut apart where the sentence tells suits apart (by each, by caption), without
    the names it tells beside a suit (offices, descriptions, examples, kin, bystanders…); ``named``:
    every entity the sentence names, as ``everyone`` found them."""
    defendants_of: dict[str, set[str]] = defaultdict(set)
    for plaintiff, defendant in found:
        defendants_of[plaintiff].add(defendant)
    plaintiffs_of: dict[frozenset, set[str]] = defaultdict(set)
    for plaintiff, defendants in defendants_of.items():
        plaintiffs_of[frozenset(defendants)].add(plaintiff)
    groups = list(plaintiffs_of.items())
    if filing or CASE_SEPARATOR.search(evidence.sentence) or _PLURAL_FILINGS.search(evidence.sentence) \
            or context_words("suits_by_each_before").search(evidence.sentence) \
            or context_words("suits_by_each_after").search(evidence.sentence):
        groups = [part for defendants, plaintiffs in groups for part in _apart(graph, evidence, defendants, plaintiffs)]
    groups = [part for defendants, plaintiffs in groups
              for part in _by_caption(graph, cases, courts, evidence, defendants, plaintiffs)]
    groups = [(frozenset(_without_offices(graph, evidence.sentence, set(defendants))), plaintiffs)
              for defendants, plaintiffs in groups]
    sentence = evidence.sentence
    # (the filters judging each party by itself: asked once of all the suits' parties of a side, _each_party_judged)
    groups = _each_party_judged(groups, lambda side: _without_descriptors(graph, sentence, side),
                                lambda side: _without_descriptors(graph, sentence, side))
    groups = _each_party_judged(groups, None, lambda side: _without_examples(graph, sentence, side))
    followed = _followed(graph, sentence, set().union(*(plaintiffs for _, plaintiffs in groups)))
    groups = [(defendants, _without_followed(graph, sentence, plaintiffs, followed & plaintiffs))
              for defendants, plaintiffs in groups]
    groups = _each_party_judged(groups, lambda side: _without_kin(graph, sentence, _without_warned(graph, sentence, side)),
                                lambda side: _without_kin(graph, sentence, _without_warned(graph, sentence, side), _WHOSE_KIN))
    groups = [_without_bystanders(graph, sentence, defendants, plaintiffs) for defendants, plaintiffs in groups]
    names = _NamesOfSentence(graph, sentence, named, everyone)  # (read once for all the suits)
    groups = [(frozenset(_without_miscuts(graph, sentence, set(defendants), named, names)),
               _without_miscuts(graph, sentence, set(plaintiffs), named, names)) for defendants, plaintiffs in groups]
    glosses: dict[str, set[str]] = {}  # (each party's gloss read once for all the suits)
    groups = [(frozenset(_glossed(graph, sentence, set(defendants), named, names, glosses)),
               _glossed(graph, sentence, set(plaintiffs), named, names, glosses)) for defendants, plaintiffs in groups]
    groups = _each_party_judged(groups, lambda side: _without_kind_words(graph, side),
                                lambda side: _without_kind_words(graph, side))
    groups = [(defendants, plaintiffs) for defendants, plaintiffs in groups if defendants and plaintiffs]
    if not title:
        groups = [(defendants, _named_plaintiffs(graph, evidence.sentence, plaintiffs))
                  for defendants, plaintiffs in groups]
    return groups


def _each_party_judged(groups: list[tuple[frozenset, set[str]]], defendants: Callable[[set[str]], set[str]] | None,
                       plaintiffs: Callable[[set[str]], set[str]] | None) -> list[tuple[frozenset, set[str]]]:
    """(defendants, plaintiffs) of each suit, each side cut to what ``defendants`` (``plaintiffs``;
    None: kept whole) keeps of it, for a filter that judges each party by itself, whatever
    else its side holds (filter(side) == side & filter(every side)): asked once of the parties
    of all the sentence's suits, not once per suit (a sentence of dozens of suits read its
    patterns again for each)."""
    def kept(keep, sides: list) -> list[set[str]]:
        if keep is None:
            return sides
        judged = keep(set().union(*sides)) if sides else set()
        return [set(side) & judged for side in sides]
    cut_defendants = kept(defendants, [side for side, _ in groups])
    cut_plaintiffs = kept(plaintiffs, [side for _, side in groups])
    return [(frozenset(side), others) for side, others in zip(cut_defendants, cut_plaintiffs)]


def _named_plaintiffs(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> set[str]:
    """The plaintiffs a sentence names, where it names some and not others (同周，芝加哥论坛报也
    对Perplexity提起类似诉讼 read with the item's earlier plaintiff: a suit of its own, by the
    one named); all of them where it names none (a pronoun stands for them)."""
    named = _named(graph, sentence, plaintiffs)
    return named if named else plaintiffs


FOLLOWED_REACH = 80  # characters at most from a followed_open cue to its followed_close
_FOLLOWED_BREAK = later(r"[，；;]")  # a clause mark no span runs over (an English list's commas it may)
GOVERNMENTS = frozenset({"Jurisdiction", "Regulator", "Legislature"})  # states joining states sue as one coalition


def _without_followed(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str], followed: set[str] | None = None) -> set[str]:
    """The plaintiffs but those a sentence names only as the ones another followed in suing
    (Z joined A and B in suing X; 继A和B之后，Z也起诉了X; Z加入A、B的行列，起诉X), or set beside
    the one who sued (Besides A, Z sued X; 除了A之外，Z也起诉了X): they sued in a suit of their own,
    not in the one the sentence reports; where all are, all stay.
    Governments joining others in suing (Ohio joined 40 states in suing X) are one coalition's suit.
    ``followed``: ``_followed`` of the plaintiffs, where read already."""
    followed = _followed(graph, sentence, plaintiffs) if followed is None else followed
    return plaintiffs - followed if followed < plaintiffs else plaintiffs


def _followed(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> set[str]:
    """The plaintiffs a sentence names only as the ones another followed in suing, or set beside
    the one who sued (_without_followed), each judged by itself."""
    lowered = sentence.lower()
    taken = [found.span() for found in context_words("followed_not").finditer(lowered)]
    spans = _beside_spans(lowered)
    for opener in context_words("followed_open").finditer(lowered):
        if any(start <= opener.start() < end for start, end in taken):
            continue
        closer = context_words("followed_close").search(lowered, opener.end(), opener.end() + FOLLOWED_REACH)
        if closer is not None and not _FOLLOWED_BREAK.search(lowered, opener.end(), closer.start()):
            spans.append((opener.end(), closer.start()))
    if not spans:
        return set()
    return {node for node in plaintiffs if graph.entity(node)["type"] not in GOVERNMENTS
            and (found := _labels_in(graph, node, lowered))
            and all(any(start <= m.start() and m.end() <= end for start, end in spans) for m in found)}


_BESIDE_OPEN = later(r"(?:^|[，,；;：:])\s*[\"“‘'「]?$")  # a sentence's or clause's opening, before the cue


def _beside_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans a cue opening a sentence or a clause sets beside its report (Besides A, B sued X:
    A; context.tsv followed_beside), each from the cue up to the comma closing it."""
    spans = []
    for cue in context_words("followed_beside").finditer(lowered):
        comma = re.compile(r"[，,]").search(lowered, cue.end(), cue.end() + FOLLOWED_REACH)
        if comma is not None and _BESIDE_OPEN.search(lowered, 0, cue.start()) \
                and not _FOLLOWED_BREAK.search(lowered, cue.end(), comma.start()):
            spans.append((cue.end(), comma.start()))
    return spans


class _NamesOfSentence:
    """Where one sentence names the entities it writes (``others``: every name it holds) and the
    parties of its suits, found once for all its suits (_without_miscuts, _glossed ask it for each
    side of each suit).  With ``finder`` (the NameFinder that found ``others``), only the entities
    whose label the sentence writes over a place asked about are read (a sentence holding the
    labels of hundreds of entities, each read for each suit: quadratic in a document's names)."""

    def __init__(self, graph: KnowledgeGraph, sentence: str, others: set[str], finder: NameFinder | None = None) -> None:
        self.graph, self.others, self.finder = graph, others, finder
        self.lowered = sentence.lower()
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._cover: dict[int, list[tuple[int, int, set[str]]]] | None = None  # position -> the labels written over it
        self._cut: dict[str, bool] = {}  # node -> cut wrongly among the others
        self._labels: dict[str, set[str]] = {}
        self._inside: _Inside | None = None  # (without ``finder``) the spans of the others' names

    def spans(self, node: str) -> list[tuple[int, int]]:
        if node not in self._spans:
            self._spans[node] = [m.span() for m in _labels_in(self.graph, node, self.lowered)]
        return self._spans[node]

    def _over(self, position: int) -> list[tuple[int, int, set[str]]]:
        """(start, end, nodes) of the labels the sentence writes over ``position`` (start <= position < end)."""
        if self._cover is None:
            self._cover = defaultdict(list)
            for start, end, nodes in self.finder.written(self.lowered):
                for at in range(start, end):
                    self._cover[at].append((start, end, nodes))
        return self._cover.get(position, [])

    def _spans_of(self, nodes: Iterable[str]) -> list[tuple[int, int, str]]:
        return [(begin, end, other) for other in nodes for begin, end in self.spans(other)]

    def cut(self, node: str, among: set[str]) -> bool:
        """Wherever the sentence writes ``node``, it starts inside the name of another of ``among``
        and runs past its end."""
        if among is self.others and node in self._cut:
            return self._cut[node]
        own = self.spans(node)
        if self.finder is None or among is not self.others:
            flat = self._spans_of(among)
            found = bool(own) and all(any(begin < start < end < stop for begin, end, other in flat if other != node)
                                      for start, stop in own)
        else:  # only the others whose label the sentence writes over the start of one of its places
            found = bool(own) and all(any(
                begin < start < end < stop for begin, end, other in self._spans_of(
                    {other for first, last, nodes in self._over(start) if first < start < last < stop
                     for other in nodes if other != node and other in among}))
                for start, stop in own)
        if among is self.others:
            self._cut[node] = found
        return found

    def longer(self, start: int, end: int) -> bool:
        """Whether one of the others' names holds text[start:end] and more (_Inside.longer)."""
        if self.finder is None:
            self._inside = self._inside or _Inside(span for other in self.others for span in self.spans(other))
            return self._inside.longer(start, end)
        nodes = {other for first, last, held in self._over(start) if first <= start and end <= last
                 and last - first > end - start for other in held if other in self.others}
        return any(begin <= start and end <= stop and stop - begin > end - start
                   for begin, stop, _ in self._spans_of(nodes))

    def labels(self, node: str) -> set[str]:
        if node not in self._labels:
            self._labels[node] = {label.lower() for label in self.graph.entity(node)["labels"]}
        return self._labels[node]

    def gloss(self, found: re.Match, node: str) -> str | None:
        """The one other entity whose whole name the brackets right after ``found`` hold, if a gloss."""
        gloss = _GLOSS.match(self.lowered, found.end())
        text = gloss.group(1).strip() if gloss else ""
        if not text or text in self.labels(node) or \
                not (text.isascii() and not found.group().isascii() or found.group() in text):
            return None
        if self.finder is None:
            named = {other for other in self.others - {node} if text in self.labels(other)}
        else:
            named = {other for other in self.finder.labelled(text) if other in self.others and other != node}
        return next(iter(named)) if len(named) == 1 else None


def _without_miscuts(graph: KnowledgeGraph, sentence: str, parties: set[str], others: set[str],
                     names: _NamesOfSentence | None = None) -> set[str]:
    """The parties but a name cut wrongly: one that, wherever the sentence writes it, starts
    inside another party's name and runs past its end (美国作家协会联合约翰·格里沙姆 read as
    美国作家协会 and 会联合约翰·格里沙姆).  ``names``: the sentence's, with ``others``."""
    names = names or _NamesOfSentence(graph, sentence, others)
    among = others if parties <= others else parties | others
    return {node for node in parties if not names.cut(node, among)}


_GLOSS = later(r"\s*[（(]([^（()）]{2,60})[）)]")  # 强森（Kirk Johnson）: the name in brackets right after


def _glossed(graph: KnowledgeGraph, sentence: str, parties: set[str], others: set[str],
             names: _NamesOfSentence | None = None, glosses: dict[str, set[str]] | None = None) -> set[str]:
    """The parties, each one that the sentence writes only with another entity's whole name in
    brackets right after it replaced by that entity: a gloss, in Latin letters after a Chinese
    name or holding the name, names the same party (作家巴兹（Ann Barz）和强森（Kirk Johnson）:
    强森 read as a company of that name, the person in brackets is the party; Stability AI（被告）
    is a role, no gloss).  ``names``: the sentence's, with ``others``; ``glosses``: what each party
    read before in the sentence stands for (each party's own: kept for the sentence's other suits)."""
    names = names or _NamesOfSentence(graph, sentence, others)
    glosses = {} if glosses is None else glosses
    kept = set()
    for node in parties:
        if node not in glosses:
            found = [m for m in _labels_in(graph, node, names.lowered)  # not as a part of another's name (Kirk Johnson)
                     if not names.longer(m.start(), m.end())]
            given = {names.gloss(m, node) for m in found}
            glosses[node] = given if len(given) == 1 and None not in given else {node}
        kept |= glosses[node]
    return kept


class _Inside:
    """Spans: whether one of them holds text[start:end] and more, ``any(s <= start and end <= e
    and e - s > end - start for s, e in spans)``, by bisection, not by reading every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(itertools.accumulate((end for _, end in ordered), max))
        self.furthest: dict[int, int] = {}  # start -> the furthest end of the spans starting there
        for start, end in ordered:
            self.furthest[start] = end

    def longer(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.starts, start)  # the spans starting before start
        return (before > 0 and self.reach[before - 1] >= end) or self.furthest.get(start, end) > end


def _apart(graph: KnowledgeGraph, evidence: Evidence, defendants: frozenset, plaintiffs: set[str]
           ) -> list[tuple[frozenset, set[str]]]:
    """The suits one sentence's plaintiffs bring against the same defendants: one, unless
    each plaintiff has a filing or a case name of its own (继2023年12月纽约时报起诉微软、2024年4月
    芝加哥论坛报起诉微软之后; A v. OpenAI and B v. OpenAI: a suit per filing, each plaintiff's the
    first filing cue or case name's "v." after its name) or the
    suits are told apart (分别向Udio和Suno提起诉讼: a suit per defendant; 甲和乙分别起诉丙: a
    suit per plaintiff)."""
    if len(plaintiffs) > 1 and _suits_by_each(graph, evidence.sentence, plaintiffs):
        return [(defendants, {plaintiff}) for plaintiff in sorted(plaintiffs)]
    filings, cues = _suit_cues(evidence.sentence)
    by_cue: dict[int, set[str]] = defaultdict(set)
    for plaintiff in plaintiffs:
        named = _position(graph, evidence.sentence, {plaintiff})
        by_cue[next((cue for cue in cues if cue > named), -1)].add(plaintiff)
    # a case name and a filing cue telling that case (Tremblay v. OpenAI, the suit Tremblay and
    # Awad brought…) are one suit: suits apart have cues of one sort, filings or case names
    one_sort = len({cue in filings for cue in by_cue}) == 1
    if len(by_cue) > 1 and -1 not in by_cue and one_sort:
        return [(defendants, group) for group in by_cue.values()]
    first = min(_position(graph, evidence.sentence, defendants), *(cues or [len(evidence.sentence)]))
    if len(defendants) > 1 and _PLURAL_FILINGS.search(evidence.sentence):  # filed complaints against A, B and C
        return [(frozenset({defendant}), plaintiffs) for defendant in sorted(defendants)]
    respectively = context_words("respectively").search(_simplified(evidence.sentence),  # 分別 as 分别
                                                        _position(graph, evidence.sentence, plaintiffs), first + 1)
    if respectively:
        if len(defendants) > 1 and (len(plaintiffs) == 1 or _named_in_filing(graph, evidence.sentence, defendants,
                                                                             respectively.end())):
            return [(frozenset({defendant}), plaintiffs) for defendant in sorted(defendants)]
        return [(defendants, {plaintiff}) for plaintiff in sorted(plaintiffs)]  # 甲和乙分别起诉丙
    return [(defendants, plaintiffs)]


@functools.lru_cache(maxsize=1024)
def _suit_cues(sentence: str) -> tuple[frozenset[int], list[int]]:
    """Where a sentence's filing cues stand, and those and its case names' "v." in order (_apart):
    read once per sentence, not once per suit it tells (shared: read, never changed)."""
    filings = frozenset(position for position, kind in event_cues(sentence) if kind == "filing")
    return filings, sorted(filings | {found.start() for found in CASE_SEPARATOR.finditer(sentence)})


def _named_in_filing(graph: KnowledgeGraph, sentence: str, defendants: frozenset, after: int) -> bool:
    """Whether 分别 (respectively) spreads over the defendants: one is named in its own clause
    (甲和丙分别起诉乙和丁; 甲和丙分别向乙和丁提起诉讼), not only in a later one, telling what the
    plaintiffs allege (甲、丙和戊分别提起诉讼，指控乙和丁…: a suit per plaintiff against both)."""
    clause = CLAUSE_MARK.search(sentence, after)
    end = clause.start() if clause else len(sentence)
    return _position(graph, sentence[after:end], defendants) < end - after


def _suits_by_each(graph: KnowledgeGraph, sentence: str, plaintiffs: set[str]) -> bool:
    """Whether a sentence tells its plaintiffs' suits as several, one each: a plural of suits
    right before their list (The claims from A, B and C center on…) or right after it
    (A、B等提起的多起诉讼; A和B各自起诉X)."""
    lowered = sentence.lower()
    spans = [m.span() for node in plaintiffs for m in _labels_in(graph, node, lowered)]
    if not spans:
        return False
    first, last = min(start for start, _ in spans), max(end for _, end in spans)
    before = context_words("suits_by_each_before")
    if any(found.end() <= first and re.fullmatch(r"[\s:：]*(?:the\s+)?", sentence[found.end():first], re.IGNORECASE)
           for found in before.finditer(sentence)):
        return True
    after = context_words("suits_by_each_after").search(sentence, last)
    return after is not None and re.fullmatch(r"\s*(?:等人|等)?\s*", sentence[last:after.start()]) is not None


# filed complaints against A, B and C: a complaint each (not "a complaint against A and B")
_PLURAL_FILINGS = later(r"\b(?:filed|brought|lodged)\s+(?:separate\s+)?(?:complaints|lawsuits|suits|actions|cases)\s+against\b",
                        re.IGNORECASE)


def _by_caption(graph: KnowledgeGraph, cases: list[_CaseName], courts: CourtNames, evidence: Evidence,
                defendants: frozenset, plaintiffs: set[str]) -> list[tuple[frozenset, set[str]]]:
    """A report of suits against defendants it does not name itself (A, B and C filed…,
    told under a title naming Nvidia and Databricks), apart where a case name its item
    gives names a suit of those plaintiffs against some of them only (The case, A v. Nvidia
    Corp: the suit against Nvidia, and another against Databricks).  Where the sentence
    names them (A sued Stability AI, Midjourney and DeviantArt), the caption names the
    first defendant of one suit (Andersen v. Stability AI)."""
    if len(defendants) < 2 or _named(graph, evidence.sentence, defendants):
        return [(defendants, plaintiffs)]
    told = " ".join(sentence for _, sentence in courts.sentences[(evidence.document, evidence.item)])
    for case in cases:
        if case.name not in told or not _side_label(graph, case.plaintiffs, plaintiffs, leading=True):
            continue
        named = frozenset(d for d in defendants if _side_label(graph, case.defendants, {d}, leading=False))
        if named and named != defendants:
            return [(named, plaintiffs), (defendants - named, plaintiffs)]
    return [(defendants, plaintiffs)]
