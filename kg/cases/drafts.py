"""Mentions grouped into draft suits (_Draft): those naming a court and a filing date first, so
that the vaguer reports join the suits they fit (_group); a report naming the plaintiffs of several
known suits together read as one report per plaintiff, unless they sued jointly (_split).

For example, "甲公司2023年5月向某市中级人民法院起诉乙公司" and, in a later item, "甲公司诉乙公司一案"
are one draft; the same parties in two courts are two.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ..model import Evidence
from ..suit_records import Event
from .words import _simplified, context_words
from .events import fits
from .mentions import _Mention


@dataclass
class _Draft:
    plaintiffs: set[str]
    defendants: set[str]
    court: str | None = None
    court_evidence: list[Evidence] = field(default_factory=list)
    filed: str | None = None
    mentions: list[_Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    hint: tuple[str, Evidence] | None = None  # a court its title names
    apart: set[str] = field(default_factory=set)  # the documents telling it as a suit apart (separate_suit)

    @property
    def parties(self) -> set[str]:
        return self.plaintiffs | self.defendants

    def told_with(self) -> set[str] | None:
        """The parties its reports told as a suit apart name (its defendants and whoever else
        those sentences name); None for a suit told apart from none."""
        if not self.apart:
            return None
        return set(self.defendants).union(*(m.named for m in self.mentions if m.separate))

    def accepts(self, mention: _Mention) -> bool:
        """Same sides, no other court, a filing date that fits; not a suit its document tells
        apart from this one (A sued X…; A has separately sued Y and X: two suits)."""
        if not (self.plaintiffs & mention.plaintiffs and self.defendants & mention.defendants):
            return False
        if (mention.separate or mention.evidence.document in self.apart) and any(
                m.evidence.document == mention.evidence.document and m.defendants != mention.defendants
                and (m.separate or mention.separate) for m in self.mentions):
            return False
        if self.court and mention.court and self.court != mention.court:
            return False
        return not (self.filed and mention.filed and not fits(self.filed, mention.filed))

    def add(self, mention: _Mention) -> None:
        self.plaintiffs |= mention.plaintiffs
        self.defendants |= mention.defendants
        if mention.court and not self.court:
            self.court = mention.court
        if mention.court == self.court and mention.court:
            self.court_evidence.append(mention.evidence)
        if mention.filed and (not self.filed or len(mention.filed) > len(self.filed)):
            self.filed = mention.filed
        if mention.court_hint and not self.hint:
            self.hint = (mention.court_hint, mention.evidence)
        self.mentions.append(mention)
        self.events += mention.events
        if mention.separate:
            self.apart.add(mention.evidence.document)


def _choose(candidates: list[_Draft], mention: _Mention) -> _Draft:
    """The suit a report that could be of several means: the one whose filing date it
    gives, else the last one filed by the date of the report (a suit withdrawn and filed
    again is reported as the second one afterwards)."""
    candidates = _told_as(candidates, mention)
    if mention.filed:
        dated = [draft for draft in candidates if draft.filed and fits(draft.filed, mention.filed)]
        if dated:
            return dated[0]
    reported = mention.evidence.date
    if reported:
        earlier = [draft for draft in candidates if draft.filed and draft.filed[:len(reported)] <= reported[:len(draft.filed)]]
        if earlier:
            return max(earlier, key=lambda draft: draft.filed or "")
    return min(candidates, key=lambda draft: draft.filed or "9999")


def _told_as(candidates: list[_Draft], mention: _Mention) -> list[_Draft]:
    """Of suits a document told apart (A sued X…; A has separately sued Y, conspiring with X),
    those a report naming parties of both means: the one whose sentences name all its
    defendants (A sued X and Y: the second), else the one of exactly its defendants."""
    told = [(draft, draft.told_with()) for draft in candidates]
    if all(named is None for _, named in told):
        return candidates
    return [draft for draft, named in told if named is not None and mention.defendants <= named] or \
        [draft for draft in candidates if draft.defendants == mention.defendants] or candidates


def _group(mentions: list[_Mention], named: Callable[[str], set[str]] | None = None) -> list[_Draft]:
    """Mentions into suits: those naming a court and a filing date first, so that the
    vaguer reports join the suits they fit (``named``: the entities a sentence names, for a
    report adding plaintiffs to one of several suits of its item: _told_in_its_item)."""
    drafts: list[_Draft] = []
    # the drafts by plaintiff and by the news items telling them, as indices in ``drafts`` (a suit
    # accepts only a report sharing a plaintiff: looking at those alone keeps grouping linear)
    by_plaintiff: dict[str, set[int]] = defaultdict(set)
    by_defendant: dict[str, set[int]] = defaultdict(set)
    by_item: dict[tuple[str, str], set[int]] = defaultdict(set)
    place: dict[int, int] = {}  # id of a draft -> its index

    def of(indices: Iterable[int]) -> list[_Draft]:
        return [drafts[index] for index in sorted(indices)]

    def sharing(mention: _Mention) -> list[_Draft]:
        """The drafts sharing a plaintiff and a defendant with the report (the only ones that may
        accept it or a part of it: _Draft.accepts), found from the side naming fewer drafts."""
        sides = [[by_plaintiff[party] for party in mention.plaintiffs if party in by_plaintiff],
                 [by_defendant[party] for party in mention.defendants if party in by_defendant]]
        fewer, more = sorted(sides, key=lambda found: sum(map(len, found)))
        return of({index for found in fewer for index in found if any(index in other for other in more)})

    def in_item(mention: _Mention, joining: bool) -> list[_Draft]:
        """The drafts of the report's news item holding all its plaintiffs, or (``joining``) one of its
        defendants: read through the indexes, not by looking at every suit of the item."""
        here = by_item.get((mention.evidence.document, mention.evidence.item), set())
        if mention.plaintiffs:
            fewest = min((by_plaintiff.get(plaintiff, set()) for plaintiff in mention.plaintiffs), key=len)
            found = {index for index in fewest if index in here
                     and all(index in by_plaintiff[plaintiff] for plaintiff in mention.plaintiffs)}
        else:
            found = set(here)
        if joining:
            found |= {index for defendant in mention.defendants for index in by_defendant.get(defendant, ())
                      if index in here}
        return of(found)

    apart = {m.evidence.document for m in mentions if m.separate}  # the documents telling suits apart go first
    ordered = sorted(mentions, key=lambda m: (m.evidence.document not in apart, m.court is None, m.filed is None,
                                              m.filed or m.evidence.date or "",
                                              m.evidence.document, m.evidence.item, m.evidence.start))
    for mention in ordered:
        for part in _split(mention, sharing(mention)):
            candidates = [draft for draft in sharing(part) if draft.accepts(part)] or _told_in_its_item(in_item, part, named)
            if candidates:
                draft = _choose(candidates, part)
            else:
                draft = _Draft(set(part.plaintiffs), set(part.defendants))
                place[id(draft)] = len(drafts)
                drafts.append(draft)
            draft.add(part)
            index = place[id(draft)]
            for plaintiff in part.plaintiffs:  # the draft's others are indexed already
                by_plaintiff[plaintiff].add(index)
            for defendant in part.defendants:
                by_defendant[defendant].add(index)
            by_item[(part.evidence.document, part.evidence.item)].add(index)
    return drafts


def _told_in_its_item(in_item: Callable[[_Mention, bool], list[_Draft]], mention: _Mention,
                      named: Callable[[str], set[str]] | None = None) -> list[_Draft]:
    """The one suit of a report's plaintiffs its news item told, for a report of no filing,
    court or date of its own (X Corp.向同一法院提起诉讼…。被告同样包括罗布·邦塔。: the
    defendant named later is of that suit), or of its defendants where the report says
    its plaintiffs joined it (Ohio and Iowa joined as plaintiffs; 两州作为共同原告加入) or are
    more of its plaintiffs (context.tsv plaintiff_added: Tremblay was joined in his lawsuit by
    Awad; another plaintiff, Jill Hughes; Authors involved in this lawsuit include A and B;
    原告还包括C: where the item tells several such suits, the one whose plaintiff the report
    names); none where the item tells several, or where the report tells a suit like another
    (similar_suit) and no joining (Ohio joined the lawsuit, making similar claims: it joins).
    ``in_item``: the drafts of the report's item holding all its plaintiffs, or (joining) one of
    its defendants."""
    if mention.filing or mention.court or mention.filed:
        return []
    sentence = mention.evidence.sentence
    added, joining, similar = _joining_told(sentence)
    if not joining and similar:
        return []  # X也对Y提起类似诉讼: a suit like the item's, not a party added to it
    told = [draft for draft in in_item(mention, joining)
            if not any(m.evidence == mention.evidence for m in draft.mentions)]  # a sentence told apart stays apart
    if len(told) > 1 and added and named is not None:  # Tremblay … was joined in his lawsuit by Awad: Tremblay's
        here = named(sentence) - mention.plaintiffs
        told = [draft for draft in told if draft.plaintiffs & here]
    return told if len(told) == 1 else []


@functools.lru_cache(maxsize=4096)
def _joining_told(sentence: str) -> tuple[bool, bool, bool]:
    """(more plaintiffs told: plaintiff_added; a party joining a suit: that or joined_suit; a
    suit like another told: similar_suit, read where no joining is) of one sentence, for
    _told_in_its_item: read once per sentence, not once per report of it (a sentence of
    dozens of suits asked the same three patterns for each)."""
    added = context_words("plaintiff_added").search(_simplified(sentence)) is not None
    joining = added or context_words("joined_suit").search(sentence) is not None
    return added, joining, not joining and context_words("similar_suit").search(sentence) is not None


def _split(mention: _Mention, drafts: list[_Draft]) -> list[_Mention]:
    """A report naming plaintiffs of several known suits together (纽约时报诉微软案，以及
    CIR起诉微软的关联案件) as one report per plaintiff, so that it does not merge them; not
    its plaintiffs where it says they sued jointly (A、B联合起诉X, A and B jointly sued X: one
    suit, whose other reports named some of them each)."""
    accepting = [draft for draft in drafts if draft.accepts(mention)]
    if any(named is not None and mention.defendants <= named for named in (d.told_with() for d in accepting)):
        return [mention]  # the suit told apart whose sentence names them all (A has separately sued Y, conspiring with X)
    joint = _joint_filing(mention.evidence.sentence)
    for side in ("plaintiffs", "defendants"):  # 唱片公司起诉Suno和Udio over two suits told apart: one report each
        parties = getattr(mention, side)
        if len(parties) < 2 or any(parties <= getattr(draft, side) for draft in accepting) \
                or side == "plaintiffs" and joint:
            continue
        suits_of = {party: {id(d) for d in accepting if party in getattr(d, side)} for party in parties}
        if len(set().union(*suits_of.values())) >= 2:
            cut = parties if side == "defendants" else mention.cut_from
            return [part for party in sorted(parties)
                    for part in _split(replace(mention, **{side: {party}}, cut_from=frozenset(cut)), drafts)]
    return [mention]


@functools.lru_cache(maxsize=1024)
def _joint_filing(sentence: str) -> bool:
    """Whether a sentence says its plaintiffs sued jointly (A、B联合起诉X; context.tsv joint_filing),
    for _split: read once per sentence, not once per report of it."""
    return context_words("joint_filing").search(sentence) is not None
