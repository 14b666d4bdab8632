"""What a draft suit is given beyond its parties: the rulings and settlements reported on their own,
as events of the suit they are about (_attach_events: a transfer moves it to another court), the
court no sentence names where its items or its parties' rulings tell it (_infer_court), and the
rulings its case name's neutral citations tell (_with_cited_rulings).

For example, "该案被移送至某市中级人民法院" after a report of 甲公司起诉乙公司 makes that court the
suit's, not an event of it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..alternation import alternatives
from ..dates import YEAR, citation_year
from ..graph import KnowledgeGraph
from ..later import later
from ..model import Evidence
from ..suit_records import Event, Suit
from .words import context_words
from .names import _named
from .events import _asks_only, _before, _distinct_events, _events, _status, event_lexicon, events_in
from .courts import CourtNames, DOCUMENT_COURT_REASON
from .filed import _is_title, is_credit
from .case_names import _CaseName, _case_names, _side_label
from .mentions import _as_states
from .drafts import _Draft
from .hearings import heard_only
from .folding import _families


def _attach_events(graph: KnowledgeGraph, drafts: list[_Draft], courts: CourtNames, owners: dict[str, list[str]]) -> None:
    """Rulings (adjudicated) and settlements (settled) become events of the suit they are
    about (_suits_about: a sentence naming its parties, else the suit its news item told
    last before it); where several suits of those parties fit, the one of the same item,
    else the one in that court.  A transfer (该案被移送至X法院) is no event: X becomes the
    court of the suit, before the rulings there are placed, unless only the claims against
    one party move (针对Meta的请求已移送X法院: context.tsv part_transfer).  ``owners``: _owners of the graph."""
    index = _DraftIndex(drafts)  # the suits' parties and reports: events move courts, not parties or reports
    houses = _families(owners)  # a settlement by a label's parent is the label's suit's
    moves = [(head, tail, evidence) for head, _, tail, edge in graph.facts("adjudicated")
             for evidence in edge["evidence"] if courts.moved_to(evidence.sentence) == head]
    for court, party, evidence in sorted(moves, key=lambda move: (move[2].date or "", move[2].start)):
        about = _suits_about(graph, drafts, {party}, evidence, index)
        about = [d for d in about if _same_item(d, evidence)] or about
        draft = about[0] if len(about) == 1 else None
        transfer = context_words("transfer").search(evidence.sentence)
        if transfer and context_words("part_transfer").search(evidence.sentence, 0, transfer.start()):
            continue  # 针对Meta的请求已移送X法院: a part of the suit moves, the suit stays where it was filed
        if draft is not None and draft.court != court:
            draft.court, draft.court_evidence = court, [evidence]  # 该案被移送至X法院: X is its court now
    moved = {evidence for _, _, evidence in moves}
    cases = [case for case in _case_names(graph) if case.plaintiffs and case.defendants]
    for relation in ("adjudicated", "settled"):
        for head, _, tail, edge in graph.facts(relation):
            parties = {tail} if relation == "adjudicated" else {head, tail}
            for evidence in edge["evidence"]:
                if evidence in moved or is_credit(evidence):
                    continue  # a transfer: the court, not an event; a source line (来源：X法院): nothing
                about = _suits_about(graph, drafts, _as_states(graph, parties, evidence.document, index.of_party), evidence, index, houses)
                if not about:
                    continue
                stated = courts.stated(evidence)
                named = {court for _, court in courts.named(evidence.sentence)}
                # naming no plaintiff of it, a suit its item tells or that the sentence names the court of
                # (Judge Alsup, who sits in the same court, ruled that Anthropic's use… in a story about
                # another suit: no event of every suit against Anthropic in that court); a title naming no
                # plaintiff of it sums up its own item's suit (X法院驳回音乐出版商对Anthropic的申请: not the
                # authors' suit against Anthropic in X told elsewhere)
                about = [d for d in about if (_named(graph, evidence.sentence, d.plaintiffs) or _same_item(d, evidence)
                                              or d.court in named and not _is_title(evidence))
                         and not _names_other_case(graph, cases, evidence, d)
                         and not _plaintiff_ruled_on(graph, relation, tail, evidence, d)]
                if relation == "adjudicated" and stated is None and head not in courts.higher | courts.described:
                    stated = head
                draft = _about(about, evidence, stated)
                if draft is None:
                    continue
                # a court a sentence tells only the filing in (the complaint filed to the District Court): no ruling
                told = set(events_in(evidence.sentence))
                filed_only = relation == "adjudicated" and (told == {"filing"} or not told and _asks_only(evidence.sentence))
                events = _events(evidence) or ([] if filed_only else [
                    Event(_uncued_kind(relation, evidence.sentence), evidence.date, evidence)])
                draft.events += [event for event in events if event not in draft.events]
                if stated and _is_title(evidence):  # 慕尼黑法院判决OpenAI…: a title's court is a hint, as its filing's
                    draft.hint = draft.hint or (stated, evidence)
                    continue
                if stated and not draft.court:
                    draft.court = stated
                if stated and stated == draft.court and evidence not in draft.court_evidence:
                    draft.court_evidence.append(evidence)


def _uncued_kind(relation: str, sentence: str) -> str:
    """The event a court's act or a settlement told by no event cue is: a settlement, a ruling,
    or a hearing where the court only hears the case (heard arguments in A v. B: kg.cases.hearings)."""
    if relation != "adjudicated":
        return "settlement"
    return "hearing" if heard_only(sentence) else "ruling"


def _plaintiff_ruled_on(graph: KnowledgeGraph, relation: str, party: str, evidence: Evidence, draft: _Draft) -> bool:
    """Whether a ruling naming a suit's plaintiff as the party ruled on, in another story,
    names none of the suit's defendants (a court ruled against OpenAI, in a story about a suit
    against OpenAI: no event of OpenAI's own suit against Musk): another suit's, where that
    party is sued.  (A ruling naming no party, in the story of the suit, stays its event.)"""
    return relation == "adjudicated" and party not in draft.defendants and party in draft.plaintiffs \
        and not _same_item(draft, evidence) and _named(graph, evidence.sentence, {party}) \
        and not _named(graph, evidence.sentence, draft.defendants)


def _names_other_case(graph: KnowledgeGraph, cases: list[_CaseName], evidence: Evidence, draft: _Draft) -> bool:
    """Whether a sentence names a case of other parties and none of the suit's (The suit
    comes weeks after Judge Y approved a settlement in Bartz v. Anthropic: an event of
    Bartz v. Anthropic, not of the suit the story is about)."""
    # (a case named by its plaintiffs' count, the tail of a list: 甲、乙等13名作家诉Meta案, names no others)
    named = [case for case in cases if case.name in evidence.sentence
             and not all(_COUNTED_SIDE.match(plaintiff) for plaintiff in case.plaintiffs)]
    return bool(named) and not any(_side_label(graph, case.plaintiffs, draft.plaintiffs, leading=True)
                                   and _side_label(graph, case.defendants, draft.defendants, leading=False)
                                   for case in named)


# a side worded by its count (等13名作家, 三名艺术家, 两家报纸): a description of parties, no party's name
_COUNTED_SIDE = later(r"等?\s*(?:\d+|[一二两兩三四五六七八九十百]+)\s*(?:名|位|家|个|個)")


class _DraftIndex:
    """The suits of each party and the reports of suits of each news item (start, index of the
    suit), in the order of ``drafts``: what _suits_about reads for each event, indexed once."""

    def __init__(self, drafts: list[_Draft]) -> None:
        self.of_party: dict[str, set[int]] = defaultdict(set)
        self.in_item: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for index, draft in enumerate(drafts):
            for party in draft.plaintiffs | draft.defendants:
                self.of_party[party].add(index)
            for mention in draft.mentions:
                self.in_item[(mention.evidence.document, mention.evidence.item)].append((mention.evidence.start, index))

    def of_all(self, parties: set[str]) -> list[int]:
        """The suits every one of ``parties`` is a party of."""
        return sorted(set.intersection(*(self.of_party.get(party, set()) for party in parties))) if parties else []


def _suits_about(graph: KnowledgeGraph, drafts: list[_Draft], parties: set[str], evidence: Evidence,
                 index: _DraftIndex | None = None, houses: dict[str, str] | None = None) -> list[_Draft]:
    """The suits of ``parties`` a sentence may be about: any of theirs where it names them
    (those whose plaintiff it names, where it names one: Judge Y allowed A's claim against
    OpenAI is about A v. OpenAI, not B v. OpenAI), else the suit its news item told last
    before it (次月，此案开庭; 法官Y裁定) where those are its parties and the sentence names no
    plaintiff of another suit of the item (not a ruling spread over every party of an item
    about several suits); where the item tells its suit only after (a story opening with
    the ruling: Judge Y ruled on Thursday… A and B sued X in May 2024), the one suit it tells.
    Where no suit has them all, a party may stand for a member of its corporate family that is
    the suit's (``houses``, _families: 华纳音乐集团与Suno达成和解 about 华纳唱片's suit against Suno)."""
    index = index or _DraftIndex(drafts)
    if _named(graph, evidence.sentence, parties):
        about = [drafts[found] for found in index.of_all(parties)] or _suits_of_houses(drafts, parties, houses or {})
        return [d for d in about if _named(graph, evidence.sentence, d.plaintiffs)] or about  # its plaintiff's suit
    in_item = index.in_item.get((evidence.document, evidence.item), [])
    told = [(start, index) for start, index in in_item if start < evidence.start]
    if not told and len({index for _, index in in_item}) == 1:
        told = in_item
    if not told or any(_named(graph, evidence.sentence, drafts[index].plaintiffs)
                       and not parties <= drafts[index].plaintiffs | drafts[index].defendants for _, index in told):
        return []  # it names the plaintiff of another suit of the item: it is about that one
    last = drafts[max(told)[1]]
    return [last] if parties <= last.plaintiffs | last.defendants else []


def _suits_of_houses(drafts: list[_Draft], parties: set[str], houses: dict[str, str]) -> list[_Draft]:
    """The suits each of ``parties`` is a party of, or one of its corporate family is (``houses``:
    each unit or parent -> the top of its family)."""
    def of(party: str, draft: _Draft) -> bool:
        sides = draft.plaintiffs | draft.defendants
        return party in sides or party in houses and any(houses.get(side) == houses[party] for side in sides)
    return [draft for draft in drafts if all(of(party, draft) for party in parties)] if houses else []


def _same_item(draft: _Draft, evidence: Evidence) -> bool:
    return any((m.evidence.document, m.evidence.item) == (evidence.document, evidence.item) for m in draft.mentions)


def _about(candidates: list[_Draft], evidence: Evidence, court: str | None) -> _Draft | None:
    """The one suit an event is about, or None: not a suit in another court (英国高等法院
    作出判决 is not about the Delaware suit of the same parties)."""
    candidates = [d for d in candidates if not (court and d.court and d.court != court)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    same_item = [d for d in candidates if _same_item(d, evidence)]
    for narrowed in (same_item, [d for d in same_item or candidates if court and d.court == court]):
        if len(narrowed) == 1:
            return narrowed[0]
    return None


def _decisions(graph: KnowledgeGraph, drafts: list[_Draft]) -> tuple[dict, dict, Counter]:
    """The adjudicated facts by their party, each with its place in the graph's order, the
    suits by the documents telling them, and how many suits each party is of: what
    _infer_court reads for each suit, indexed once."""
    decided: dict[str, list[tuple[int, str, dict]]] = defaultdict(list)
    for position, (court, _, party, edge) in enumerate(graph.facts("adjudicated")):
        decided[party].append((position, court, edge))
    suits_in: dict[str, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        for document in dict.fromkeys(told.evidence.document for told in draft.mentions + draft.events):
            suits_in[document].append(draft)
    return decided, suits_in, Counter(party for draft in drafts for party in draft.parties)


def _infer_court(graph: KnowledgeGraph, draft: _Draft, courts: CourtNames, evidence: list[Evidence],
                 others: set[str] = frozenset(), drafts: list[_Draft] = (),
                 indexed: tuple[dict, dict, Counter] | None = None, anonymised: set[str] = frozenset()
                 ) -> tuple[str | None, str]:
    """A court no sentence about the suit names: the only one its news items name, else the
    only one that decided a matter of one of its parties (a party of this suit only: a
    ruling on a defendant many sue may be of any of their suits; not one of another
    document's suit with that party on the other side); with the reason.  Not a
    court a sentence of its item names for another suit (GEMA向慕尼黑第一地区法院起诉Suno…
    这是GEMA继2024年11月起诉OpenAI之后的第二起诉讼: the suit against OpenAI is not placed in
    Munich by the item about the suit against Suno).  Else, none of those, the only court of
    first instance its documents name where each tells this suit alone and no suit of an
    anonymised side (``anonymised``: their documents)."""
    fielded = courts.in_fields(evidence)
    if len(fielded) == 1:  # （1）法院：X over the item's story: the item's suits are in X, the others' too
        court, item = next(iter(fielded.items()))
        return court, f"inferred: the court the court line of the news item “{item}” names"
    appealed = courts.in_fields(evidence, appeal=True)
    if len(appealed) == 1 and not fielded:  # 法院：纽约州最高法院 (a court of first instance there), Court: Court of Appeals
        court, item = next(iter(appealed.items()))
        return court, f"inferred: the court (a court of appeal by its name) the court line of the news item “{item}” names"
    named = courts.in_items(evidence)
    in_items = {court: item for court, item in named.items() if court not in others}
    if named and not in_items:  # a suit told in the item of another, in its court: no guess from elsewhere either
        return None, "not named; the courts its news items name are other suits'"
    if len(in_items) == 1:
        court, item = next(iter(in_items.items()))
        return court, f"inferred: the only court named in the news item “{item}”"
    deciding: dict[str, str] = {}
    documents = {e.document for e in evidence}
    decided, suits_in, suits_of = indexed or _decisions(graph, list(drafts))
    for _, court, edge, party in sorted((position, court, edge, party) for party in draft.parties
                                        if suits_of[party] < 2
                                        for position, court, edge in decided.get(party, ())):
        if court not in courts.higher \
                and not _other_suits(draft, {e.document for e in edge["evidence"]} - documents, suits_in):
            deciding.setdefault(court, party)
    if len(deciding) == 1:
        court, party = next(iter(deciding.items()))
        return court, f"inferred: the only court reported deciding a matter of {graph.entity(party)['label']}"
    if in_items or deciding:
        names = sorted(graph.entity(court)["label"] for court in set(in_items) | set(deciding))
        return None, "not named; several courts possible: " + ", ".join(names)
    # an article cut into sections tells its one suit in one and its court in another (The lawsuit, lodged
    # in the U.S. District Court for…, under Case Background): the only court its documents name, where
    # each tells this suit alone
    alone = [document for document in documents if document not in anonymised  # (nor a suit with an anonymised side)
             and all(other is draft for other in suits_in.get(document, ()))]
    in_documents = courts.in_documents(alone) if alone and set(alone) == documents else {}
    if len(in_documents) == 1:
        court, document = next(iter(in_documents.items()))
        return court, f"{DOCUMENT_COURT_REASON}: “{document}”"
    return None, "no court named"


def _other_suits(draft: _Draft, documents: set[str], suits_in: dict[str, list[_Draft]]) -> bool:
    """Whether other documents, where a court decided a matter of one of a suit's parties,
    tell another suit (Kadrey v. Meta there, the court ruled for Meta; the consolidated suits
    against OpenAI there, Judge Stein ruled on OpenAI's motion): that court is that suit's,
    not this one's, where the same party is sued by others or sues."""
    return any(other is not draft for document in documents for other in suits_in.get(document, ()))


_CASE_JOINT = later(r"\sv\.?\s+$")  # Ko v. Li, R (Ayinde) v London Borough of Haringey: the defendant's side of a case name
_CITED_YEAR = later(YEAR)  # a sentence with no year holds no neutral citation (kg.dates.citation_year)


def _with_cited_rulings(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """The suit with the rulings its case name's neutral citations tell (_cited_rulings), where
    they add one, and the status its decisions then leave it in."""
    cited = _cited_rulings(graph, suit.defendants, suit.evidence)
    if not cited:
        return suit
    events = [e for e in _distinct_events(suit.events + cited) if not _before(e.date, suit.filed)]
    if [(e.kind, e.date) for e in events] == [(e.kind, e.date) for e in suit.events]:
        return suit
    _, _, statuses = event_lexicon()
    return replace(suit, events=events, status=_status([e for e in events if statuses[e.kind] != "filed"]))


def _labels(graph: KnowledgeGraph, party: str) -> list[str]:
    """A party's labels: its entity's, or the words of a party the text names no entity for."""
    return graph.entity(party)["labels"] if party in graph.graph else [party]


def _cited_rulings(graph: KnowledgeGraph, defendants: Iterable[str], evidence: list[Evidence]) -> list[Event]:
    """A ruling each neutral citation after the suit's case name tells, of its year (Ko v. Li, 2025
    ONSC 2766; Wikeley v Kea Investments Ltd [2024] NZCA 609: a judgment given in 2024, the court's
    letters and the judgment's number after it; kg.dates.citation_year): the case name's defendant
    side, after its "v", is one of the suit's defendants.  One ruling per year; a dated ruling of the
    same year elsewhere is that one (_distinct_events keeps the more precise)."""
    names = {label for node in defendants for label in _labels(graph, node) if len(label) > 1}
    told_cited = [told for told in evidence if " v" in told.sentence and _CITED_YEAR.search(told.sentence)]
    if not names or not told_cited:
        return []
    # the defendants' names as one pattern, looked for once along a sentence (a row of 800 defendants
    # read each name along every sentence: quadratic in the row's parties)
    named = re.compile(rf"(?<!\w)(?:{alternatives(names)})(?!\w)")
    found: dict[str, Event] = {}
    for told in told_cited:
        sentence = told.sentence
        for match in named.finditer(sentence):
            year = citation_year(sentence, match.end())
            if year and year not in found and _CASE_JOINT.search(sentence, max(0, match.start() - 4), match.start()):
                found[year] = Event("ruling", year, told)
    return list(found.values())
