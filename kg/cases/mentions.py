"""Suit records read from the graph's facts: the sued facts of each sentence (and the adjudicated
and settled ones) as mentions of suits (_Mention, _mentions), each with its sides, court, filing
date and events; then the mentions read as a whole: a country's agency suing for the country
(_agencies_for_countries), a state's attorney general for the state (_states_for_attorneys), a place
describing the case or the owner of the papers suing left out (_without_places_described,
_without_owners).

For example, the fact 纽约时报 sued OpenAI told by "2023年12月27日，纽约时报向纽约南区联邦地区法院
起诉OpenAI" is one mention: plaintiff 纽约时报, defendant OpenAI, court 纽约南区联邦地区法院, filed
2023-12-27.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass, field, replace

from ..alternation import alternatives
from ..dates import date_spans
from ..graph import KnowledgeGraph
from ..later import later
from ..model import Evidence
from ..sentences import CLAUSE_MARK
from ..suit_records import Event
from .words import SUITS_LEXICON, _simplified, context_cues, context_words
from .names import _everyone, _labels_in, _position
from .events import _date_at, _events, event_cues, event_lexicon, events_in
from .courts import CourtNames
from .filed import _filing_clause_date, _filing_date, _is_title, is_credit
from .case_names import _case_names
from .sides import GOVERNMENTS, _sides_of_sentence


@dataclass
class _Mention:
    """One sentence's report of one suit: who sued whom, where and when it says."""
    plaintiffs: set[str]
    defendants: set[str]
    evidence: Evidence
    court: str | None
    filed: str | None  # the date the sentence gives the filing, if it gives one
    events: list[Event]
    filing: bool  # the sentence reports the filing itself (起诉, sued), not only names the case
    court_hint: str | None = None  # the court a title names: the suit's where its body names none
    withdrawn: list[Event] = field(default_factory=list)  # of the suit filed before, elsewhere (撤回…并重新起诉)
    separate: bool = False  # told as another suit than one of the same plaintiff before (xAI has separately sued Apple)
    named: frozenset = frozenset()  # of a separate one, every party its sentence names (…conspiring with OpenAI)
    cut_from: frozenset = frozenset()  # the defendants its sentence sued together, where grouping cut it (_split)


def _mentions(graph: KnowledgeGraph, courts: CourtNames) -> list[_Mention]:
    """The sued facts of each sentence as suits: plaintiffs sharing the same defendants
    in one sentence bring one suit (A、B和C起诉D和E).  A news item's title sums up its
    body: it tells who sued whom, not when or where (its court is a hint, its events
    count where the body tells none)."""
    pairs: dict[Evidence, list[tuple[str, str]]] = defaultdict(list)
    for head, _, tail, edge in graph.facts("sued"):
        for evidence in edge["evidence"]:
            if not is_credit(evidence):  # a source line tells no suit
                pairs[evidence].append((head, tail))
    mentions, cases = [], _case_names(graph)
    everyone = _everyone(graph)  # the names a sentence holds
    for evidence, found in pairs.items():
        title = _is_title(evidence)
        events = _events(evidence)
        kinds = set(events_in(evidence.sentence))
        filing = "filing" in kinds and (kinds <= {"filing", "hearing"} or _filing_told_first(evidence)) \
            and not _filings_name_cases(evidence.sentence)
        named = everyone(evidence.sentence)
        groups = _sides_of_sentence(graph, cases, courts, evidence, found, filing, title, named, everyone)
        countered = _countered(graph, evidence.sentence, found)
        groups.sort(key=lambda group: _position(graph, evidence.sentence, group[1]))
        refiled = None if title else _refiled(evidence)
        if refiled is not None:  # withdrawn in one court and filed again in another: this is the new suit
            withdrawal, cue = refiled
            court, filed = courts.stated(evidence, withdrawal), _date_at(evidence, cue, before_only=True)
            mentions += [_Mention(set(plaintiffs), set(defendants), evidence, court, filed,
                                  [e for e in events if e.kind != "withdrawal"], True,
                                  withdrawn=[e for e in events if e.kind == "withdrawal"])
                         for defendants, plaintiffs in groups]
            continue
        mentions += _suits_of_sentence(graph, courts, evidence, groups, events, filing, title, countered, named)
    return mentions


def _settled_only(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Suits a text tells by their settlement only (the FTC approved a settlement with Rytr;
    Everalbum agreed to settle with the agency): a settled fact between a government or
    regulator and a party no government is, where no sued fact tells a suit of the two, is
    the government's suit against that party; the parties one sentence tells it settled with
    are one suit's defendants (the FTC secured refunds from A and B over their ads).  Its
    settlement is its event (_attach_events).  Between two companies or persons no side is
    known to have sued: no row.  An agency's settlement is its suit's however the text tells the
    complaint it resolves, in court or not (the SEC settled charges with X; an attorney general's
    settlement; a consent order: bench/real/README.md, suit rows pass, which makes each a suit row)."""
    sued = {frozenset((plaintiff, defendant)) for mention in mentions
            for plaintiff in mention.plaintiffs for defendant in mention.defendants}
    told: dict[Evidence, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for head, _, tail, edge in graph.facts("settled"):
        governing = [graph.entity(node)["type"] in GOVERNMENTS for node in (head, tail)]
        if governing.count(True) != 1 or frozenset((head, tail)) in sued:
            continue
        government, party = (head, tail) if governing[0] else (tail, head)
        for evidence in edge["evidence"]:
            if not is_credit(evidence):
                told[evidence][government].add(party)
    return [_Mention({government}, parties, evidence, None, None, [], False)
            for evidence, found in told.items() for government, parties in found.items()]


def _suits_of_sentence(graph: KnowledgeGraph, courts: CourtNames, evidence: Evidence, groups: list[tuple[frozenset, set[str]]],
                       events: list[Event], filing: bool, title: bool, countered: set[str], named: set[str]) -> list[_Mention]:
    """Each suit of a sentence (no refiling) with the court and filing date it tells: each court's
    filing where one suit is filed in several, the court told for each where several suits are;
    what a counter-suit's sentence tells is the counter-suit's."""
    mentions = []
    respective = _respective_courts(graph, courts, evidence.sentence, groups)
    for defendants, plaintiffs in groups:
        start = _position(graph, evidence.sentence, plaintiffs)
        filings = _filings_by_court(evidence, courts) if len(groups) == 1 and filing and not title else []
        stated = respective.get(defendants) or \
            courts.stated(evidence, start if len(groups) > 1 else 0, (set(defendants), plaintiffs))
        told_filing = filing and not plaintiffs & countered
        if plaintiffs & countered:  # the court, date and filing the sentence tells are the counter-suit's
            stated, filings = None, []
        for court, cue in filings or [(stated, None)]:
            filed = (_date_at(evidence, cue, before_only=True) if cue is not None else
                     _filing_date(evidence, start) if told_filing and not title else
                     None if title or plaintiffs & countered else _filing_clause_date(evidence))
            mentions.append(_Mention(set(plaintiffs), set(defendants), evidence, None if title else court,
                                     filed, events, told_filing, court if title else None,
                                     separate=told_filing and _told_apart(evidence.sentence),
                                     named=frozenset(named)))
    return mentions


@functools.lru_cache(maxsize=1024)
def _told_apart(sentence: str) -> bool:
    """Whether a sentence tells its filing as another suit than one told before (xAI has
    separately sued Apple; 甲公司另行起诉乙公司: context.tsv separate_suit): read once per
    sentence, not once per suit it tells."""
    return context_words("separate_suit").search(_simplified(sentence)) is not None


def _respective_courts(graph: KnowledgeGraph, courts: CourtNames, sentence: str,
                       groups: list[tuple[frozenset, set[str]]]) -> dict[frozenset, str]:
    """The court of each suit a sentence tells apart with 分别 (respectively): 分别向A法院和B法院
    起诉X和Y, filed respectively in A and B against X and Y: X in A, Y in B, the courts and
    the defendants taken in the order named, where there are as many of each."""
    if len(groups) < 2 or not context_words("respectively").search(sentence) \
            or len({frozenset(plaintiffs) for _, plaintiffs in groups}) != 1:
        return {}
    named = list(dict.fromkeys(court for _, court in courts.named(sentence)))
    if len(named) != len(groups):
        return {}
    ordered = sorted((defendants for defendants, _ in groups), key=lambda side: _position(graph, sentence, side))
    return dict(zip(ordered, named))


def _countered(graph: KnowledgeGraph, sentence: str, pairs: list[tuple[str, str]]) -> set[str]:
    """The plaintiffs of a sentence's sued pairs that it names only as the one sued back
    (xAI在得克萨斯州北区联邦地区法院反诉圣克莱尔; X countersued A in Texas): both directions
    read, and this plaintiff named after its defendant.  The court the sentence names is
    the counter-suit's, not the first suit's."""
    told = set(pairs)
    return {plaintiff for plaintiff, defendant in told if (defendant, plaintiff) in told
            and _position(graph, sentence, {plaintiff}) > _position(graph, sentence, {defendant})}


def _without_places_described(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions but those whose plaintiffs are places their sentence names only as what describes
    the case (India's first-ever case against X; 中国首例…: suits.tsv place_descriptor): a
    place so named sues no one."""
    after = re.compile(context_words("place_descriptor", SUITS_LEXICON).pattern, re.IGNORECASE)
    out = []
    for mention in mentions:
        lowered = mention.evidence.sentence.lower()
        described = mention.plaintiffs and all(
            party in graph.graph and graph.entity(party)["type"] == "Jurisdiction"
            and (found := _labels_in(graph, party, lowered))
            and all(after.match(lowered, m.end()) for m in found) for party in mention.plaintiffs)
        if not described:
            out.append(mention)
    return out


def _without_owners(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions without the plaintiffs their sentence names only as the owner of others
    suing (…by the Chicago Tribune and the Orlando Sentinel, which belong to Tribune
    Publishing; eight papers owned by Alden sued): the papers sue (context.tsv owner_before)."""
    owner = re.compile(rf"(?:{context_words('owner_before').pattern})\s+(?:the\s+)?$", re.IGNORECASE)
    out = []
    for mention in mentions:
        lowered = mention.evidence.sentence.lower()
        owners = {node for node in mention.plaintiffs
                  if (found := _labels_in(graph, node, lowered))
                  and all(owner.search(mention.evidence.sentence[:m.start()]) for m in found)}
        out.append(replace(mention, plaintiffs=mention.plaintiffs - owners)
                   if owners and owners != mention.plaintiffs else mention)
    return out


def _without_owned(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions without the plaintiffs their sentence names only as what another plaintiff owns, in
    apposition after it (Dow Jones, the owner of the Wall Street Journal and the New York Post, sued X:
    context.tsv owned_after): the owner sues; its papers describe it (the sibling of ``_without_owners``,
    which reads the owner told after the papers suing)."""
    owned_after = _owned_after()
    out = []
    for mention in mentions:
        if len(mention.plaintiffs) < 2:
            out.append(mention)
            continue
        lowered = mention.evidence.sentence.lower()
        found = {node: _labels_in(graph, node, lowered) for node in mention.plaintiffs}
        marked, starts = _marked(lowered, {m.span() for ms in found.values() for m in ms})
        owned = {node for node, ms in found.items()
                 if ms and all(m.start() in starts and owned_after.search(marked[:starts[m.start()]]) for m in ms)}
        out.append(replace(mention, plaintiffs=mention.plaintiffs - owned)
                   if owned and owned != mention.plaintiffs else mention)
    return out


_MARK = "\u2063"  # a name found, in a sentence read for the words around names (invisible separator: no text holds it)


def _marked(lowered: str, spans: set[tuple[int, int]]) -> tuple[str, dict[int, int]]:
    """The sentence with each name found (``spans``, the first of overlapping ones) written as _MARK,
    and where each kept span's mark stands in it, by the span's start."""
    parts, at, starts, length = [], 0, {}, 0
    for start, end in sorted(spans):
        if start < at:
            continue
        parts += [lowered[at:start], _MARK]
        length += start - at
        starts[start] = length
        length += len(_MARK)
        at = end
    return "".join(parts) + lowered[at:], starts


@functools.cache
def _owned_after() -> re.Pattern:
    """What stands before a name its sentence tells only as owned by the name before it: a found
    name, a comma, an owner's word (context.tsv owned_after), then the names listed before it
    (_MARK for each name found)."""
    return re.compile(rf"{_MARK},\s+(?:the\s+|its\s+)?(?:{context_words('owned_after').pattern})\s+(?:the\s+)?"
                      rf"(?:{_MARK}(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?)*$", re.IGNORECASE)


# 起诉微软和OpenAI的两起关联案件: a filing cue inside words naming a case, no filing told
_NAMING_A_CASE = later(r"(?P<told>[^，,。；;：:]{0,30}?)的[^，,。；;的]{0,6}?(?:案件|案|诉讼|官司|纠纷)")


@functools.cache
def _suit_likened() -> tuple[re.Pattern, tuple[str, ...]]:
    """What tells that the suit after a filing cue is one like another (context.tsv suit_likened):
    a word of it right after the cue (提起了新的诉讼), and those of two characters or more ending
    the words before 的 (提起了一起类似的, 与此相似的; 新 there may end a name: 起诉刘新的案件)."""
    words = context_words("suit_likened")
    return re.compile(rf"了?(?:{words.pattern})的"), tuple(word for word in context_cues("suit_likened") if len(word) > 1)


def _names_a_case(sentence: str, end: int) -> bool:
    """Whether the words after a filing cue ending at ``end`` name a case (起诉B的两起关联案件),
    not the suit it files (提起了类似的诉讼: ``_suit_likened``)."""
    named = _NAMING_A_CASE.match(sentence, end)
    right_after, ending = _suit_likened()
    return named is not None and not right_after.match(sentence, end) and not named.group("told").endswith(ending)


def _filings_name_cases(sentence: str) -> bool:
    """Whether every filing cue of a sentence is inside words that name a case (法官就A诉B案，
    以及C分别起诉B的两起关联案件发布意见书: a ruling on cases filed before, no filing that day)."""
    cues = [position for position, kind in event_cues(sentence) if kind == "filing"]
    pattern, _, _ = event_lexicon()
    sentence = _simplified(sentence)  # the cues' positions are the Simplified text's (起訴 is 起诉)
    return bool(cues) and all(_names_a_case(sentence, found.end()) or _IN_A_MOTION.match(sentence, found.end())
                              or _IN_A_MOTION_BEFORE.search(sentence, 0, cue)
                              for cue in cues if (found := pattern.match(sentence, cue)))


_IN_A_MOTION = later(r"(?:的)?(?:动议|動議|申请|申請|请求|請求|书|書|状|狀)")  # 驳回起诉动议: a motion's name
_IN_A_MOTION_BEFORE = later(r"(?:驳回|駁回|撤销|撤銷)$")


def _filing_told_first(evidence: Evidence) -> bool:
    """Whether a sentence reporting a filing and what followed tells the filing first, with
    the sentence's first date, in a clause of its own (A sued X in August 2024, and X
    agreed to pay… to resolve claims: the filing, then the settlement), not inside the
    later act (在A起诉X一案中，法院于2024年5月驳回…)."""
    cues = event_cues(evidence.sentence)
    first = cues[0] if cues else None
    if first is None or first[1] != "filing":
        return False
    later = next((position for position, kind in cues if kind not in ("filing", "hearing")), len(evidence.sentence))
    clause = CLAUSE_MARK.search(evidence.sentence, first[0], later)
    dates = [start for start, _, iso, _ in date_spans(evidence.sentence, evidence.date, evidence.date) if iso]
    return clause is not None and bool(dates) and dates[0] < clause.start()  # the sentence's first date is the filing's


def _refiled(evidence: Evidence) -> tuple[int, int] | None:
    """(withdrawal cue, re-filing word) of a sentence telling a suit withdrawn and filed
    again (撤回了在特拉华州的起诉，并向X法院重新提起诉讼), None for any other."""
    withdrawals = [position for position, kind in event_cues(evidence.sentence) if kind == "withdrawal"]
    again = [found.start() for found in context_words("refiling").finditer(evidence.sentence)
             if withdrawals and found.start() > withdrawals[0]]
    return (withdrawals[0], again[0]) if again else None


def _filings_by_court(evidence: Evidence, courts: CourtNames) -> list[tuple[str, int]]:
    """(court, filing cue) of each filing a sentence reports in its own court (2023年2月在
    特拉华州联邦地区法院起诉，同年在英国高等法院起诉: two suits); [] for one court or none."""
    named = courts.named(evidence.sentence)
    cues = [position for position, kind in event_cues(evidence.sentence) if kind == "filing"]
    if len({court for _, court in named}) < 2:
        return []
    found = []
    for index, (position, court) in enumerate(named):
        following = named[index + 1][0] if index + 1 < len(named) else len(evidence.sentence)
        cue = next((c for c in cues if position < c < following), None)
        if cue is None:
            return []  # a court named without its own filing: not two filings
        found.append((court, cue))
    return found


def _agencies_for_countries(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions whose plaintiff is a country or state its own agency stands for: where
    the news item tells that agency suing the same defendants (U.S. and eight states sue
    RealPage… The Justice Department and eight states sued RealPage: the department is the
    plaintiff, the country no second one)."""
    agencies: dict[tuple[str, str], list[tuple[str, set[str]]]] = defaultdict(list)
    for mention in mentions:
        for plaintiff in mention.plaintiffs:
            data = graph.entity(plaintiff)
            if data["type"] == "Regulator" and data.get("jurisdiction"):
                agencies[(mention.evidence.document, mention.evidence.item)].append((plaintiff, mention.defendants))
    out = []
    for mention in mentions:
        told = agencies[(mention.evidence.document, mention.evidence.item)]
        plaintiffs = set(mention.plaintiffs)
        for plaintiff in mention.plaintiffs:
            standing = {agency for agency, defendants in told if defendants & mention.defendants
                        and graph.entity(agency).get("jurisdiction") == plaintiff}
            if standing and graph.entity(plaintiff)["type"] == "Jurisdiction":
                plaintiffs = (plaintiffs - {plaintiff}) | standing
        out.append(replace(mention, plaintiffs=plaintiffs) if plaintiffs != mention.plaintiffs else mention)
    return out


@functools.cache
def _state_attorney() -> re.Pattern:
    """A name ending in a state attorney general's words (suits.tsv state_attorney): Texas Attorney
    General, the Attorney General's Office, 马萨诸塞州总检察长."""
    return re.compile(rf"(?:^|(?<=[\s\u4e00-\u9fff]))(?:{alternatives(context_cues('state_attorney', SUITS_LEXICON))})$")


def _state_of_attorney(graph: KnowledgeGraph, node: str, document: str) -> str | None:
    """The state whose attorney general an entity is, as the document places it (its
    ``jurisdiction`` fact told there: the bare Attorney General of a Concord story is New
    Hampshire's); None for no attorney general, for a country's (the U.S. Attorney General:
    the knowledge base has no place above it) or for two states."""
    from ..kb import KnowledgeBase
    data = graph.entity(node)
    if data["type"] != "Regulator" or not any(_state_attorney().search(label) for label in data["labels"]):
        return None
    kb = KnowledgeBase.load()
    states = {place for _, place, relation, edge in graph.graph.out_edges(node, keys=True, data=True)
              if relation == "jurisdiction" and graph.entity(place)["type"] == "Jurisdiction"
              and any(e.document == document for e in edge["evidence"])
              and place in kb.entries and kb.entries[place].parent}
    return next(iter(states)) if len(states) == 1 else None


def _as_states(graph: KnowledgeGraph, parties: set[str], document: str, kept: Container[str] = frozenset()) -> set[str]:
    """Parties with each state's attorney general as its state (_state_of_attorney): the
    settlement the attorney general reached is the state's suit's event; but for those ``kept``
    (an attorney general some suit has as its party: X Corp. v. the Minnesota Attorney General)."""
    return {party if party in kept else _state_of_attorney(graph, party, document) or party for party in parties}


def _states_for_attorneys(graph: KnowledgeGraph, mentions: list[_Mention]) -> list[_Mention]:
    """Mentions whose plaintiff is a state's attorney general, with the state in its place: the
    suit it brings is the state's, one party, as its caption names it (Massachusetts Attorney
    General Jane Roe reached a settlement with X; Attorney General Roe announced that X was
    indicted: Massachusetts v. X; bench/real/README.md, suit rows pass)."""
    out = []
    for mention in mentions:
        plaintiffs = _as_states(graph, mention.plaintiffs, mention.evidence.document)
        out.append(replace(mention, plaintiffs=plaintiffs) if plaintiffs != mention.plaintiffs else mention)
    return out
