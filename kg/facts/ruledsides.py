"""A court rules on every side of the suit it hears (SCHEMA.md adjudicated: each litigant, plaintiffs
and defendants alike): where a story (an item with the later parts it continues in, Item.continues)
reads a court's ruling on a party of its one suit (its plaintiffs all suing the same defendants), the
court adjudicated the suit's other named parties: its one defendant where it ruled on a plaintiff
(GEMA对OpenAI提起诉讼。慕尼黑地区法院支持了GEMA的诉讼请求: OpenAI too), and its plaintiffs where it
ruled on every defendant (原告A与B起诉C, the court ruling on A and C: B too; a prosecutor's charge
heard on appeal: the prosecutor too).  A suit against several defendants gets no defendant from a
ruling on a plaintiff (the authors' suits against five developers, each heard apart), and a story
telling several suits (against different defendants) none: which one the court heard is the suit
families' to say.  RuledSides has no words of its own: it reads the facts of the families before it;
SidesBeside (english.tsv one_suit_told, suits_told, sides_joined) reads an English sentence telling the
ruled party's suit.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..alternation import alternation
from ..model import Fact, Mention
from .base import SIGNATURES, Document, DocumentFamily, Shared, key, within
from .english import english_sentence, patterns
from .frame import Counsel
from .grammar import cited_case
from .litigation import CAPTION_RULES, story_numbers

RULED_ON = SIGNATURES["adjudicated"][1]  # a suit's sides a court rules on
SIDE_REACH = 80  # (characters between a suit's two sides one sentence names)
LISTED = re.compile(r"\s*,?\s*(?:and|&)\s*")  # A and B: one side listed (not A, B: an apposition too)


class RuledSides(DocumentFamily):
    def facts(self, document: Document) -> list[Fact]:
        sued = document.indexed(document.facts, "sued")
        ruled = document.indexed(document.facts, "adjudicated")
        stories: dict[int, list[str]] = defaultdict(list)  # each story's item titles (story_numbers: Item.continues)
        for (_, title), number in story_numbers([item for item, _, _ in document.items]).items():
            stories[number].append(title)
        out = []
        for titles in stories.values():
            suit = [f for title in titles for f in sued.get(title, ()) if not cited_side(f)]
            rulings = [f for title in titles for f in ruled.get(title, ())]
            if not suit or not rulings or not one_suit(suit):
                continue
            plaintiffs = {key(f.head): f.head for f in suit if f.head.type in RULED_ON}
            defendants = {key(f.tail): f.tail for f in suit if f.tail.type in RULED_ON}
            ruled_on: dict[str, dict[str, Fact]] = {}
            for fact in rulings:
                ruled_on.setdefault(key(fact.head), {}).setdefault(key(fact.tail), fact)
            for court, parties in ruled_on.items():
                if not parties.keys() & (plaintiffs.keys() | defendants.keys()):
                    continue  # a ruling on no side of the item's suit (its lawyer, another case's party)
                told = next(iter(parties.values()))
                sides = dict(defendants) if len(defendants) == 1 and parties.keys() & plaintiffs.keys() else {}
                if defendants and defendants.keys() <= parties.keys() | sides.keys():
                    sides.update(plaintiffs)  # (every defendant ruled on, the one just added too)
                out += [Fact(told.head, "adjudicated", side, told.evidence, 0.55, rule=self.rule)
                        for name, side in sides.items() if name not in parties and name != court]
        return out


def cited_side(fact: Fact) -> bool:
    """Whether a sued fact is read from a caption its sentence names as another case, one it
    cites (grammar.cited_case: will be considered in another test case, Roe v. Acme): a
    suit of its own, not a side of the story's."""
    if fact.rule not in CAPTION_RULES:
        return False
    sentence, start = fact.evidence.sentence, fact.evidence.start
    head = fact.head.start - start  # (the caption's first side, where the caption opens)
    return 0 <= head < len(sentence) and cited_case(sentence, head, fact.head.end - start)


def one_suit(suit: list[Fact]) -> bool:
    """Whether an item's sued facts tell one suit: each plaintiff's against the same defendants."""
    tails: dict[str, set[str]] = {}
    for fact in suit:
        tails.setdefault(key(fact.head), set()).add(key(fact.tail))
    return len({frozenset(t) for t in tails.values()}) == 1


class SidesBeside(DocumentFamily):
    """A court that rules on a party in an item (its one ruling court there) heard the suit an English
    sentence of that item tells with the party in it (The claim, brought by Jane Roe against Acme; A and B
    filed a lawsuit against C and D, the court ruling in A v. C), so it
    adjudicated the other parties that sentence names: the suit told in one sentence, its side named in
    another.  Not a sentence telling several suits (english.tsv suits_told: the claims by A against B),
    nor one naming a court of its own, nor a lawyer, a firm or a judge it names."""
    detail = "beside"

    def __init__(self, shared: Shared) -> None:
        super().__init__(shared)
        words = patterns(shared).words
        self.one = alternation(words["one_suit_told"], re.IGNORECASE, spaced=True, whole_words=True)
        self.several = alternation(words["suits_told"], re.IGNORECASE, spaced=True, whole_words=True)
        self.judge = alternation(words["judge_word"], re.IGNORECASE, spaced=True, whole_words=True)
        self.counsel = Counsel(shared)
        self.sides = alternation(words["sides_joined"], re.IGNORECASE, spaced=True, whole_words=True)
        self.matter = alternation(words["side_matter"], re.IGNORECASE, spaced=True, whole_words=True)

    def beside(self, text: str, one: Mention, other: Mention) -> bool:
        """Whether two names of a sentence are a suit's two sides (A against B, A sued B) or one side
        listed (A and B filed…): what stands between them joins sides within SIDE_REACH, or lists; not
        a name after what the suit is about (A sued B over the scraping of its C platform)."""
        first, second = sorted((one, other), key=lambda m: m.start)
        between = text[first.end:second.start]
        if LISTED.fullmatch(between):
            return True
        joined = [m.end() for m in self.sides.finditer(between)] if len(between) <= SIDE_REACH else []
        return bool(joined) and self.matter.search(between, joined[-1]) is None

    def facts(self, document: Document) -> list[Fact]:
        out: list[Fact] = []
        for item, text, mentions in document.items:
            ruled = [f for f in document.facts_of(item) if f.relation == "adjudicated"]
            if len({key(f.head) for f in ruled}) != 1:
                continue  # no ruling, or two courts': which heard the sentence's suit, not said
            court = ruled[0].head
            parties = {key(f.tail) for f in ruled}
            ordered = sorted(mentions, key=lambda m: m.start)
            starts = [m.start for m in ordered]
            for start, end, _ in self.shared.dated_sentences(item, text):
                sentence = text[start:end]
                if not english_sentence(sentence) or not self.one.search(sentence) or self.several.search(sentence):
                    continue
                inside = within(ordered, starts, start, end)
                if any(m.type == "Court" for m in inside) or not any(key(m) in parties for m in inside):
                    continue
                told = next(f for f in ruled if any(key(m) == key(f.tail) for m in inside))
                sides = [m for m in inside if key(m) in parties]
                out += [Fact(court, "adjudicated", m, told.evidence, 0.5, rule=self.rule) for m in inside
                        if m.type in RULED_ON and key(m) not in parties and key(m) != key(court)
                        and any(self.beside(text, m, side) for side in sides)
                        and not self.counsel(m, text) and not self.judge.search(text, max(0, m.start - 12), m.start)]
        return out
