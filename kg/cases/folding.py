"""Draft suits folded together or cut apart, one pass each: parties a sentence adds to another
draft's (_co_parties_joined), one suit told in two courts that are one (_one_suit_many_courts), the
papers of one house suing together (_one_family), one case against each defendant
(_against_each), a complaint amended (_amendments_joined), defendants split by reports naming one
each (_split_sides_joined), a suit withdrawn and filed again (_withdrawn_before); and the filing
dates an item or a case card gives its drafts (_ItemFilings, _carded_date).

For example, "Besides Acme, other defendants include Beta Corp." beside "Jane Roe sued Acme" in
one document is one suit against both (_co_parties_joined).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from ..graph import KnowledgeGraph
from ..later import later
from ..model import Evidence
from ..sentences import CLAUSE_MARK
from .words import CASE_SEPARATOR, SUITS_LEXICON, _CLAUSES, _simplified, context_words
from .names import NameFinder, _labels_in
from .events import fits
from .courts import CourtNames, _one_court
from .filed import _ANY_LABEL, _filing_date, _is_title, card_filed
from .sides import _beside_spans
from .mentions import _Mention
from .drafts import _Draft
from .captions import _CaseIndex


@functools.lru_cache(maxsize=4096)
def _co_party_cued(sentence: str) -> bool:
    """Whether a sentence holds a co_party_before cue (context.tsv), read once per sentence, not
    once per draft's report of it (_co_parties_joined)."""
    return context_words("co_party_before").search(_simplified(sentence).lower()) is not None


def _co_parties_joined(graph: KnowledgeGraph, drafts: list[_Draft]) -> list[_Draft]:
    """A draft whose sentence adds its parties to a party of another draft of its document, the
    other side the same (In addition to Carreyrou, other involved authors include A and B, beside
    Carreyrou sued X and Y; Besides OpenAI, other defendants include C; 除了迪士尼，原告还包括…:
    context.tsv co_party_before right before the other's party): one suit, with both drafts' parties."""
    cue = context_words("co_party_before")
    kept: list[_Draft] = []
    told_in: dict[str, list[int]] = defaultdict(list)  # each document's kept drafts, by their place in kept
    for draft in drafts:
        # (only a sentence holding the cue adds parties, and only to a draft of its own document: not every
        # pair of drafts, which grew with the square of the suits)
        at = next((i for mention in draft.mentions if _co_party_cued(mention.evidence.sentence)
                   for i in told_in.get(mention.evidence.document, ()) if _adds_to(graph, cue, mention, draft, kept[i])),
                  None)
        if at is None:
            at = len(kept)
            kept.append(draft)
        else:
            for mention in draft.mentions:
                kept[at].add(mention)
        for document in {mention.evidence.document for mention in draft.mentions}:
            places = told_in[document]  # (sorted: looked up by bisection, not read whole per draft)
            where = bisect.bisect_left(places, at)
            if where == len(places) or places[where] != at:
                places.insert(where, at)
    return kept


def _adds_to(graph: KnowledgeGraph, cue: re.Pattern, mention: _Mention, draft: _Draft, other: _Draft) -> bool:
    """Whether a mention of ``draft`` adds its side's parties to one of ``other``'s, of the same
    document, the other side the same (``_co_parties_joined``)."""
    if mention.evidence.document not in {m.evidence.document for m in other.mentions}:
        return False
    lowered = _simplified(mention.evidence.sentence).lower()
    for mine, theirs, same in ((draft.plaintiffs, other.plaintiffs, draft.defendants == other.defendants),
                               (draft.defendants, other.defendants, draft.plaintiffs == other.plaintiffs)):
        if not same or mine & theirs:
            continue
        for found in cue.finditer(lowered):
            if any(m.start() - found.end() <= 2 for party in theirs for m in _labels_in(graph, party, lowered)
                   if m.start() >= found.end()) and not _set_beside(graph, lowered, found, mine):
                return True
    return False


def _set_beside(graph: KnowledgeGraph, lowered: str, cue: re.Match, mine: set[str]) -> bool:
    """Whether a cue sets the party after it beside the one of ``mine`` who sued right after its
    comma (Besides A, B filed a suit against X: B's suit is another than A's; not Besides A, other
    defendants include B, which adds B to A's)."""
    ends = [end for start, end in _beside_spans(lowered) if start == cue.end()]
    return bool(ends) and any(re.fullmatch(r"[，,]\s*(?:the\s+)?", lowered[ends[0]:m.start()])
                              for party in mine for m in _labels_in(graph, party, lowered) if m.start() > ends[0])


def _one_suit_many_courts(graph: KnowledgeGraph, drafts: list[_Draft], index: _CaseIndex) -> list[_Draft]:
    """Drafts of the same parties whose filing dates fit, kept apart only by two courts that are one
    court named twice: one's name holding the other's (X向美国加利福尼亚州中区联邦地区法院 and
    美国加利福尼亚州中区联邦地区法院), or the same case name told in both where at most one
    dates its filing (Thaler诉Perlmutter案 before 美国哥伦比亚特区联邦地区法院 and before 哥伦比亚特区法院:
    one suit; two filings dated, in two courts, are two suits of one name).  The court kept is
    the one more sentences state.  ``index``: the graph's case names (the table's, whose
    sentences it has read once), of which those naming both sides count."""
    cases = index.cases
    named = [{cases[number].node for m in d.mentions for number in index.written(m.evidence.sentence)
              if cases[number].plaintiffs and cases[number].defendants} for d in drafts]
    kept: list[_Draft] = []
    at = {id(draft): index for index, draft in enumerate(drafts)}  # not drafts.index: it compares whole drafts
    by_sides: dict[tuple[frozenset, frozenset], list[_Draft]] = defaultdict(list)  # the drafts kept, by parties
    for index, draft in enumerate(drafts):
        sides = (frozenset(draft.plaintiffs), frozenset(draft.defendants))
        into = next((other for other in by_sides[sides] if other.plaintiffs == draft.plaintiffs
                     and other.defendants == draft.defendants
                     and not (other.filed and draft.filed and not fits(other.filed, draft.filed))
                     and other.court != draft.court and other.court and draft.court
                     and (_one_court(graph, other.court, draft.court) or (
                         named[at[id(other)]] & named[index] and not (other.filed and draft.filed)))), None)
        if into is None:
            kept.append(draft)
            by_sides[sides].append(draft)
            continue
        court, evidence = max(((into.court, into.court_evidence), (draft.court, draft.court_evidence)),
                              key=lambda pair: (len(pair[1]), not _one_court(graph, pair[0], pair[0], longer=True)))
        for mention in draft.mentions:
            into.add(replace(mention, court=None))
        into.court, into.court_evidence = court, list(dict.fromkeys(into.court_evidence + draft.court_evidence))
        named[at[id(into)]] |= named[index]  # its parties are the draft's: it stays where it is in by_sides
    return kept


HOUSES = frozenset({"Company", "Organization"})  # the knowledge base's bodies whose parent is an owner


def _owners(graph: KnowledgeGraph) -> dict[str, list[str]]:
    """Each unit of the graph -> its owners: those its partOf facts name, then the parent the
    knowledge base knows for a company or organisation (华纳兄弟 -> 华纳兄弟探索), where both are
    in the graph: a family no article of the folder need spell out."""
    from ..kb import KnowledgeBase
    owners: dict[str, list[str]] = defaultdict(list)
    for unit, _, owner, _ in sorted(graph.facts("partOf"), key=lambda fact: (fact[0], fact[2])):
        if unit != owner:
            owners[unit].append(owner)
    kb = KnowledgeBase.load()
    for node, data in graph.entities():
        entry = kb.entries.get(node)
        parent = kb.entries.get(entry.parent or "") if entry is not None and entry.type in HOUSES else None
        if parent is not None and parent.type in HOUSES and parent.id in graph.graph and parent.id != node \
                and parent.id not in owners[node]:
            owners[node].append(parent.id)
    return owners


def _families(owners: dict[str, list[str]]) -> dict[str, str]:
    """Each unit or parent of the graph's partOf facts and known parents (``_owners``) -> the top
    of its family (道琼斯 -> 新闻集团, 纽约邮报 -> 新闻集团, 新闻集团 -> 新闻集团); the first parent
    where a unit has several."""
    parent = {unit: found[0] for unit, found in owners.items() if found}
    tops = {}
    for node in set(parent) | set(parent.values()):
        top, seen = node, {node}
        while top in parent and parent[top] not in seen:
            top = parent[top]
            seen.add(top)
        tops[node] = top
    return tops


def _one_family(graph: KnowledgeGraph, drafts: list[_Draft], owners: dict[str, list[str]]) -> list[_Draft]:
    """Drafts of one corporate family's members suing the same defendants, whose filing dates
    fit, as one suit (News Corp's units Dow Jones and NYP Holdings sued X; the Wall Street Journal
    and the New York Post sued X; the Post sued X: one suit the papers of one house brought
    together): every plaintiff of one is of the family (partOf) of a plaintiff of the other.  The
    row kept is the one most filing reports tell, naming most of the house's members, with its
    own plaintiffs; the others' sentences, dates and events join it, and the court more
    sentences state."""
    tops = _families(owners)
    if not tops:
        return drafts

    at = {id(draft): index for index, draft in enumerate(drafts)}  # not drafts.index: it compares whole drafts

    def weight(draft: _Draft) -> tuple[int, int, int, int]:
        return (sum(m.filing for m in draft.mentions), len(draft.plaintiffs),
                len({m.evidence.document for m in draft.mentions}), -at[id(draft)])
    kept: list[_Draft] = []
    by_house: dict[str, list[_Draft]] = defaultdict(list)  # the drafts kept, by the houses of their plaintiffs
    for draft in sorted(drafts, key=weight, reverse=True):
        houses = {tops[p] for p in draft.plaintiffs if p in tops}
        into = next((other for other in by_house[min(houses)] if houses <= {tops.get(p, p) for p in other.plaintiffs}
                     and (draft.defendants <= other.defendants or other.defendants <= draft.defendants)
                     and not (other.filed and draft.filed and not fits(other.filed, draft.filed))), None) \
            if houses and all(p in tops for p in draft.plaintiffs) else None
        if into is None:
            kept.append(draft)
            for house in {tops.get(p, p) for p in draft.plaintiffs}:
                by_house[house].append(draft)
            continue
        court, evidence = max(((into.court, into.court_evidence), (draft.court, draft.court_evidence)),
                              key=lambda pair: (pair[0] is not None, len(pair[1])))
        plaintiffs, defendants = set(into.plaintiffs), into.defendants | draft.defendants
        for mention in draft.mentions:
            into.add(replace(mention, court=None))
        into.plaintiffs, into.defendants = plaintiffs, defendants
        into.court, into.court_evidence = court, list(dict.fromkeys(into.court_evidence + draft.court_evidence))
    return sorted(kept, key=lambda draft: at[id(draft)])


def _against_each(graph: KnowledgeGraph, drafts: list[_Draft], courts: CourtNames) -> list[_Draft]:
    """A suit against several defendants that a sentence of its news items tells as one case
    against each (The case against A was filed in the District of X; the case against B, in
    the Southern District of Y. 对A的诉讼在甲法院提起，对B的诉讼在乙法院提起): one suit per
    defendant, each with the reports naming it and the court its clause names."""
    kept, clauses = [], {}
    for draft in drafts:
        split = _cases_against(graph, draft, courts, clauses) if len(draft.defendants) > 1 else {}
        if len(split) < 2:
            kept.append(draft)
            continue
        for defendant, (court, evidence) in split.items():
            one = _Draft(set(draft.plaintiffs), {defendant})
            for mention in draft.mentions:
                if defendant in mention.defendants or not mention.defendants & set(split):
                    one.add(replace(mention, defendants={defendant}, court=None))
            one.court, one.court_evidence = court or draft.court, [evidence] if court else list(draft.court_evidence)
            one.filed, one.hint = draft.filed, draft.hint
            kept.append(one)
    return kept


def _cases_against(graph: KnowledgeGraph, draft: _Draft, courts: CourtNames, clauses: dict | None = None
                   ) -> dict[str, tuple[str | None, Evidence]]:
    """The defendants of a suit that a sentence of its items tells a case against each of,
    with the court named in each one's clause: none unless two at least.  ``clauses``: item ->
    its sentences telling cases against someone, read once for every suit of the item."""
    clauses = {} if clauses is None else clauses
    for item in dict.fromkeys((m.evidence.document, m.evidence.item) for m in draft.mentions):
        if item not in clauses:
            # (run, evidence, lowered, its clauses) in order: a clause after a semicolon, told as a sentence of its
            # own, goes on with it (one run), any other sentence ends the run
            clauses[item], run = [], 0
            for evidence in sorted(courts.evidence[item], key=lambda e: e.start):
                lowered = evidence.sentence.lower()
                if against := _against_clauses(lowered):
                    clauses[item].append((run, evidence, lowered, against))
                if not evidence.sentence.rstrip().endswith((";", "；")):
                    run += 1
        found: dict[str, tuple[str | None, Evidence]] = {}
        told_in = None
        for run, evidence, lowered, against in clauses[item]:
            if run != told_in:
                found, told_in = {}, run
            for name_from, name_to, court_to in against:
                named = sorted((m.start(), node) for node in draft.defendants
                               for m in _labels_in(graph, node, lowered[name_from:name_to]))
                court = next((court for position, court in courts.named(evidence.sentence[:court_to])
                              if position >= name_from), None)
                if named and named[0][1] not in found:
                    found[named[0][1]] = (court, evidence)
            if len(found) >= 2:
                return found
    return {}


def _against_clauses(lowered: str) -> list[tuple[int, int, int]]:
    """Each clause of a sentence telling a case against someone: where its party's name may
    be (from the cue on: the case against A…; between 对 and 的诉讼: 对A的诉讼…) and where the
    clause ends (the next such cue)."""
    spans = [(found.start(), found.end(), None) for found in context_words("case_against").finditer(lowered)]
    for opener in context_words("case_against_open").finditer(lowered):
        closer = context_words("case_against_close").search(lowered, opener.end(), opener.end() + 30)
        if closer is not None and not CLAUSE_MARK.search(lowered, opener.end(), closer.start()):
            spans.append((opener.start(), opener.end(), closer.start()))
    spans.sort()
    return [(end, name_to or (spans[index + 1][0] if index + 1 < len(spans) else len(lowered)),
             spans[index + 1][0] if index + 1 < len(spans) else len(lowered))
            for index, (_, end, name_to) in enumerate(spans)]


def _others_named_after(graph: KnowledgeGraph, drafts: list[_Draft], courts: CourtNames) -> None:
    """A suit against a defendant and a count of others (X起诉A及其他三家公司; X sued A and two
    other companies) whose document names that many other companies together in one other
    sentence (X指控，B、C和D未经许可…), and no other set of as many: those companies are its
    other defendants."""
    from .. import unnamed  # (imported when a text is read: a graph's reader needs none)
    counted = context_words("others_counted")
    finder = None
    searched: dict[str, re.Match | None] = {}  # (a sentence of several suits read once)
    for draft in drafts:
        for mention in list(draft.mentions):
            sentence = mention.evidence.sentence
            found = searched[sentence] if sentence in searched else searched.setdefault(sentence, counted.search(sentence))
            count = found and unnamed.count_of(found.group())
            if not count:
                continue
            finder = finder or NameFinder(graph, (node for node, data in graph.entities()
                                                  if data["type"] in HOUSES and not bare_kind(graph, node)))
            sets = {frozenset(others) for (document, _), told in courts.evidence.items()
                    if document == mention.evidence.document for evidence in told
                    if evidence.sentence != mention.evidence.sentence
                    and len(others := _wholly_named(graph, evidence.sentence, finder(evidence.sentence) - draft.parties)) == count}
            if len(sets) == 1:
                draft.defendants |= next(iter(sets))


@functools.cache
def _bare_kinds() -> re.Pattern:
    return context_words("bare_kind", SUITS_LEXICON)


def bare_kind(graph: KnowledgeGraph, node: str) -> bool:
    """Whether an entity is named only by a kind word (公司, 企业, the company: suits.tsv
    bare_kind): it names no one party, though a sentence's 等公司 or 该公司 was read as its name."""
    kinds = _bare_kinds()
    labels = graph.entity(node)["labels"] if node in graph.graph else ()
    return bool(labels) and all(kinds.fullmatch(label.strip()) for label in labels)


def _wholly_named(graph: KnowledgeGraph, sentence: str, nodes: set[str]) -> set[str]:
    """The nodes a sentence names by a whole label: a Latin one of three letters at least, as a
    word of its own (not AI inside Character.AI's labels, nor AP inside AWMProxy)."""
    lowered = sentence.lower()
    return {node for node in nodes if any(
        re.search(rf"(?<![a-z0-9]){re.escape(label.lower())}(?![a-z0-9])" if label.isascii() else re.escape(label.lower()),
                  lowered) for label in graph.entity(node)["labels"]
        if label and not (label.isascii() and len(label) < 3))}


def _units_as_parents(graph: KnowledgeGraph, drafts: list[_Draft], owners: dict[str, list[str]]) -> None:
    """A suit's plaintiff that is a unit of another of its plaintiffs (partOf), where no sentence
    of the suit names the two apart, is that plaintiff named short by one outlet (迪士尼、环球影业
    和华纳兄弟作为共同原告 beside 迪士尼、环球影业、华纳兄弟探索公司联合起诉: 华纳兄弟 is 华纳兄弟
    探索): the parent stays; a parent suing with its units named beside it as plaintiffs (迪士尼及其子公司皮克斯)
    keeps them (``_sued_apart``, for each of the unit's owners among the plaintiffs)."""
    owners = {unit: set(parents) for unit, parents in owners.items()}
    for draft in drafts:
        for title, publisher in _publishers(graph, draft.plaintiffs):
            owners.setdefault(title, set()).add(publisher)
        units = {unit for unit in draft.plaintiffs
                 if any(not _sued_apart(graph, draft, unit, owner) for owner in owners.get(unit, set()) & draft.plaintiffs)}
        draft.plaintiffs -= units


def _sued_apart(graph: KnowledgeGraph, draft: _Draft, unit: str, owner: str) -> bool:
    """Whether a sentence of a suit tells a unit and one of its owners each suing on its own (迪士尼及其
    子公司皮克斯起诉X): its sued facts make both plaintiffs, and it names them apart.  A sentence naming the
    unit only beside its owner tells no two plaintiffs (Wall Street Journal parent Dow Jones and the NY Post
    sued; The Wall Street Journal's reporter writes that Dow Jones sued); and each owner is asked on its own
    (the New York Post, named apart from Dow Jones, never from NYP Holdings, its publisher: one party with it)."""
    return any(_apart_in(graph, unit, owner, mention.evidence.sentence.lower()) for mention in draft.mentions
               if unit in mention.plaintiffs and owner in mention.plaintiffs)


_TITLE_WORD = later(r"[A-Z][\w'’.&-]*")


def _publishers(graph: KnowledgeGraph, parties: Iterable[str]) -> list[tuple[str, str]]:
    """The pairs (title, publisher) among a side's parties where the publisher's name is the
    title's initials and a company word (the New York Post and NYP Holdings, Inc.; The
    Washington Post and WP Company LLC: context.tsv holding_word; a word in capitals is its
    own initials: the NY Post): one party, the outlets of a suit naming it by its paper or by
    its legal name."""
    holding = context_words("holding_word")
    initials = {}
    for node in parties:
        for label in graph.entity(node)["labels"]:
            words = [w for w in _TITLE_WORD.findall(label) if w != "The"]
            if len(words) >= 2 and label.isascii():
                initials.setdefault(node, set()).add("".join(w[0] for w in words))
                # a word in capitals is initials already (the NY Post: NYP)
                initials[node].add("".join(w if w.isupper() and w.isalpha() else w[0] for w in words))
    return [(title, publisher) for title, letters in initials.items() for publisher in parties if publisher != title
            and any(re.match(rf"{letters_}\s+(?:{holding.pattern})(?:\W|$)", label)
                    for letters_ in letters for label in graph.entity(publisher)["labels"])]


def _apart_in(graph: KnowledgeGraph, one: str, other: str, lowered: str) -> bool:
    """Whether a sentence (lower-cased) names two entities each on its own, not one inside the
    other's name (华纳兄弟 inside 华纳兄弟探索)."""
    spans = {node: [m.span() for m in _labels_in(graph, node, lowered)] for node in (one, other)}
    alone = {node: [(a, b) for a, b in spans[node] if not any(c <= a and b <= d and (c, d) != (a, b)
                                                             for o in spans if o != node for c, d in spans[o])]
             for node in spans}
    return all(alone.values())


@functools.lru_cache(maxsize=4096)  # (asked of each report of a sentence: read once per sentence)
def _amends(sentence: str) -> bool:
    """Whether a sentence tells a complaint amended (an amended complaint; 提交了修改后的起诉状，并将X列为
    被告; added X as a defendant: context.tsv amended_complaint, defendant_adding then as_defendant)."""
    text = _simplified(sentence)
    if context_words("amended_complaint").search(text):
        return True
    return any(context_words("as_defendant").search(clause.group())
               and context_words("defendant_adding").search(clause.group()) for clause in _CLAUSES.finditer(text))


def _amendments_joined(drafts: list[_Draft]) -> list[_Draft]:
    """A suit every report of which tells a complaint amended (原告提交了修改后的起诉状，并将Runway AI列为
    被告) is the one suit told of the same plaintiffs, no other court, filed before it, where there is one:
    its defendants join that one, its events too; the amendment's date is no filing."""
    kept = []
    for draft in drafts:
        earlier = [d for d in kept if d.plaintiffs & draft.plaintiffs and not (d.court and draft.court and d.court != draft.court)
                   and (d.filed or "") <= (draft.filed or "9999")] \
            if all(_amends(m.evidence.sentence) for m in draft.mentions) else []
        if len(earlier) != 1:  # none, or which of the plaintiffs' suits it amends is not told
            kept.append(draft)
            continue
        into = earlier[0]
        for mention in draft.mentions:
            into.add(replace(mention, filed=None, court=mention.court or into.court))
    return kept


def _split_sides_joined(drafts: list[_Draft]) -> list[_Draft]:
    """Two suits of the same plaintiffs in the same stated court, filing dates that fit, whose
    defendants a report names together (The Times sued OpenAI and Microsoft; 纽约时报控告微软和
    OpenAI), split only because other reports each named one of them: one suit against both.
    Suits told apart keep apart: two courts (唱片公司分别起诉Suno和Udio, in Massachusetts and in
    New York), no court stated, or no report naming both sides' defendants as one filing (a
    sentence telling suits apart, filed suits against A and B, is cut before grouping)."""
    kept: list[_Draft] = []
    by_plaintiffs: dict[frozenset, list[int]] = defaultdict(list)  # the kept drafts (their places) by their plaintiffs
    for draft in drafts:
        place = next((place for place in by_plaintiffs.get(frozenset(draft.plaintiffs), ())
                      if _one_filing_split(kept[place], draft)), None)  # (the same plaintiffs only: _one_filing_split)
        if place is None:
            by_plaintiffs[frozenset(draft.plaintiffs)].append(len(kept))
            kept.append(draft)
            continue
        into = kept[place]
        before = frozenset(into.plaintiffs)
        into.court = into.court or draft.court  # (no other: _one_filing_split)
        for mention in draft.mentions:
            into.add(mention)
        if frozenset(into.plaintiffs) != before:
            by_plaintiffs[before].remove(place)
            bisect.insort(by_plaintiffs[frozenset(into.plaintiffs)], place)
    return kept


def _one_filing_split(draft: _Draft, other: _Draft) -> bool:
    """Whether two drafts are one filing cut in two (``_split_sides_joined``): the same plaintiffs,
    other defendants, a stated court and no other, dates that fit, a filing sentence naming the
    defendants of both that grouping cut between them."""
    if draft.plaintiffs != other.plaintiffs or draft.defendants & other.defendants \
            or not (draft.court or other.court) or (draft.court and other.court and draft.court != other.court) \
            or (draft.filed and other.filed and not fits(draft.filed, other.filed)):
        return False
    both = draft.defendants | other.defendants
    told = {m.evidence for m in draft.mentions if m.filing and both <= m.cut_from}
    return any(m.filing and both <= m.cut_from and m.evidence in told for m in other.mentions)


def _withdrawn_before(drafts: list[_Draft]) -> None:
    """A withdrawal told with the filing again elsewhere (撤回了在特拉华州的起诉，并向X法院
    重新提起诉讼) is an event of the suit of those parties filed last before, in another court."""
    for draft in drafts:
        for event in (event for mention in draft.mentions for event in mention.withdrawn):
            earlier = [d for d in drafts if d is not draft and d.court != draft.court and d.plaintiffs & draft.plaintiffs
                       and d.defendants & draft.defendants and (d.filed or "") <= (draft.filed or "9999")]
            if earlier:
                before = max(earlier, key=lambda d: d.filed or "")
                before.events += [event] if event not in before.events else []


class _ItemFilings:
    """The filing dates the news items of suits give them by reference (by_reference) or in a
    case card's field (in_card), each item read once for the whole table (what each suit's
    reading asks of a sentence does not depend on the suit, or only through its parties)."""

    def __init__(self, courts: CourtNames, parties: Callable[[str], set[str]]) -> None:
        self.courts, self.parties = courts, parties
        self.reference = context_words("suit_reference")
        # item -> (the filing date its first sentence referring to a suit and naming no party gives,
        # the sentences naming parties by the first of those (position in the item, evidence, parties named))
        self.read: dict[tuple[str, str], tuple[str | None, dict[str, list[tuple[int, Evidence, set[str]]]]]] = {}
        self.fields: dict[tuple[tuple[str, str], str | None], list[tuple[int, str]]] = {}  # (item, date) -> card fields

    def _item(self, item: tuple[str, str]) -> tuple[str | None, dict[str, list[tuple[int, Evidence, set[str]]]]]:
        if item not in self.read:
            referred, naming = None, defaultdict(list)
            for position, evidence in enumerate(sorted(self.courts.evidence[item], key=lambda e: e.start)):
                named = self.parties(evidence.sentence)
                if named:
                    naming[min(named)].append((position, evidence, named))
                elif not referred and self.reference.search(evidence.sentence):
                    referred = _filing_date(evidence, 0)
            self.read[item] = (referred, naming)
        return self.read[item]

    def by_reference(self, draft: _Draft) -> str | None:
        """The filing date a sentence of the suit's item gives it by referring to it (Both suits
        were filed in February 2024…; 该案于2024年3月立案): a filing cue and a reference to the
        item's suit, no party of any suit named; else a filing cue naming its defendants and
        no other company, organisation or person its item names (Apple was hit with a proposed
        class action on Friday by two authors…, before the story names them)."""
        told = sorted({(m.evidence.document, m.evidence.item) for m in draft.mentions})
        for item in told:
            referred, _ = self._item(item)
            if referred:
                return referred
        parties = draft.parties
        for item in told:  # a sentence naming only defendants of the suit names the first of them
            _, naming = self._item(item)
            for _, evidence, named in sorted((found for party in draft.defendants for found in naming.get(party, ())),
                                             key=lambda found: found[0]):
                if named <= draft.defendants and not self.courts.actors_named(evidence) - parties:
                    filed = _filing_date(evidence, 0)
                    if filed:
                        return filed
        return None

    def in_card(self, draft: _Draft) -> str | None:
        """The filing date the case card telling the suit gives in a field of its own
        (〖起诉〗2023年7月 over a story saying only that A sued B): of each news item of the
        suit, the last filing field before its first report there (the card's), else the
        item's only one."""
        for item in sorted({(m.evidence.document, m.evidence.item) for m in draft.mentions}):
            first = min((m.evidence.start, m.evidence.date or "") for m in draft.mentions
                        if (m.evidence.document, m.evidence.item) == item)
            key = (item, first[1] or None)
            if key not in self.fields:
                # the item's title may be a card's filing line itself, where each numbered line is an item
                self.fields[key] = [(start, found) for start, sentence in
                                    sorted(self.courts.sentences[item]) + [(-1, item[1])]
                                    if (found := card_filed(sentence, first[1] or None))]
            fields = self.fields[key]
            first = first[0]
            before = [found for start, found in fields if start <= first]
            if before or len({found for _, found in fields}) == 1:
                return (before or [fields[0][1]])[-1]
        return None


def _carded_date(draft: _Draft) -> str | None:
    """The date of the case card naming the suit in a field of its own (【案件】A 诉 B over
    【时间】2023年3月起诉): a card is an item of its own, dated by the first date its
    fields give, the filing's (kg.segment); None where no card names the suit."""
    return min((m.evidence.date for m in draft.mentions if m.evidence.date
                and (label := _ANY_LABEL.match(m.evidence.sentence))
                and CASE_SEPARATOR.search(m.evidence.sentence, label.end())), default=None)


def _told_in_titles(drafts: list[_Draft]) -> None:
    """A title's events (马斯克起诉OpenAI，数月后撤诉) are kept only where the body of its
    item reports no event of that kind: a body dates it and places it in the right suit."""
    # (a dismissal is a ruling: 法院驳回A对B的起诉 over a body telling the dismissal is that dismissal)
    in_bodies = {(e.evidence.document, e.evidence.item, kind) for d in drafts for e in d.events
                 if not _is_title(e.evidence) for kind in {e.kind, "ruling" if e.kind == "dismissal" else e.kind}}
    for draft in drafts:
        draft.events = [e for e in draft.events if not _is_title(e.evidence)
                        or (e.evidence.document, e.evidence.item, e.kind) not in in_bodies]
