"""Telling one suit once: rows of the table that tell one suit merged, told with some of its parties
only (_told_in_part), in two courts that are one court named by its place (_told_twice), with a
party under two names (_one_party_two_names); a party named short beside its whole name dropped
(_short_beside_whole); rows whose plaintiffs a text describes joined to the row naming them
(_as_named, _kin_as_named, _roles_as_named, _with_unnamed).

For example, "three authors sued Acme" in one text and "Roe, Poe and Doe v. Acme" in another are
one row, the named one (_as_named).
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import replace

from ..alternation import alternatives
from ..graph import KnowledgeGraph, all_names, fold
from ..later import later
from ..model import Evidence
from ..resolve import family_name
from ..suit_records import Suit, oldest_first
from .words import _simplified, context_cues, context_words
from .names import _finder_of, _labels_in, _party_label, _read_once
from .events import _before, _distinct_events, _status, event_lexicon, fits
from .courts import _court_by_place
from .aliases import (_NamedAs, _counterparts, _longer_name_keys, _longer_names_index, _named_as, _one_transliteration,
                      _same_party, _shorter_name_keys)


def _may_be_one(suit: Suit, other: Suit) -> bool:
    """Whether two rows may be one suit as far as their courts and filing dates say: no two
    courts, and filing dates that fit."""
    return not (suit.court and other.court and suit.court != other.court) \
        and not (suit.filed and other.filed and not fits(suit.filed, other.filed))


TOLD_BY = 8  # documents at least telling a suit before a party only one of them names is read as a slip (dev: 4 and 6
# took the full legal name one law firm's alert gives, NYP Holdings, Inc., Nanonoble Pte Ltd, from suits told by 4 to 7)


def _told_once(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row told by TOLD_BY documents or more without the parties of a side that the sentences
    of one document alone name, where another party of that side is named by two documents or
    more (The NYT brought the case…, targeting OpenAI, Microsoft and Google, beside a dozen
    reports of the Times's suit against OpenAI and Microsoft: Google is one report's slip; Dow
    Jones and the Post v. Perplexity, one report adding The Wall Street Journal, a paper of the
    plaintiff): a party a suit has is named again wherever it is told at length.  Parties the
    text only describes (no entity) stay."""
    documents: dict[str, list[str]] = defaultdict(list)
    for evidence in suit.evidence:
        documents[evidence.document].append(evidence.sentence.lower())
    if len(documents) < TOLD_BY:
        return suit
    for side in ("plaintiffs", "defendants"):
        parties = getattr(suit, side)
        if len(parties) < 2:
            continue
        naming = {party: {d for d, sentences in documents.items() if party in graph.graph
                          and any(_labels_in(graph, party, s) for s in sentences)} for party in parties}
        once = {party for party, found in naming.items() if party in graph.graph and len(found) == 1}
        if once and any(len(found) >= 2 for found in naming.values()):
            setattr(suit, side, [party for party in parties if party not in once])
    return suit


# -- a party named short beside its whole name (Universal beside Universal Music) --------------
def _short_beside_whole(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row without the party that its sentences name only by the first word of another party's
    name on its side (Universal, Concord and ABKCO beside Universal Music, Concord Publishing and
    ABKCO: Universal read as the film studio is Universal Music told short; 环球 beside
    环球音乐集团): every name its sentences give it, where not inside the other's, is that word.
    Each party is tried only against the parties whose first words hold a name its sentences give
    it (none other can hold all of them), and only in the sentences naming it (``NameFinder``):
    one plaintiff of 400 suits told in one row was once 160,000 pairs, each reading every sentence."""
    sentences = list(dict.fromkeys(evidence.sentence for evidence in suit.evidence))
    for side in ("plaintiffs", "defendants"):
        parties = getattr(suit, side)
        known = [party for party in dict.fromkeys(parties) if party in graph.graph]
        if len(known) < 2:
            continue
        finder = _finder_of(graph, known)
        naming: dict[str, list[str]] = defaultdict(list)  # party -> the sentences (lower case) naming it
        for sentence in sentences:
            lowered = sentence.lower()
            for party in finder(sentence):
                naming[party].append(lowered)
        holding: dict[str, set[str]] = defaultdict(set)  # a first word -> the parties whose names begin with it
        firsts = {}
        for other in known:
            firsts[other] = _first_words(graph, other)
            for words in firsts[other]:
                holding[words].add(other)
        short = set()
        for party in known:
            given = {m.group() for lowered in naming[party] for m in _labels_in(graph, party, lowered)}
            others = set().union(*(holding.get(words, ()) for words in given)) - {party}
            if any(_told_short(graph, naming[party], party, other, firsts[other]) for other in others):
                short.add(party)
        if short:
            suit = replace(suit, **{side: [party for party in parties if party not in short]})
    return suit


@_read_once
def _first_words(graph: KnowledgeGraph, other: str) -> set[str]:
    """The first words of a party's names of several words in Latin letters (lower case), and the
    starts of its Chinese names that are no kind word's (轨道影业 of 轨道影业集团 is a unit's own
    name, 环球 of 环球音乐集团 none)."""
    firsts = {name.lower().split()[0] for name in all_names(graph.entity(other)) if name.isascii() and " " in name}
    kinds = context_words("name_kind_word")
    firsts |= {name[:cut] for name in all_names(graph.entity(other)) if not name.isascii()
               for cut in range(2, len(name) - 1) if not kinds.search(_simplified(name[:cut]))}
    return firsts


def _told_short(graph: KnowledgeGraph, sentences: list[str], party: str, other: str, firsts: set[str]) -> bool:
    """Whether every name ``sentences`` (lower case, those naming ``party``) give ``party``, where
    not inside ``other``'s, is one of ``firsts``, ``other``'s first words (``_first_words``)."""
    said = set()
    for lowered in sentences:
        theirs = [m.span() for m in _labels_in(graph, other, lowered)]
        said |= {m.group() for m in _labels_in(graph, party, lowered)
                 if not any(a <= m.start() and m.end() <= b for a, b in theirs)}
    return bool(said) and all(words in firsts for words in said)


# -- one entity for bodies of several places (人民检察院) -------------------------------------
def _full_names(graph: KnowledgeGraph, party: str) -> list[str]:
    """The names of a party's entity, in Simplified characters, that no other of its names holds
    whole; two or more where the entity joined bodies of several places, each read short
    somewhere (北京市通州区人民检察院 and 杭州市萧山区人民检察院, both read as 人民检察院)."""
    if party not in graph.graph or graph.entity(party).get("kb_id"):
        return []
    names = {_simplified(label) for label in graph.entity(party)["labels"] if label and not label.isascii()}
    return sorted(name for name in names if not any(name != other and name in other for other in names))


def _bodies_told_apart(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row's party whose entity joined bodies of several places (the procuratorates of three
    districts, each read as 人民检察院): the longest of its names the row's sentences give, as
    the text's words, where it is the name of one of those bodies only; the entity where the
    sentences give none but the short name all share."""
    renamed = {}
    for party in suit.plaintiffs + suit.defendants:
        full = _full_names(graph, party)
        if len(full) < 2:
            continue
        sentences = [_simplified(e.sentence) for e in suit.evidence]
        said = sorted({name for name in (_simplified(label) for label in graph.entity(party)["labels"])
                       if any(name in sentence for sentence in sentences)}, key=len, reverse=True)
        if said and sum(said[0] in name for name in full) == 1:
            renamed[party] = said[0]
    if not renamed:
        return suit
    label = {party: _party_label(graph, party) for party in renamed}
    caption = suit.caption
    for party, words in renamed.items():
        caption = caption.replace(label[party], words) if label[party] not in words or words not in caption else caption
    return replace(suit, plaintiffs=[renamed.get(p, p) for p in suit.plaintiffs],
                   defendants=[renamed.get(p, p) for p in suit.defendants], caption=caption)


def _one_party_two_names(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """Two rows of one document that are one suit told with a party under two names (X
    Corporation sued Minnesota; X is suing Minnesota and Keith Ellison: X is X Corporation, one
    entity's names sharing the other's): on each side the parties of one row are parties of
    the other, at least one of them under another entity, no two courts, filing dates that
    fit.  One row: the longer name of each party, every party of both, the sentences of both,
    the caption the first telling gives.  A row is tried only against the earlier rows of its
    documents where one of its parties and another party of theirs on that side may be one
    party under two names (_NamedAs): a document naming one party in hundreds of suits (the
    Board sued …) does not try every pair of its rows."""
    kept: list[Suit] = []
    citing: dict[str, set[int]] = defaultdict(set)  # a document -> the kept rows (their places) citing it
    named_as = _NamedAs(graph)
    for suit in records:
        documents = {e.document for e in suit.evidence}
        same, renamed, place = None, {}, None
        for place in sorted(named_as.related(suit)):
            if not any(place in citing[d] for d in documents if d in citing):
                continue
            other = kept[place]
            if not _may_be_one(suit, other):
                continue
            sides = [_counterparts(graph, *sorted((mine, theirs), key=len)) for mine, theirs in
                     ((suit.plaintiffs, other.plaintiffs), (suit.defendants, other.defendants))]
            if all(side is not None for side in sides) and any(a != b for side in sides for a, b in side.items()):
                same, renamed = other, {a: b for side in sides for a, b in side.items() if a != b}
                break
        if same is None:
            for document in documents:
                citing[document].add(len(kept))
            named_as.add(suit, len(kept))
            kept.append(suit)
            continue
        for document in documents:  # its sentences join the row's
            citing[document].add(place)
        longer = {a: a if _named_as(graph, a, b) else b for a, b in renamed.items()}  # the one naming the other
        longer.update({renamed[a]: value for a, value in list(longer.items())})
        for side in ("plaintiffs", "defendants"):  # (its caption stays the first telling's: 纽约时报 v OpenAI)
            setattr(same, side, sorted({longer.get(party, party) for party in getattr(same, side) + getattr(suit, side)}))
        same.court, same.filed = same.court or suit.court, same.filed or suit.filed
        same.events = _distinct_events(same.events + suit.events)
        same.evidence = oldest_first(same.evidence + suit.evidence)
        named_as.add(same, place)
    return kept


def _each_party_once(graph: KnowledgeGraph, suit: Suit) -> Suit:
    """A row without the parties its side names twice (Kirk Wallace beside Kirk Wallace Johnson,
    read from two documents; X beside X Corporation): the longer name stays.  Each party is tried
    only against the parties found under one of its shorter-name keys (``_longer_name_keys``)."""
    for side in ("plaintiffs", "defendants"):
        parties = getattr(suit, side)
        if len(parties) < 2:  # (one party is named once: no other to be, no second transliteration)
            setattr(suit, side, list(parties))
            continue
        longer: dict[tuple, set[str]] = defaultdict(set)
        for other in set(parties):
            for key in _longer_name_keys(graph, other):
                longer[key].add(other)
        setattr(suit, side, [party for party in parties if not any(
            other != party and _same_party(graph, party, other) and not _same_party(graph, other, party)
            for other in set().union(*(longer.get(key, ()) for key in _shorter_name_keys(graph, party))))])
        setattr(suit, side, _one_transliteration(graph, getattr(suit, side)))
    return suit


def _told_in_part(graph: KnowledgeGraph, records: list[Suit], places: dict[str, dict[str, frozenset[str]]]) -> list[Suit]:
    """Rows that tell one suit with some of its parties only (Bartz sued Anthropic, told in
    passing, beside Bartz, Graeber and Johnson v. Anthropic; 霍尔特起诉甲公司一案 beside 约翰·霍尔特
    v. 甲公司 and 乙公司): where every party of a row, on each side, is a
    party of exactly one other row that names more (the same entity or a name of it: ``_same_party``),
    and it tells no filing date of its own and no court but that row's, named by its place
    (_court_by_place: 纽约时报向美国曼哈顿地方法院起诉OpenAI, beside The New York Times v.
    Microsoft and OpenAI in the Southern District of New York; A sued B in the North court in
    August, beside A v. B and C, is a suit of its own), it is that suit: its sentences and
    events join the fuller row; ``places``: ``_court_places`` of the graph."""

    def within(fewer: Suit, more: Suit) -> bool:
        sides = ((fewer.plaintiffs, more.plaintiffs), (fewer.defendants, more.defendants))
        return fewer is not more and not fewer.filed and all(mine for mine, _ in sides) \
            and (not fewer.court or more.court and _court_by_place(graph, places, fewer.court, more.court)) \
            and len(fewer.parties) < len(more.parties) \
            and all(any(_same_party(graph, party, other) for other in theirs) for mine, theirs in sides for party in mine)
    index = _longer_names_index(graph, records)
    folded = set()
    for suit in sorted(records, key=lambda suit: len(suit.parties)):
        if suit.filed or not suit.plaintiffs or not suit.defendants:
            continue  # (what ``within`` asks first, before the index is looked up)
        rows = set.intersection(*(set().union(*(index[side].get(key, ()) for key in _shorter_name_keys(graph, party)))
                                  for side in ("plaintiffs", "defendants") for party in getattr(suit, side)))
        fuller = [records[row] for row in sorted(rows) if id(records[row]) not in folded and within(suit, records[row])]
        if len(fuller) != 1:
            continue
        kept = fuller[0]
        folded.add(id(suit))
        kept.evidence = oldest_first(kept.evidence + suit.evidence)
        kept.events = _distinct_events(kept.events + suit.events)
    return [suit for suit in records if id(suit) not in folded]


def _told_twice(graph: KnowledgeGraph, records: list[Suit], places: dict[str, dict[str, frozenset[str]]]) -> list[Suit]:
    """Rows that tell one suit with the same parties in courts named apart, each court the other
    by its place (``_court_by_place``: xAI v. OpenAI in 加州聯邦法院 and in California federal
    court; X Corp. and xAI v. Apple and OpenAI in 德州聯邦法院 and in a Texas court; 被告人王某合 of
    江西省鹰潭市余江区人民法院 and of 鹰潭市余江区人民法院, a prosecution whose prosecutor no outlet
    names): one row, the sibling of ``_told_in_part`` for rows naming as many parties.  On each
    side every party of one row is one of the other's (``_same_party``, either way), or neither
    names any; the filing dates fit.  The row told by more sentences keeps its fields; the other's
    sentences and events join it, and its filing date where the kept row has none; ``places``:
    ``_court_places`` of the graph."""

    def same_side(mine: list[str], theirs: list[str]) -> bool:
        return len(mine) == len(theirs) and all(
            any(_same_party(graph, party, other) or _same_party(graph, other, party) for other in theirs) for party in mine)

    def one_suit(suit: Suit, other: Suit) -> bool:
        return bool(suit.defendants) and suit.court is not None and other.court is not None \
            and same_side(suit.plaintiffs, other.plaintiffs) and same_side(suit.defendants, other.defendants) \
            and not (suit.filed and other.filed and not fits(suit.filed, other.filed)) \
            and _court_by_place(graph, places, suit.court, other.court)
    # the kept rows under the keys of their defendants' names (``_longer_name_keys``, ``_shorter_name_keys``):
    # a row is tried only against those one of whose defendants its first defendant may be, not every pair
    kept: list[Suit] = []
    found: dict[tuple, list[Suit]] = defaultdict(list)
    for suit in sorted(records, key=lambda suit: -len(suit.evidence)):
        first = suit.defendants[0] if suit.defendants and suit.court else None
        keys = [] if first is None else [("long", key) for key in _shorter_name_keys(graph, first)] \
            + [("short", key) for key in _longer_name_keys(graph, first)]
        rows = list({id(row): row for key in keys for row in found.get(key, ())}.values())
        fuller = next((row for row in rows if one_suit(suit, row)), None)
        if fuller is None:
            kept.append(suit)
            for defendant in suit.defendants if suit.court else ():
                for key in _longer_name_keys(graph, defendant):
                    found["long", key].append(suit)
                for key in _shorter_name_keys(graph, defendant):
                    found["short", key].append(suit)
            continue
        fuller.filed = _finer_filed(fuller.filed, suit.filed) if fuller.filed and suit.filed else fuller.filed or suit.filed
        _joined_into(fuller, suit)
    kept_ids = {id(row) for row in kept}  # (one look-up a row, not a scan of the kept ones)
    return [suit for suit in records if id(suit) in kept_ids]


def _with_unnamed(graph: KnowledgeGraph, records: list[Suit], anonymised: list[Suit]) -> list[Suit]:
    """The suits of the sued facts and those with an anonymised side, each once: where a name
    the text anonymises was also read as an entity (殷某桢 as a person) and a sued fact tells
    the same suit, one row: the anonymised reading's court, filing and events (read from the
    court's own words), the entity's id for the party, the evidence of both."""
    def sides(suit: Suit) -> tuple[set[str], set[str]]:
        return tuple({_told_key(graph, p, suit.evidence[0]) for p in side} for side in (suit.plaintiffs, suit.defendants))
    kept = list(records)
    for suit in anonymised:
        plaintiffs, defendants = sides(suit)
        same = next((r for r in kept if (theirs := sides(r))[0] & plaintiffs and theirs[1] & defendants
                     and not (r.court and suit.court and r.court != suit.court)), None)
        if same is None:
            named = next((r for r in kept if _retells(graph, suit, r)), None)
            if named is None:
                kept.append(suit)
            else:
                _joined_to_named(graph, suit, named)
            continue
        suit.plaintiffs = [next((p for p in same.plaintiffs if fold(_party_label(graph, p)) == fold(_party_label(graph, q))), q)
                           for q in suit.plaintiffs]
        suit.defendants = [next((p for p in same.defendants if fold(_party_label(graph, p)) == fold(_party_label(graph, q))), q)
                           for q in suit.defendants]
        suit.court = suit.court or same.court
        if not suit.court_stated and same.court_stated:
            suit.court_stated, suit.court_reason, suit.court_evidence = True, same.court_reason, same.court_evidence
        # the sued facts' filing date, unless an event came before it (the date of the report, not the filing)
        suit.filed = suit.filed or (None if any(_before(e.date, same.filed) for e in suit.events) else same.filed)
        suit.evidence = oldest_first(suit.evidence + same.evidence)
        suit.case = same.case
        kept[kept.index(same)] = suit
    return kept


def _retells(graph: KnowledgeGraph, anonymised: Suit, named: Suit) -> bool:
    """Whether a suit with anonymised parties is one that another outlet's text tells with
    other words for them (either may be the one read from the sued facts) (殷某桢诉北京某智能科技公司等 beside 殷某某诉北京小问智能科技有限公司等:
    the same surname before 某, a company of the same place and kind): on both sides a party
    that may be the other's, and no other court."""
    from .. import unnamed  # (imported when a text is read: a graph's reader needs none)
    if anonymised.court and named.court and anonymised.court != named.court:
        return False

    def side(ours: list[str], theirs: list[str]) -> bool:
        return any(unnamed.same_person(one, other) or unnamed.could_be(one, other) or unnamed.could_be(other, one)
                   for one in map(functools.partial(_party_label, graph), ours)
                   for other in map(functools.partial(_party_label, graph), theirs))
    return side(anonymised.plaintiffs, named.plaintiffs) and side(anonymised.defendants, named.defendants)


def _joined_to_named(graph: KnowledgeGraph, anonymised: Suit, named: Suit) -> None:
    """The row of the named suit, with the anonymised telling's sentences, and its court,
    filing date and events where the named one has none; the parties of the one that names
    more of them (both may be read from anonymised words)."""
    def masked(suit: Suit) -> int:
        return sum("某" in _party_label(graph, party) for party in suit.plaintiffs + suit.defendants)
    if masked(anonymised) < masked(named):
        named.plaintiffs, named.defendants = anonymised.plaintiffs, anonymised.defendants
        named.caption = anonymised.caption
    named.filed = named.filed or anonymised.filed
    _joined_into(named, anonymised)


def _joined_into(named: Suit, other: Suit) -> None:
    """``other``'s telling joins the named row: its sentences, its court where the named row has
    none, its events and the status they give."""
    if named.court is None and other.court:
        named.court, named.court_stated = other.court, other.court_stated
        named.court_reason, named.court_evidence = other.court_reason, other.court_evidence
    named.events = _distinct_events(named.events + other.events)
    _, _, statuses = event_lexicon()
    named.status = _status([event for event in named.events if statuses[event.kind] != "filed"])
    named.evidence = oldest_first(named.evidence + other.evidence)


def _finer_filed(one: str | None, other: str | None) -> str | None:
    """The more precise of two filing dates (2024-11-07 over 2024-11), the first where they are alike."""
    return one if one and len(one) >= len(other or "") else other


def _as_named(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """A suit whose plaintiffs one text describes (three authors sued Anthropic) and another
    names (Bartz, Graeber and Johnson v. Anthropic) is the named row: the same defendants,
    as many people as the description counts, no other court, a filing date that fits;
    the described row's sentences and dates join it.  Described rows one sentence tells
    together (families from Colorado, Texas and New York) are as many suits: none is the named one."""
    from .. import unnamed  # (imported when a text is read: a graph's reader needs none)
    kept = []
    described = [suit for suit in records if len(suit.plaintiffs) == 1 and suit.plaintiffs[0] not in graph.graph
                 and unnamed.how_many(suit.plaintiffs[0]) is not None]
    for suit in records:
        counts = [None if party in graph.graph else unnamed.how_many(party) for party in suit.plaintiffs]
        if len(counts) != 1 or counts[0] is None or _told_together(suit, described):
            kept.append(suit)
            continue
        same = _named_as_described(graph, suit, records, counts[0])
        if len(same) > 1:  # several may be: the one its own document names (a group of news outlets…: the publishers include…)
            same = [other for other in same if _shares_document(suit, other)]
        if len(same) != 1:
            kept.append(suit)
            continue
        named = same[0]
        named.evidence = oldest_first(named.evidence + suit.evidence)
        named.filed = _finer_filed(named.filed, suit.filed)
        named.events = _distinct_events(named.events + suit.events)
    return kept


def _kin_as_named(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """A suit one text tells by the kin of a person it names (the parents of a 16-year-old boy,
    Adam Raine, sued X) and another by the kin's own names (Matthew and Maria Raine v. X) is
    the named row: the described party's words hold a kin word (context.tsv kin_party) and a
    full name whose family name is that of a person suing in exactly one other row, whose
    defendants include all of its own, in no other court; its sentences and dates join it."""
    kin = context_words("kin_party")
    kept = []
    for suit in records:
        party = suit.plaintiffs[0] if len(suit.plaintiffs) == 1 else None
        family = None if party is None or party in graph.graph or not kin.search(party) else \
            _named_family(party) or _kin_named_after(kin, suit)
        same = [] if family is None else [
            other for other in records if other is not suit and set(suit.defendants) <= set(other.defendants)
            and not (suit.court and other.court and suit.court != other.court)
            and any(plaintiff in graph.graph and graph.entity(plaintiff)["type"] == "Person"
                    and any(family_name(name) == family for name in all_names(graph.entity(plaintiff)))
                    for plaintiff in other.plaintiffs)]
        if len(same) != 1:
            kept.append(suit)
            continue
        named = same[0]
        named.filed = _finer_filed(named.filed, suit.filed)
        _joined_into(named, suit)
    return kept


_FULL_NAME_WORDS = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*[ ](?P<family>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"  # (its family name)
_FULL_NAME = later(rf"\b{_FULL_NAME_WORDS}")


def _kin_named_after(kin: re.Pattern, suit: Suit) -> str | None:
    """The family name of the one kin a described party's own sentences name after its filing by a
    possessive and a kin word (California parents sued X after their son Adam Raine died: Raine),
    where they name one only (context.tsv kin_party)."""
    found = set()
    for evidence in suit.evidence:
        for match in _KIN_NAMED.finditer(evidence.sentence):
            if kin.fullmatch(match.group("kin")):
                found.add(match.group("family"))
    return found.pop() if len(found) == 1 else None


_KIN_NAMED = later(rf"\b(?:their|her|his)\s+(?:[\w-]+\s+){{0,2}}?(?P<kin>[a-z]+),?\s+{_FULL_NAME_WORDS}")


def _named_family(words: str) -> str | None:
    """The family name of the one full name (two capitalised words or more) a described
    party's words hold (the parents of a 16-year-old boy, Adam Raine: Raine), else None."""
    found = {match.group("family") for match in _FULL_NAME.finditer(words)}
    return found.pop() if len(found) == 1 else None


def _named_as_described(graph: KnowledgeGraph, suit: Suit, records: list[Suit], count: tuple[int, int]) -> list[Suit]:
    """The rows that may name the plaintiffs ``suit`` describes: the same defendants, as many
    plaintiffs as counted, filing dates that fit; people, in any document and no other court
    (three authors: Bartz, Graeber and Johnson); companies and bodies only in a document of its
    own (a group of news outlets…: the publishers include Torstar…), its court however worded."""
    fewest, most = count
    found = []
    for other in records:
        if other is suit or set(other.defendants) != set(suit.defendants) or not fewest <= len(other.plaintiffs) <= most \
                or (other.filed and suit.filed and not fits(other.filed, suit.filed)):
            continue
        kinds = {graph.entity(party)["type"] if party in graph.graph else None for party in other.plaintiffs}
        shared = _shares_document(suit, other)
        if kinds == {"Person"} and not (other.court and suit.court and other.court != suit.court) \
                or kinds <= {"Person", "Company", "Organization"} and shared:
            found.append(other)
    return found


def _shares_document(suit: Suit, other: Suit) -> bool:
    """Whether two rows are told by one document (a sentence of each)."""
    return bool({e.document for e in suit.evidence} & {e.document for e in other.evidence})


def _told_together(suit: Suit, described: list[Suit]) -> bool:
    """Whether another described row against the same defendants shares a sentence with this one."""
    sentences = {e.sentence for e in suit.evidence}
    return any(other is not suit and set(other.defendants) == set(suit.defendants)
               and sentences & {e.sentence for e in other.evidence} for other in described)


@functools.cache
def _role_word() -> re.Pattern:
    """A party's role and nothing else (被告, the plaintiffs): context.tsv plaintiff_role, defendant_role."""
    roles = alternatives((*context_cues("plaintiff_role"), *context_cues("defendant_role")))
    return re.compile(rf"(?:the\s+)?(?:{roles})", re.IGNORECASE)


def _roles_as_named(graph: KnowledgeGraph, records: list[Suit]) -> list[Suit]:
    """A suit one side of which the text words by its role only (GEMA诉OpenAI关联公司（以下简称
    "被告"）: 被告 read as the party) is the one row of the same other side, no other court and a
    filing date that fits, where there is one: its sentences and events join that row; else
    it stays, the role words its parties (原告诉被告: a ruling told of no named party)."""
    def role_only(side: list[str]) -> bool:
        return bool(side) and all(_role_word().fullmatch(_party_label(graph, party).strip()) for party in side)
    kept = []
    for suit in records:
        ours = [(role_only(suit.plaintiffs), suit.defendants), (role_only(suit.defendants), suit.plaintiffs)]
        if not any(role for role, _ in ours):
            kept.append(suit)
            continue
        same = [other for other in records if other is not suit and any(
                    role and set(told) == set(other.defendants if told is suit.defendants else other.plaintiffs)
                    for role, told in ours)
                and not any(role_only(side) for side in (other.plaintiffs, other.defendants))
                and _may_be_one(other, suit)]
        if len(same) != 1:
            kept.append(suit)
            continue
        _joined_to_named(graph, suit, same[0])
    return kept


def _told_key(graph: KnowledgeGraph, party: str, evidence: Evidence) -> str:
    """A side's party as mentions of one suit share it: its words folded (李某 and 李某某 one), a
    placeholder (甲公司) with its document's name: another document's 甲公司 is another company."""
    from .. import unnamed  # (imported when a text is read: a graph's reader needs none)
    words = fold(unnamed.key(_party_label(graph, party)))
    return f"{evidence.document}#{words}" if unnamed.placeholder(party) else words
