"""Rows for the suits with an anonymised side (kg.unnamed's records: 李某诉刘某; 原告殷某某…被告
北京某科技公司): one row each however many sentences and documents tell it, its court the one its
sentences name, else the only one its items name, its events those its sentences tell.

For example, 李某诉刘某 told in three sentences of two documents is one row.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..alternation import alternatives
from ..graph import KnowledgeGraph, fold
from ..kb import cue_words, tsv_rows
from ..later import later
from ..model import Evidence
from ..suit_records import STATED_COURT_REASON, Suit, oldest_first, told_caption
from .words import LEXICON, _simplified, claims_in, context_words
from .names import _party_label
from .events import _before, _distinct_events, _events, _status, event_cues, event_lexicon, events_in
from .courts import CourtNames, DOCUMENT_COURT_REASON
from .filed import _stated_filing, is_headline
from .bystanders import _without_kind_words
from .captions import _hash
from .merging import _told_key


def unnamed_suits(graph: KnowledgeGraph, courts: CourtNames, elsewhere: set[str] = frozenset()) -> list[Suit]:
    """The suits with an anonymised side a build read (kg.unnamed: 李某诉刘某; 原告殷某某…被告北京某
    科技公司), one row each however many sentences and documents tell it: mentions with a
    plaintiff and a defendant in common (their words folded) and no two courts are one suit.
    The court is the one its sentences name, else the only one the sentences of its items
    name; its events are those its sentences and its items' sentences naming a party tell
    (all of an item's sentences where the item tells this suit only).  Where each of its
    documents tells this suit alone (none of ``elsewhere``, the documents telling a named
    suit), their other items' court (CourtNames.in_documents) and rulings are its too: an
    article cut into items by its headings or short lines (大庆市萨尔图区人民法院审结一起 over
    the story; 近日，X法院审结此案 under a heading of its own)."""
    from .. import unnamed  # (imported when a text is read: a graph's reader needs none)
    told = graph.graph.graph.get("unnamed_suits", ())
    if not told:
        return []
    suits_in_item: dict[tuple[str, str], set[tuple]] = defaultdict(set)
    mentions = []
    for one in told:
        evidence = unnamed.evidence_of(one["evidence"])
        named = {side: [party for party in _without_claims(graph, [_unquoted(graph, p) for p in one[side]])
                        if _without_kind_words(graph, [party])]
                 for side in ("plaintiffs", "defendants")}
        if any(one[side] and not named[side] for side in named):
            continue  # a side named only by a claim or a kind's word (该公司): no suit to tell apart
        one = {**one, **named}
        if set(one["plaintiffs"]) & set(one["defendants"]) or unnamed.too_vague(one["plaintiffs"] + one["defendants"]):
            continue  # 某公司诉某公司: no suit an analyst can tell apart
        sides = tuple(frozenset(_told_key(graph, party, evidence) for party in one[side]) for side in ("plaintiffs", "defendants"))
        suits_in_item[(evidence.document, evidence.item)].add(sides)
        mentions.append((one, evidence, sides))
    groups: list[dict] = []
    reference = context_words("suit_reference")
    for one, evidence, sides in sorted(mentions, key=lambda m: (m[1].date or "", m[1].document, m[1].start)):
        words = {w for p in one["plaintiffs"] + one["defendants"] for w in (p, _party_label(graph, p))}
        # a suit its caption alone tells (a precedent cited) takes only the sentences naming it or a side
        caption = bool(one.get("caption"))
        alone = len(suits_in_item[(evidence.document, evidence.item)]) == 1 and not caption
        context = [unnamed.evidence_of(c) for c in one["context"]]
        about = [c for c in context if alone or any(word in c.sentence for word in words)]
        named = [court for e in [evidence, *about] for _, court in courts.named(e.sentence)]
        in_item = {court for c in context for _, court in courts.named(c.sentence)} if not caption else set()
        court = named[0] if named else next(iter(in_item)) if len(in_item) == 1 else one.get("court")
        group = next((g for g in groups if (g["sides"][0] & sides[0] or _sentencing(g, sides, evidence))
                      and _one_side(g["sides"][1], sides[1]) and not (g["court"] and court and g["court"] != court)), None)
        if group is None:
            group = {"sides": sides, "plaintiffs": list(one["plaintiffs"]), "defendants": list(one["defendants"]),
                     "court": None, "stated": False, "mentions": [], "about": [], "referring": [], "captioned": False}
            groups.append(group)
        group["captioned"] = group["captioned"] or caption  # a precedent cited by its caption takes no court from elsewhere
        group["sides"] = (group["sides"][0] | sides[0], group["sides"][1] | sides[1])
        for side in ("plaintiffs", "defendants"):
            group[side] += [p for p in one[side] if not _one_side({fold(unnamed.key(_party_label(graph, p)))},
                                                                  {fold(unnamed.key(_party_label(graph, q))) for q in group[side]})]
        if court and not group["court"]:
            group["court"], group["stated"] = court, bool(named) or court == one.get("court")
        group["mentions"].append(evidence)
        group["about"] += about
        if alone:  # (the complaint was filed in mid June 2026: the one suit its item tells)
            group["referring"] += [c for c in context if c.start > evidence.start and reference.search(c.sentence)]
    _, _, statuses = event_lexicon()
    groups_in: dict[str, list[dict]] = defaultdict(list)  # document -> the suits it tells
    for group in groups:
        for document in dict.fromkeys(e.document for e in group["mentions"]):
            groups_in[document].append(group)
    for group in groups:
        documents = {e.document for e in group["mentions"]}
        if group["captioned"] or documents & elsewhere or any(groups_in[document] != [group] for document in documents):
            continue
        if group["court"] is None:
            in_documents = courts.in_documents(documents)
            if len(in_documents) == 1:
                group["court"], group["reason"] = next(iter(in_documents)), DOCUMENT_COURT_REASON
        items = {(e.document, e.item) for e in group["mentions"]}  # and the rulings of their other items
        group["about"] += [e for item in courts.items_of(documents) if item not in items
                           for e in sorted(courts.evidence[item], key=lambda e: e.start) if event_cues(e.sentence)]
    records = []
    for group in groups:
        filings = [e for e in group["mentions"] if "filing" in events_in(e.sentence) and not unnamed.told_by_noun(e.sentence)]
        # else a later sentence of an item telling that suit only, referring to it with a filing cue and a date
        # (A mother has sued X… The complaint was filed in San Francisco County Superior Court in mid June 2026;
        # 该案于2024年3月立案: context.tsv suit_reference)
        filed = _stated_filing(filings) or _stated_filing(
            [e for e in oldest_first(group["referring"]) if "filing" in events_in(e.sentence)])
        events = []
        for e in oldest_first(group["mentions"] + [c for c in group["about"] if not is_headline(c)]):  # a headline sums up a story
            events += [event for event in _events(e) if event not in events]
        events = [e for e in _distinct_events(events) if not _before(e.date, filed)]
        evidence = oldest_first(group["mentions"] + [e.evidence for e in events])
        plaintiffs, defendants = group["plaintiffs"], group["defendants"]
        caption = told_caption([_party_label(graph, p) for p in plaintiffs], [_party_label(graph, p) for p in defendants])
        decisive = [e for e in events if statuses[e.kind] != "filed"]
        court = group["court"]
        records.append(Suit(
            id=_hash(plaintiffs, defendants, court, filed, evidence[0].document, evidence[0].start),
            caption=caption, plaintiffs=plaintiffs, defendants=defendants, court=court,
            court_stated=bool(court) and group["stated"],
            court_reason=STATED_COURT_REASON if group["stated"] else
            group.get("reason", "inferred: the only court named in its news items") if court else "no court named",
            filed=filed, events=events, claims=claims_in(e.sentence for e in evidence), status=_status(decisive),
            evidence=evidence, court_evidence=[e for e in evidence if court and courts.named(e.sentence)]
            if group["stated"] else []))
    return records


@functools.cache
def _claim_words() -> tuple[re.Pattern, re.Pattern]:
    """A claim a case name tells after its sides (claims.tsv, its Chinese cues: 著作权, 不正当竞争), whole
    (不正当竞争纠纷) or after the infringing verb that opens it (侵害著作权, 侵犯商标权)."""
    cues = alternatives([cue for row in tsv_rows(LEXICON / "claims.tsv") for cue in cue_words(row["cues"])
                         if not cue.isascii()])
    whole = re.compile(rf"(?:侵害|侵犯|涉嫌)?(?:\w{{0,4}}?)(?:{cues})(?:权|權)?(?:纠纷|糾紛|行为|行為|案)?")
    return whole, re.compile(rf"(?:侵害|侵犯)(?=\w{{0,4}}?(?:{cues}))")


def _without_claims(graph: KnowledgeGraph, parties: list[str]) -> list[str]:
    """The parties of a side read from a case name, but the claim it names after them: 丰某诉东山公司侵害
    著作权及不正当竞争案 is 丰某 against 东山公司, not against 东山公司侵害著作权 and 不正当竞争 (a party the
    graph knows is kept whole; in either script: 侵害著作權)."""
    whole, verb = _claim_words()
    kept = []
    for party in parties:
        if party not in graph.graph:
            if whole.fullmatch(_simplified(party)):
                continue
            cut = verb.search(_simplified(party), 2)
            party = party[:cut.start()] if cut else party
        if party not in kept:
            kept.append(party)
    return kept


_OPENED = later(r"^(?:是|為|为|即)?[“「『《\"‘](?=\w)")


def _unquoted(graph: KnowledgeGraph, party: str) -> str:
    """A side's words read from inside a quoted case name, without the opening quote (and the
    是 before it) the reading kept: 是“四位插画师起诉X案” tells 四位插画师 as the plaintiff; a
    party whose words close the quote too, or an entity, is kept as it is."""
    if party in graph.graph:
        return party
    opened = _OPENED.match(party)
    return party[opened.end():] if opened and not any(mark in party for mark in "”」』》\"’") else party


def _sentencing(group: dict, sides: tuple[frozenset, frozenset], evidence: Evidence) -> bool:
    """Whether a mention and a group of one document are one criminal case, the one telling
    no prosecutor (判处吴某有期徒刑: kg.unnamed): told by the same document."""
    return (not group["sides"][0] or not sides[0]) and any(e.document == evidence.document for e in group["mentions"])


def _one_side(first: set[str], second: set[str]) -> bool:
    """Whether two sides (their parties' words, folded) share a party: the same words, or a
    company one outlet anonymises and another names (北京某科技公司, 北京小问智能科技有限公司)."""
    from .. import unnamed  # (imported when a text is read: a graph's reader needs none)
    return bool(first & second) or any(unnamed.could_be(one, other) or unnamed.could_be(other, one)
                                       for one in first for other in second)
