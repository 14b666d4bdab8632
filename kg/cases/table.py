"""The suit table: ``suits`` runs the stages in order (mentions, drafts, folding, events,
captions, merging) over a whole graph; ``find_suits`` finds a suit by caption or by "A v B"
(kg.corrections); ``link_cases`` links each named Case entity to its suit's parties and court.

>>> from kg.graph import KnowledgeGraph
>>> [suit.caption for suit in suits(KnowledgeGraph())]
[]
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ..graph import KnowledgeGraph, fold
from ..model import Evidence
from ..suit_records import STATED_COURT_REASON, Suit, oldest_first
from .words import claims_in
from .names import _everyone, _finder_of, _named, _reading
from .events import _before, _distinct_events, _status, event_lexicon
from .courts import CourtNames, _court_places
from .filed import _borrowed_year, _day_told_before, is_headline, story_dated
from .case_names import _case_names, case_sides
from .mentions import (_agencies_for_countries, _mentions, _settled_only, _states_for_attorneys, _without_owned,
                       _without_owners, _without_places_described)
from .drafts import _group
from .captions import _CaseIndex, _caption, _hash
from .folding import (_ItemFilings, _against_each, _amendments_joined, _carded_date, _co_parties_joined, _one_family,
                      _one_suit_many_courts, _others_named_after, _owners, _split_sides_joined, _told_in_titles,
                      _units_as_parents, _withdrawn_before)
from .attach import _attach_events, _decisions, _infer_court, _with_cited_rulings
from .aliases import _named_as
from .merging import (_as_named, _bodies_told_apart, _each_party_once, _kin_as_named, _one_party_two_names,
                      _roles_as_named, _short_beside_whole, _told_in_part, _told_once, _told_twice, _with_unnamed)
from .unnamed_rows import unnamed_suits


@_reading
def suits(graph: KnowledgeGraph) -> list[Suit]:
    """Every suit of the graph, oldest filing first."""
    courts = CourtNames(graph)
    undated = set(graph.graph.graph.get("undated_items", ()))
    # a filing date whose year its sentence does not write, in an item with no date line or one dated
    # by an act its story tells (sued Perplexity on Friday, after …in October 2024): no anchor, no date
    borrowed = undated | story_dated(courts)
    mentions = [replace(m, filed=None) if m.filed and _borrowed_year(borrowed, m.evidence, m.filed)
                and not _day_told_before(courts, m.evidence) else m for m in _mentions(graph, courts)]
    mentions = _without_places_described(graph, _without_owned(graph, _without_owners(graph, mentions)))
    mentions += _settled_only(graph, mentions)
    mentions = _states_for_attorneys(graph, _agencies_for_countries(graph, mentions))
    drafts = _co_parties_joined(graph, _group(mentions, _everyone(graph)))
    owners = _owners(graph)  # (read once: each walks the graph's entities and the knowledge base)
    cases = _CaseIndex(_case_names(graph))  # (read once: the courts' step and the captions ask it)
    drafts = _against_each(graph, _one_family(graph, _one_suit_many_courts(graph, drafts, cases), owners), courts)
    drafts = _split_sides_joined(_amendments_joined(drafts))
    _others_named_after(graph, drafts, courts)
    _units_as_parents(graph, drafts, owners)
    _withdrawn_before(drafts)
    _attach_events(graph, drafts, courts, owners)
    _told_in_titles(drafts)
    _, _, statuses = event_lexicon()
    # which a sentence names: the finder of every entity cut to the parties (_finder_of: each sentence walked once)
    parties = _finder_of(graph, set().union(*(draft.parties for draft in drafts)))
    filings = _ItemFilings(courts, parties)
    # the court a sentence names for each suit, by the news items telling it
    stated_in: dict[tuple[str, str], set[tuple[int, str]]] = defaultdict(set)
    for index, draft in enumerate(drafts):
        court = draft.court or (draft.hint[0] if draft.hint else None)
        for mention in draft.mentions if court else ():
            stated_in[(mention.evidence.document, mention.evidence.item)].add((index, court))
    records, indexed = [], None
    anonymised = {one["evidence"]["document"] for one in graph.graph.graph.get("unnamed_suits", ())}  # (kg.unnamed)
    for index, draft in enumerate(drafts):
        evidence = oldest_first([m.evidence for m in draft.mentions if not is_headline(m.evidence)]
                             + [e.evidence for e in draft.events] + draft.court_evidence)
        if all(is_headline(m.evidence) for m in draft.mentions):
            continue  # told by headlines only: nothing to cite
        if draft.court is None and draft.hint is not None:
            draft.court, draft.court_evidence = draft.hint[0], [draft.hint[1]]
        court, stated, reason = draft.court, bool(draft.court), STATED_COURT_REASON
        if court is None:
            others = {court for e in evidence for other, court in stated_in[(e.document, e.item)] if other != index}
            indexed = indexed or _decisions(graph, drafts)
            court, reason = _infer_court(graph, draft, courts, evidence, others, drafts, indexed, anonymised)
        # no sentence about it dates the filing: one of its item referring to it does (Both suits were filed
        # in February 2024…; 该案于2024年3月立案); never a date a report of it carries, the day it was written
        # (days or years after) or another act's (the company Musk co-founded in 2015): dev, all ten rows so
        # dated were wrong; a filing no sentence dates has no date
        filed = draft.filed or filings.in_card(draft) or filings.by_reference(draft) or _carded_date(draft)
        events = [e for e in _distinct_events(draft.events) if not _before(e.date, filed)]  # none before the filing
        case, caption = _caption(graph, draft, cases, evidence)
        plaintiffs, defendants = sorted(draft.plaintiffs), sorted(draft.defendants)
        decisive = [e for e in events if statuses[e.kind] != "filed"]  # a hearing or a motion leaves it pending
        records.append(Suit(
            id=_hash(plaintiffs, defendants, court, filed, evidence[0].document, evidence[0].start),
            caption=caption, plaintiffs=plaintiffs, defendants=defendants, court=court, court_stated=stated,
            court_reason=reason, filed=filed, events=events, claims=claims_in(e.sentence for e in evidence),
            status=_status(decisive), case=case, evidence=evidence,
            court_evidence=oldest_first(draft.court_evidence) if stated else []))
    elsewhere = {e.document for record in records for e in record.evidence}  # documents telling a named suit
    records = _roles_as_named(graph, _with_unnamed(graph, records, unnamed_suits(graph, courts, elsewhere)))
    # each party once before a described side is counted against a named one (three authors: Bartz, Graeber and
    # Kirk Wallace Johnson, not also Kirk Wallace, whom another document's reading cut short)
    records = _kin_as_named(graph, _as_named(graph, [_each_party_once(graph, suit) for suit in records]))
    places = _court_places(graph)  # (each court's places, asked by both foldings below)
    records = _told_in_part(graph, [_each_party_once(graph, suit) for suit in _one_party_two_names(graph, records)], places)
    records = _told_twice(graph, records, places)
    records = [_short_beside_whole(graph, _bodies_told_apart(graph, _told_once(graph, suit))) for suit in records]
    records = [_with_cited_rulings(graph, suit) for suit in records]
    records.sort(key=lambda suit: (suit.filed or "", suit.caption, suit.id))
    return _corrected(graph, records)


def find_suits(graph: KnowledgeGraph, name: str, records: list[Suit]) -> list[Suit]:
    """The suits ``name`` names: by caption, or by parties "A v B" / "A诉B" (every party
    named must be one of the suit's, on its side, maybe under its short or long name: OpenAI,
    OpenAI Inc; sides may list several: A、B v C)."""
    key = fold(name)
    by_caption = [suit for suit in records if fold(suit.caption) == key]
    if by_caption:
        return by_caption
    sides = case_sides(name.strip())  # a case's name is read as the text's captions are
    if sides is None:
        return []
    named = []
    for side in sides:
        ids = [set(graph.find(part)) for part in side]
        if not ids or not all(ids):
            return []
        named.append(ids)
    def on(found: set[str], side: list[str]) -> bool:  # the party, or it under its short or long name (OpenAI Inc)
        return bool(found & set(side)) or any(_named_as(graph, party, one) or _named_as(graph, one, party)
                                              for party in side for one in found if one in graph.graph)
    return [suit for suit in records
            if all(on(found, suit.plaintiffs) for found in named[0]) and all(on(found, suit.defendants) for found in named[1])]


def _corrected(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """The suits with the analysts' corrections the graph carries (``graph.graph
    ["suit_corrections"]``, put there by kg.corrections on every build): a court set by an
    analyst is not one a sentence states, and the reason says who set it."""
    for fix in graph.graph.graph.get("suit_corrections", ()):
        for suit in find_suits(graph, fix["suit"], records):
            if fix["field"] == "court":
                suit.court, suit.court_stated, suit.court_evidence = fix["value"], False, []
                suit.court_reason = f"set by analyst {fix['analyst']} ({fix['where']})"
            else:
                suit.filed = fix["value"]
    return records


# -- the suits in the graph ------------------------------------------------------------------
def link_evidence(graph: KnowledgeGraph, suit: Suit, node: str) -> list[Evidence]:
    """The sentences of a suit that name one of its parties or its court (all of the
    suit's where none names it: a party read from 该案 or from a case name's short form)."""
    if node == suit.court:
        return suit.court_evidence
    naming = [e for e in suit.evidence if _named(graph, e.sentence, {node})]
    return naming or suit.evidence


def links(graph: KnowledgeGraph, records: list[Suit]) -> list[tuple[str, str, str, list[Evidence]]]:
    """(suit id, link, entity, evidence) for each party of each suit and its court where
    the text states it."""
    found = []
    for suit in records:
        ends = [("plaintiff", node) for node in suit.plaintiffs if node in graph.graph] + \
            [("defendant", node) for node in suit.defendants if node in graph.graph]  # not the text's words (李某)
        if suit.court and suit.court_stated:
            ends.append(("court", suit.court))
        found += [(suit.id, link, node, link_evidence(graph, suit, node)) for link, node in ends]
    return found


def confidence(graph: KnowledgeGraph, suit: Suit) -> float:
    """How sure the suit is: the best confidence of the sued facts it groups."""
    edges = graph.graph.edges
    return max((edges[p, d, "sued"]["confidence"] for p in suit.plaintiffs for d in suit.defendants
                if graph.graph.has_edge(p, d, key="sued")), default=0.5)


def link_cases(graph: KnowledgeGraph, records: list[Suit] | None = None) -> KnowledgeGraph:
    """Connect each Case the text names to its suit's parties and stated court
    (edges ``plaintiff``, ``defendant``, ``court``: SUIT_LINKS, not SCHEMA relations), with
    the sentences that say so: the view and the queries then reach a case's parties."""
    for suit in suits(graph) if records is None else records:
        if suit.case is None:
            continue
        weight = confidence(graph, suit)
        for _, link, node, evidence in links(graph, [suit]):
            for one in evidence or [None]:
                graph.add_fact(suit.case, link, node, one, weight)
    return graph
